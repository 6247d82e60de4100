"""The tables of the Likvärdighet screen, built from the measures in `lib.indicators` and labelled in the
user's language. Pages only draw them; `python -m lib equity` prints the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from lib import schema
from lib.dataset import Dataset
from lib.i18n import column_label, t
from lib.measures import findings, indicators, need


def unit_names(frame: pd.DataFrame, level: str) -> pd.Series:
    """A readable name per row: school name (or code) for schools, municipality name (or code) otherwise."""
    if level == "school":
        names = frame["school_name"] if "school_name" in frame else pd.Series(pd.NA, index=frame.index)
        return names.astype("string").fillna(frame["school_id"].astype("string"))
    names = frame["municipality_name"] if "municipality_name" in frame else pd.Series(pd.NA, index=frame.index)
    return names.astype("string").fillna(frame["municipality_code"].astype("string"))


def scatter_points(frame: pd.DataFrame, indicator: str, year: int, level: str, unit_column: str) -> pd.DataFrame:
    """Units of `year` with need and indicator: name, need_index, value, pupils, quartile."""
    sub = frame[(frame["school_year"] == year) & frame["need_index"].notna() & frame[indicator].notna()]
    pupils = sub["pupils"] if "pupils" in sub else pd.Series(1.0, index=sub.index)
    return pd.DataFrame({"name": unit_names(sub, level), "need_index": sub["need_index"].astype(float),
                         "value": sub[indicator].astype(float), "pupils": pupils.astype(float),
                         "quartile": indicators.quartiles(sub["need_index"], sub[unit_column]).astype(int)},
                        index=sub.index)


def weight_key(indicator: str) -> str:
    """Which weighting the quartile values use, for the sentence under the table."""
    if indicator in indicators.RATIO_OF_SUMS:
        return "likvardighet.weight." + ("teacher_fte" if indicator == "pupils_per_teacher" else
                                   "pupils" if indicator == "first_teachers_per_100_pupils" else "teachers")
    return f"likvardighet.weight.{indicators.weight_column(indicator) or 'none'}"


def quartile_display(table: indicators.QuartileTable, lang: str) -> pd.DataFrame:
    """The quartile table with labelled columns."""
    rows = table.rows
    return pd.DataFrame({
        t("likvardighet.col.q", lang): [t("likvardighet.q_label", lang, q=q) for q in rows["q"]],
        t("likvardighet.col.units", lang): rows["units"].astype(int),
        t("likvardighet.col.pupils", lang): rows["pupils"],
        t("likvardighet.col.need", lang): rows["need"].round(1),
        column_label(table.indicator, lang): rows["value"].round(findings.decimals(table.indicator) + 1),
    })


def deviation_display(frame: pd.DataFrame, indicator: str, year: int, level: str, unit_column: str,
                      lang: str) -> pd.DataFrame:
    """Each unit of `year`: need, quartile, value, its organiser's average, deviation; greatest needs first."""
    sub = frame[frame["school_year"] == year]
    dev = indicators.deviation_from_organizer(sub, indicator, level)
    q = indicators.quartiles(sub["need_index"], sub[unit_column])
    group = dev["group"].where(dev["group"] != "__all__", t("likvardighet.group_all", lang))
    d = findings.decimals(indicator) + 1
    out = pd.DataFrame({
        t("likvardighet.col.unit", lang): unit_names(sub, level),
        column_label(unit_column, lang): sub[unit_column],
        t("likvardighet.col.need_index", lang): sub["need_index"].round(1),
        t("likvardighet.col.quartile", lang): q,
        column_label(indicator, lang): sub[indicator].round(d),
        t("likvardighet.col.group", lang): group,
        t("likvardighet.col.average", lang): dev["average"].round(d),
        t("likvardighet.col.deviation", lang): dev["deviation"].round(d),
        "_need": sub["need_index"],
    })
    return out.sort_values("_need", ascending=False, na_position="last").drop(columns="_need")


def trend_display(trend: pd.DataFrame, indicator: str, lang: str) -> pd.DataFrame:
    """The trend table: school year, Q1, Q4, gap, ratio, concentration index."""
    d = findings.decimals(indicator) + 1
    return pd.DataFrame({
        t("likvardighet.col.school_year", lang): [schema.school_year_label(y) for y in trend["school_year"]],
        t("likvardighet.q1_label", lang): trend["q1"].astype(float).round(d),
        t("likvardighet.q4_label", lang): trend["q4"].astype(float).round(d),
        t("likvardighet.col.gap", lang): trend["gap"].astype(float).round(d),
        t("likvardighet.col.ratio", lang): trend["ratio"].astype(float).round(3),
        t("likvardighet.col.ci", lang): trend["ci"].astype(float).round(3),
    })


def organizer_display(table: pd.DataFrame, indicator: str, lang: str) -> pd.DataFrame:
    """Organisers side by side: units, value, gap within, concentration index within."""
    d = findings.decimals(indicator) + 1
    return pd.DataFrame({
        t("common.organizer", lang): table["group"].where(table["group"] != "__all__", t("likvardighet.group_all",
                                                                                         lang)),
        t("likvardighet.col.units", lang): table["units"].astype(int),
        column_label(indicator, lang): table["value"].astype(float).round(d),
        t("likvardighet.col.gap", lang): table["gap"].astype(float).round(d),
        t("likvardighet.col.ci", lang): table["ci"].astype(float).round(3),
    })


@dataclass(frozen=True)
class EquityResult:
    """Everything `python -m lib equity` reports for one indicator and year."""

    indicator: str
    year: int
    need: str  # "ses_index" or "computed"
    table: indicators.QuartileTable
    concentration: indicators.Concentration
    below: indicators.BelowShare
    findings: list[findings.Finding]


def need_kind(frame: pd.DataFrame, year: int) -> str:
    """"ses_index" when SCB's index is the need index of `year`, otherwise "computed"."""
    methods = {m.year: m.method for m in need.need_methods(frame[frame["school_year"] == year])}
    return "ses_index" if methods.get(year) == "ses_index" else "computed"


def compute(data: Dataset, indicator: str, year: int, lang: str) -> EquityResult:
    """All equity measures of one indicator in one school year (each computed once)."""
    frame, unit = data.frame, data.unit_column
    table = indicators.need_quartiles(frame, indicator, year, unit)
    conc = indicators.concentration(frame, indicator, year)
    below = indicators.share_below_organizer(frame, indicator, year, data.level, unit)
    return EquityResult(indicator, year, need_kind(frame, year), table, conc, below,
                        findings.equity_findings(table, conc, below, data.level, lang))


def to_json(result: EquityResult) -> dict[str, Any]:
    """The JSON document of the headless command."""
    rows = result.table.rows
    return {
        "indicator": result.indicator, "school_year": result.year, "need": result.need,
        "quartiles": [{"q": int(r.q), "units": int(r.units), "pupils": r.pupils, "need": r.need, "value": r.value}
                      for r in rows.itertuples()],
        "gap": result.table.gap, "ratio": result.table.ratio, "left_out": result.table.left_out,
        "concentration_index": result.concentration.ci, "erreygers": result.concentration.erreygers,
        "high_need_below_organizer": {"below": result.below.below, "units": result.below.units,
                                      "share": result.below.share},
        "findings": [f.text for f in result.findings],
    }
