#!/usr/bin/env bash
# Fails when a tracked C++ file differs from what clang-format makes of it.
#   tools/check-format.sh          check every tracked .cpp/.h file
#   tools/check-format.sh --fix    reformat them in place instead
#   tools/check-format.sh FILE...  check only these files
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

clang_format=${CLANG_FORMAT:-clang-format-14}
if ! command -v "$clang_format" >/dev/null; then
    echo "check-format: $clang_format not found (Debian package clang-format-14)" >&2
    exit 2
fi

mode=(--dry-run --Werror)
if [[ "${1:-}" == "--fix" ]]; then
    mode=(-i)
    shift
fi

files=("$@")
if ((${#files[@]} == 0)); then
    mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
fi
if ((${#files[@]} == 0)); then
    exit 0
fi

if ! printf '%s\0' "${files[@]}" | xargs -0 "$clang_format" --style=file "${mode[@]}"; then
    echo "check-format: the files above are not formatted; run tools/check-format.sh --fix" >&2
    exit 1
fi
if [[ "${mode[0]}" == "--dry-run" ]]; then
    echo "check-format: ${#files[@]} files formatted as .clang-format says"
fi
