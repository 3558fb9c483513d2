# Bundled data compiled into the model library: the seed reports and the sourced reference tables.
file(GLOB codedesk_bundled_reports CONFIGURE_DEPENDS
    RELATIVE "${CMAKE_CURRENT_LIST_DIR}" "${CMAKE_CURRENT_LIST_DIR}/procedures/*.txt")
file(GLOB codedesk_reference_tables CONFIGURE_DEPENDS
    RELATIVE "${CMAKE_CURRENT_LIST_DIR}" "${CMAKE_CURRENT_LIST_DIR}/reference/*.json")

set(codedesk_resource_files ${codedesk_bundled_reports} ${codedesk_reference_tables})
foreach(file IN LISTS codedesk_resource_files)
    set_source_files_properties("${CMAKE_CURRENT_LIST_DIR}/${file}" PROPERTIES QT_RESOURCE_ALIAS "${file}")
endforeach()
list(TRANSFORM codedesk_resource_files PREPEND "${CMAKE_CURRENT_LIST_DIR}/")

qt_add_resources(codedesk_model "codedesk_data"
    PREFIX "/codedesk"
    FILES ${codedesk_resource_files})
