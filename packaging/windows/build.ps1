# Builds Ringback on Windows, runs its tests and makes the NSIS installer (build\release\ringback-<version>-win64.exe).
# Needs: Visual Studio 2022 (run from a "Developer PowerShell for VS 2022"), CMake >= 3.25, Ninja,
# NSIS 3 (makensis on PATH), Git, vcpkg (VCPKG_ROOT or -VcpkgRoot), and Qt 6 for MSVC from the Qt
# installer or aqtinstall (-QtDir, e.g. C:\Qt\6.5.3\msvc2019_64).
#   powershell -File packaging\windows\build.ps1 -QtDir C:\Qt\6.5.3\msvc2019_64
# It cannot be run on the Linux machine this project is developed on; see docs/PACKAGING.md.
param(
    [Parameter(Mandatory = $true)][string]$QtDir,
    [string]$VcpkgRoot = $env:VCPKG_ROOT,
    [string]$QtKeychainVersion = "0.14.3",
    [switch]$SkipTests
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$repo = Resolve-Path (Join-Path $PSScriptRoot "..\..")
$deps = Join-Path $repo "build\windows-deps"
$triplet = "x64-windows"

function Invoke-Checked {
    param([string]$Command, [string[]]$Arguments)
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Command $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

if (-not $VcpkgRoot) { throw "Set VCPKG_ROOT or pass -VcpkgRoot (the folder with vcpkg.exe)." }
if (-not (Test-Path (Join-Path $QtDir "lib\cmake\Qt6"))) { throw "$QtDir is not a Qt 6 for MSVC folder." }

# 1. libphonenumber (with protobuf, ICU, abseil) and libpq (for Qt's PostgreSQL driver) from vcpkg.
Invoke-Checked (Join-Path $VcpkgRoot "vcpkg.exe") @(
    "install", "--triplet", $triplet,
    "--x-manifest-root=$PSScriptRoot", "--x-install-root=$deps\vcpkg")
$vcpkgPrefix = "$deps\vcpkg\$triplet"

# 2. QtKeychain against this Qt (vcpkg's port would build a whole second Qt).
$keychainSrc = "$deps\qtkeychain-src"
$keychainPrefix = "$deps\qtkeychain"
if (-not (Test-Path $keychainSrc)) {
    Invoke-Checked git @("clone", "--depth", "1", "--branch", $QtKeychainVersion,
        "https://github.com/frankosterfeld/qtkeychain.git", $keychainSrc)
}
Invoke-Checked cmake @("-S", $keychainSrc, "-B", "$deps\qtkeychain-build", "-G", "Ninja",
    "-DCMAKE_BUILD_TYPE=Release", "-DBUILD_WITH_QT6=ON", "-DBUILD_TRANSLATIONS=OFF",
    "-DBUILD_TEST_APPLICATION=OFF", "-DCMAKE_PREFIX_PATH=$QtDir", "-DCMAKE_INSTALL_PREFIX=$keychainPrefix")
Invoke-Checked cmake @("--build", "$deps\qtkeychain-build")
Invoke-Checked cmake @("--install", "$deps\qtkeychain-build")

# 3. Ringback, its tests, the installer. The DLLs of steps 1 and 2 go beside ringback.exe
#    (RINGBACK_RUNTIME_DLL_DIRS); windeployqt adds Qt's own.
$prefixPath = "$QtDir;$vcpkgPrefix;$keychainPrefix"
# The build runs the icon renderer and the tests: both need these DLLs on PATH.
$env:PATH = "$QtDir\bin;$vcpkgPrefix\bin;$keychainPrefix\bin;$env:PATH"
Push-Location $repo
try {
    # Warnings are errors on the Linux CI; MSVC's are not yet known to be clean, so not here.
    Invoke-Checked cmake @("--preset", "release", "-DCMAKE_PREFIX_PATH=$prefixPath",
        "-DRINGBACK_BUILD_TESTS=ON", "-DRINGBACK_WERROR=OFF", "-DRINGBACK_RUNTIME_DLL_DIRS=$vcpkgPrefix\bin;$keychainPrefix\bin")
    Invoke-Checked cmake @("--build", "--preset", "release")
    if (-not $SkipTests) {
        $env:QT_QPA_PLATFORM = "offscreen"
        # The Twilio contract tests need the provider spec kept outside the repository.
        Invoke-Checked ctest @("--test-dir", "build\release", "--output-on-failure", "-LE", "contract")
    }
    Push-Location "build\release"
    try { Invoke-Checked cpack @("-G", "NSIS") } finally { Pop-Location }
} finally {
    Pop-Location
}
Get-ChildItem (Join-Path $repo "build\release\*.exe") | ForEach-Object { Write-Host "Installer: $($_.FullName)" }
