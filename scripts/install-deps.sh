#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs, only those that are missing.
# Usage: scripts/install-deps.sh [--gui] [--test]
set -euo pipefail

packages=(build-essential cmake pkg-config libgraphviz-dev graphviz libcereal-dev rapidjson-dev
          libcairo2-dev libpango1.0-dev zlib1g-dev libxlsxwriter-dev libzip-dev pandoc
          libfreetype-dev libhyphen-dev hyphen-sv doctest-dev fonts-dejavu-core)
gui=(libglfw3-dev libgl-dev libimgui-dev libstb-dev libgl1-mesa-dri xvfb xauth zenity)
test=(poppler-utils clang libclang-rt-14-dev xdotool imagemagick python3-docx python3-openpyxl
      libreoffice-writer-nogui)
for a in "$@"; do
  case "$a" in
    --gui) packages+=("${gui[@]}") ;;
    --test) packages+=("${gui[@]}" "${test[@]}") ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
