# One INTERFACE target carries the language level, warnings and strict Qt
# defines for every target of the project. Nothing touches CMAKE_CXX_FLAGS.
add_library(ringback_options INTERFACE)
add_library(Ringback::options ALIAS ringback_options)

target_compile_features(ringback_options INTERFACE cxx_std_17)
target_compile_definitions(ringback_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    RINGBACK_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(ringback_options INTERFACE /W4 /permissive- /utf-8)
    if(RINGBACK_WARNINGS_AS_ERRORS)
        target_compile_options(ringback_options INTERFACE /WX)
    endif()
else()
    target_compile_options(ringback_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
    if(RINGBACK_WARNINGS_AS_ERRORS)
        target_compile_options(ringback_options INTERFACE -Werror)
    endif()
endif()

if(RINGBACK_FORCE_ASSERTS)
    target_compile_definitions(ringback_options INTERFACE QT_FORCE_ASSERTS)
endif()

if(RINGBACK_SANITIZE)
    target_compile_options(ringback_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(ringback_options INTERFACE -fsanitize=address,undefined)
endif()
