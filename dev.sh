#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   ./dev.sh run    install what is missing, build, start Amigo Numbers on the embedded sandbox
#   ./dev.sh test   install what is missing, build, run the whole test suite
#   ./dev.sh build  install what is missing and build
# Extra arguments after "run" go to amigo-numbers.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"

command=${1:-run}
shift || true

preset=default
# Under CI, compiler warnings are errors.
if [[ "${CI:-}" == "true" ]]; then
    preset=ci
fi
jobs=$(nproc 2>/dev/null || echo 2)

# Extra arguments name the targets to build; without any, everything (the tests too) is built.
setup() {
    ./packaging/install-build-deps.sh
    cmake --preset "$preset" >/dev/null
    local targets=()
    if (($# > 0)); then
        targets=(--target "$@")
    fi
    cmake --build --preset "$preset" -j "$jobs" "${targets[@]}"
}

case "$command" in
build)
    setup
    ;;
run)
    # Only the app and its sandbox: the tests are built by "test".
    echo "Building Amigo Numbers; it starts on the local sandbox when the build is done."
    setup amigo-numbers amigo-numbers-sandbox
    exec ./build/app/amigo-numbers "$@"
    ;;
test)
    setup
    # Widget tests need no display: Qt's offscreen platform renders in memory.
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
    ctest --preset "$preset" -j "$jobs" "$@"
    ;;
*)
    echo "usage: $0 run|test|build" >&2
    exit 2
    ;;
esac
