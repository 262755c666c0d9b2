#!/usr/bin/env bash
# Builds the .deb from a configured, built tree and checks what an installer relies on: the control
# fields, the file list, and that the packaged binary runs from an extracted root (--version and a
# short headless demo). Nothing is installed on this machine: dpkg-deb -x into a temporary folder.
#   check_deb.sh <build dir> <expected version>
set -euo pipefail

build_dir=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

(cd "$build_dir" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) ||
    { cat "$work/cpack.log" >&2; fail "cpack -G DEB did not build the package"; }
deb=$(find "$work/out" -maxdepth 1 -name '*.deb' -print -quit)
[ -n "$deb" ] || fail "cpack wrote no .deb into $work/out"
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = ringback ] || fail "Package is '$(field Package)', not ringback"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
depends=$(field Depends)
echo "Depends: $depends"
for needed in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6svg6 libqt6widgets6 \
    libphonenumber8 libgeocoding8 libqt6keychain1; do
    [[ ", $depends" == *", $needed"* ]] || fail "Depends lacks $needed"
done

files=$(dpkg-deb -c "$deb" | awk '{print $6}')
expected=(
    ./usr/bin/ringback
    ./usr/share/applications/app.ringback.Ringback.desktop
    ./usr/share/metainfo/app.ringback.Ringback.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/ringback.svg
    ./usr/share/doc/ringback/copyright
    ./usr/share/doc/ringback/README.md
    ./usr/lib/systemd/system/ringback-worker.service
    ./usr/lib/systemd/user/ringback-worker.service
    ./usr/share/ringback/worker.env.example
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/ringback.png")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" <<<"$files" || fail "the package has no $path"
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
binary="$root/usr/bin/ringback"
desktop="$root/usr/share/applications/app.ringback.Ringback.desktop"
grep -qx 'Exec=ringback' "$desktop" || fail "the menu entry does not start ringback"
grep -qx 'Icon=ringback' "$desktop" || fail "the menu entry does not use the ringback icon"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate rejects the menu entry"
fi

# Only the system's libraries: nothing from the build tree, nothing missing.
if ldd "$binary" | grep -E 'not found|'"$build_dir"; then
    fail "the packaged binary needs libraries that are not installed system-wide"
fi

# The worker's units as packaged, checked by systemd itself (with ExecStart pointing into the
# extracted root, since nothing is installed here).
if command -v systemd-analyze >/dev/null 2>&1; then
    for unit in system/ringback-worker.service user/ringback-worker.service; do
        mkdir -p "$work/units/$unit" && rmdir "$work/units/$unit"
        sed "s|/usr/bin/ringback|$root/usr/bin/ringback|" "$root/usr/lib/systemd/$unit" >"$work/units/$unit"
        mode=--system
        [[ $unit == user/* ]] && mode=--user
        mkdir -p "$work/run" && chmod 700 "$work/run"
        rc=0
        (cd "$work/units/$(dirname "$unit")" &&
            XDG_RUNTIME_DIR="$work/run" systemd-analyze verify $mode --man=no ./ringback-worker.service) \
            >"$work/verify.log" 2>&1 || rc=$?
        # What systemd says about the unit names it ("ringback-worker.service:35: Unknown key ...");
        # anything else is about this machine (no bus, a container), not about the unit.
        if grep -q 'ringback-worker' "$work/verify.log"; then
            cat "$work/verify.log" >&2
            fail "systemd-analyze rejects or warns about $unit"
        fi
        [ "$rc" = 0 ] || { echo "note: systemd-analyze could not check $unit on this machine:"; cat "$work/verify.log"; }
    done
    echo "systemd-analyze verify accepts both worker units"
else
    fail "systemd-analyze is missing (Debian's systemd package)"
fi

home="$work/home"
mkdir -p "$home"
run() {
    env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" XDG_CONFIG_HOME="$home/.config" \
        XDG_DATA_HOME="$home/.local/share" QT_LOGGING_RULES='ringback.*.info=false' "$binary" "$@"
}
[ "$(run --version)" = "Ringback $version" ] || fail "--version printed '$(run --version)'"
run --headless --demo --run-seconds 3 --db "$work/demo.sqlite" >"$work/headless.log" 2>&1 ||
    { cat "$work/headless.log" >&2; fail "the packaged binary's headless demo did not stop cleanly"; }
[ -s "$work/demo.sqlite" ] || fail "the headless demo wrote no database"
echo "the packaged binary ran --version and a 3-second headless demo from $root"
