# Proves the layering rule on the built binaries: a test that links only ringback_core must not
# load QtWidgets or QtGui at run time. Run as: cmake -DBINARY=<path> -P CheckNoWidgets.cmake
if(NOT BINARY OR NOT EXISTS "${BINARY}")
    message(FATAL_ERROR "BINARY not given or missing: ${BINARY}")
endif()
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "${BINARY}"
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
)
set(all ${resolved} ${unresolved})
set(found_sql FALSE)
foreach(lib IN LISTS all)
    if(lib MATCHES "Qt6Widgets|Qt6Gui")
        message(FATAL_ERROR "${BINARY} depends on ${lib}; ringback_core must not use widgets or GUI")
    endif()
    if(lib MATCHES "Qt6Sql")
        set(found_sql TRUE)
    endif()
endforeach()
if(NOT found_sql AND NOT WIN32)
    # Guard against the check passing because it saw nothing at all.
    message(FATAL_ERROR "could not read the dependencies of ${BINARY} (Qt6Sql not among: ${all})")
endif()
message(STATUS "${BINARY}: no QtWidgets/QtGui among ${all}")
