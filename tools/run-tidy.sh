#!/usr/bin/env bash
# Runs clang-tidy (the checks in .clang-tidy) over the project's own sources and fails on any
# finding. It reads compile_commands.json from a build directory and builds that directory first,
# because moc and uic output must exist before the sources can be parsed.
#   tools/run-tidy.sh                 use ./build (configured with the default preset if absent)
#   tools/run-tidy.sh BUILD_DIR       use another build directory
#   tools/run-tidy.sh BUILD_DIR FILE  check only the sources whose path matches FILE (a regex)
#   TIDY_FIX=1 tools/run-tidy.sh      apply the suggested fixes
set -euo pipefail
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$source_dir"

build_dir=$(realpath -m "${1:-build}")
shift || true
jobs=${JOBS:-2}
run_clang_tidy=${RUN_CLANG_TIDY:-run-clang-tidy-14}
clang_tidy=${CLANG_TIDY:-clang-tidy-14}

for tool in "$run_clang_tidy" "$clang_tidy"; do
    if ! command -v "$tool" >/dev/null; then
        echo "run-tidy: $tool not found (Debian package clang-tidy-14)" >&2
        exit 2
    fi
done

if [[ ! -f "$build_dir/compile_commands.json" ]]; then
    cmake --preset default -B "$build_dir" >/dev/null
fi
cmake --build "$build_dir" -j "$jobs" >/dev/null

# The project's sources only: not moc/uic output, not the libFuzzer targets (built by clang in
# their own directory, see tools/run-fuzzers.sh).
pattern="^${source_dir}/(app|models|network|sandbox|ui|tests/(e2e|models|network|sandbox|ui|app|support))/.*\\.cpp\$"
if (($# > 0)); then
    pattern="$1"
fi

fix=()
if [[ "${TIDY_FIX:-}" == "1" ]]; then
    fix=(-fix -format)
fi

started=$SECONDS
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
"$run_clang_tidy" -quiet -p "$build_dir" -j "$jobs" -clang-tidy-binary "$(command -v "$clang_tidy")" \
    "${fix[@]}" "$pattern" >"$log" 2>&1 || status=$?
# Keep the findings, drop clang-tidy's per-file statistics.
grep -v -E '^([0-9]+ warnings?( and [0-9]+ errors?)? generated\.|Suppressed [0-9]+ warnings|Use -header-filter|.*clang-tidy-14 .* -quiet)' "$log" || true
if ((status != 0)); then
    echo "run-tidy: clang-tidy found problems (above); the checks are listed in .clang-tidy" >&2
    exit 1
fi
echo "run-tidy: clean ($((SECONDS - started)) s)"
