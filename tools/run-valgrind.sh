#!/usr/bin/env bash
# Runs the end-to-end screenshot scenario (the same as tests/e2e/tst_screenshot's
# rendersDemoNumbers: start on the embedded sandbox, load the first page, render the main window
# to a PNG, exit) under valgrind's memcheck, and fails on any memory error or definite leak.
# CI runs it on the build the tests used (under a minute):
#   tools/run-valgrind.sh              uses ./build (built with the default preset if needed)
#   tools/run-valgrind.sh BUILD_DIR
set -euo pipefail
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$source_dir"

build_dir=${1:-build}
if ! command -v valgrind >/dev/null; then
    echo "run-valgrind: valgrind not found (Debian package valgrind)" >&2
    exit 2
fi
if [[ ! -f "$build_dir/build.ninja" ]]; then
    cmake --preset default -B "$build_dir" >/dev/null
fi
cmake --build "$build_dir" -j "${JOBS:-2}" --target amigo-numbers

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log=$build_dir/valgrind-screenshot.log

export QT_QPA_PLATFORM=offscreen
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
export QT_LOGGING_RULES='amigo.*.debug=false'

started=$SECONDS
status=0
valgrind --tool=memcheck --error-exitcode=99 --track-origins=yes \
    --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite \
    --suppressions=tests/sanitizer/valgrind.supp --gen-suppressions=all \
    --log-file="$log" \
    "$build_dir/app/amigo-numbers" --sandbox --screenshot "$work/main.png" >"$work/out.txt" || status=$?
seconds=$((SECONDS - started))

summary=$(grep -E '^loaded=[0-9]+ shown=[0-9]+ more=(yes|no)$' "$work/out.txt" || true)
grep -E 'ERROR SUMMARY|definitely lost|indirectly lost' "$log" || true
if ((status == 99)); then
    echo "run-valgrind: memcheck found errors; details in $log" >&2
    exit 1
fi
if ((status != 0)) || [[ -z "$summary" ]] || [[ ! -s "$work/main.png" ]]; then
    echo "run-valgrind: the screenshot run failed (exit $status); output:" >&2
    cat "$work/out.txt" >&2
    exit 1
fi
echo "run-valgrind: clean ($summary, ${seconds} s under memcheck; log in $log)"
