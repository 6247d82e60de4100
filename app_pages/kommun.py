"""Kommuner: one municipality among all (a link with its code opens it) and the nation's municipalities: findings,
the need-quartile gap over the school years, municipal and independent organisers, every municipality in a table."""

import streamlit as st

from lib.i18n import t
from lib.screens import kommun
from lib.ui import kommun as kommun_widgets
from lib.ui import state, widgets

lang = state.lang()
data = widgets.require_data(lang)
widgets.page_header("kommun.title", lang, data, intro_key="kommun.intro")
if data.level != "municipality":
    st.info(t("kommun.needs_municipality", lang))
    st.page_link("app_pages/data.py", label=t("kommun.open_data", lang), icon=":material/upload_file:",
                 query_params={"lang": lang})
    widgets.halt()
source = widgets.source_line(data, lang)
data, kommunal, enskild = kommun_widgets.datasets(data)

choices = kommun.choices(data)
c1, c2, c3 = st.columns(3)
with c1:
    code = kommun_widgets.municipality_picker(choices, lang)
with c2:
    indicator = widgets.indicator_picker(kommun.indicator_options(data), lang, key="indicator",
                                         default="qualified_share")
with c3:
    year = widgets.school_year(data, lang, key="year", columns=(indicator,))

if code:
    view = kommun.municipality_view(data, code, indicator, year, lang, source, kommunal)
    st.header(view.heading)
    st.caption(view.peers_sentence)
    kommun_widgets.figure_row(view.figures)
    widgets.bullets(view.findings)
    if view.trend_spec is not None:
        st.subheader(t("kommun.trend_heading", lang))
        widgets.chart(view.trend_spec, view.trend_download, lang, key="unit_trend",
                      alt_text=view.trend_alt, table=view.trend_table)
        if view.breaks_note:
            st.caption(view.breaks_note)
    st.subheader(t("kommun.costs_heading", lang))
    if view.costs:
        kommun_widgets.figure_row(view.costs)
        st.caption(view.costs_caption)
    else:
        st.caption(t("kommun.costs_none", lang))
    widgets.source_caption(source)

st.header(t("kommun.organizers_heading", lang))
if kommunal is not None and enskild is not None:
    sides = kommun.organizer_view(kommunal, enskild, indicator, year, code, lang, source)
    widgets.bullets([line for line in (sides.municipality, sides.nation) if line])
    if sides.trend_spec is not None:
        widgets.chart(sides.trend_spec, sides.trend_download, lang, key="sides_trend",
                      alt_text=sides.trend_alt, table=sides.trend_table)
    if not sides.table.empty:
        with st.expander(t("kommun.organizers_table", lang)):
            widgets.table_with_downloads(sides.table, sides.download_name, lang, key="organizer_table")
else:
    st.caption(t("kommun.organizers_missing", lang))

st.header(t("kommun.nation_heading", lang))
nation = kommun.nation_view(data, indicator, year, lang, source, kommunal)
widgets.bullets(nation.findings)
if nation.gap_spec is not None:
    st.subheader(t("kommun.gap_heading", lang))
    widgets.chart(nation.gap_spec, nation.gap_download, lang, key="gap_trend", alt_text=nation.gap_alt,
                  table=nation.gap_table)
    if nation.breaks_note:
        st.caption(nation.breaks_note)
st.subheader(nation.table_heading)
st.caption(t("kommun.table_caption", lang))
widgets.table_with_downloads(nation.table, nation.download_name, lang, key="municipality_table")
widgets.source_caption(source)
