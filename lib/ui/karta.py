"""Widgets of the Karta screen: the choices kept in the URL, the selected school, its figures."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from lib.i18n import t
from lib.screens import karta
from lib.screens.karta import Figure
from lib.ui import links, state


def figure_row(figures: Sequence[Figure]) -> None:
    """A selected school's figures side by side, each with its deviation from the organiser's average (written in
    the visitor's language; the arrow follows the deviation's sign, not the text Streamlit cannot read)."""
    if not figures:
        return
    for column, figure in zip(st.columns(len(figures)), figures, strict=True):
        column.metric(figure.label, figure.value, delta=figure.delta, delta_color="off", help=figure.help,
                      delta_arrow={1: "up", -1: "down"}.get(figure.direction, "off"))


def mode_picker(modes: Sequence[str], lang: str) -> str:
    """The colour mode, kept in the URL as `mode`."""
    return links.radio(t("karta.mode", lang), modes, param="mode", key="mode", lang=lang, horizontal=True,
                       label_of=lambda m, language: karta.mode_labels(language)[m])


def filters(options: karta.FilterOptions, lang: str) -> tuple[list[str], list[str], str]:
    """The municipality and organiser filters (kept in the URL as `municipality`, comma-separated codes, and
    `organizer`), and the map's extent (`extent`: fitted to the municipalities in view, or all of Sweden)."""
    f1, f2, f3 = st.columns([3, 3, 2])
    codes = links.multiselect(t("karta.municipalities", lang), options.municipalities, param="municipality",
                              key="kommun", lang=lang, label_of=lambda c, _language: options.municipality_name(c),
                              placeholder=t("karta.filter_all", lang), container=f1)
    organisers = links.multiselect(t("karta.organizers", lang), options.organizers, param="organizer",
                                   key="huvudman", lang=lang, placeholder=t("karta.filter_all", lang), container=f2)
    extent = links.radio(t("karta.extent", lang), karta.EXTENTS, param="extent", key="karta_extent", lang=lang,
                         label_of=karta.extent_label, container=f3)
    return codes, organisers, extent


_CLICKED = "karta_clicked"  # the school the last click on the map selected
_PICKER = "skola"  # the school list's widget key


def school_picker(view: karta.SchoolMap, clicked: str | None, lang: str) -> str | None:
    """The selected school: a new click on the map chooses it in the list (usable with a keyboard), and the list's
    choice is kept in the URL as `school` (its id)."""
    if clicked != state.get(_CLICKED):
        state.put(_CLICKED, clicked)
        if clicked in view.schools:
            st.session_state[_PICKER] = clicked
    return links.selectbox(t("karta.pick_school", lang), view.picker_options, param="school", key=_PICKER,
                           lang=lang, label_of=lambda s, _language: view.school_label(s))

