#!/usr/bin/env bash
# Installs what building, running and testing Amigo Numbers needs on Debian 12,
# from Debian's own packages. Installs only what is missing; safe to repeat.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-httpserver-dev qt6-websockets-dev
    qt6-svg-dev qt6-qpa-plugins
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev
    libphonenumber-dev libicu-dev libboost-dev
    xvfb xauth fonts-dejavu-core
    clang clang-format-14 clang-tidy-14 libclang-rt-14-dev
    wrk valgrind
    nodejs
    dpkg-dev fakeroot file lintian appstream desktop-file-utils
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

sudo=()
if ((EUID != 0)); then
    sudo=(sudo)
fi

echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
