#!/usr/bin/env bash
# Installs what the browser tests (pytest -m browser) and benchmarks/viz.py need:
# Debian's Chromium (Playwright drives it; no browser download) and Noto fonts
# with Arabic glyphs. Non-interactive and idempotent: does nothing when both are
# already installed. Run as root, or with sudo available.
set -euo pipefail

packages=(chromium fonts-noto-core)
missing=()
for pkg in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-browser: ${packages[*]} already installed"
    exit 0
fi

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
/usr/bin/chromium --version
