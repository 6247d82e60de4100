"""Klasskillnader: compare classes within a school, subject by subject; range, variance share, cohorts, the
teachers' qualification, flags with their reasons — for the demo's or the user's own class results."""

import streamlit as st

from lib.i18n import t
from lib.screens import klasser
from lib.ui import datachoice, state, widgets
from lib.ui import klasser as klasser_ui

lang = state.lang()
data = state.active_dataset()
widgets.page_header("klasser.title", lang, None, intro_key="klasser.intro")  # banner below, once the source is known

own = klasser.own_results(data)
uploaded = klasser_ui.upload(lang, expanded=own is None)
if uploaded is not None:
    results, source = uploaded, klasser.upload_source(uploaded, lang)
    st.caption(klasser.using_upload(uploaded, lang))
elif own is not None:
    results, source = own, widgets.source_line(data, lang)
    widgets.demo_banner(data, lang)
    st.caption(t("klasser.using_demo", lang))
else:
    if not datachoice.needs_school_data(data, lang, key="cl_needs_schools"):
        st.info(t("klasser.no_data", lang))
    widgets.halt()
st.caption(t("klasser.cautions", lang))

schools = klasser.schools(results, data)
c1, c2, c3 = st.columns(3)
school = klasser_ui.school_picker(schools, lang, c1)
choices = klasser.choices(results, school)
subject = c2.selectbox(t("klasser.subject", lang), choices.subjects, key="cl_subject",
                       placeholder=t("takeaway.choose_one", lang))
grade = c3.selectbox(t("klasser.grade_level", lang), choices.grades, key="cl_grade",
                     placeholder=t("takeaway.choose_one", lang))
d1, d2 = st.columns(2)
period = d1.selectbox(t("klasser.period", lang), choices.periods, index=choices.latest, key="cl_period",
                      placeholder=t("takeaway.choose_one", lang))
margin = d2.number_input(t("klasser.margin", lang), 0.0, 10.0, 1.0, 0.5, key="cl_margin")

view = klasser.term_view(results, school, subject, grade, period, lang, source)
m1, m2, m3 = st.columns(3)
m1.metric(t("klasser.range", lang), view.range, help=t("klasser.range_help", lang))
m2.metric(t("klasser.between", lang), view.between, help=t("klasser.between_help", lang))
m3.metric(t("klasser.test_diff", lang), view.test_diff)
if view.between_above:
    st.warning(view.between_note, icon=":material/flag:")
elif view.between_note:
    st.caption(view.between_note)
widgets.chart(view.comparison, view.comparison_name, lang, key="cl_compare", alt_text=view.comparison_alt)
widgets.table_with_downloads(view.table, view.table_name, lang, key="cl_table")
widgets.chart(view.heatmap, view.heatmap_name, lang, key="cl_heatmap", alt_text=t("klasser.heatmap_alt", lang))

over_time = klasser.subject_view(results, school, subject, lang, source)
st.header(t("klasser.trend_heading", lang))
widgets.chart(over_time.cohorts, over_time.name, lang, key="cl_cohorts", alt_text=t("klasser.trend_alt", lang))
st.header(t("klasser.history_heading", lang))
widgets.dataframe(over_time.history, hide_index=True)

st.header(t("klasser.flags_heading", lang))
flags = klasser.flag_lines(results, school, margin, lang)
for line in flags:
    st.markdown(line)
if not flags:
    st.caption(t("klasser.flags_none", lang))
widgets.source_caption(source)
