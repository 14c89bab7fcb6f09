#!/usr/bin/env bash
# Builds the project with AddressSanitizer and UndefinedBehaviorSanitizer (the "asan" preset, in
# build-asan/) and runs the test suite there. Any report fails the run; leaks in Qt's and the
# system's own libraries are suppressed by tests/sanitizer/lsan.supp, the project's never.
#   tools/run-sanitizers.sh              the whole test suite
#   tools/run-sanitizers.sh -R codec     extra arguments go to ctest (here: only tst_codec)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

jobs=${JOBS:-2}
if [[ ! -f build-asan/build.ninja ]]; then
    cmake --preset asan >/dev/null
fi
cmake --build --preset asan -j "$jobs"

export QT_QPA_PLATFORM=offscreen
started=$SECONDS
ctest --preset asan -j "$jobs" "$@"
echo "run-sanitizers: tests passed under ASan and UBSan ($((SECONDS - started)) s)"
