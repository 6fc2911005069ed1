# Installers, made by CPack from the installed layout (README, "Building
# installers"):
#   Linux    cpack -G DEB        ringback_<version>_<arch>.deb on Debian's own Qt
#                                (checked by packaging/check-deb.sh in CI)
#   Windows  cpack -G NSIS       Ringback-<version>-win64.exe (WIX: an .msi)
#   macOS    cpack -G DragNDrop  Ringback-<version>-macos.dmg
# Qt itself is deployed into the Windows/macOS layouts by app/CMakeLists.txt
# (Qt's deploy script); a Debian package depends on Debian's Qt packages.
set(RINGBACK_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})

# --- files every installer carries ------------------------------------------
# CPack's WIX and NSIS generators want the licence as .txt (or .rtf).
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_BINARY_DIR}/LICENSE.txt COPYONLY)
if(APPLE)
    install(FILES ${CMAKE_BINARY_DIR}/LICENSE.txt
        DESTINATION ${RINGBACK_MACOS_BUNDLE}/Contents/Resources)
elseif(WIN32)
    install(FILES ${CMAKE_BINARY_DIR}/LICENSE.txt DESTINATION .)
    # The MSVC runtime next to ringback.exe, so no separate redistributable
    # is needed (Qt's deploy script is told not to add vc_redist).
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    set(CMAKE_INSTALL_UCRT_LIBRARIES OFF)
    include(InstallRequiredSystemLibraries)
else()
    # Debian policy: the licence is /usr/share/doc/<package>/copyright.
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/ringback RENAME copyright)
endif()

# --- common -----------------------------------------------------------------
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME ringback)
set(CPACK_PACKAGE_VENDOR "Ringback developers")
set(CPACK_PACKAGE_CONTACT "Ringback developers <dev@ringback.app>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Ringback texts back the callers a trades business missed, keeps their replies as threaded conversations, flags the urgent ones and shows who still needs a call back. Data stays in the office, in a local SQLite database.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Ringback)
# Stays the same across versions: the Windows installers find, and replace,
# an earlier version through it.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY Ringback)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_BINARY_DIR}/LICENSE.txt)
set(CPACK_PACKAGE_EXECUTABLES ringback Ringback) # start-menu entry
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/out/" "\\\\.user$")

# Code signing is opt-in: packaging/cpack-sign.cmake signs the staged files
# when a signing identity is in the environment, and does nothing otherwise.
set(CPACK_RINGBACK_PACKAGING_DIR ${RINGBACK_PACKAGING_DIR})
set(CPACK_PRE_BUILD_SCRIPTS ${RINGBACK_PACKAGING_DIR}/cpack-sign.cmake)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_PACKAGE_FILE_NAME "Ringback-${PROJECT_VERSION}-win64")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_PACKAGE_FILE_NAME "Ringback-${PROJECT_VERSION}-macos")
else()
    set(CPACK_GENERATOR DEB)
endif()

# --- Debian -----------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME ringback)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION comm)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps derives the libraries the binaries link (Qt Core/Gui/
# Widgets/Network/Sql, QtKeychain, libphonenumber, ...) with their versions.
# Qt loads plugins at run time, which no binary links. On Debian 12 the xcb
# and offscreen platform plugins are in libqt6gui6 and the TLS backends in
# libqt6network6 (both linked, so already derived; Wayland's plugin is in
# qt6-wayland, recommended); the SQLite driver is its own package, named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n") # Qt's own dialogs in Spanish
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring")
# Icon cache, desktop database and AppStream catalogue are refreshed by the
# dpkg triggers of hicolor-icon-theme, desktop-file-utils and appstream: no
# maintainer scripts. Removing or purging the package never touches anyone's
# data (~/.local/share/Ringback).

# --- Windows: NSIS ----------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME Ringback)
set(CPACK_NSIS_DISPLAY_NAME Ringback)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/ringback.ico)
set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/resources/icons/ringback.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\ringback.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "dev@ringback.app")
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_CREATE_DESKTOP_LINKS ringback)
# Upgrades: a new version quietly uninstalls the old one first (same registry
# key). The quiet uninstall keeps the user's data and start-at-login entry; an
# uninstall by the user asks before deleting data, default No.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
file(TO_NATIVE_PATH "${RINGBACK_PACKAGING_DIR}/windows/uninstall-data.nsh" _ringback_nsh)
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "!include \"${_ringback_nsh}\"")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)

# --- Windows: WIX (an .msi, `cpack -G WIX`; needs the WiX Toolset 3) --------
# The upgrade code never changes: a newer .msi replaces an older one.
set(CPACK_WIX_UPGRADE_GUID "F4752866-E4A2-4562-89F2-3AF98860B964")
set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/resources/icons/ringback.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER Ringback)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_ROOT_FEATURE_TITLE Ringback)

# --- macOS: DragNDrop -------------------------------------------------------
# The disk image holds Ringback.app beside a link to /Applications; dragging
# a newer one over replaces the app, and ~/Library/Application Support/Ringback
# stays.
set(CPACK_DMG_VOLUME_NAME Ringback)
set(CPACK_DMG_FORMAT UDZO)
if(APPLE)
    set(CPACK_PACKAGE_ICON ${PROJECT_SOURCE_DIR}/resources/icons/ringback.icns)
endif()

include(CPack)
