#!/usr/bin/env bash
# The soak of issue 13 in one command (what it does and the figures: docs/RELIABILITY.md).
#   scripts/soak.sh              the full run: 10,000 missed callers, on SQLite then on PostgreSQL
#   scripts/soak.sh --quick      the short run ctest does (300 callers, about 1-2 minutes each)
# Other arguments go to the soak as they are (--callers 2000, --seed 7, --faults none, ...);
# SOAK_BACKENDS="sqlite" runs one backend only. Builds what it needs first (the ci preset).
# Exit code 0 only when every run had no duplicate, no loss and no text to the non-textable.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build/ci/build.ninja ] || cmake --preset ci >/dev/null
nice cmake --build build/ci --target ringback soak soak_fake_twilio -- -j2
status=0
for backend in ${SOAK_BACKENDS:-sqlite postgres}; do
    nice build/ci/tests/soak/soak --backend "$backend" --out "build/ci/soak-$backend" "$@" || status=1
    echo
done
exit $status
