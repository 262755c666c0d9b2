# Run by CPack (CPACK_PRE_BUILD_SCRIPTS) after the bundle is staged and before the DMG is made:
# signs Ringback.app with the Developer ID named in RINGBACK_CODESIGN_IDENTITY, with the hardened
# runtime that notarisation requires. Without that variable (a developer's machine, CI without the
# secret) the DMG is made unsigned. The certificate must already be in a keychain.
set(_identity "$ENV{RINGBACK_CODESIGN_IDENTITY}")
if(_identity STREQUAL "")
    message(STATUS "Ringback.app is not signed: RINGBACK_CODESIGN_IDENTITY is not set")
    return()
endif()
file(GLOB_RECURSE _plists "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*Ringback.app/Contents/Info.plist")
if(NOT _plists)
    message(FATAL_ERROR "No Ringback.app under ${CPACK_TEMPORARY_INSTALL_DIRECTORY} to sign")
endif()
foreach(_plist IN LISTS _plists)
    get_filename_component(_contents "${_plist}" DIRECTORY)
    get_filename_component(_bundle "${_contents}" DIRECTORY)
    execute_process(
        COMMAND codesign --force --deep --options runtime --timestamp --sign "${_identity}" "${_bundle}"
        COMMAND_ERROR_IS_FATAL ANY)
    execute_process(COMMAND codesign --verify --strict --verbose=2 "${_bundle}" COMMAND_ERROR_IS_FATAL ANY)
    message(STATUS "Signed ${_bundle}")
endforeach()
