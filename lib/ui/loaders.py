"""Cached loaders: shared, read-only resources computed once per server process."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import streamlit as st

from lib.dataset import Dataset


@st.cache_resource(show_spinner=False)
def _demo_dataset_shared() -> Dataset:
    from lib.sources import demo

    return demo.load_demo()


def demo_dataset() -> Dataset:
    """The embedded demo dataset (loaded once per process; never mutate it)."""
    return _demo_dataset_shared()


@st.cache_resource(show_spinner=False, max_entries=64)
def map_features(values: dict[str, dict[str, object]] | None = None,
                 codes: frozenset[str] | None = None) -> list[dict[str, object]]:
    """Municipality features for a map (all 290, or only `codes`), with per-municipality values added.
    Shared, not copied, between reruns and visitors (a copy of the geometry cost a tenth of a map rerun):
    read-only — charts build new specs around it."""
    from lib.geo import boundaries

    return boundaries.vega_features(values, set(codes) if codes is not None else None)


@st.cache_data(show_spinner=False, max_entries=32)
def profiles_result(fingerprint: str, _frame, year: int, unit_column: str, features: tuple[str, ...],
                    k: int | None, method: str):
    """Challenge profiles for one dataset (by fingerprint), year, features, k and method; ProfileError is
    returned, not raised, so a failed grouping is cached too."""
    from lib.measures import profiles

    try:
        return profiles.compute(_frame, year, unit_column, features, k, method)
    except profiles.ProfileError as exc:
        return exc


@st.cache_resource(show_spinner=False)
def _store(url: str):
    from lib.store import workshops

    return workshops.Store(url)


def store():
    """The scenario and workshop storage of this deployment (one engine per database URL and process)."""
    from lib.config import settings

    return _store(settings().database_url)


@st.cache_resource(show_spinner=False)
def _register(url: str):
    from lib.store import interventions

    return interventions.Register(_store(url))


def register():
    """The intervention register in this deployment's database (its tables made once per process)."""
    from lib.config import settings

    return _register(settings().database_url)


@st.cache_resource(show_spinner=False, max_entries=256, ttl=3600)
def _shared(key: tuple, _build: Callable[[], Any]) -> Any:
    return _build()


def shared(key: tuple, build: Callable[[], Any]) -> Any:
    """`build()` computed once per `key` and shared, not copied, between reruns and visitors (a workshop room
    on the same data reruns from it). `key` must hold everything the value depends on — the screen, the
    dataset's fingerprint, the choices, the language. The value is read-only."""
    return _shared(key, build)


def chart_spec(key: tuple, build: Callable[[], Any]) -> dict[str, Any]:
    """The Vega-Lite spec of `build()` (an Altair chart or a spec dict), shared per `key` like `shared`, its
    tables already in Streamlit's Arrow form: building and converting a chart cost most of a chart screen's
    rerun. `key` also holds the title and source line the chart carries."""
    return _shared(("chart", *key), lambda: arrow_ready(build()))


def arrow_ready(chart: Any) -> dict[str, Any]:
    """A chart as a Vega-Lite spec whose DataFrame datasets are already Arrow IPC bytes, which
    `st.vega_lite_chart` sends as they are (and `lib.charts.render.spec_of` reads back for downloads)."""
    from streamlit import dataframe_util

    from lib.charts import render

    spec = chart if isinstance(chart, dict) else render.to_spec(chart)
    datasets = {name: dataframe_util.convert_anything_to_arrow_bytes(value) if isinstance(value, pd.DataFrame)
                else value for name, value in (spec.get("datasets") or {}).items()}
    return {**spec, "datasets": datasets} if datasets else spec


@st.cache_resource(show_spinner=False, max_entries=512, ttl=3600)
def _memo(name: str, fingerprint: str, args: tuple, _fn, _data):
    return _fn(_data, *args)


def memo(fn, data: Dataset, *args):
    """`fn(data, *args)` computed once per dataset content (fingerprint) and arguments, shared — not copied —
    by every visitor looking at the same data: a workshop room on the demo data reruns from the cache (a copy
    per rerun cost up to a tenth of a screen's rerun). `fn` must be a named module-level function (its qualified
    name is part of the key) and `args` hashable plain values. The result is read-only: derive, never mutate."""
    return _memo(f"{fn.__module__}.{fn.__qualname__}", data.fingerprint, args, fn, data)
