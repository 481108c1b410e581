# Sourced by the tools: `need CMD:PACKAGE...` installs the Debian packages of the commands
# that are missing (as root, with apt-get), or names them and exits 2; `need_target T` adds
# the Rust target T with rustup when it is not installed.
need() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=(${pair#*:})
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "error: missing system packages; install them with:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
    exit 2
  fi
}

need_target() {
  if ! rustup target list --installed | grep -qx "$1"; then
    echo "adding the Rust target $1"
    rustup target add "$1"
  fi
}
