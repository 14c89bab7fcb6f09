#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (the "fuzz" preset, in build-fuzz/) and runs each one
# for a bounded time, starting from its seed corpus in tests/fuzz/corpus/<target>/.
#   tools/run-fuzzers.sh                 every target for 60 seconds
#   tools/run-fuzzers.sh 300 codec       only fuzz_codec, for 300 seconds
#   FUZZ_MERGE=1 tools/run-fuzzers.sh    afterwards, add the inputs that reached new code to the
#                                        seed corpus (review and commit them)
# A crash, a sanitizer report or a violated property stops the target and fails the run; the
# input is saved in build-fuzz/fuzz-work/<target>/. Replay it with
#   build-fuzz/tests/fuzz/fuzz_<target> <file>
# then fix the bug and keep the input as tests/fuzz/regressions/<target>/<what-broke>, which
# tst_fuzzregressions replays in every build.
set -euo pipefail
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$source_dir"

seconds=${1:-60}
shift || true
targets=("$@")
if ((${#targets[@]} == 0)); then
    targets=(codec phonenumberinput sandboxvalidation)
fi
build_dir=build-fuzz

if ! command -v clang++ >/dev/null; then
    echo "run-fuzzers: clang++ not found (Debian packages clang and libclang-rt-14-dev)" >&2
    exit 2
fi
if [[ ! -f "$build_dir/build.ninja" ]]; then
    cmake --preset fuzz >/dev/null
fi
cmake --build --preset fuzz -j "${JOBS:-2}"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$source_dir/tests/sanitizer/lsan.supp:print_suppressions=0
# The code under test logs refusals at warning level; printing them would slow the fuzzer down.
export QT_LOGGING_RULES='amigo.*=false'

failed=()
for target in "${targets[@]}"; do
    executable=$build_dir/tests/fuzz/fuzz_$target
    work=$build_dir/fuzz-work/$target
    mkdir -p "$work/corpus"
    echo "== fuzz_$target for ${seconds}s"
    status=0
    # New inputs go to the scratch corpus (first directory); the checked-in seeds stay untouched.
    "$executable" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=4096 \
        -dict="tests/fuzz/$target.dict" -artifact_prefix="$work/" -print_final_stats=1 \
        "$work/corpus" "tests/fuzz/corpus/$target" >"$work/log.txt" 2>&1 || status=$?
    grep -E '^(stat::number_of_executed_units|stat::new_units_added|#[0-9]+ +DONE)' "$work/log.txt" || true
    if ((status != 0)); then
        failed+=("$target")
        echo "run-fuzzers: fuzz_$target failed (exit $status); the end of its log:" >&2
        tail -n 60 "$work/log.txt" >&2
        ls "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-* 2>/dev/null >&2 || true
        continue
    fi
    if [[ "${FUZZ_MERGE:-}" == "1" ]]; then
        "$executable" -merge=1 "tests/fuzz/corpus/$target" "$work/corpus" >>"$work/log.txt" 2>&1
        echo "merged new inputs into tests/fuzz/corpus/$target"
    fi
done

if ((${#failed[@]} > 0)); then
    echo "run-fuzzers: failed: ${failed[*]}" >&2
    exit 1
fi
echo "run-fuzzers: ${#targets[@]} targets ran ${seconds}s each without a finding"
