"""The only Streamlit-aware part of lib: session state and the private cache (state), resources made once per process
(resources), shared widgets, the frame around every screen, and one module of widgets per screen."""
