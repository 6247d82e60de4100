"""Utmaningsprofiler: group schools into profiles (k-means or Ward) with the evidence for k and the stability,
named in words; or flag schools by a rule with thresholds the user sets. Shared with the other screens."""

import streamlit as st

from lib.i18n import column_label, t
from lib.screens import profiler
from lib.ui import links, mapping, state, widgets
from lib.ui import profiler as profiler_ui

lang = state.lang()
data = widgets.require_data(lang)
widgets.page_header("profiler.title", lang, data, intro_key="profiler.intro")
source = widgets.source_line(data, lang)

year = widgets.school_year(data, lang, key="year")
features = tuple(st.multiselect(t("profiler.features", lang), profiler.feature_options(data), key="features",
                                default=profiler.default_features(data), format_func=lambda c: column_label(c, lang),
                                placeholder=t("takeaway.choose_many", lang)))
methods = profiler.method_choice(data, year, lang)
c1, c2 = st.columns(2)
with c1:
    method = st.radio(t("profiler.method", lang), methods.methods, horizontal=True, key="method",
                      format_func=lambda m: t(f"profiler.method.{m}", lang))
    if methods.note:
        st.caption(methods.note)

suggested = profiler.suggestion(data, year, features, method, lang)
if suggested.error:
    st.warning(suggested.error)
    widgets.halt()
with c2:
    k = links.slider(t("profiler.k", lang), profiler.K_MIN, profiler.K_MAX, suggested.k, 1, param="k", key="k",
                     lang=lang)
    st.caption(suggested.caption)
    st.caption(suggested.rule)
grouping = profiler.Grouping(year, features, k, method)
view = profiler.view(data, grouping, lang)
if view.error:
    st.warning(view.error)
    widgets.halt()
state.set_derived("profiles", grouping)  # Karta, Likvärdighet, Förstelärare and Skolblad show these profiles
for note in view.notes:
    st.caption(note)

m1, m2 = st.columns(2)
m1.metric(t("profiler.silhouette", lang), view.silhouette)
m2.metric(t("profiler.stability", lang), view.stability, help=t("profiler.stability_help", lang))

st.header(t("profiler.cards_heading", lang))
columns = st.columns(view.card_columns)
for card in view.cards:
    with columns[card.column].container(border=True, key=card.key):
        st.markdown(card.title)
        st.markdown(card.size)
        for figure in card.figures:
            st.caption(figure)
        if card.described:
            st.markdown(card.described_title)
            for figure in card.described:
                st.caption(figure)
if view.described_note:
    st.caption(view.described_note)
st.caption(t("profiler.shared", lang))

st.header(t("profiler.evidence_heading", lang))
charts = profiler.charts(data, grouping, lang, source)
widgets.chart(charts.silhouette, view.files.silhouette, lang, key="silhouette", alt_text=view.silhouette_alt)
widgets.chart(charts.heatmap, view.files.heatmap, lang, key="heatmap", alt_text=view.heatmap_alt)

profile_map = profiler.profile_map(data, grouping, lang, source)
if profile_map is not None:
    st.header(t("profiler.map_heading", lang))
    widgets.chart(profile_map.spec, view.files.map, lang, key="profile_map", alt_text=profile_map.alt_text)
    mapping.placement_note(data, grouping.year, lang)

# The rule-based flag: up to three conditions.
st.header(t("profiler.rule_heading", lang))
st.markdown(t("profiler.rule_intro", lang))
rules = profiler_ui.rule_inputs(data, lang)
if rules:
    st.markdown(profiler.flag_summary(data, year, rules, lang))
else:
    st.caption(profiler.flag_summary(data, year, rules, lang))
state.set_derived("challenge_flag", profiler.flag_choice(year, rules))

st.header(t("profiler.table_heading", lang))
widgets.table_with_downloads(profiler.unit_table(data, grouping, rules, lang), view.files.table, lang,
                             key="profile_table", height=320)
