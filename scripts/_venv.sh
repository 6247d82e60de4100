# Shared by run-app.sh and test.sh: a project-local virtual environment, reinstalled when requirements change.
VENV="${LARARRESURSER_VENV:-.venv}"
ensure_venv() {
  local req="$1"
  local py="${PYTHON:-python3}"
  if ! "$py" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
    echo "Python 3.11 or newer is needed (found: $("$py" --version 2>&1))." >&2
    exit 2
  fi
  [ -x "$VENV/bin/python" ] || "$py" -m venv "$VENV"
  local stamp="$VENV/.installed-$(basename "$req")"
  local want
  want="$(cat requirements.txt requirements-dev.txt 2>/dev/null | sha256sum | cut -c1-16)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    "$VENV/bin/python" -m pip install --disable-pip-version-check -q -r "$req"
    echo "$want" > "$stamp"
  fi
}
