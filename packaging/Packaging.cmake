# CPack: `cpack -G DEB` from the build folder makes a Debian package of the
# installed layout (bin/ringback, lib/ringback/providers/). Windows/macOS
# installers are configured by the packaging issue.
set(CPACK_PACKAGE_NAME ringback)
set(CPACK_PACKAGE_VENDOR "Ringback")
set(CPACK_PACKAGE_CONTACT "Ringback developers <dev@ringback.app>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6widgets6, libqt6sql6-sqlite, libqt6network6, libphonenumber8")
set(CPACK_DEBIAN_PACKAGE_SECTION comm)
include(CPack)
