#!/usr/bin/env bash
# Several app replicas behind HAProxy, with one PostgreSQL, on one Debian host (docs/DEPLOYMENT.md, section 2).
#
#   bash deploy/cluster.sh up --replicas N --port P [--state-dir DIR]
#   bash deploy/cluster.sh status [--state-dir DIR]
#   bash deploy/cluster.sh down [--state-dir DIR]
#
# `up` installs what is missing from Debian's packages (haproxy, postgresql; with sudo when not root) and the
# Python environment (scripts/_venv.sh; a LARARRESURSER_VENV that already runs the app is used as it is), then
# starts, all on 127.0.0.1:
#   - a PostgreSQL of its own (data in DIR/pg, kept between `down` and `up`; reached through a unix socket in
#     DIR/pgsock only, so no TCP port is opened),
#   - N `streamlit run app.py` replicas on ports P+1 … P+N, every one with DATABASE_URL to that PostgreSQL,
#   - HAProxy on port P (deploy/haproxy.cfg rendered into DIR/haproxy.cfg): cookie-sticky sessions, WebSocket
#     upgrade on /_stcore/stream, health checks on /_stcore/health.
# `down` stops exactly what `up` started (by the pid files in DIR, each checked to still be that program), nothing
# else. DIR is var/cluster unless --state-dir or LARARRESURSER_CLUSTER_DIR says otherwise (tests use their own).
# The replicas inherit the environment: set LARARRESURSER_PUBLIC=1 (and the other settings) before `up`.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

usage() { sed -n '4,6p' "$0" | sed 's/^# *//' >&2; exit 2; }
[ $# -ge 1 ] || usage
CMD="$1"; shift
REPLICAS=2
PORT=8590
STATE="${LARARRESURSER_CLUSTER_DIR:-var/cluster}"
while [ $# -gt 0 ]; do
  case "$1" in
    --replicas) REPLICAS="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --state-dir) STATE="$2"; shift 2 ;;
    *) usage ;;
  esac
done
[[ "$REPLICAS" =~ ^[1-9][0-9]?$ ]] || { echo "--replicas must be 1–99" >&2; exit 2; }
[[ "$PORT" =~ ^[0-9]+$ ]] && [ "$PORT" -ge 1024 ] && [ $((PORT + REPLICAS)) -le 65535 ] \
  || { echo "--port must be 1024–65535 (the replicas take the ports above it)" >&2; exit 2; }
mkdir -p "$STATE"
STATE="$(cd "$STATE" && pwd)"
PG_USER=lararpg  # the unprivileged user PostgreSQL runs as when this script runs as root (as tests/postgres.py)

say() { echo "cluster: $*"; }

# The program a pid file names, if it still runs and is what we started ($2: a word its command line holds).
alive() {
  local file="$1" word="$2" pid
  [ -f "$file" ] || return 1
  pid="$(cat "$file" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -- "$word" || return 1
  echo "$pid"
}

# Whether the process of a pid file still exists (a zombie does not count). Unlike `alive` it does not read the
# command line: just after `cmd &` that is still the forking shell's, or empty while the child execs.
running() {
  local pid
  pid="$(cat "$1" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] && [ -r "/proc/$pid/status" ] && ! grep -q '^State:[[:space:]]*Z' "/proc/$pid/status"
}

pg_bindir() { dirname "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1)"; }

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi
}

install_packages() {
  local need=()
  [ -x /usr/sbin/haproxy ] || command -v haproxy >/dev/null 2>&1 || need+=(haproxy)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
  if [ ${#need[@]} -gt 0 ]; then
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    say "installing ${need[*]} from Debian's packages"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
}

python_for_app() {
  # shellcheck source=../scripts/_venv.sh
  source scripts/_venv.sh
  if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c "import streamlit, psycopg, sqlalchemy" 2>/dev/null; then
    PY="$VENV/bin/python"
  else
    ensure_venv requirements.txt
    PY="$VENV/bin/python"
  fi
  case "$PY" in /*) ;; *) PY="$ROOT/$PY" ;; esac
}

start_postgres() {
  local bindir; bindir="$(pg_bindir)"
  if [ "$(id -u)" -eq 0 ] && ! id "$PG_USER" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_USER"
  fi
  mkdir -p "$STATE/pg" "$STATE/pgsock"
  # As root, PostgreSQL runs as $PG_USER, who must be able to pass through the state folder (not read it).
  if [ "$(id -u)" -eq 0 ]; then chmod a+x "$STATE"; fi
  if [ "$(id -u)" -eq 0 ]; then chown "$PG_USER:" "$STATE/pg" "$STATE/pgsock"; fi
  chmod 700 "$STATE/pg" "$STATE/pgsock"
  if [ ! -f "$STATE/pg/data/PG_VERSION" ]; then
    say "creating the database in $STATE/pg"
    as_pg "$bindir/initdb" -D "$STATE/pg/data" -A trust -U postgres -E UTF8 >/dev/null
  fi
  if as_pg "$bindir/pg_ctl" -D "$STATE/pg/data" status >/dev/null 2>&1; then
    say "PostgreSQL already runs"
  else
    as_pg "$bindir/pg_ctl" -D "$STATE/pg/data" -l "$STATE/pg/server.log" -w -t 60 \
      -o "-c listen_addresses='' -k $STATE/pgsock" start >/dev/null
  fi
  if ! as_pg "$bindir/psql" -h "$STATE/pgsock" -U postgres -Atqc \
      "SELECT 1 FROM pg_database WHERE datname='lararresurser'" postgres | grep -q 1; then
    as_pg "$bindir/createdb" -h "$STATE/pgsock" -U postgres lararresurser
  fi
  echo "postgresql+psycopg://postgres@/lararresurser?host=$STATE/pgsock" > "$STATE/database_url"
}

wait_healthy() {
  local url="$1" pidfile="$2" i
  for i in $(seq 1 300); do
    running "$pidfile" || { echo "cluster: a replica exited; see ${pidfile%.pid}.log" >&2; return 1; }
    if [ "$("$PY" -c "import urllib.request,sys
try: print(urllib.request.urlopen(sys.argv[1], timeout=2).read().decode().strip())
except Exception: print('')" "$url")" = ok ]; then return 0; fi
    sleep 0.3
  done
  echo "cluster: $url did not become healthy" >&2; return 1
}

start_replicas() {
  local db; db="$(cat "$STATE/database_url")"
  [ -f "$STATE/cookie_secret" ] || (umask 077; "$PY" -c "import secrets; print(secrets.token_urlsafe(32))" > "$STATE/cookie_secret")
  local extra=()
  if [ "${LARARRESURSER_PUBLIC:-0}" = "1" ]; then  # as scripts/run-app.sh does for the public demo
    extra=(STREAMLIT_CLIENT_TOOLBAR_MODE=viewer STREAMLIT_CLIENT_SHOW_ERROR_DETAILS=none
           STREAMLIT_SERVER_MAX_UPLOAD_SIZE="${LARARRESURSER_MAX_UPLOAD_MB:-10}")
  fi
  local i port pidfile
  for i in $(seq 1 "$REPLICAS"); do
    port=$((PORT + i)); pidfile="$STATE/replica-$i.pid"
    if alive "$pidfile" streamlit >/dev/null; then say "replica $i already runs"; continue; fi
    # Every replica: the one database, the balancer as the one trusted proxy (it sets X-Forwarded-For), the
    # same cookie secret (so a visitor moved to another replica is not refused for a cookie the first signed).
    env DATABASE_URL="$db" LARARRESURSER_TRUSTED_PROXY="${LARARRESURSER_TRUSTED_PROXY:-1}" STREAMLIT_SERVER_COOKIE_SECRET="$(cat "$STATE/cookie_secret")" \
      "${extra[@]}" setsid "$PY" -m streamlit run app.py --server.address=127.0.0.1 --server.port="$port" \
      --server.headless=true --browser.gatherUsageStats=false --server.fileWatcherType=none \
      --global.developmentMode=false </dev/null >"$STATE/replica-$i.log" 2>&1 &
    echo $! > "$pidfile"
    echo "$port" > "$STATE/replica-$i.port"
  done
  for i in $(seq 1 "$REPLICAS"); do
    wait_healthy "http://127.0.0.1:$((PORT + i))/_stcore/health" "$STATE/replica-$i.pid"
  done
}

start_haproxy() {
  local servers="" i
  for i in $(seq 1 "$REPLICAS"); do
    servers+="    server r$i 127.0.0.1:$((PORT + i)) cookie r$i check"$'\n'
  done
  SERVERS="$servers" PORT_="$PORT" STATE_="$STATE" "$PY" - deploy/haproxy.cfg "$STATE/haproxy.cfg.new" <<'PY'
import os, sys
text = open(sys.argv[1]).read()
for key, value in (("@SERVERS@", os.environ["SERVERS"].rstrip("\n")), ("@PORT@", os.environ["PORT_"]),
                   ("@STATE@", os.environ["STATE_"])):
    text = text.replace(key, value)
open(sys.argv[2], "w").write(text)
PY
  /usr/sbin/haproxy -c -q -f "$STATE/haproxy.cfg.new"
  local old
  if old="$(alive "$STATE/haproxy.pid" haproxy)"; then
    if cmp -s "$STATE/haproxy.cfg.new" "$STATE/haproxy.cfg"; then
      rm -f "$STATE/haproxy.cfg.new"; say "balancer already runs"; wait_healthy_balancer; return 0
    fi
    mv "$STATE/haproxy.cfg.new" "$STATE/haproxy.cfg"
    # Another configuration (another number of replicas): a new HAProxy takes over the port and the old one
    # finishes its open connections (-sf), so no visitor is cut off.
    echo "$old" > "$STATE/haproxy-old.pid"  # gone by itself within hard-stop-after; `down` stops it otherwise
    /usr/sbin/haproxy -f "$STATE/haproxy.cfg" -D -p "$STATE/haproxy.pid" -sf "$old"
  else
    mv "$STATE/haproxy.cfg.new" "$STATE/haproxy.cfg"
    /usr/sbin/haproxy -f "$STATE/haproxy.cfg" -D -p "$STATE/haproxy.pid"
  fi
  echo "$PORT" > "$STATE/port"
  wait_healthy_balancer
}

wait_healthy_balancer() {
  local i
  for i in $(seq 1 100); do
    if "$PY" -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen(sys.argv[1], timeout=2).read().strip()==b'ok' else 1)" \
        "http://127.0.0.1:$PORT/_stcore/health" 2>/dev/null; then return 0; fi
    sleep 0.3
  done
  echo "cluster: the balancer on port $PORT does not answer" >&2; return 1
}

stop_pids() {  # stop_pids WORD FILE…: TERM to each still that program, KILL whoever is left after 10 s; files removed
  local word="$1" f pid pids=() i
  shift
  for f in "$@"; do
    [ -e "$f" ] || continue
    if pid="$(alive "$f" "$word")"; then kill "$pid" 2>/dev/null || true; pids+=("$pid"); fi
    rm -f "$f"
  done
  for i in $(seq 1 50); do
    local left=()
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && left+=("$pid"); done
    [ ${#left[@]} -gt 0 ] || return 0
    sleep 0.2
  done
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
}

cmd_up() {
  install_packages
  python_for_app
  start_postgres
  start_replicas
  start_haproxy
  say "serving on http://127.0.0.1:$PORT/ ($REPLICAS replicas on ports $((PORT + 1))–$((PORT + REPLICAS)), state in $STATE)"
}

cmd_down() {
  stop_pids haproxy "$STATE/haproxy.pid" "$STATE/haproxy-old.pid"
  stop_pids streamlit "$STATE"/replica-*.pid  # all at once: each takes a few seconds to shut down
  rm -f "$STATE"/replica-*.port
  local bindir; bindir="$(pg_bindir)"
  if [ -n "$bindir" ] && [ -f "$STATE/pg/data/PG_VERSION" ] \
      && as_pg "$bindir/pg_ctl" -D "$STATE/pg/data" status >/dev/null 2>&1; then
    as_pg "$bindir/pg_ctl" -D "$STATE/pg/data" -m fast -w stop >/dev/null
  fi
  rm -f "$STATE/port" "$STATE/haproxy.sock"
  say "stopped (data kept in $STATE/pg)"
}

cmd_status() {
  local f pid n=0 port health
  if pid="$(alive "$STATE/haproxy.pid" haproxy)"; then
    say "balancer: pid $pid on http://127.0.0.1:$(cat "$STATE/port" 2>/dev/null)/"
  else
    say "balancer: not running"
  fi
  for f in "$STATE"/replica-*.pid; do
    [ -e "$f" ] || continue
    n=$((n + 1)); port="$(cat "${f%.pid}.port" 2>/dev/null || echo '?')"
    if pid="$(alive "$f" streamlit)"; then
      health="$(python3 -c "import urllib.request,sys
try: print(urllib.request.urlopen(sys.argv[1], timeout=2).read().decode().strip())
except Exception as e: print('no answer')" "http://127.0.0.1:$port/_stcore/health" 2>/dev/null)"
      say "$(basename "${f%.pid}"): pid $pid, port $port, health: $health"
    else
      say "$(basename "${f%.pid}"): not running (port $port)"
    fi
  done
  [ "$n" -gt 0 ] || say "no replicas"
  local bindir; bindir="$(pg_bindir)"
  if [ -n "$bindir" ] && [ -f "$STATE/pg/data/PG_VERSION" ] \
      && as_pg "$bindir/pg_ctl" -D "$STATE/pg/data" status >/dev/null 2>&1; then
    say "PostgreSQL: running ($(cat "$STATE/database_url" 2>/dev/null))"
  else
    say "PostgreSQL: not running"
  fi
  if [ -S "$STATE/haproxy.sock" ]; then  # the balancer's view: each replica's state and connections
    python3 - "$STATE/haproxy.sock" <<'PY' || true
import csv, io, socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall(b"show stat\n")
data = b""
while chunk := s.recv(65536):
    data += chunk
for row in csv.DictReader(io.StringIO(data.decode().lstrip("# "))):
    if row["pxname"] == "replicas" and row["svname"] != "BACKEND":
        print(f"cluster: balancer sees {row['svname']}: {row['status']}, {row['scur']} open connections, "
              f"{row['stot']} in all")
PY
  fi
}

case "$CMD" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  *) usage ;;
esac
