"""Per-visitor state behind small functions, so no page spells a session-state key.

Uploaded data lives only here (the visitor's session memory), never on disk.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from lib.dataset import Dataset
from lib.i18n import DEFAULT_LANG, LANGS, normalise_lang

_DATASET = "_active_dataset"
_LANG = "lang"  # also the URL parameter


def lang() -> str:
    """The visitor's language: the URL parameter `lang` wins, then the session, then Swedish."""
    from_url = st.query_params.get(_LANG)
    if from_url in LANGS:
        st.session_state["_lang"] = from_url
        return from_url
    return normalise_lang(st.session_state.get("_lang", DEFAULT_LANG))


def set_lang(value: str) -> None:
    """Choose the language and keep it in the URL so it survives page switches and shared links."""
    value = normalise_lang(value)
    st.session_state["_lang"] = value
    st.query_params[_LANG] = value


def active_dataset() -> Dataset | None:
    """The visitor's active dataset; the demo dataset until something else is chosen."""
    ds = st.session_state.get(_DATASET)
    if ds is None:
        from lib.ui import loaders

        ds = loaders.demo_dataset()
        st.session_state[_DATASET] = ds
    return ds


def set_active_dataset(dataset: Dataset) -> None:
    """Replace the active dataset (after an upload, a fetch or a return to the demo) and drop derived state."""
    st.session_state[_DATASET] = dataset
    for key in [k for k in st.session_state if str(k).startswith("_derived_")]:
        del st.session_state[key]


def derived(name: str, default: Any = None) -> Any:
    """A value other screens derived from the active dataset (e.g. challenge profiles); cleared on change."""
    return st.session_state.get(f"_derived_{name}", default)


def set_derived(name: str, value: Any) -> None:
    st.session_state[f"_derived_{name}"] = value


def get(name: str, default: Any = None) -> Any:
    """A per-visitor value that is not a widget (kept across pages)."""
    return st.session_state.get(f"_v_{name}", default)


def put(name: str, value: Any) -> None:
    st.session_state[f"_v_{name}"] = value
