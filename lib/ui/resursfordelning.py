"""Widgets of the Resursfördelning screen: what the screen needs when the data has no allocation (with the way
to the demo), and the organiser picker. Widget keys live here."""

from __future__ import annotations

import streamlit as st

from lib.i18n import t
from lib.ui import resources, state


def needs_columns(sentence: str, lang: str) -> None:
    """Say in one sentence which columns the screen needs, offer the demo data, and stop the page."""
    st.info(sentence)
    if st.button(t("resursfordelning.use_demo", lang), key="rf_demo", icon=":material/science:"):
        state.set_active_dataset(resources.demo_dataset())
        st.rerun()
    st.stop()


def organizer(choices: dict[str, str], lang: str) -> str:
    """The organiser whose units the screen follows ("" for every unit), bound to the URL."""
    options = list(choices)
    if "rf_org" in st.session_state and st.session_state["rf_org"] not in options:
        del st.session_state["rf_org"]
    return st.selectbox(t("resursfordelning.organizer", lang), options, format_func=choices.get, key="rf_org")
