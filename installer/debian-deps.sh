#!/usr/bin/env bash
# Installs the Debian packages cpaudit needs to run and be tested on a fresh Debian 12+ machine:
# Python with venv, the libraries Qt's offscreen and xcb platforms load, a virtual X server for
# screenshots, and poppler-utils for reading PDFs. Only missing packages are installed.
set -euo pipefail
packages=(
  python3 python3-venv ca-certificates
  libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 fonts-dejavu-core
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-shm0 libxcb-sync1
  libxcb-xfixes0 libxcb-render0 libx11-xcb1 xvfb xauth
  poppler-utils
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing Debian packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
