# codedesk_add_test(NAME SOURCES file... [LIBRARIES lib...])
# One Qt Test executable per class, registered with CTest. Every test runs headless
# (QT_QPA_PLATFORM=offscreen) and knows where the fixtures and the built codedesk binary are.
function(codedesk_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE codedesk_config codedesk_testsupport Qt6::Test ${ARG_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;CODEDESK_SEARCH_SERVICE=0;CODEDESK_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;CODEDESK_SOURCE_DIR=${PROJECT_SOURCE_DIR};CODEDESK_BINARY=$<TARGET_FILE:codedesk_launcher>;QT_LOGGING_RULES=qt.qpa.*=false"
        TIMEOUT 240)
    add_dependencies(${name} codedesk_launcher)
endfunction()
