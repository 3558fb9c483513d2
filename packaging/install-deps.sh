#!/usr/bin/env bash
# Installs the Debian 12 packages CodeDesk needs to build, run and test, and only those missing.
# Usage: packaging/install-deps.sh [--bench|--fuzz]   (--bench adds the benchmark tools, --fuzz
# clang and libFuzzer for `make fuzz`)
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite libgl-dev
    fonts-dejavu-core       # PDFs and offscreen rendering need at least one real font
    poppler-utils           # pdftotext: the print tests read the PDFs back
    python3                 # the CSV export test reads the file with Python's csv module
    shared-mime-info        # the install test compiles the worksheet MIME type
    # `make package` / `make lint-package`: CPack's DEB generator and the distribution's checks
    dpkg-dev fakeroot file lintian appstream desktop-file-utils
)
if [ "${1:-}" = "--bench" ]; then
    packages+=(sqlite3 hyperfine)
fi
if [ "${1:-}" = "--fuzz" ]; then
    packages+=(clang-14 libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO=sudo
    else
        echo "CodeDesk needs these Debian packages: ${missing[*]}" >&2
        echo "Install them as root, then run the same make command again:" >&2
        echo "    sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
else
    SUDO=
fi

echo "Installing missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q >/dev/null
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
