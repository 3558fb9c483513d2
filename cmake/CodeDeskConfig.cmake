# One INTERFACE target carries the language level, the Qt strictness defines and the warnings.
# Every CodeDesk target links it.
add_library(codedesk_config INTERFACE)
target_compile_features(codedesk_config INTERFACE cxx_std_20)
target_compile_definitions(codedesk_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CODEDESK_VERSION="${PROJECT_VERSION}")
target_compile_options(codedesk_config INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough)
# Hardening for optimised builds (what Debian's dpkg-buildflags gives packages): FORTIFY needs
# optimisation, so Debug builds go without. Debian's GCC links executables as PIE by default.
target_compile_options(codedesk_config INTERFACE
    $<$<NOT:$<CONFIG:Debug>>:-fstack-protector-strong -fstack-clash-protection -D_FORTIFY_SOURCE=2>)
target_link_options(codedesk_config INTERFACE $<$<NOT:$<CONFIG:Debug>>:LINKER:-z,relro,-z,now>)
if(CODEDESK_WARNINGS_AS_ERRORS)
    target_compile_options(codedesk_config INTERFACE -Werror)
endif()
if(CODEDESK_ENABLE_ASAN)
    target_compile_options(codedesk_config INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(codedesk_config INTERFACE -fsanitize=address,undefined)
endif()

if(CODEDESK_FUZZ)
    # Coverage for libFuzzer in everything the targets link; the targets add -fsanitize=fuzzer.
    target_compile_options(codedesk_config INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(codedesk_config INTERFACE -fsanitize=address,undefined)
endif()

find_program(CODEDESK_CCACHE ccache)
if(CODEDESK_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CODEDESK_CCACHE}")
endif()
