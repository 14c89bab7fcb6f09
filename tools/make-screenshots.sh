#!/usr/bin/env bash
# Regenerates the README's pictures with the app itself, headless, on the embedded sandbox:
#   tools/make-screenshots.sh [path/to/amigo-numbers]
# Each picture is taken in a fresh, empty home directory, so saved settings never show.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
app=${1:-$here/build/app/amigo-numbers}
out=$here/docs/screenshots
mkdir -p "$out"

if [[ ! -x "$app" ]]; then
    echo "No app at $app; build it first (./dev.sh build) or pass its path." >&2
    exit 2
fi

# name, then the extra arguments that open what the picture shows
shots=(
    "main-window|"
    "connection-dialog|--screenshot-action newConnectionAction"
    "purchase-wizard|--screenshot-action buyNumbersAction"
    "about-dialog|--screenshot-action aboutAction"
)

for shot in "${shots[@]}"; do
    name=${shot%%|*}
    read -r -a extra <<<"${shot#*|}"
    home=$(mktemp -d)
    echo "$name.png"
    HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_CACHE_HOME="$home/cache" LANG=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen \
        "$app" --sandbox --screenshot "$out/$name.png" "${extra[@]}" >/dev/null
    rm -rf "$home"
done
