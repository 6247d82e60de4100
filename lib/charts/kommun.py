"""Charts of the Kommun screen: one municipality's trend beside all municipalities and those with similar needs,
and the need-quartile gap over the school years; both mark the known breaks in the statistics."""

from __future__ import annotations

import altair as alt
import pandas as pd

from lib.charts import CATEGORICAL, titled
from lib.i18n import fmt_school_year, t


def _breaks_layer(breaks: tuple[tuple[int, str], ...], order: list[str], lang: str) -> alt.Chart | None:
    """Dashed vertical rules at the break years, the break in the tooltip."""
    if not breaks:
        return None
    marks = pd.DataFrame([{"year_label": fmt_school_year(y, lang), "note": t(key, lang)} for y, key in breaks])
    return alt.Chart(marks).mark_rule(strokeDash=[4, 4], color="#777777").encode(
        x=alt.X("year_label:O", sort=order), tooltip=alt.Tooltip("note:N", title=t("kommun.break_title", lang)))


def _lines(long: pd.DataFrame, order: list[str], value_title: str, series_title: str, lang: str) -> alt.Chart:
    return alt.Chart(long).mark_line(point=True).encode(
        x=alt.X("year_label:O", title=t("kommun.col.school_year", lang), sort=order, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value:Q", title=value_title, scale=alt.Scale(zero=False)),
        color=alt.Color("series:N", title=None, sort=None, scale=alt.Scale(scheme=CATEGORICAL)),
        strokeDash=alt.StrokeDash("series:N", title=None, sort=None),  # the series differ without colour too
        tooltip=[alt.Tooltip("series:N", title=series_title),
                 alt.Tooltip("year_label:O", title=t("kommun.col.school_year", lang)),
                 alt.Tooltip("value:Q", title=value_title, format=".2f")],
    )


def _long(trend: pd.DataFrame, series: dict[str, str], lang: str) -> pd.DataFrame:
    parts = [pd.DataFrame({"year": trend["school_year"].astype(int), "value": trend[col].astype(float),
                           "series": name}) for col, name in series.items()]
    long = pd.concat(parts).dropna(subset=["value"])
    long["year_label"] = long["year"].map(lambda y: fmt_school_year(int(y), lang))
    return long


def _trend_lines(trend: pd.DataFrame, series: dict[str, str], value_title: str, legend: str,
                 breaks: tuple[tuple[int, str], ...], lang: str, height: int) -> alt.LayerChart:
    """Lines of `series` (column → name) over the school years, with the statistic breaks marked."""
    long = _long(trend, series, lang)
    order = [fmt_school_year(int(y), lang) for y in trend["school_year"]]
    layers = [_lines(long, order, value_title, legend, lang)]
    rules = _breaks_layer(breaks, order, lang)
    if rules is not None:
        layers.append(rules)
    return alt.layer(*layers).properties(height=height)


def unit_trend(trend: pd.DataFrame, indicator: str, value_title: str, name: str,
               breaks: tuple[tuple[int, str], ...], lang: str, source: str) -> alt.TopLevelMixin:
    """The municipality's value (left out in years under the small-number rule), all municipalities' and those
    with similar needs' over the school years (`municipalities.unit_trend`)."""
    series = {"own": name, "all": t("kommun.series_all", lang), "peers": t("kommun.series_peers", lang)}
    chart = _trend_lines(trend, series, value_title, t("kommun.series", lang), breaks, lang, 280)
    return titled(chart, t("kommun.trend_title", lang, label=value_title, name=name), source, lang)


def gap_trend(trend: pd.DataFrame, value_title: str, breaks: tuple[tuple[int, str], ...], lang: str,
              source: str) -> alt.TopLevelMixin:
    """The lowest-need (Q1) and highest-need (Q4) quarter of municipalities over the school years
    (`indicators.trend`), the gap between them in the tooltip table."""
    series = {"q1": t("kommun.q1", lang), "q4": t("kommun.q4", lang)}
    chart = _trend_lines(trend, series, value_title, t("kommun.col.quartile", lang), breaks, lang, 280)
    return titled(chart, t("kommun.gap_title", lang, label=value_title), source, lang)


def sides_trend(trend: pd.DataFrame, series: dict[str, str], value_title: str, name: str,
                breaks: tuple[tuple[int, str], ...], lang: str, source: str) -> alt.TopLevelMixin:
    """A municipality's municipal and independent organisers over the school years (`series`: column → name; a
    side under the small-number rule is left out of its year)."""
    chart = _trend_lines(trend, series, value_title, t("kommun.series", lang), breaks, lang, 260)
    return titled(chart, t("kommun.sides_title", lang, label=value_title, name=name), source, lang)
