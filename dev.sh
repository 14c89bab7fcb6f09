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

setup() {
    ./packaging/install-build-deps.sh
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
}

case "$command" in
build)
    setup
    ;;
run)
    setup
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
