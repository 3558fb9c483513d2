# cmake -DSOURCE_DIR=... -P CheckLayers.cmake
# Fails when a file includes a folder above its own (CONTRIBUTING.md "Where things go"): the
# ground (core, reference) includes nothing above it; catalog and codesets know no worksheet;
# worksheet knows no export, printing or library; ui and cli never include each other.
set(rules
    "app/core|catalog/|codesets/|worksheet/|library/|export/|document/|cli/|reference/"
    "app/reference|catalog/|codesets/|worksheet/|library/|export/|document/|cli/"
    "app/catalog|codesets/|worksheet/|library/|export/|document/|cli/"
    "app/codesets|worksheet/|library/|export/|document/|cli/"
    "app/worksheet|library/|export/|document/|cli/"
    "app/library|export/|document/|cli/"
    "ui|cli/"
    "app/cli|ui/")
set(violations "")
foreach(rule IN LISTS rules)
    string(REPLACE "|" ";" parts "${rule}")
    list(POP_FRONT parts folder)
    list(JOIN parts "|" forbidden)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" includes REGEX "^#include \"(${forbidden})")
        foreach(line IN LISTS includes)
            file(RELATIVE_PATH shown "${SOURCE_DIR}" "${file}")
            string(APPEND violations "\n  ${shown}: ${line}")
        endforeach()
    endforeach()
endforeach()
if(violations)
    message(FATAL_ERROR "Includes that point up a layer:${violations}")
endif()
message(STATUS "Every include points down a layer")
