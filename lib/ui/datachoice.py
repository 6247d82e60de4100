"""The choice of active data on Start and Data: Sweden's municipalities (Skolverket), the demo's fictional schools,
or the visitor's own upload or fetch; and the one sentence a school-level screen says on municipality data."""

from __future__ import annotations

import streamlit as st

from lib.dataset import Dataset
from lib.i18n import t
from lib.ui import resources, state

OPTIONS: tuple[str, ...] = ("sverige", "demo")
_OWN = "own"


def current_choice(data: Dataset | None) -> str:
    """The option that names `data`: "sverige", "demo" or "own"."""
    kind = data.source.kind if data is not None else None
    return kind if kind in OPTIONS else _OWN


def _choose(key: str) -> None:
    choice = st.session_state.get(key)
    if choice in OPTIONS:
        state.set_active_dataset(resources.bundled_dataset(choice))
    elif choice == _OWN and state.own_dataset() is not None:
        state.set_active_dataset(state.own_dataset())


def _choose_organizer_type(key: str) -> None:
    from lib.sources import sverige

    chosen = st.session_state.get(key)
    if chosen in sverige.ORGANIZER_TYPES:
        state.set_active_dataset(resources.sverige_dataset(chosen))


def data_choice(lang: str, key: str) -> None:
    """Radio buttons choosing the active data (the visitor's own data only when they have some), with a line on
    what each holds; on Sweden's data also its organiser type (all pupils, municipal or independent schools).
    `key` is the widget's, one per screen."""
    options = list(OPTIONS) + ([_OWN] if state.own_dataset() is not None else [])
    current = current_choice(state.active_dataset())
    if current not in options:
        options.append(current)
    st.session_state[key] = current  # the radio follows the active data wherever it was chosen
    st.radio(t("sverige.choice_label", lang), options, key=key, on_change=_choose, args=(key,),
             format_func=lambda o: t(f"sverige.choice.{o}", lang), help=t("sverige.choice_help", lang))
    data = state.active_dataset()
    if data is not None and data.source.kind == "sverige":
        from lib.sources import sverige

        org_key = f"{key}_orgtype"
        st.session_state[org_key] = data.source.detail or sverige.DEFAULT_ORGANIZER_TYPE
        st.radio(t("sverige.orgtype_label", lang), sverige.ORGANIZER_TYPES, key=org_key, horizontal=True,
                 on_change=_choose_organizer_type, args=(org_key,),
                 format_func=lambda o: t(f"sverige.orgtype.{o}", lang), help=t("sverige.orgtype_help", lang))


def needs_school_data(data: Dataset | None, lang: str, key: str) -> bool:
    """On municipality-level data: say in one sentence that the screen needs school data, offer the demo and an
    upload, and return True (the page then stops drawing its school-level parts)."""
    if data is None or data.level == "school":
        return False
    st.info(t("sverige.needs_school_data", lang), icon=":material/domain:")
    offer_demo_or_upload(lang, f"{key}_demo")
    return True


def offer_demo_or_upload(lang: str, key: str) -> None:
    """The two ways on from a screen the active data cannot feed, side by side: the demo (a button, which makes it
    the active data) and the Data screen's upload (a link)."""
    left, right = st.columns(2, vertical_alignment="center")
    if left.button(t("sverige.use_demo", lang), key=key, icon=":material/science:"):
        state.set_active_dataset(resources.demo_dataset())
        st.rerun()
    right.page_link("app_pages/data.py", label=t("sverige.upload_link", lang), icon=":material/upload:",
                    query_params={"lang": lang})
