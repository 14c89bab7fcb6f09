#!/usr/bin/env bash
# Builds the Debian package from a configured and built tree, installs it on this machine, runs
# the installed app headless, and checks the package and its desktop files with the distribution's
# own validators. Used by CI; run it by hand after `./dev.sh build`:
#   packaging/check-package.sh [build-directory]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=$(cd "${1:-$here/../build}" && pwd)

sudo=()
if ((EUID != 0)); then
    sudo=(sudo)
fi

step() { printf '\n== %s\n' "$*"; }

step "Building the package"
rm -f "$build"/amigo-numbers_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/amigo-numbers_*.deb)
echo "$deb"
dpkg-deb --field "$deb" Package Version Depends Recommends

step "Checking the package with lintian"
# Errors fail the check; warnings are shown for people to read.
lintian --fail-on error --display-info "$deb"

step "Installing it"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall --no-install-recommends \
    "$deb" >/dev/null
dpkg-query -W amigo-numbers

step "Validating the installed desktop entry and AppStream metadata"
desktop-file-validate /usr/share/applications/ai.amigo.Numbers.desktop
appstreamcli validate --no-net /usr/share/metainfo/ai.amigo.Numbers.metainfo.xml
test -s /usr/share/icons/hicolor/scalable/apps/ai.amigo.Numbers.svg

step "Running the installed app"
# Information options need no display.
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/amigo-numbers --version
/usr/bin/amigo-numbers-sandbox --help >/dev/null
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
screenshot="$home/installed.png"
HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    QT_QPA_PLATFORM=offscreen /usr/bin/amigo-numbers --sandbox --screenshot "$screenshot"
test -s "$screenshot"
file "$screenshot"
echo "The installed package works."
