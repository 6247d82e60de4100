"""Widgets of the Karta screen."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from lib.screens.karta import Figure


def figure_row(figures: Sequence[Figure]) -> None:
    """A selected school's figures side by side, each with its deviation from the organiser's average (written in
    the visitor's language; the arrow follows the deviation's sign, not the text Streamlit cannot read)."""
    if not figures:
        return
    for column, figure in zip(st.columns(len(figures)), figures, strict=True):
        column.metric(figure.label, figure.value, delta=figure.delta, delta_color="off", help=figure.help,
                      delta_arrow={1: "up", -1: "down"}.get(figure.direction, "off"))
