# One function registers every test (qBittorrent test/CMakeLists.txt,
# libQuotient quotient_add_test): a QTest executable named tst_<name>, a CTest
# label, headless Qt platform, and the layer libraries it links.
#
#   atendo_add_test(NAME customerwindow LABEL unit SOURCES tst_customerwindow.cpp LIBS atendo_core)
function(atendo_add_test)
    cmake_parse_arguments(ARG "" "NAME;LABEL;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set(target tst_${ARG_NAME})
    qt_add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE atendo_options Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${target} PRIVATE ATENDO_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${ARG_NAME} COMMAND ${target})
    set_tests_properties(${ARG_NAME} PROPERTIES
        LABELS "${ARG_LABEL}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;ATENDO_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endfunction()

# Adds every direct sub-folder of the current folder that has a CMakeLists.txt,
# so each layer's tests live in their own folder and are picked up by presence.
function(atendo_add_subdirectories)
    file(GLOB children LIST_DIRECTORIES true RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/*)
    list(SORT children)
    foreach(child IN LISTS children)
        if(ATENDO_LAYERS AND NOT child IN_LIST ATENDO_LAYERS)
            continue()
        endif()
        if(IS_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/${child} AND EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${child}/CMakeLists.txt)
            add_subdirectory(${child})
        endif()
    endforeach()
endfunction()
