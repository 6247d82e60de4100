"""The only Streamlit-aware part of lib: cached loaders, session-state helpers and shared widgets."""
