#!/usr/bin/env bash
# Ringback's libFuzzer targets (fuzz/): build them with clang, run one, minimise its corpus.
#   scripts/fuzz.sh build                   configures build/fuzz (clang, ASan, UBSan) and builds all
#   scripts/fuzz.sh run <target> [seconds]  fuzzes for that long (default 600), under nice; new
#                                           inputs go to build/fuzz/work/<target>, crashes to
#                                           build/fuzz/artifacts/<target>/, the log to
#                                           build/fuzz/logs/<target>.log
#   scripts/fuzz.sh merge <target>          minimises fuzz/corpus/<target> with what the runs found:
#                                           the hand-written seed-* files stay, libFuzzer adds only
#                                           inputs that reach code the others do not
#   scripts/fuzz.sh list                    the targets
# Inputs longer than 4096 bytes are cut to that length, seeds included: keep seeds shorter. The
# Twilio targets get fuzz/twilio.dict (JSON and Twilio's field names).
# Needs clang and libclang_rt.fuzzer (Debian: clang, libclang-rt-14-dev). CI does not: it replays
# the committed corpora with the normal build (ctest -L fuzz).
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=build/fuzz
targets() { sed -n 's/^ringback_add_fuzzer(\([a-z0-9_]*\)).*/\1/p' fuzz/CMakeLists.txt; }

case "${1:-}" in
build)
    launcher=()
    command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    CC=clang CXX=clang++ cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DRINGBACK_FUZZ=ON "${launcher[@]}" >/dev/null
    nice cmake --build "$build_dir" -- -j"${JOBS:-2}" $(targets | sed 's/^/fuzz_/')
    ;;
run)
    target=${2:?target}
    seconds=${3:-600}
    mkdir -p "$build_dir/work/$target" "$build_dir/artifacts/$target" "$build_dir/logs"
    dict=()
    case "$target" in twilio_*) dict=(-dict=fuzz/twilio.dict) ;; esac
    nice -n 10 "$build_dir/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -max_len=4096 \
        -print_final_stats=1 -artifact_prefix="$build_dir/artifacts/$target/" "${dict[@]}" \
        "$build_dir/work/$target" "fuzz/corpus/$target" >"$build_dir/logs/$target.log" 2>&1
    ;;
merge)
    target=${2:?target}
    merged=$(mktemp -d)
    cp fuzz/corpus/"$target"/seed-* "$merged"/ 2>/dev/null || true
    nice -n 10 "$build_dir/fuzz/fuzz_$target" -merge=1 -timeout=10 -max_len=4096 "$merged" \
        "fuzz/corpus/$target" "$build_dir/work/$target" >"$build_dir/logs/$target.merge.log" 2>&1
    rm -rf "fuzz/corpus/$target"
    mv "$merged" "fuzz/corpus/$target"
    chmod 755 "fuzz/corpus/$target"
    echo "$target: $(ls "fuzz/corpus/$target" | wc -l) files, $(du -sk "fuzz/corpus/$target" | cut -f1) KiB"
    ;;
list) targets ;;
*) echo "usage: scripts/fuzz.sh build | run <target> [seconds] | merge <target> | list" >&2; exit 64 ;;
esac
