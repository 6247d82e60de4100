"""Per-visitor state behind small functions, so no page spells a session-state key.

Uploaded data lives only here (the visitor's session memory), never on disk; so does the visitor's private cache
of what the screens derive from it (`lib.cache`), which goes with the session.
"""

from __future__ import annotations

import secrets
from typing import Any

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from lib import cache
from lib.dataset import Dataset
from lib.i18n import DEFAULT_LANG, LANGS, normalise_lang

_DATASET = "_active_dataset"
_PRIVATE_CACHE = "_private_cache"
_VISITOR_ID = "visitor_id"
_LANG = "lang"  # also the URL parameter
_OWN_DATASET = "_own_dataset"  # the visitor's latest upload or fetch


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
    """The visitor's active dataset: what they chose (on Start or Data, or by a link's `data=`, which
    `lib.ui.links.begin` applies), else `config.default_data()`."""
    from lib.config import default_data
    from lib.ui import resources

    ds = st.session_state.get(_DATASET)
    if ds is None:
        ds = resources.bundled_dataset(default_data())
        st.session_state[_DATASET] = ds
    return ds


def own_dataset() -> Dataset | None:
    """The visitor's own data (their latest upload or fetch), kept while they look at a bundled source."""
    return st.session_state.get(_OWN_DATASET)


def data_key() -> str | None:
    """The active data as a link names it (`data=` in the URL): a bundled source's name ("demo", "sverige"), or
    None for a visitor's upload or fetch, which a link cannot carry."""
    ds = active_dataset()
    kind = ds.source.kind if ds is not None else None
    return kind if kind in ("demo", "sverige") else None


def set_active_dataset(dataset: Dataset) -> None:
    """Replace the active dataset (after an upload, a fetch or a return to the demo) and drop derived state."""
    st.session_state[_DATASET] = dataset
    if dataset.source.kind not in ("demo", "sverige"):
        st.session_state[_OWN_DATASET] = dataset
    for key in [k for k in st.session_state if str(k).startswith("_derived_")]:
        del st.session_state[key]


def derived(name: str, default: Any = None) -> Any:
    """A choice one screen made that others follow, cleared when the dataset changes: "profiles" holds the
    visitor's `lib.screens.profiler.Grouping` (k resolved), "challenge_flag" a `profiler.FlagChoice` (or None
    without rules). Plain values: the screens turn them into results through cached functions."""
    return st.session_state.get(f"_derived_{name}", default)


def set_derived(name: str, value: Any) -> None:
    st.session_state[f"_derived_{name}"] = value


def get(name: str, default: Any = None) -> Any:
    """A per-visitor value that is not a widget (kept across pages)."""
    return st.session_state.get(f"_v_{name}", default)


def put(name: str, value: Any) -> None:
    st.session_state[f"_v_{name}"] = value


def private_cache() -> cache.Store | None:
    """This visitor's private cache (what the screens derive from their own data), kept in the session so it
    goes with it; None outside a script run (a janitor thread, the CLI)."""
    if get_script_run_ctx(suppress_warning=True) is None:
        return None
    store = st.session_state.get(_PRIVATE_CACHE)
    if store is None:
        store = cache.private_store()
        st.session_state[_PRIVATE_CACHE] = store
    return store


cache.set_private_resolver(private_cache)


def visitor_id() -> str:
    """A random id for this visitor's session (kept in it), for limits that count per visitor: workshop codes
    created, wrong editor keys. Streamlit's own session id is the same for every AppTest session."""
    made = get(_VISITOR_ID)
    if made is None:
        made = secrets.token_urlsafe(16)
        put(_VISITOR_ID, made)
    return made


def forwarded_address(trusted_proxies: int) -> str | None:
    """The visitor's address as a trusted proxy passes it (X-Forwarded-For, counted from the right), None without
    one: a visitor can write the header themselves."""
    from lib.store import workshops

    forwarded = st.context.headers.get("X-Forwarded-For") if trusted_proxies else None
    return workshops.client_address(forwarded, trusted_proxies)
