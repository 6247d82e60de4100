"""The only Streamlit-aware part of lib: session state and the private cache (state), resources made once per process
(resources), shared widgets, the frame around every screen, and one module of widgets per screen."""

from lib.ui import jobs as _jobs  # noqa: F401 — registers the heavy-job spinner (lib/jobs.py) for every page
