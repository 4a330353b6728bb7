#!/usr/bin/env bash
# Provisions what the offline editor tests need: Debian's Chromium, ripgrep and
# libkrb5-dev, and code-server (a real VS Code, served to the browser) in a
# private npm prefix under .vscode-test/. Safe to run again: finished steps are
# skipped. Works with no internet beyond the npm registry and Debian's mirrors.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PREFIX="$ROOT/.vscode-test/code-server"
MARKER="$PREFIX/.provisioned"

log() { echo "[provision-editor] $*"; }
# shellcheck source=scripts/debian-packages.sh
source "$(dirname "${BASH_SOURCE[0]}")/debian-packages.sh"

# 1. Debian packages, installed only when missing; the package lists are
#    refreshed once and only when something has to be installed.
missing=()
# A CJK font, so that screenshots of the Chinese fixtures show characters, not boxes.
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || missing+=(fonts-wqy-microhei)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
for tool in g++ make python3; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ "${#missing[@]}" -gt 0 ]; then
  install_debian_packages "${missing[@]}"
else
  log "Debian packages present (chromium, ripgrep, libkrb5-dev, fonts-wqy-microhei)"
fi

# 2. code-server, unless this version is installed already.
if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$CODE_SERVER_VERSION" ] \
   && [ -x "$PREFIX/node_modules/.bin/code-server" ]; then
  log "code-server $CODE_SERVER_VERSION already in ${PREFIX#"$ROOT"/}"
  exit 0
fi

# @vscode/ripgrep's postinstall downloads rg from GitHub, which is unreachable
# here; it first looks in this cache, so hand it Debian's binary instead.
RG_CACHE="$(node -p "require('os').tmpdir()")/vscode-ripgrep-cache-1.15.11"
RG_TARBALL="$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$RG_TARBALL" ]; then
  log "packing Debian's rg into the ripgrep download cache"
  mkdir -p "$RG_CACHE"
  tar -czf "$RG_TARBALL" -C "$(dirname "$(command -v rg)")" rg
fi

log "installing code-server@$CODE_SERVER_VERSION into ${PREFIX#"$ROOT"/} (builds native modules; about a minute)"
rm -rf "$PREFIX"
mkdir -p "$PREFIX"
# A package.json of its own keeps npm from treating the repository as the project.
echo '{ "name": "briefing-editor-test-code-server", "private": true }' > "$PREFIX/package.json"
started=$SECONDS
npm_config_unsafe_perm=true npm_config_yes=true \
  npm install --prefix "$PREFIX" --no-audit --no-fund --loglevel=error \
  "code-server@$CODE_SERVER_VERSION"
# Reading the version, not running code-server, which would write a config file under $HOME.
installed="$(node -p "require(process.argv[1]).version" "$PREFIX/node_modules/code-server/package.json")"
[ "$installed" = "$CODE_SERVER_VERSION" ] || { log "expected code-server $CODE_SERVER_VERSION, found $installed"; exit 1; }
echo "$CODE_SERVER_VERSION" > "$MARKER"
log "code-server $CODE_SERVER_VERSION installed in $((SECONDS - started))s"
