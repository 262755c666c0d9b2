# libphonenumber 8.12 (Debian 12) ships neither a CMake config nor a pkg-config file, so find its
# header and its two libraries here and present them as one IMPORTED target:
#   PhoneNumber::PhoneNumber  (phonenumber + geocoding)

# The geocoder's API takes an ICU Locale, so ICU's common library comes along; the PhoneNumber
# class is a protobuf message, so protobuf does too.
find_package(ICU QUIET COMPONENTS uc)
find_package(Protobuf QUIET)

find_path(PhoneNumber_INCLUDE_DIR NAMES phonenumbers/phonenumberutil.h)
find_library(PhoneNumber_LIBRARY NAMES phonenumber)
find_library(PhoneNumber_GEOCODING_LIBRARY NAMES geocoding)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PhoneNumber
    REQUIRED_VARS PhoneNumber_LIBRARY PhoneNumber_GEOCODING_LIBRARY PhoneNumber_INCLUDE_DIR)

if(PhoneNumber_FOUND AND NOT TARGET PhoneNumber::PhoneNumber)
    add_library(PhoneNumber::Core UNKNOWN IMPORTED)
    set_target_properties(PhoneNumber::Core PROPERTIES
        IMPORTED_LOCATION "${PhoneNumber_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${PhoneNumber_INCLUDE_DIR}")
    add_library(PhoneNumber::Geocoding UNKNOWN IMPORTED)
    set_target_properties(PhoneNumber::Geocoding PROPERTIES
        IMPORTED_LOCATION "${PhoneNumber_GEOCODING_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${PhoneNumber_INCLUDE_DIR}")
    add_library(PhoneNumber::PhoneNumber INTERFACE IMPORTED)
    set_target_properties(PhoneNumber::PhoneNumber PROPERTIES
        INTERFACE_LINK_LIBRARIES "PhoneNumber::Geocoding;PhoneNumber::Core")
    if(ICU_FOUND)
        set_property(TARGET PhoneNumber::PhoneNumber APPEND PROPERTY INTERFACE_LINK_LIBRARIES ICU::uc)
    endif()
    if(TARGET protobuf::libprotobuf)
        set_property(TARGET PhoneNumber::PhoneNumber APPEND PROPERTY INTERFACE_LINK_LIBRARIES protobuf::libprotobuf)
    elseif(Protobuf_LIBRARIES)
        set_property(TARGET PhoneNumber::PhoneNumber APPEND PROPERTY INTERFACE_LINK_LIBRARIES ${Protobuf_LIBRARIES})
    endif()
endif()

mark_as_advanced(PhoneNumber_INCLUDE_DIR PhoneNumber_LIBRARY PhoneNumber_GEOCODING_LIBRARY)
