"""Widgets of the Kommun screen: the municipality picker that a link opens (`?kommun=0780`, also
`?municipality=0780` or a name), and the municipal and independent sides of the bundled real data."""

from __future__ import annotations

import streamlit as st

from lib.dataset import Dataset
from lib.i18n import t
from lib.screens.kommun import Choices
from lib.text import inert
from lib.ui import resources

PARAM, ALIAS = "kommun", "municipality"


def municipality_picker(choices: Choices, lang: str) -> str | None:
    """The chosen municipality's code, from the link or the picker; the choice is written back to the URL as
    `kommun=<code>` so a copied link reopens it. An unknown value in the link is said, not silently dropped."""
    raw = st.query_params.get(PARAM) or st.query_params.get(ALIAS)
    code = choices.resolve(raw)
    if raw and code is None:
        st.warning(t("kommun.unknown", lang, value=inert(str(raw))))
    options: list[str | None] = [None, *choices.codes]
    picked = st.selectbox(t("kommun.pick", lang), options, index=options.index(code) if code in options else 0,
                          format_func=lambda c: t("kommun.pick_none", lang) if c is None else choices.label(c))
    if ALIAS in st.query_params:
        del st.query_params[ALIAS]
    if picked is None:
        if PARAM in st.query_params:
            del st.query_params[PARAM]
    elif st.query_params.get(PARAM) != picked:
        st.query_params[PARAM] = picked
    return picked


def organizer_datasets(data: Dataset) -> tuple[Dataset | None, Dataset | None]:
    """The municipal and the independent organisers' data beside the active data: the bundled real data has both
    sides; other data has one organiser type per municipality (None, None)."""
    if data.level != "municipality" or data.source.kind != "sverige":
        return None, None
    return resources.sverige_organizer("kommunal"), resources.sverige_organizer("enskild")
