# Finds libphonenumber and its geocoding library. Debian ships neither a CMake
# package configuration nor a pkg-config file for them.
#
# Imported targets:
#   PhoneNumber::PhoneNumber  parsing, validation and formatting
#   PhoneNumber::Geocoding    descriptions of where a number is ("London")

find_path(PhoneNumber_INCLUDE_DIR phonenumbers/phonenumberutil.h)
find_library(PhoneNumber_LIBRARY NAMES phonenumber)
find_library(PhoneNumber_GEOCODING_LIBRARY NAMES geocoding)
# The geocoder's interface takes an icu::Locale, so its users link ICU's common library too.
find_package(ICU COMPONENTS uc)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PhoneNumber
    REQUIRED_VARS PhoneNumber_LIBRARY PhoneNumber_INCLUDE_DIR PhoneNumber_GEOCODING_LIBRARY)

if(PhoneNumber_FOUND AND NOT TARGET PhoneNumber::PhoneNumber)
    add_library(PhoneNumber::PhoneNumber UNKNOWN IMPORTED)
    set_target_properties(PhoneNumber::PhoneNumber PROPERTIES
        IMPORTED_LOCATION "${PhoneNumber_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${PhoneNumber_INCLUDE_DIR}")

    add_library(PhoneNumber::Geocoding UNKNOWN IMPORTED)
    set_target_properties(PhoneNumber::Geocoding PROPERTIES
        IMPORTED_LOCATION "${PhoneNumber_GEOCODING_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${PhoneNumber_INCLUDE_DIR}"
        INTERFACE_LINK_LIBRARIES "PhoneNumber::PhoneNumber;$<TARGET_NAME_IF_EXISTS:ICU::uc>")
endif()

mark_as_advanced(PhoneNumber_INCLUDE_DIR PhoneNumber_LIBRARY PhoneNumber_GEOCODING_LIBRARY)
