"""Lärarresurser: the domain library. Pure Python; nothing here imports Streamlit except `lib.ui`."""

__version__ = "0.1.0"
