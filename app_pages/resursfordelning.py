"""Resursfördelning: does the socioeconomic money reach the units with the greatest needs, and does it go with
qualified teachers or with teacher assistants?"""

import streamlit as st

from lib.i18n import t
from lib.screens import resursfordelning
from lib.ui import resursfordelning as funding_ui
from lib.ui import state, widgets

lang = state.lang()
data = widgets.require_data(lang)
widgets.page_header("resursfordelning.title", lang, data, intro_key="resursfordelning.intro")
needs = resursfordelning.needs(data, lang)
if not needs.ok:
    funding_ui.needs_columns(needs.sentence, lang)
source = widgets.source_line(data, lang)
c1, c2 = st.columns(2)
with c1:
    year = widgets.school_year(data, lang, key="year", default=needs.year)
with c2:
    organizer = funding_ui.organizer(resursfordelning.organizer_choices(data, year, lang), lang)
view = resursfordelning.view(data, year, organizer, lang, source)

widgets.bullets(view.findings)
st.header(t("resursfordelning.quartiles_heading", lang))
widgets.chart(view.money_chart, f"socioekonomisk-{year}", lang, key="rf_money", alt_text=view.money_alt)
widgets.chart(view.staff_chart, f"larare-assistenter-{year}", lang, key="rf_staff", alt_text=view.staff_alt)
widgets.table_with_downloads(view.table, t("resursfordelning.download_name", lang, year=year), lang, key="rf_table")
if view.left_out:
    st.caption(view.left_out)
st.header(t("resursfordelning.trend_heading", lang))
if view.trend_chart is not None:
    widgets.chart(view.trend_chart, "kvartil4-over-tid", lang, key="rf_trend", alt_text=view.trend_alt,
                  table=view.trend_table)
if not view.change_table.empty:
    st.subheader(t("resursfordelning.change_heading", lang))
    st.markdown(t("resursfordelning.change_intro", lang))
    widgets.dataframe(view.change_table, hide_index=True)
with st.expander(t("resursfordelning.units_heading", lang)):
    widgets.table_with_downloads(view.units, f"enheter-{year}", lang, key="rf_units")
widgets.source_caption(source)
