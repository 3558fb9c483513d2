# cmake -DBUILD_DIR=... -DSOURCE_DIR=... -DSTAGE=... -P InstallAndRun.cmake
# Installs the build into a staging folder under /opt (DESTDIR), as a packager would, and runs the
# installed binary there and through a symlink: --version, show, a code-set import, the window.
file(REMOVE_RECURSE "${STAGE}")
set(prefix /opt/codedesk)
set(root "${STAGE}/root")
execute_process(COMMAND "${CMAKE_COMMAND}" -E env "DESTDIR=${root}"
                        "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}"
                RESULT_VARIABLE status OUTPUT_VARIABLE installed ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${status}): ${errors}")
endif()

set(share "${root}${prefix}/share")
foreach(file
        bin/codedesk
        share/applications/io.github.codedesk.codedesk.desktop
        share/metainfo/io.github.codedesk.codedesk.metainfo.xml
        share/mime/packages/io.github.codedesk.codedesk.xml
        share/icons/hicolor/scalable/apps/io.github.codedesk.codedesk.svg
        share/icons/hicolor/48x48/apps/io.github.codedesk.codedesk.png
        share/icons/hicolor/512x512/apps/io.github.codedesk.codedesk.png
        share/man/man1/codedesk.1.gz
        share/bash-completion/completions/codedesk
        share/doc/codedesk/copyright
        share/doc/codedesk/changelog.Debian.gz
        share/doc/codedesk/command-line.md)
    if(NOT EXISTS "${root}${prefix}/${file}")
        message(FATAL_ERROR "not installed: ${prefix}/${file}")
    endif()
endforeach()
foreach(name codedesk-cli.so codedesk-gui.so codedesk-instance.so)
    file(GLOB_RECURSE module "${root}${prefix}/lib*/${name}")
    if(NOT module)
        message(FATAL_ERROR "not installed: the ${name} module under ${prefix}/lib")
    endif()
endforeach()

# The MIME definition compiles (update-mime-database rejects a broken one).
find_program(UPDATE_MIME update-mime-database REQUIRED)
execute_process(COMMAND "${UPDATE_MIME}" "${share}/mime" RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0 OR NOT EXISTS "${share}/mime/application/x-codedesk-worksheet.xml")
    message(FATAL_ERROR "update-mime-database did not take the worksheet type (${status}): ${errors}")
endif()

set(home "${STAGE}/home")
file(MAKE_DIRECTORY "${home}" "${STAGE}/link")
file(CREATE_LINK "${root}${prefix}/bin/codedesk" "${STAGE}/link/codedesk" SYMBOLIC)

function(run_installed expected_output)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E env "HOME=${home}" --unset=XDG_DATA_HOME --unset=XDG_CONFIG_HOME
                            --unset=XDG_CACHE_HOME --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
                            ${ARGN}
                    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
    string(REPLACE ";" " " shown "${ARGN}")
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "${shown}: exit ${status}\n${out}${err}")
    endif()
    if(NOT out MATCHES "${expected_output}")
        message(FATAL_ERROR "${shown}: expected output matching '${expected_output}', got:\n${out}${err}")
    endif()
    message(STATUS "ok: ${shown}")
endfunction()

set(bin "${root}${prefix}/bin/codedesk")
run_installed("^codedesk [0-9]+\\.[0-9]+\\.[0-9]+\n$" "${bin}" --version)
run_installed("47382" "${bin}" show 47382)
run_installed("[0-9]" "${bin}" codeset import pos "${SOURCE_DIR}/tests/data/codesets/pos.csv")
run_installed("^codedesk [0-9]" "${STAGE}/link/codedesk" --version)
# The window from the installed tree, through the symlink: the module is found beside the binary.
run_installed("" "${STAGE}/link/codedesk" -platform offscreen --quit-when-ready)
file(REMOVE_RECURSE "${STAGE}")
