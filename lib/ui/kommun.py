"""Widgets of the Kommun screen: the municipality picker that a link opens (`?municipality=0780`, also the older
`?kommun=780` or a name), and the municipal and independent sides of the bundled real data."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from lib import links as links_core
from lib.dataset import Dataset
from lib.i18n import t
from lib.screens import kommun
from lib.screens.karta import Figure
from lib.screens.kommun import Choices, Sides
from lib.text import inert
from lib.ui import links, resources, state

PARAM = "municipality"  # the link's key (`kommun`, today's alias, still opens; lib/links.ALIASES)


def municipality_picker(choices: Choices, lang: str) -> str | None:
    """The chosen municipality's code, from the link (`municipality=0780`, `kommun=780` or its name) or the picker;
    written back to the URL under its key so a copied link reopens it. An unknown value in the link is said."""
    news = links.incoming(PARAM, "kommun_pick")
    if news is not None and news[0]:
        code = choices.resolve(news[0][0])
        if code is None:
            st.warning(t("kommun.unknown", lang, value=inert(links_core.shown(news[0][0]))))
        st.session_state["kommun_pick"] = code
    options: list[str | None] = [None, *choices.codes]
    if st.session_state.get("kommun_pick") not in options:
        st.session_state["kommun_pick"] = None
    picked = st.selectbox(t("kommun.pick", lang), options, key="kommun_pick",
                          placeholder=t("kommun.pick_none", lang),
                          format_func=lambda c: t("kommun.pick_none", lang) if c is None else choices.label(c))
    links.keep(PARAM, picked)
    return picked


def datasets(data: Dataset) -> Sides:
    """The data the screen compares: all pupils, and the municipal and independent organisers' data, from the data
    itself when it holds several organiser types, else (the bundled real data) from the bundled sides."""
    split = kommun.sides(data)
    if split.kommunal is not None or data.level != "municipality" or data.source.kind != "sverige":
        return split
    return Sides(split.main, resources.sverige_dataset("kommunal"), resources.sverige_dataset("enskild"))


def figure_row(figures: Sequence[Figure]) -> None:
    """A municipality's figures side by side, each with its difference from all municipalities (no arrow: a
    difference is not better or worse by its sign alone)."""
    if not figures:
        return
    for column, figure in zip(st.columns(len(figures)), figures, strict=True):
        column.metric(figure.label, figure.value, delta=figure.delta, delta_color="off", delta_arrow="off",
                      help=figure.help)


def open_link(code: str | None, lang: str) -> None:
    """A link to the Kommuner screen: to the municipality clicked on a map (`code`), else to the screen."""
    data = state.active_dataset()
    name = kommun.choices(data).names.get(code) if code and data is not None else None
    if name is None:
        st.page_link("app_pages/kommun.py", label=t("kommun.open_municipality", lang),
                     icon=":material/location_city:", query_params={"lang": lang})
        return
    key = state.data_key()
    st.page_link("app_pages/kommun.py", label=t("kommun.open_named", lang, name=inert(name), code=code),
                 icon=":material/location_city:",
                 query_params={"lang": lang, PARAM: code, **({"data": key} if key else {})})
