"""Utmaningsprofiler: group schools into profiles (k-means or Ward) with the evidence for k and the stability,
named in words; or flag schools by a rule with thresholds the user sets. Shared with the other screens."""

import streamlit as st

from lib import schema
from lib.charts import maps
from lib.charts import profiler as charts
from lib.geo import mapdata
from lib.i18n import column_label, fmt_int, fmt_number, fmt_pct, fmt_school_year, t
from lib.measures import profiles
from lib.screens import views
from lib.ui import loaders, state, widgets

lang = state.lang()
data = widgets.require_data(lang)
widgets.page_header("profiler.title", lang, data, intro_key="profiler.intro")
source = widgets.source_line(data, lang)
frame, unit = data.frame, data.unit_column

candidates = data.present(profiles.CANDIDATES)
year = widgets.school_year(data, lang, key="year")
features = st.multiselect(t("profiler.features", lang), candidates, key="features",
                          default=[f for f in profiles.DEFAULT_FEATURES if f in candidates],
                          format_func=lambda c: column_label(c, lang))
n_units = int((frame["school_year"] == year).sum())
methods = ["kmeans", "ward"] if n_units <= profiles.WARD_MAX_UNITS else ["kmeans"]
c1, c2 = st.columns(2)
with c1:
    method = st.radio(t("profiler.method", lang), methods, horizontal=True, key="method",
                      format_func=lambda m: t(f"profiler.method.{m}", lang))
    if len(methods) == 1:
        st.caption(t("profiler.ward_too_many", lang, n=fmt_int(n_units, lang),
                     limit=fmt_int(profiles.WARD_MAX_UNITS, lang)))

suggested = loaders.profiles_result(data.fingerprint, frame, year, unit, tuple(features), None, method)
if isinstance(suggested, profiles.ProfileError):
    st.warning(t("profiler.error", lang, reason=suggested.message.text(lang)))
    st.stop()
with c2:
    k = st.slider(t("profiler.k", lang), 2, max(profiles.K_RANGE), value=suggested.k, key="k", bind="query-params")
    st.caption(t("profiler.k_suggested", lang, k=suggested.k, s=fmt_number(suggested.silhouette, lang, 3)))
result = suggested if k == suggested.k else loaders.profiles_result(data.fingerprint, frame, year, unit,
                                                                     tuple(features), k, method)
if isinstance(result, profiles.ProfileError):
    st.warning(t("profiler.error", lang, reason=result.message.text(lang)))
    st.stop()
# "key" names this grouping, so the other screens can share what they derive from it between visitors.
state.set_derived("profiles", {"year": year, "method": method, "k": result.k, "assignments": result.assignments,
                               "names": result.names,
                               "key": (data.fingerprint, year, tuple(features), result.k, method)})
for message in result.messages:
    st.caption(message.text(lang))
if result.imputed:
    st.caption(t("profiler.imputed", lang, items=", ".join(f"{column_label(c, lang)} {n}"
                                                           for c, n in result.imputed.items())))

m1, m2 = st.columns(2)
m1.metric(t("profiler.silhouette", lang), fmt_number(result.silhouette, lang, 3))
m2.metric(t("profiler.stability", lang), f"{fmt_number(result.stability, lang, 2)} – "
          f"{t('profiler.stability.' + profiles.stability_word(result.stability), lang)}",
          help=t("profiler.stability_help", lang))

st.subheader(t("profiler.cards_heading", lang))
look = (data.fingerprint, year, tuple(features), result.k, method, lang, source)  # what the views below show
overall = loaders.shared(("profile-overall", *look), lambda: profiles.overall_means(result))
columns = st.columns(min(result.k, 4))
for i, p in enumerate(result.centroids.index):
    with columns[i % len(columns)].container(border=True, key=f"profile_card_{p}"):
        st.markdown(f"**{t('profiler.card_title', lang, id=p, name=result.names[int(p)][lang])}**")
        st.markdown(t("profiler.card_size", lang, n=fmt_int(result.sizes[p], lang),
                      share=fmt_pct(100 * result.sizes[p] / result.sizes.sum(), lang, 0),
                      need=fmt_number(result.mean_need.get(p), lang, 0)))
        for c in result.features:
            st.caption(t("profiler.card_figure", lang, label=column_label(c, lang),
                         value=fmt_number(result.centroids.loc[p, c], lang, 1),
                         overall=fmt_number(overall[c], lang, 1)))
st.caption(t("profiler.shared", lang))

st.subheader(t("profiler.evidence_heading", lang))
best = profiles.suggest_k(result.silhouette_by_k) or result.k
# Charts are shared between visitors per dataset, year, features, k, method, language and source.
widgets.chart(loaders.chart_spec(("silhouette", *look), lambda: charts.silhouette_bars(
                  result.silhouette_by_k, result.k, year, lang, source)), f"silhuett-{year}", lang,
              key="silhouette", alt_text=t("profiler.silhouette_alt", lang, kmax=max(result.silhouette_by_k),
                                           k=best, s=fmt_number(result.silhouette_by_k.get(best), lang, 3)))
widgets.chart(loaders.chart_spec(("heatmap", *look), lambda: charts.centroid_heatmap(
                  result.z_centroids, result.names, year, lang, source)), f"profiler-{year}",
              lang, key="heatmap", alt_text=t("profiler.heatmap_alt", lang))

labels = loaders.shared(("profile-labels", *look), lambda: mapdata.profile_labels(result.assignments, result.names,
                                                                                   lang))
if data.level == "school":
    base_points = loaders.memo(views.school_points, data, year, "indicator", "need_index")
    if not base_points.empty:
        st.subheader(t("profiler.map_heading", lang))
        title = t("profiler.map_title", lang, year=fmt_school_year(year, lang))

        def profile_map() -> dict:
            present = frame.loc[frame["school_year"] == year, "municipality_code"].dropna().unique()
            return maps.school_map(mapdata.with_profiles(base_points, labels), present, "profile", "need_index",
                                   lang, title, source)

        widgets.chart(loaders.chart_spec(("profile-map", *look), profile_map), f"profilkarta-{year}", lang,
                      key="profile_map", alt_text=t("profiler.map_alt", lang, n=fmt_int(len(base_points), lang)))

# The rule-based flag: up to three conditions.
st.subheader(t("profiler.rule_heading", lang))
st.markdown(t("profiler.rule_intro", lang))
rule_options = [None, *data.present([*schema.NEED_INDICATORS, *schema.OUTCOME_INDICATORS,
                                     *schema.RESOURCE_INDICATORS])]
defaults = [("need_index", ">=", 120.0), ("qualified_share", "<=", 65.0), (None, ">=", 0.0)]
rules = []
for i, (col_default, op_default, value_default) in enumerate(defaults, start=1):
    r1, r2, r3 = st.columns([3, 2, 2])
    col = r1.selectbox(t("profiler.rule_column", lang, i=i), rule_options, key=f"rule_col_{i}",
                       index=rule_options.index(col_default) if col_default in rule_options else 0,
                       format_func=lambda c: t("profiler.rule_none", lang) if c is None else column_label(c, lang))
    op = r2.selectbox(t("profiler.rule_op", lang, i=i), [">=", "<="], key=f"rule_op_{i}",
                      index=[">=", "<="].index(op_default),
                      format_func=lambda o: t("profiler.op.ge" if o == ">=" else "profiler.op.le", lang))
    value = r3.number_input(t("profiler.rule_value", lang, i=i), value=value_default, key=f"rule_value_{i}")
    if col is not None:
        rules.append(profiles.Rule(col, op, float(value)))
flags = loaders.memo(views.challenge_flag, data, year, tuple(rules))
rule_text = profiles.rule_text(rules, lang)
if rules:
    st.markdown(t("profiler.rule_result", lang, n=fmt_int(int(flags.sum()), lang), total=fmt_int(len(flags), lang),
                  rule=rule_text))
    state.set_derived("challenge_flag", {"year": year, "flag": flags,
                                         "rule": {"sv": profiles.rule_text(rules, "sv"),
                                                  "en": profiles.rule_text(rules, "en")}})
else:
    st.caption(t("profiler.rule_empty", lang))

st.subheader(t("profiler.table_heading", lang))
table = loaders.shared(("profile-table", *look, tuple(rules)), lambda: profiles.unit_table(
    frame, year, unit, data.level, result, flags, rule_text, lang))
widgets.table_with_downloads(table, f"profiler-{year}", lang, key="profile_table", height=320)
