"""Förstelärare: simulate another placement of first-teacher posts; equity and cost before and after;
save the scenario under a workshop code or share it as a link."""

import streamlit as st

from lib.charts import maps
from lib.geo import mapdata
from lib.i18n import fmt_int, fmt_msek, fmt_number, fmt_pct, fmt_school_year, t
from lib.measures import allocation
from lib.screens import views
from lib.ui import forstelarare, loaders, state, widgets

lang = state.lang()
data = widgets.require_data(lang)
widgets.page_header("forstelarare.title", lang, data, intro_key="forstelarare.intro")
if data.level != "school":
    st.warning(t("forstelarare.school_level_only", lang))
    st.stop()
source = widgets.source_line(data, lang)
loaded = forstelarare.apply_link(lang)
if loaded is not None and loaded.fingerprint and loaded.fingerprint != data.fingerprint:
    st.caption(t("scenario.other_data", lang))

params, priority = forstelarare.params_form(data, lang)
prioritised = tuple(sorted(priority.index[priority.to_numpy()])) if priority is not None else None
try:
    sim, before, after = loaders.memo(views.simulation, data, params, prioritised)
except allocation.AllocationError as exc:
    st.error(exc.message.text(lang))
    st.stop()
for message in sim.warnings:
    st.caption(message.text(lang))

st.subheader(t("forstelarare.results_heading", lang))
st.markdown(allocation.summary_sentence(sim, before, after, t("forstelarare.this_scenario", lang), lang))
moved = int(sim.table["change"].clip(lower=0).sum())
m = st.columns(4)
m[0].metric(t("forstelarare.metric_posts", lang), fmt_int(sim.posts_total, lang),
            delta=fmt_int(sim.posts_total - int(sim.table["before"].sum()), lang))
m[1].metric(t("forstelarare.metric_moved", lang), fmt_int(moved, lang))
m[2].metric(t("forstelarare.metric_cost", lang), fmt_msek(sim.cost_after, lang),
            delta=fmt_msek(sim.cost_after - sim.cost_before, lang), delta_color="off")
m[3].metric(t("forstelarare.metric_q4", lang), fmt_number(after.q4, lang, 2),
            delta=fmt_number((after.q4 or 0) - (before.q4 or 0), lang, 2))
n = st.columns(3)
n[0].metric(t("forstelarare.metric_gap", lang), fmt_number(after.gap, lang, 2),
            delta=fmt_number((after.gap or 0) - (before.gap or 0), lang, 2), delta_color="off")
n[1].metric(t("forstelarare.metric_ci", lang), fmt_number(after.concentration_index, lang, 3),
            delta=fmt_number(after.concentration_index - before.concentration_index, lang, 3), delta_color="off")
n[2].metric(t("forstelarare.metric_share_q4", lang), fmt_pct(after.share_of_posts_in_q4, lang, 0),
            delta=fmt_number((after.share_of_posts_in_q4 or 0) - (before.share_of_posts_in_q4 or 0), lang, 1),
            delta_color="off")
st.caption(source + " · " + t("forstelarare.no_effects", lang))

scenario = (data.fingerprint, params, prioritised)  # what one simulation's map and table depend on
points = loaders.shared(("alloc-points", *scenario), lambda: mapdata.with_change(
    loaders.memo(views.school_points, data, params.year, "indicator", "need_index"), sim.table["change"]))
if not points.empty:
    def change_map() -> dict:
        codes = data.frame.loc[data.frame["school_id"].astype(str).isin(sim.table.index),
                               "municipality_code"].dropna().unique()
        return maps.school_map(points, codes, "change", "need_index", lang,
                               t("forstelarare.map_title", lang, year=fmt_school_year(params.year, lang)), source,
                               height=480, zoom=True)

    # One scenario's map is shared by every visitor who tries the same parameters on the same data.
    spec = loaders.chart_spec(("alloc-map", *scenario, lang, source), change_map)
    widgets.chart(spec, f"forstelarare-{params.year}", lang, key="change_map",
                  alt_text=t("forstelarare.map_alt", lang, up=int((sim.table["change"] > 0).sum()),
                             down=int((sim.table["change"] < 0).sum())))
changes = loaders.shared(("alloc-table", *scenario, lang), lambda: forstelarare.change_table(sim, lang))
widgets.table_with_downloads(changes, f"forstelarare-{params.year}", lang,
                             key="alloc_table", height=320)

st.subheader(t("forstelarare.tradeoffs_heading", lang))
for key in ("forstelarare.tradeoff_lockin", "forstelarare.tradeoff_zero_sum", "forstelarare.tradeoff_assign"):
    st.markdown(f"- {t(key, lang)}")

summary = {"posts": sim.posts_total, "moved": moved, "cost_after": sim.cost_after,
           "cost_change": sim.cost_after - sim.cost_before, "q4_before": before.q4, "q4_after": after.q4,
           "per_100_after": after.per_100_pupils, "gap_after": after.gap, "ci_after": after.concentration_index}
forstelarare.save_panel(sim, data, summary, lang)
