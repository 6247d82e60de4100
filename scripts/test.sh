#!/usr/bin/env bash
# Install everything the tests need (Python packages; Chromium, PostgreSQL and HAProxy from Debian's packages when
# missing) and run every test: lint, unit, property, AppTest and end-to-end in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
ensure_venv requirements-dev.txt

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || need_apt+=(haproxy)
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

"$VENV/bin/python" -m ruff check .
# Test files spread over the machine's cores (at most 4), each file's tests in one worker (they share its servers).
"$VENV/bin/python" -m pytest -n "${LARARRESURSER_TEST_WORKERS:-auto}" --maxprocesses 4 --dist loadfile "$@"
