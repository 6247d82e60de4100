"""Resources made once per server process: the demo dataset, the database connection and the register.
Computations are not resources: they go through `lib.cache` (named functions whose arguments are the key)."""

from __future__ import annotations

import streamlit as st

from lib.config import settings
from lib.dataset import Dataset


@st.cache_resource(show_spinner=False)
def _demo() -> Dataset:
    from lib.sources import demo

    return demo.load_demo()


def demo_dataset() -> Dataset:
    """The embedded demo dataset (loaded once per process; never mutate it)."""
    return _demo()


@st.cache_resource(show_spinner=False)
def _store(url: str):
    from lib.store import workshops

    return workshops.Store(url)


def store():
    """The scenario and workshop storage of this deployment (one engine per database URL and process)."""
    return _store(settings().database_url)


@st.cache_resource(show_spinner=False)
def _register(url: str):
    from lib.store import interventions

    return interventions.Register(_store(url))


def register():
    """The intervention register in this deployment's database (its tables made once per process)."""
    return _register(settings().database_url)


@st.cache_resource(show_spinner=False)
def _sverige(organizer_type: str) -> Dataset:
    from lib.sources import sverige

    return sverige.load(organizer_type)


def sverige_organizer(organizer_type: str) -> Dataset:
    """The bundled real municipality data for one organiser type ("kommunal", "enskild"; loaded once per process)."""
    return _sverige(organizer_type)
