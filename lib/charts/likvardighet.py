"""Charts of the Likvärdighet screen: need against a resource (with the pupil-weighted trend), the quartile
bars and the quartile lines over school years with the known breaks in the statistics marked."""

from __future__ import annotations

import altair as alt
import pandas as pd

from lib import schema
from lib.charts import CATEGORICAL, SEQUENTIAL, titled
from lib.i18n import column_label, fmt_school_year, t

# Known breaks in the statistics (DESIGN "Trust and privacy"): start year → i18n key.
BREAKS: dict[int, str] = {2020: "likvardighet.break.2020", 2024: "likvardighet.break.2024"}


def _fmt(indicator: str) -> str:
    return ".2f" if schema.BY_NAME[indicator].kind == "rate" else ".1f"


def scatter(points: pd.DataFrame, indicator: str, year: int, lang: str, source: str,
            trend: tuple[float, float] | None) -> alt.TopLevelMixin:
    """Need index (x) against the indicator (y); dot size = pupils; colour = need quartile; trend line.

    `points` has columns name, need_index, value, pupils, quartile (1–4).
    """
    label = column_label(indicator, lang)
    need_label = column_label("need_index", lang)
    data = points.assign(quartile_label=points["quartile"].map(lambda q: t("likvardighet.q_label", lang, q=q)))
    dots = alt.Chart(data).mark_circle(opacity=0.7, stroke="white", strokeWidth=0.5).encode(
        x=alt.X("need_index:Q", title=need_label, scale=alt.Scale(zero=False)),
        y=alt.Y("value:Q", title=label, scale=alt.Scale(zero=False)),
        # No size legend: it made the chart taller than its frame and clipped the title; the text alternative
        # under the chart says that dot size is the number of pupils.
        size=alt.Size("pupils:Q", title=column_label("pupils", lang), scale=alt.Scale(range=[15, 300]), legend=None),
        color=alt.Color("quartile_label:N", title=t("likvardighet.col.q", lang), scale=alt.Scale(scheme=SEQUENTIAL)),
        tooltip=[alt.Tooltip("name:N", title=t("likvardighet.col.unit", lang)),
                 alt.Tooltip("need_index:Q", title=need_label, format=".0f"),
                 alt.Tooltip("value:Q", title=label, format=_fmt(indicator)),
                 alt.Tooltip("pupils:Q", title=column_label("pupils", lang), format=",.0f")],
    )
    layers: list[alt.Chart] = [dots]
    if trend is not None and len(points):
        a, b = trend
        lo, hi = float(points["need_index"].min()), float(points["need_index"].max())
        line = pd.DataFrame({"need_index": [lo, hi], "value": [a + b * lo, a + b * hi],
                             "series": [t("likvardighet.trend_line", lang)] * 2})
        layers.append(alt.Chart(line).mark_line(color="#d62728", strokeWidth=2.5).encode(
            x="need_index:Q", y="value:Q", strokeDash=alt.StrokeDash("series:N", title=None)))
    chart = alt.layer(*layers).properties(height=380)
    return titled(chart, t("likvardighet.scatter_title", lang, indicator=label, year=fmt_school_year(year, lang)),
                  source,
                  lang)


def quartile_bars(rows: pd.DataFrame, indicator: str, year: int, lang: str, source: str) -> alt.TopLevelMixin:
    """One bar per need quartile (Q1 least needs … Q4 greatest), value printed on the bar."""
    label = column_label(indicator, lang)
    data = rows.assign(quartile_label=rows["q"].map(lambda q: t("likvardighet.q_label", lang, q=q)))
    base = alt.Chart(data).encode(
        x=alt.X("quartile_label:N", title=t("likvardighet.col.q", lang), sort=None, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value:Q", title=label),
    )
    bars = base.mark_bar(color="#3b6ea8")
    text = base.mark_text(dy=-6, fontSize=12).encode(text=alt.Text("value:Q", format=_fmt(indicator)))
    chart = alt.layer(bars, text).properties(height=260)
    return titled(chart, t("likvardighet.quartile_title", lang, indicator=label, year=fmt_school_year(year, lang)),
                  source, lang)


def trend_lines(trend: pd.DataFrame, indicator: str, lang: str, source: str) -> alt.TopLevelMixin:
    """Quartile 1 and quartile 4 over school years; vertical rules at the known breaks inside the range."""
    label = column_label(indicator, lang)
    long = pd.concat([
        pd.DataFrame({"year": trend["school_year"], "value": trend["q1"], "series": t("likvardighet.q1_label", lang)}),
        pd.DataFrame({"year": trend["school_year"], "value": trend["q4"], "series": t("likvardighet.q4_label", lang)}),
    ]).dropna(subset=["value"])
    long["year_label"] = long["year"].map(lambda y: fmt_school_year(int(y), lang))
    order = [fmt_school_year(int(y), lang) for y in trend["school_year"]]
    lines = alt.Chart(long).mark_line(point=True).encode(
        x=alt.X("year_label:O", title=t("likvardighet.col.school_year", lang), sort=order, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value:Q", title=label, scale=alt.Scale(zero=False)),
        color=alt.Color("series:N", title=None, scale=alt.Scale(scheme=CATEGORICAL)),
        tooltip=[alt.Tooltip("series:N", title=t("likvardighet.col.q", lang)),
                 alt.Tooltip("year_label:O", title=t("likvardighet.col.school_year", lang)),
                 alt.Tooltip("value:Q", title=label, format=_fmt(indicator))],
    )
    years = set(int(y) for y in trend["school_year"])
    marks = pd.DataFrame([{"year_label": fmt_school_year(y, lang), "note": t(key, lang)}
                          for y, key in BREAKS.items() if y in years])
    layers: list[alt.Chart] = [lines]
    if not marks.empty:
        layers.append(alt.Chart(marks).mark_rule(strokeDash=[4, 4], color="#777777").encode(
            x=alt.X("year_label:O", sort=order), tooltip=alt.Tooltip("note:N", title=t("likvardighet.breaks", lang,
                                                                                          breaks="").rstrip(": "))))
    chart = alt.layer(*layers).properties(height=280)
    return titled(chart, t("likvardighet.trend_title", lang, indicator=label), source, lang)


def breaks_in(years: list[int]) -> list[int]:
    """The known breaks that fall inside the shown school years."""
    return [y for y in BREAKS if y in set(years)]
