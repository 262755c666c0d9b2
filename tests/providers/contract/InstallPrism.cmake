# Installs the pinned Prism from package.json + package-lock.json into PRISM_DIR with `npm ci`,
# unless the same lockfile is already installed there. Run by ctest as the `prism` fixture:
#   cmake -DPACKAGE_DIR=<folder with the lockfile> -DPRISM_DIR=<build>/prism -P InstallPrism.cmake
cmake_minimum_required(VERSION 3.25)

set(lock "${PACKAGE_DIR}/package-lock.json")
set(installed_lock "${PRISM_DIR}/package-lock.json")
set(prism "${PRISM_DIR}/node_modules/.bin/prism")

if(EXISTS "${prism}" AND EXISTS "${installed_lock}")
    file(SHA256 "${lock}" wanted)
    file(SHA256 "${installed_lock}" have)
    if(wanted STREQUAL have)
        message(STATUS "Prism is already installed in ${PRISM_DIR}")
        return()
    endif()
endif()

find_program(NPM npm)
if(NOT NPM)
    message(FATAL_ERROR "npm is missing: the contract tests need Node.js and npm (scripts/dev.sh setup installs them).")
endif()

file(MAKE_DIRECTORY "${PRISM_DIR}")
file(COPY "${PACKAGE_DIR}/package.json" "${lock}" DESTINATION "${PRISM_DIR}")
message(STATUS "Installing Prism into ${PRISM_DIR} (npm ci)")
execute_process(
    COMMAND "${NPM}" ci --no-audit --no-fund --prefix "${PRISM_DIR}"
    WORKING_DIRECTORY "${PRISM_DIR}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT EXISTS "${prism}")
    file(REMOVE "${installed_lock}")
    message(FATAL_ERROR "npm ci failed (${result}): Prism could not be installed, so the contract tests cannot run.")
endif()
