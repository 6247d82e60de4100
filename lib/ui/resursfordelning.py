"""Widgets of the Resursfördelning screen: what the screen needs when the data has no allocation (with the way
to the demo), and the organiser picker. Widget keys live here."""

from __future__ import annotations

import streamlit as st

from lib.i18n import t
from lib.ui import links, resources, state


def needs_columns(sentence: str, lang: str) -> None:
    """Say in one sentence which columns the screen needs, offer the demo data, and stop the page."""
    st.info(sentence)
    if st.button(t("resursfordelning.use_demo", lang), key="rf_demo", icon=":material/science:"):
        state.set_active_dataset(resources.demo_dataset())
        st.rerun()
    st.stop()


def organizer(choices: dict[str, str], lang: str) -> str:
    """The organiser whose units the screen follows ("" for every unit), kept in the URL as `organizer`."""
    return links.selectbox(t("resursfordelning.organizer", lang), list(choices), param="organizer", key="rf_org",
                           lang=lang, label_of=lambda o, _language: choices.get(o, str(o)))
