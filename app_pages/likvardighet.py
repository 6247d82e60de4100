"""Likvärdighet: how teacher resources follow pupils' needs — findings, scatter, quartiles, concentration,
deviation from the organiser's average, trends over school years and organisers side by side."""

import streamlit as st

from lib.i18n import t
from lib.screens import likvardighet
from lib.ui import state, widgets

lang = state.lang()
data = widgets.require_data(lang)
widgets.page_header("likvardighet.title", lang, data, intro_key="likvardighet.intro")
source = widgets.source_line(data, lang)

options = likvardighet.indicator_options(data)
if not options:
    st.warning(t("likvardighet.no_data", lang))
    widgets.halt()
c1, c2 = st.columns(2)
with c1:
    indicator = widgets.indicator_picker(options, lang, key="indicator", default="qualified_share")
with c2:
    year = widgets.school_year(data, lang, key="year", columns=("need_index", indicator))

view = likvardighet.view(data, indicator, year, lang)
charts = likvardighet.charts(data, indicator, year, lang, source)

st.header(t("likvardighet.findings_heading", lang))
widgets.bullets(view.findings)
if view.no_findings:
    st.info(view.no_findings)
# The same share for the schools of challenge profile 1, when the visitor has grouped this school year.
profile_finding = likvardighet.profile_finding(data, state.derived("profiles"), indicator, year, lang)
if profile_finding:
    widgets.bullets([profile_finding])
if view.context_note:
    st.caption(view.context_note)
with st.expander(t("likvardighet.need_in_use", lang)):
    widgets.bullets(view.need_sentences)
widgets.source_caption(source)

# Scatter: every unit, need against the indicator, with the pupil-weighted trend.
st.header(t("likvardighet.scatter_heading", lang))
widgets.chart(charts.scatter, view.files.scatter, lang, key="scatter", alt_text=view.scatter_alt,
              table=view.points_table)

# Quartiles: table, gap, ratio, concentration index.
st.header(t("likvardighet.quartile_heading", lang))
st.markdown(view.quartile_intro)
m1, m2, m3 = st.columns(3)
m1.metric(t("likvardighet.gap_metric", lang), view.gap)
m2.metric(t("likvardighet.ratio_metric", lang), view.ratio)
m3.metric(t("likvardighet.ci_metric", lang), view.ci, help=t("likvardighet.ci_help", lang))
widgets.chart(charts.quartiles, view.files.quartiles, lang, key="quartiles", alt_text=view.quartile_alt)
widgets.table_with_downloads(view.quartile_table, view.files.quartiles, lang, key="quartile_table")
if view.left_out:
    st.caption(view.left_out)

# Deviation from the organiser's average.
st.header(t("likvardighet.deviation_heading", lang))
st.markdown(view.deviation_intro)
widgets.table_with_downloads(view.deviation_table, view.files.deviation, lang, key="deviation_table", height=320)

# Over time.
if view.over_time is not None:
    st.header(t("likvardighet.trend_heading", lang))
    widgets.chart(charts.trend, view.files.trend, lang, key="trend", alt_text=view.over_time.alt_text)
    if view.over_time.breaks:
        st.caption(view.over_time.breaks)
    widgets.table_with_downloads(view.over_time.table, view.files.trend, lang, key="trend_table")

# Organisers side by side.
if view.organizer_table is not None:
    st.header(t("likvardighet.organizer_heading", lang))
    st.markdown(view.organizer_intro)
    widgets.table_with_downloads(view.organizer_table, view.files.organizers, lang, key="organizer_table")
