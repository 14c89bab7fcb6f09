#!/usr/bin/env bash
# Regenerates the README's pictures with the app itself, headless, on demo data:
#   tools/make-screenshots.sh [build-directory]
# Each picture is taken in a fresh, empty home directory, so saved settings never show.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$here/build}
app=$build/app/amigo-numbers
sandbox=$build/sandbox/amigo-numbers-sandbox
out=$here/docs/screenshots
mkdir -p "$out"

for program in "$app" "$sandbox"; do
    if [[ ! -x "$program" ]]; then
        echo "No $program; build first (./dev.sh build) or pass the build directory." >&2
        exit 2
    fi
done

work=$(mktemp -d)
server=
cleanup() {
    [[ -n "$server" ]] && kill "$server" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# Runs the app in a fresh home; the arguments say what to open.
shoot() {
    local name=$1
    shift
    local home
    home=$(mktemp -d -p "$work")
    echo "$name.png"
    HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_CACHE_HOME="$home/cache" LANG=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen \
        "$@" --screenshot "$out/$name.png" >/dev/null 2>"$home/log" || {
        cat "$home/log" >&2
        exit 1
    }
}

shoot main-window "$app" --sandbox
shoot connection-dialog "$app" --sandbox --screenshot-action newConnectionAction
shoot about-dialog "$app" --sandbox --screenshot-action aboutAction

# The wizard at its search step needs a workspace whose telephony account exists: a sandbox of
# its own, set up over the API the way an admin's first purchase would.
key=screenshot-key-0123456789
"$sandbox" --port 0 --api-key "$key" --seed demo >"$work/sandbox.out" &
server=$!
for _ in $(seq 50); do
    [[ $(wc -l <"$work/sandbox.out") -ge 2 ]] && break
    sleep 0.1
done
base=$(sed -n 1p "$work/sandbox.out")
workspace=$(sed -n 's/^workspace_id=//p' "$work/sandbox.out")
curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $key" \
    "$base/v1/$workspace/twilio/sub-account"
AMIGO_API_KEY=$key shoot purchase-wizard "$app" --base-url "$base" --workspace "$workspace" \
    --screenshot-action buyNumbersAction,next,searchButton
