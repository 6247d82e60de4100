#!/usr/bin/env bash
# Install what the app needs (once) and serve it on the embedded demo data: http://localhost:8501
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/_venv.sh
ensure_venv requirements.txt
exec "$VENV/bin/python" -m streamlit run app.py --server.headless=true --browser.gatherUsageStats=false "$@"
