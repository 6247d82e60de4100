#!/usr/bin/env bash
# Install what the app needs (once) and serve it on the embedded demo data: http://localhost:8501
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
ensure_venv requirements.txt
if [ "${LARARRESURSER_PUBLIC:-0}" = "1" ]; then
  # Public demo: viewer toolbar, no error details, small uploads (see docs/DEPLOYMENT.md).
  export STREAMLIT_CLIENT_TOOLBAR_MODE=viewer STREAMLIT_CLIENT_SHOW_ERROR_DETAILS=none
  export STREAMLIT_SERVER_MAX_UPLOAD_SIZE="${LARARRESURSER_MAX_UPLOAD_MB:-10}"
fi
exec "$VENV/bin/python" -m streamlit run app.py --server.headless=true --browser.gatherUsageStats=false "$@"
