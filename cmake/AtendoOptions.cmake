# One INTERFACE target carries the language level, warnings and Qt's strictness
# switches; every library, program and test links it (qBittorrent's qbt_common_cfg).
add_library(atendo_options INTERFACE)
target_compile_features(atendo_options INTERFACE cxx_std_20)
target_compile_options(atendo_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /permissive->)
if(ATENDO_WERROR)
    target_compile_options(atendo_options INTERFACE
        $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Werror>
        $<$<CXX_COMPILER_ID:MSVC>:/WX>)
endif()
target_compile_definitions(atendo_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# Layering is enforced here, not by convention: a layer may only link what
# DESIGN.md's table allows. atendo_check_links() fails the configure step when
# a target links a Qt module outside its allowed list.
function(atendo_check_links target)
    cmake_parse_arguments(ARG "" "" "ALLOWED_QT" ${ARGN})
    get_target_property(libs ${target} LINK_LIBRARIES)
    foreach(lib IN LISTS libs)
        if(lib MATCHES "^Qt6?::(.+)$")
            if(NOT CMAKE_MATCH_1 IN_LIST ARG_ALLOWED_QT)
                message(FATAL_ERROR "${target} may link only Qt ${ARG_ALLOWED_QT}, not ${lib}")
            endif()
        endif()
    endforeach()
endfunction()
