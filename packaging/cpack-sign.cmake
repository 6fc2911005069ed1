# CPACK_PRE_BUILD_SCRIPTS hook (packaging/Packaging.cmake): after CPack has
# installed Ringback into its staging folder and before it builds the
# installer, sign what will be shipped. Does nothing unless a signing
# identity is set in the environment (see sign-macos.sh / sign-windows.ps1).
if(CPACK_GENERATOR STREQUAL "DragNDrop" AND NOT "$ENV{MACOS_SIGN_IDENTITY}" STREQUAL "")
    file(GLOB_RECURSE ringback_plists LIST_DIRECTORIES false
        "${CPACK_TEMPORARY_DIRECTORY}/*.app/Contents/Info.plist")
    foreach(plist IN LISTS ringback_plists)
        get_filename_component(contents "${plist}" DIRECTORY)
        get_filename_component(app "${contents}" DIRECTORY)
        execute_process(
            COMMAND bash "${CPACK_RINGBACK_PACKAGING_DIR}/sign-macos.sh" "${app}"
            COMMAND_ERROR_IS_FATAL ANY)
    endforeach()
elseif(CPACK_GENERATOR MATCHES "^(NSIS|WIX)$"
       AND NOT "$ENV{WINDOWS_SIGN_CERT_BASE64}$ENV{WINDOWS_SIGN_CERT_SHA1}" STREQUAL "")
    find_program(ringback_pwsh NAMES pwsh powershell REQUIRED)
    execute_process(
        COMMAND "${ringback_pwsh}" -NoProfile -ExecutionPolicy Bypass
                -File "${CPACK_RINGBACK_PACKAGING_DIR}/sign-windows.ps1" "${CPACK_TEMPORARY_DIRECTORY}"
        COMMAND_ERROR_IS_FATAL ANY)
endif()
