#!/usr/bin/env bash
# Ringback developer entry point for Debian 12 / Ubuntu 24.04:
#   scripts/dev.sh run   installs what is missing, builds, and starts the app on demo data
#   scripts/dev.sh test  installs what is missing, builds with warnings as errors, runs every test,
#                        then the core, automation, provider and store tests again under ASan + UBSan
# Both are safe to repeat: installed packages and finished builds are reused.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-qpa-plugins
    libqt6sql6-sqlite libqt6sql6-psql postgresql
    libphonenumber-dev qtkeychain-qt6-dev
    xvfb xauth clang-format desktop-file-utils
    systemd # systemd-analyze verify checks the worker's units (tst_debian_package)
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing_packages() {
    local missing=()
    for p in "${APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

# The contract tests serve Twilio's OpenAPI document with Prism, which runs on Node.js. Debian's
# node and npm are installed only when there is no node at all: adding Debian's npm next to a node
# from elsewhere (NodeSource, nvm) conflicts with it.
install_node_if_missing() {
    if ! command -v node >/dev/null 2>&1; then
        echo "Installing: nodejs npm"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
    fi
}

build() {
    local preset=$1
    shift
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" "$@" -- -j"$(nproc)"
}

# The suites run again in the asan build (AddressSanitizer + UBSan): those of core, automation, the
# providers and the store, the ones that fit CI's time (the contract tests need Prism, not ASan),
# and the replay of the fuzz corpora (fuzz/corpus, seconds). The asan test preset selects them by
# label (not the process-level crash tests, whose code the in-process pipeline suites run too, nor
# the PostgreSQL variants of the automation and provider suites, whose C++ is their SQLite
# variants' (the store suites keep theirs); 8 of the order-independence histories); the
# sanitizer_suites target builds just those.
run_tests() {
    build ci
    build asan --target sanitizer_suites
    # Qt wants a private runtime folder; CI runs as root with none set.
    XDG_RUNTIME_DIR=$(mktemp -d)
    chmod 700 "$XDG_RUNTIME_DIR"
    export XDG_RUNTIME_DIR QT_QPA_PLATFORM=offscreen
    trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
    # Includes the short soak (label soak; the long one is scripts/soak.sh, docs/RELIABILITY.md).
    ctest --preset ci
    ctest --preset asan
}

run_app() {
    build dev
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "Ringback is built, but this session has no display to show its window." >&2
        echo "Run this from a desktop session, or wrap it: xvfb-run -a scripts/dev.sh run" >&2
        exit 1
    fi
    exec build/dev/app/ringback --demo "$@"
}

command=${1:-run}
shift || true
case "$command" in
    run) install_missing_packages; run_app "$@" ;;
    test) install_missing_packages; install_node_if_missing; run_tests ;;
    setup) install_missing_packages; install_node_if_missing ;;
    *) echo "usage: scripts/dev.sh run|test|setup" >&2; exit 64 ;;
esac
