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

# Links were most of CI's build time: about 150 test executables, each linking the static core and
# ui libraries. GNU gold links one about four times faster than the default BFD linker (1.2 s ->
# 0.3 s for tst_thread). It comes with binutils, so it adds no package; where the compiler does not
# accept it (another platform, a binutils without gold) the default linker is kept.
option(RINGBACK_GOLD_LINKER "Link with GNU gold where the toolchain has it" ON)
if(RINGBACK_GOLD_LINKER AND CMAKE_SYSTEM_NAME STREQUAL "Linux" AND NOT MSVC)
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=gold" RINGBACK_HAS_GOLD_LINKER)
    if(RINGBACK_HAS_GOLD_LINKER)
        add_link_options(-fuse-ld=gold)
    endif()
endif()
