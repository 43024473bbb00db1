#!/usr/bin/env bash
# Set up everything the Childcare Safety & Hygiene Inspector needs, then run it.
#
#   bash packaging/bootstrap.sh app  [INSPECTOR OPTIONS...]   install, load demo data, start the app
#   bash packaging/bootstrap.sh test [PYTEST ARGS...]         install, then run ruff and the tests
#
# Steps: find Python >= 3.11; create .venv; pip-install the project (only when
# pyproject.toml or the mode changed since the last run: .venv/.bootstrap-stamp);
# make sure a Chinese TrueType font exists (inspector.fonts); app mode also checks
# the X11/xcb libraries Qt needs on Debian/Ubuntu. Missing system packages are
# installed with apt-get when running as root on Debian/Ubuntu; otherwise the
# script prints the exact command to run. Safe to run again at any time.
set -euo pipefail

say() { printf 'bootstrap: %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

usage() {
  sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
}

mode=${1:-}
case $mode in
  app | test) shift ;;
  -h | --help) usage; exit 0 ;;
  *) usage; say "ERROR: the first argument must be 'app' or 'test'"; exit 2 ;;
esac

root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$root_dir"
[ -f pyproject.toml ] || die "no pyproject.toml in $root_dir; run this script from the project's checkout"

export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
export DEBIAN_FRONTEND=noninteractive

# --------------------------------------------------------------------------- system packages

is_root() { [ "$(id -u)" -eq 0 ]; }
is_debian() { [ -f /etc/debian_version ] && command -v apt-get >/dev/null 2>&1 && command -v dpkg >/dev/null 2>&1; }
can_apt() { is_root && is_debian; }

log_file=$(mktemp "${TMPDIR:-/tmp}/bootstrap.XXXXXX")
trap 'rm -f "$log_file"' EXIT

apt_updated=0

apt_update_once() {
  [ "$apt_updated" -eq 1 ] && return 0
  say "apt-get update"
  if ! apt-get -qq -o DPkg::Lock::Timeout=300 update </dev/null >"$log_file" 2>&1; then
    cat "$log_file" >&2
    die "apt-get update failed"
  fi
  apt_updated=1
}

# deb_name PKG: the package's name in this release (Ubuntu 24.04 renamed some
# libraries for 64-bit time_t, e.g. libglib2.0-0 -> libglib2.0-0t64).
deb_name() {
  if ! apt-cache show "$1" >/dev/null 2>&1 && apt-cache show "$1t64" >/dev/null 2>&1; then
    echo "$1t64"
  else
    echo "$1"
  fi
}

# apt_install PKG...: install as root on Debian/Ubuntu (callers check can_apt first).
apt_install() {
  apt_update_once
  local pkgs=() pkg
  for pkg in "$@"; do pkgs+=("$(deb_name "$pkg")"); done
  say "apt-get install ${pkgs[*]}"
  if ! apt-get -y -qq -o DPkg::Lock::Timeout=300 install "${pkgs[@]}" </dev/null >"$log_file" 2>&1; then
    cat "$log_file" >&2
    die "apt-get install ${pkgs[*]} failed"
  fi
}

# deb_installed PKG: the Debian package (or its *t64 rename) is installed.
deb_installed() {
  local pkg
  for pkg in "$1" "$1t64"; do
    dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed' && return 0
  done
  return 1
}

# ensure_debs WHAT PKG...: on Debian/Ubuntu make sure the packages are installed:
# as root install the missing ones, otherwise print the command and fail.
ensure_debs() {
  local what=$1 missing=() pkg
  shift
  is_debian || return 0
  for pkg in "$@"; do
    deb_installed "$pkg" || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  if is_root; then
    say "installing $what"
    apt_install "${missing[@]}"
    return 0
  fi
  say "$what are missing. Install them with:"
  say "  sudo apt-get install ${missing[*]}"
  return 1
}

# --------------------------------------------------------------------------- Python >= 3.11

python_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; }

find_python() {
  local candidate
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

python_missing_help() {
  local found=""
  command -v python3 >/dev/null 2>&1 && found=" (python3 here is $(python3 --version 2>&1))"
  say "Python 3.11 or newer is needed$found."
  if is_debian; then
    say "Install it with:  sudo apt-get install python3 python3-venv"
    say "(Debian 12 and Ubuntu 22.04 or newer ship Python >= 3.11; on older releases install python3.11 from python.org or pyenv.)"
  else
    say "Install it from your package manager (Fedora: sudo dnf install python3; Arch: sudo pacman -S python)"
    say "or from https://www.python.org/downloads/ and run this script again."
  fi
}

venv=.venv
vpy=$venv/bin/python
stamp=$venv/.bootstrap-stamp

venv_usable() {
  [ -x "$vpy" ] && python_ok "$vpy" && "$vpy" -m pip --version >/dev/null 2>&1
}

# A broken venv, or one made for another checkout (its scripts point there), is rebuilt.
if [ -e "$venv" ]; then
  if ! venv_usable; then
    say "$venv is broken or older than Python 3.11; recreating it"
    rm -rf "$venv"
  elif [ -f "$stamp" ] && ! grep -qxF "root $root_dir" "$stamp"; then
    say "$venv was made for another folder; recreating it"
    rm -rf "$venv"
  fi
fi

make_venv() {
  "$python" -m venv "$venv" >"$log_file" 2>&1 && return 0
  rm -rf "$venv"
  return 1
}

if [ ! -e "$venv" ]; then
  if ! python=$(find_python); then
    if can_apt; then
      say "no Python >= 3.11 found; installing Debian's python3"
      apt_install python3 python3-venv
      python=$(find_python) || { python_missing_help; exit 1; }
    else
      python_missing_help
      exit 1
    fi
  fi
  py_version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  say "creating $venv with $python (Python $py_version)"
  if ! make_venv; then
    cat "$log_file" >&2
    say "'$python -m venv' failed: Python's venv/ensurepip support is missing"
    if can_apt; then
      apt_update_once
      if apt-cache show "python$py_version-venv" >/dev/null 2>&1; then
        apt_install "python$py_version-venv"
      else
        apt_install python3-venv
      fi
      make_venv || { cat "$log_file" >&2; die "creating $venv failed even with python3-venv installed"; }
    elif is_debian; then
      say "Install it with:  sudo apt-get install python3-venv   (or python$py_version-venv)"
      exit 1
    else
      say "Install your system's venv/ensurepip support for $python, or a Python from python.org."
      exit 1
    fi
  fi
fi
say "Python: $vpy ($("$vpy" --version 2>&1))"

# --------------------------------------------------------------------------- Python packages

want_hash=$("$vpy" -c 'import hashlib; print(hashlib.sha256(open("pyproject.toml", "rb").read()).hexdigest())')

stamp_says() { [ -f "$stamp" ] && grep -qxF "$1" "$stamp"; }

needs_install=1
if stamp_says "pyproject $want_hash" && stamp_says "root $root_dir" && [ -x "$venv/bin/inspector" ]; then
  if stamp_says "mode test"; then
    needs_install=0 # the test extras include everything the app needs
  elif [ "$mode" = app ] && stamp_says "mode app"; then
    needs_install=0
  fi
  if [ "$mode" = test ] && { [ ! -x "$venv/bin/pytest" ] || [ ! -x "$venv/bin/ruff" ]; }; then
    needs_install=1
  fi
fi

if [ "$needs_install" -eq 1 ]; then
  rm -f "$stamp"
  say "upgrading pip"
  "$vpy" -m pip install -q --upgrade pip || die "upgrading pip failed (is the package index reachable?)"
  if [ "$mode" = test ]; then spec='.[test]'; else spec='.'; fi
  say "installing the project and its dependencies: pip install -e \"$spec\" (the first time this downloads ~300 MB)"
  "$vpy" -m pip install -q -e "$spec" || die "pip install -e \"$spec\" failed (see above)"
  printf 'pyproject %s\nmode %s\nroot %s\n' "$want_hash" "$mode" "$root_dir" >"$stamp"
else
  say "Python packages are up to date ($stamp)"
fi

# --------------------------------------------------------------------------- Chinese font

find_font() { "$vpy" -m inspector.fonts 2>"$log_file"; }

if ! font=$(find_font); then
  if can_apt; then
    say "no Chinese TrueType font found; installing fonts-wqy-microhei"
    apt_install fonts-wqy-microhei
    font=$(find_font) || font=""
  else
    font=""
  fi
fi
if [ -n "$font" ]; then
  say "Chinese font: $font"
else
  cat "$log_file" >&2
  if [ "$mode" = app ]; then
    die "the app needs a Chinese TrueType font (see above); install one and run this script again"
  fi
  say "WARNING: no Chinese TrueType font; tests that need one will be skipped"
fi

# --------------------------------------------------------------------------- Qt's system libraries

# What PySide6's wheels need from the system to load at all (also offscreen) ...
qt_runtime=(libglib2.0-0 libegl1 libgl1 libx11-6 libxkbcommon0 libdbus-1-3 libfontconfig1)
# ... and what its xcb platform plugin adds to open a window on an X11 display.
qt_xcb=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1)

qt_loads() {
  QT_QPA_PLATFORM=offscreen "$vpy" -c 'from PySide6.QtWidgets import QApplication; QApplication([])' \
    >"$log_file" 2>&1
}

# What the tests use besides Python: PDF pages to images and QR codes read back
# (poppler, zbar), a Latin-only font the font checks must refuse (DejaVu).
test_tools=(poppler-utils zbar-tools fonts-dejavu-core)

if [ "$mode" = test ]; then
  if is_debian; then
    # The window's libraries too: tests and screenshots on a virtual screen need them.
    ensure_debs "the system libraries Qt needs" "${qt_runtime[@]}" "${qt_xcb[@]}" ||
      die "Qt cannot load without them (the tests use Qt offscreen)"
    ensure_debs "the tools the tests use" "${test_tools[@]}" ||
      die "the tests need them (they fail rather than skip without them)"
  fi
  if ! qt_loads; then
    cat "$log_file" >&2
    die "Qt (PySide6) cannot load; install the missing system libraries named above"
  fi
else
  if is_debian; then
    if ! ensure_debs "the system libraries Qt needs to open a window" "${qt_runtime[@]}" "${qt_xcb[@]}"; then
      [ -n "${WAYLAND_DISPLAY:-}" ] || die "the app cannot open its window on X11 without them"
      say "WARNING: trying Wayland; on X11 the window cannot open without them"
    fi
  elif [ "$(uname -s)" = Linux ]; then
    say "not Debian/Ubuntu: make sure Qt's X11 libraries are installed (xcb-util-cursor," \
      "libxkbcommon-x11, xcb-util-wm, xcb-util-image, xcb-util-keysyms, xcb-util-renderutil, libEGL, libGL)"
  fi
fi

# --------------------------------------------------------------------------- translations

# The Chinese UI text is compiled from resources/translations/*.ts to .qm (a build output).
say "compiling the UI translations"
"$vpy" -m inspector.ui.translations compile >"$log_file" 2>&1 || {
  cat "$log_file" >&2
  die "the UI translations could not be compiled (see above)"
}

# --------------------------------------------------------------------------- test mode

if [ "$mode" = test ]; then
  export QT_QPA_PLATFORM=offscreen
  # A test whose tool is missing fails instead of skipping (tests/tooling.py).
  export INSPECTOR_TESTS_STRICT=1
  status=0
  say "ruff check inspector tests"
  "$venv/bin/ruff" check inspector tests || status=1
  say "python -m pytest -q${*:+ $*}"
  pytest_status=0
  "$vpy" -m pytest -q "$@" || pytest_status=$?
  if [ "$pytest_status" -ne 0 ]; then
    status=$pytest_status
  fi
  if [ "$status" -eq 0 ]; then
    say "all checks passed"
  else
    say "FAILED (ruff and/or pytest, exit $status)"
  fi
  exit "$status"
fi

# --------------------------------------------------------------------------- app mode

if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  say "WARNING: no DISPLAY or WAYLAND_DISPLAY is set; the window may not be able to open"
fi

say "loading demo data (existing data is left alone): inspector${*:+ $*} demo"
"$venv/bin/inspector" "$@" demo || die "'inspector${*:+ $*} demo' failed (see above)"
say "starting the app: inspector${*:+ $*}"
rm -f "$log_file"
trap - EXIT
exec "$venv/bin/inspector" "$@"
