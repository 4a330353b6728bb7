#!/usr/bin/env bash
# Provisions the editors the headless tests of editors/ run in: Debian's Neovim (bookworm: 0.7.2)
# and Emacs without X (28.2) with eglot (elpa-eglot, 1.9). Safe to run again: nothing is installed
# twice, and the package lists are refreshed only when something has to be installed.
set -euo pipefail

log() { echo "[provision-editors] $*"; }
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
command -v emacs >/dev/null 2>&1 || missing+=(emacs-nox)
dpkg -s elpa-eglot >/dev/null 2>&1 || missing+=(elpa-eglot)
if [ "${#missing[@]}" -eq 0 ]; then
  log "present: $(nvim --version | head -1), $(emacs --version | head -1), elpa-eglot $(dpkg-query -W -f='${Version}' elpa-eglot)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  log "missing: ${missing[*]}; this script installs them with apt only, so please install them yourself"
  exit 1
fi
log "installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# No recommends: Neovim's pull in Python and xclip, Emacs's a mail transport agent.
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
log "installed: $(nvim --version | head -1), $(emacs --version | head -1), elpa-eglot $(dpkg-query -W -f='${Version}' elpa-eglot)"
