"""Widgets of the Resursfördelning screen: what the screen needs when the data has no allocation (with the ways
to the demo and an upload), and the organiser picker. Widget keys live here."""

from __future__ import annotations

import streamlit as st

from lib.i18n import t
from lib.ui import datachoice, links, widgets


def needs_columns(sentence: str, lang: str) -> None:
    """Say in one sentence which columns the screen needs, offer the demo data and an upload, and stop the page."""
    st.info(sentence, icon=":material/payments:")
    datachoice.offer_demo_or_upload(lang, "rf_demo")
    widgets.halt()


def organizer(choices: dict[str, str], lang: str) -> str:
    """The organiser whose units the screen follows ("" for every unit), kept in the URL as `organizer`."""
    return links.selectbox(t("resursfordelning.organizer", lang), list(choices), param="organizer", key="rf_org",
                           lang=lang, label_of=lambda o, _language: choices.get(o, str(o)))
