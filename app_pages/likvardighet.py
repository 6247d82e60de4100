"""Likvärdighet: how teacher resources follow pupils' needs — findings, scatter, quartiles, concentration,
deviation from the organiser's average, trends over school years and organisers side by side."""

import streamlit as st

from lib import schema
from lib.charts import likvardighet as charts
from lib.i18n import column_label, fmt_number, fmt_school_year, t
from lib.measures import findings, indicators
from lib.screens import likvardighet, views
from lib.ui import loaders, state, widgets

lang = state.lang()
data = widgets.require_data(lang)
widgets.page_header("likvardighet.title", lang, data, intro_key="likvardighet.intro")
source = widgets.source_line(data, lang)
frame, unit, level = data.frame, data.unit_column, data.level

options = data.present([*schema.RESOURCE_INDICATORS, *schema.OUTCOME_INDICATORS])
if not options or not data.present(["need_index"]):
    st.warning(t("start.no_headlines", lang))
    st.stop()
c1, c2 = st.columns(2)
with c1:
    indicator = widgets.indicator_picker(options, lang, key="indicator", default="qualified_share")
with c2:
    year = widgets.school_year(data, lang, key="year", columns=("need_index", indicator))
label = column_label(indicator, lang)

view = loaders.memo(views.equity_screen, data, indicator, year, lang)
result = view["result"]
specs = loaders.shared(("equity-charts", data.fingerprint, indicator, year, lang, source), lambda: {
    name: loaders.arrow_ready(spec) for name, spec in views.equity_charts(view, indicator, year, lang, source).items()})
st.subheader(t("likvardighet.findings_heading", lang))
if result.findings:
    for finding in result.findings:
        st.markdown(f"- {finding.text}")
else:
    st.info(t("likvardighet.no_findings", lang, indicator=findings.plain_label(indicator, lang),
              year=fmt_school_year(year, lang)))
shared_profiles = state.derived("profiles")
if level == "school" and shared_profiles and shared_profiles["year"] == year:
    def below_in_profile_1():
        in_profile_1 = (shared_profiles["assignments"] == 1)
        mask = frame[unit].astype(str).map(in_profile_1).fillna(False).astype(bool)
        below = indicators.share_below_organizer(frame, indicator, year, level, unit, high_need=mask)
        return findings.below_profile_finding(below, shared_profiles["names"][1][lang], lang)

    finding = loaders.shared(("equity-profile-1", *shared_profiles["key"], indicator, lang), below_in_profile_1)
    if finding is not None:
        st.markdown(f"- {finding.text}")
if level == "school" and result.below.share is not None:
    st.caption(t("likvardighet.context_70", lang))
with st.expander(t("likvardighet.need_in_use", lang)):
    for sentence in view["need_sentences"]:
        st.markdown(f"- {sentence}")
st.caption(source)

# Scatter: every unit, need against the indicator, with the pupil-weighted trend.
st.subheader(t("likvardighet.scatter_heading", lang))
points = view["points"]
trend = view["trend_line"]
slope = fmt_number(trend[1] * 10, lang, 2) if trend else "–"
widgets.chart(specs["scatter"], f"likvardighet-{indicator}-{year}",
              lang, key="scatter", alt_text=t("likvardighet.scatter_alt", lang, indicator=label, slope=slope),
              table=view["points_table"])

# Quartiles: table, gap, ratio, concentration index.
st.subheader(t("likvardighet.quartile_heading", lang))
st.markdown(t("likvardighet.quartile_intro", lang, weight=t(likvardighet.weight_key(indicator), lang)))
table = result.table
m1, m2, m3 = st.columns(3)
m1.metric(t("likvardighet.gap_metric", lang), fmt_number(table.gap, lang, findings.decimals(indicator)))
m2.metric(t("likvardighet.ratio_metric", lang), fmt_number(table.ratio, lang, 2))
m3.metric(t("likvardighet.ci_metric", lang), fmt_number(result.concentration.ci, lang, 3),
          help=t("likvardighet.ci_help", lang))
values = ", ".join(fmt_number(v, lang, findings.decimals(indicator)) for v in table.rows["value"])
widgets.chart(specs["quartiles"], f"kvartiler-{indicator}-{year}", lang,
              key="quartiles", alt_text=t("likvardighet.quartile_alt", lang, indicator=label, values=values))
widgets.table_with_downloads(view["quartile_table"], f"kvartiler-{indicator}-{year}", lang,
                             key="quartile_table")
if table.left_out:
    st.caption(t("likvardighet.left_out", lang, n=table.left_out))

# Deviation from the organiser's average.
st.subheader(t("likvardighet.deviation_heading", lang))
st.markdown(t("likvardighet.deviation_intro" if level == "school" else "likvardighet.deviation_intro_municipality",
              lang))
widgets.table_with_downloads(view["deviation"],
                             f"avvikelse-{indicator}-{year}", lang, key="deviation_table", height=320)

# Over time.
if len(data.school_years) > 1:
    st.subheader(t("likvardighet.trend_heading", lang))
    over_time = view["over_time"]
    gaps = over_time["gap"].dropna()
    alt_text = t("likvardighet.trend_alt", lang, years=f"{fmt_school_year(data.school_years[0])}–"
                 f"{fmt_school_year(data.school_years[-1])}",
                 first=fmt_number(gaps.iloc[0] if len(gaps) else None, lang, findings.decimals(indicator)),
                 last=fmt_number(gaps.iloc[-1] if len(gaps) else None, lang, findings.decimals(indicator)))
    widgets.chart(specs["trend"], f"trend-{indicator}", lang, key="trend",
                  alt_text=alt_text)
    breaks = charts.breaks_in(data.school_years)
    if breaks:
        st.caption(t("likvardighet.breaks", lang, breaks="; ".join(t(charts.BREAKS[y], lang) for y in breaks)))
    widgets.table_with_downloads(view["trend_table"], f"trend-{indicator}", lang,
                                 key="trend_table")

# Organisers side by side.
if level == "school":
    st.subheader(t("likvardighet.organizer_heading", lang))
    st.markdown(t("likvardighet.organizer_intro", lang, n=8))
    widgets.table_with_downloads(view["organizers"], f"huvudman-{indicator}-{year}", lang, key="organizer_table")
