#!/usr/bin/env bash
# Install what the app needs (once) and serve it — on Skolverket's real figures for all municipalities, the fictional
# demo schools one click away: http://localhost:8501
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
ensure_venv requirements.txt
if [ "${LARARRESURSER_PUBLIC:-0}" = "1" ]; then
  # Public demo: viewer toolbar, no error details, small uploads (see docs/DEPLOYMENT.md).
  export STREAMLIT_CLIENT_TOOLBAR_MODE=viewer STREAMLIT_CLIENT_SHOW_ERROR_DETAILS=none
  export STREAMLIT_SERVER_MAX_UPLOAD_SIZE="${LARARRESURSER_MAX_UPLOAD_MB:-10}"
elif [ -n "${LARARRESURSER_MAX_UPLOAD_MB:-}" ]; then
  # The web server's own cap follows a changed limit (.streamlit/config.toml holds the default 200 MB).
  export STREAMLIT_SERVER_MAX_UPLOAD_SIZE="$LARARRESURSER_MAX_UPLOAD_MB"
fi
# Either way the app's server code refuses what is over the mode's limits (lib/ingest/limits.py), so a server
# started without this script (streamlit run app.py) keeps them too.
exec "$VENV/bin/python" -m streamlit run app.py --server.headless=true --browser.gatherUsageStats=false "$@"
