# Third-party libraries that are not part of Qt.

# libphonenumber ships neither a CMake config nor a pkg-config file on Debian.
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
add_library(ringback_phonenumber INTERFACE)
target_include_directories(ringback_phonenumber SYSTEM INTERFACE ${PHONENUMBER_INCLUDE_DIR})
target_link_libraries(ringback_phonenumber INTERFACE ${PHONENUMBER_LIBRARY})
