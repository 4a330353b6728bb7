#!/usr/bin/env bash
# Provisions the editors the headless tests of editors/ run in: Debian's Neovim (bookworm: 0.7.2)
# and Emacs without X (28.2) with eglot (elpa-eglot, 1.9). Safe to run again: nothing is installed
# twice, and the package lists are refreshed only when something has to be installed.
set -euo pipefail

log() { echo "[provision-editors] $*"; }
# shellcheck source=scripts/debian-packages.sh
source "$(dirname "${BASH_SOURCE[0]}")/debian-packages.sh"

missing=()
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
command -v emacs >/dev/null 2>&1 || missing+=(emacs-nox)
dpkg -s elpa-eglot >/dev/null 2>&1 || missing+=(elpa-eglot)
if [ "${#missing[@]}" -eq 0 ]; then
  log "present: $(nvim --version | head -1), $(emacs --version | head -1), elpa-eglot $(dpkg-query -W -f='${Version}' elpa-eglot)"
  exit 0
fi
install_debian_packages "${missing[@]}"
log "installed: $(nvim --version | head -1), $(emacs --version | head -1), elpa-eglot $(dpkg-query -W -f='${Version}' elpa-eglot)"
