# Third-party libraries that are not part of Qt.

# libphonenumber ships neither a CMake config nor a pkg-config file on Debian.
# Parsing and formatting need `phonenumber`; the offline geocoder (the caller's
# state, for quiet hours in their time zone) also `geocoding` and ICU's `icuuc`.
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
add_library(ringback_phonenumber INTERFACE)
target_include_directories(ringback_phonenumber SYSTEM INTERFACE ${PHONENUMBER_INCLUDE_DIR})

# The geocoder is part of Debian's libphonenumber-dev and Homebrew's formula;
# some builds (vcpkg) may leave it out. Without it, quiet hours fall back to
# the business's time zone for every caller. Linux builds require it.
if(UNIX AND NOT APPLE)
    set(_geocoder_required REQUIRED)
endif()
find_library(PHONENUMBER_GEOCODING_LIBRARY geocoding ${_geocoder_required})
find_library(ICU_UC_LIBRARY icuuc ${_geocoder_required})
find_path(PHONENUMBER_GEOCODER_INCLUDE_DIR phonenumbers/geocoding/phonenumber_offline_geocoder.h
          HINTS ${PHONENUMBER_INCLUDE_DIR})
if(PHONENUMBER_GEOCODING_LIBRARY AND ICU_UC_LIBRARY AND PHONENUMBER_GEOCODER_INCLUDE_DIR)
    target_compile_definitions(ringback_phonenumber INTERFACE RINGBACK_HAVE_GEOCODER)
    target_link_libraries(ringback_phonenumber INTERFACE ${PHONENUMBER_GEOCODING_LIBRARY} ${ICU_UC_LIBRARY})
else()
    message(WARNING "libphonenumber's offline geocoder not found: quiet hours will use the business's time zone for every caller")
endif()
target_link_libraries(ringback_phonenumber INTERFACE ${PHONENUMBER_LIBRARY})

# The webhook receiver (core/webhook): Qt HTTP Server listens, and OpenSSL's
# libcrypto checks Telnyx's Ed25519 signatures (Qt has no Ed25519).
find_package(Qt6 REQUIRED COMPONENTS HttpServer)
find_package(OpenSSL 1.1.1 REQUIRED COMPONENTS Crypto)
add_library(ringback_webhook_deps INTERFACE)
target_link_libraries(ringback_webhook_deps INTERFACE Qt6::HttpServer OpenSSL::Crypto)

# QtKeychain: provider secrets in the OS keychain (core/credentials). One
# find_package per project (a second one is a duplicate-alias error).
if(NOT TARGET qt6keychain)
    find_package(Qt6Keychain REQUIRED)
endif()

# Qt WebSockets: RingCentral's live updates (providers/ringcentral) and its
# fake server in the tests.
if(NOT TARGET Qt6::WebSockets)
    find_package(Qt6 REQUIRED COMPONENTS WebSockets)
endif()
