# Sourced by the provision scripts (which define log): installs the Debian packages named, with apt,
# refreshing the package lists only then. Nothing named, nothing done.
install_debian_packages() {
  if [ "$#" -eq 0 ]; then return 0; fi
  if ! command -v apt-get >/dev/null 2>&1; then
    log "missing: $*; this script installs them with apt only, so please install them yourself"
    return 1
  fi
  log "installing Debian packages: $*"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # No recommends: Neovim's pull in Python and xclip, Emacs's a mail transport agent.
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
