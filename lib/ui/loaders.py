"""Cached loaders: shared, read-only resources computed once per server process."""

from __future__ import annotations

import streamlit as st

from lib.dataset import Dataset


@st.cache_resource(show_spinner=False)
def _demo_dataset_shared() -> Dataset:
    from lib import demo

    return demo.load_demo()


def demo_dataset() -> Dataset:
    """The embedded demo dataset (loaded once per process; never mutate it)."""
    return _demo_dataset_shared()
