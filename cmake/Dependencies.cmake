# Third-party libraries that are not part of Qt.

# libphonenumber ships neither a CMake config nor a pkg-config file on Debian.
# Parsing and formatting need `phonenumber`; the offline geocoder (the caller's
# state, for quiet hours in their time zone) also `geocoding` and ICU's `icuuc`.
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
find_library(PHONENUMBER_GEOCODING_LIBRARY geocoding REQUIRED)
find_library(ICU_UC_LIBRARY icuuc REQUIRED)
add_library(ringback_phonenumber INTERFACE)
target_include_directories(ringback_phonenumber SYSTEM INTERFACE ${PHONENUMBER_INCLUDE_DIR})
target_link_libraries(ringback_phonenumber INTERFACE
    ${PHONENUMBER_GEOCODING_LIBRARY} ${PHONENUMBER_LIBRARY} ${ICU_UC_LIBRARY})
