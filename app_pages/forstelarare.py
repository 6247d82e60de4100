"""Förstelärare: simulate another placement of first-teacher posts; equity and cost before and after;
save the scenario under a workshop code or share it as a link."""

import streamlit as st

from lib.i18n import t
from lib.measures import allocation
from lib.screens import forstelarare
from lib.ui import datachoice, mapping, state, widgets
from lib.ui import forstelarare as forstelarare_ui

lang = state.lang()
data = widgets.require_data(lang)
widgets.page_header("forstelarare.title", lang, data, intro_key="forstelarare.intro")
if datachoice.needs_school_data(data, lang, key="fl_needs_schools"):
    widgets.halt()
source = widgets.source_line(data, lang)
loaded = forstelarare_ui.apply_link(lang)
if loaded is not None and loaded.fingerprint and loaded.fingerprint != data.fingerprint:
    st.caption(t("scenario.other_data", lang))

params, priority = forstelarare_ui.params_form(data, lang)
try:
    view = forstelarare.result(data, params, priority, lang)
except allocation.AllocationError as exc:
    st.error(exc.message.text(lang))
    widgets.halt()
for warning in view.warnings:
    st.caption(warning)

st.header(t("forstelarare.results_heading", lang))
st.markdown(view.sentence)
forstelarare_ui.metrics(view.figures)
forstelarare_ui.metrics(view.equity)
st.caption(forstelarare.caption(source, lang))

name = forstelarare.file_name(params)
spec = forstelarare.change_map(data, params, priority, lang, source)
if spec is not None:
    widgets.chart(spec, name, lang, key="change_map", alt_text=view.map_alt)
    mapping.placement_note(data, params.year, lang)
widgets.table_with_downloads(forstelarare.change_table(data, params, priority, lang), name, lang, key="change_table",
                             height=320)

st.header(t("forstelarare.tradeoffs_heading", lang))
st.markdown(forstelarare.tradeoffs(lang))

forstelarare_ui.save_panel(data, view, lang)
