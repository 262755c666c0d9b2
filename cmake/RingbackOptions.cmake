# One INTERFACE target that carries the warnings and definitions every Ringback target shares
# (qBittorrent keeps the same idea in its qbt_common target).
add_library(ringback_options INTERFACE)
add_library(Ringback::options ALIAS ringback_options)

target_compile_definitions(ringback_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    RINGBACK_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(ringback_options INTERFACE /W4 /permissive- /utf-8)
    if(RINGBACK_WERROR)
        target_compile_options(ringback_options INTERFACE /WX)
    endif()
else()
    target_compile_options(ringback_options INTERFACE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor
        -Woverloaded-virtual)
    if(RINGBACK_WERROR)
        target_compile_options(ringback_options INTERFACE -Werror)
    endif()
endif()

# Sanitizers for Ringback's own code (the `asan` preset sets address,undefined). Qt and the other
# system libraries are not rebuilt: their calls are not checked, but every allocation and access our
# code makes is. A UBSan finding stops the test (no recovery), as an ASan one does.
set(RINGBACK_SANITIZERS "" CACHE STRING "Comma-separated -fsanitize= list for Ringback's code, e.g. address,undefined")
if(RINGBACK_SANITIZERS)
    if(MSVC)
        message(FATAL_ERROR "RINGBACK_SANITIZERS is for GCC and Clang")
    endif()
    target_compile_options(ringback_options INTERFACE -fsanitize=${RINGBACK_SANITIZERS}
        -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(ringback_options INTERFACE -fsanitize=${RINGBACK_SANITIZERS})
endif()
