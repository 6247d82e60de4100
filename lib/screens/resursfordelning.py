"""What the Resursfördelning screen shows: per need quartile the allocation and its socioeconomic part per pupil,
qualified teachers and teacher assistants per 100 pupils, the share of the socioeconomic money that reaches the
highest-need quarter, how money and staff changed together over the years, and the findings in words — the same
figures `python -m lib funding` prints (`to_json`)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import pandas as pd

from lib import schema
from lib.cache import cached
from lib.charts import render
from lib.charts import resursfordelning as charts
from lib.dataset import Dataset
from lib.documents import board_report
from lib.i18n import column_label, fmt_int, fmt_number, fmt_pct, fmt_school_year, t
from lib.measures import funding, indicators, suppression
from lib.screens.parts import Table

ALL = ""  # the organiser choice "every unit in the data"


def scoped(data: Dataset, organizer: str | None = None, municipality: str | None = None) -> Dataset:
    """The data of one organiser, or of the units in one municipality, or all of it (neither given)."""
    if not organizer and not municipality:
        return data
    return board_report.scope_data(data, organizer or None, municipality or None)


@dataclass(frozen=True)
class Needs:
    """Whether the data can be followed: without allocation columns, the one sentence saying what is needed."""

    ok: bool
    sentence: str
    year: int | None  # the latest school year with both an allocation and a need index: the screen opens on it


@cached("resursfordelning")
def needs(data: Dataset, lang: str) -> Needs:
    """Whether the data has an allocation (total or socioeconomic) per unit and year, and the year to open on."""
    if funding.has_funding(data.frame) and "need_index" in data.frame and "pupils" in data.frame:
        with_need = set(data.frame.loc[data.frame["need_index"].notna(), "school_year"].astype(int))
        years = [y for y in funding.years_with_funding(data.frame) if y in with_need]
        return Needs(True, "", years[-1] if years else None)
    return Needs(False, t("resursfordelning.needs", lang, allocation=column_label("allocation_sek", lang),
                          ses=column_label("ses_allocation_sek", lang),
                          assistants=column_label("assistant_fte", lang)), None)


@cached("resursfordelning")
def organizer_choices(data: Dataset, year: int, lang: str) -> dict[str, str]:
    """The organisers with an allocation in `year` → their labels, "every unit" first."""
    rows = funding.usable_rows(data.frame, year)
    names = sorted(rows["organizer"].dropna().astype(str).unique()) if "organizer" in rows else []
    return {ALL: t("resursfordelning.all_units", lang), **{n: n for n in names}}


@dataclass(frozen=True)
class FundingView:
    """The screen for one scope and year: findings, the quartile table, the charts and their text alternatives,
    the trend, the change table and the per-unit table (under the small-number rule)."""

    year: int
    findings: tuple[str, ...]
    table: Table
    money_chart: dict[str, Any]
    money_alt: str
    staff_chart: dict[str, Any]
    staff_alt: str
    trend_chart: dict[str, Any] | None
    trend_alt: str
    trend_table: Table
    change_table: Table
    units: Table
    left_out: str | None


def _q(k: int, lang: str) -> str:
    return t("resursfordelning.q_label", lang, q=k)


def quartile_display(table: funding.FundingTable, lang: str) -> pd.DataFrame:
    """The quartile table in words: quartile, units, pupils and the four measures, rounded."""
    rows = table.rows
    return pd.DataFrame({
        t("resursfordelning.col.q", lang): rows["q"].map(lambda k: _q(int(k), lang)),
        t("resursfordelning.col.units", lang): rows["units"].astype(int),
        column_label("pupils", lang): rows["pupils"].round(0),
        **{t(f"resursfordelning.col.{m}", lang): rows[m].round(0 if m.endswith("per_pupil") else 2)
           for m in funding.MEASURES}})


def findings(table: funding.FundingTable, change: funding.Change | None, lang: str) -> tuple[str, ...]:
    """The figures in words, neutral and without causal claims: where the socioeconomic money goes, what each
    quarter has per pupil, and how money and staff changed together."""
    out: list[str] = []
    by_q = table.rows.set_index("q")
    year = fmt_school_year(table.year, lang)
    if table.ses_share_q4 is not None:
        out.append(t("resursfordelning.finding_share", lang, year=year, share=fmt_pct(table.ses_share_q4, lang, 0),
                     pupils=fmt_pct(table.pupil_share_q4, lang, 0)))
    q1, q4 = by_q.loc[1], by_q.loc[4]
    if pd.notna(q1["allocation_per_pupil"]) and pd.notna(q4["allocation_per_pupil"]):
        out.append(t("resursfordelning.finding_allocation", lang, q4=fmt_int(q4["allocation_per_pupil"], lang),
                     q1=fmt_int(q1["allocation_per_pupil"], lang)))
    if pd.notna(q1["qualified_fte_per_100_pupils"]) and pd.notna(q4["qualified_fte_per_100_pupils"]):
        key = "resursfordelning.finding_staff" if pd.notna(q4["assistant_fte_per_100_pupils"]) \
            else "resursfordelning.finding_qualified"
        out.append(t(key, lang, q4=fmt_number(q4["qualified_fte_per_100_pupils"], lang, 1),
                     q1=fmt_number(q1["qualified_fte_per_100_pupils"], lang, 1),
                     a4=fmt_number(q4["assistant_fte_per_100_pupils"], lang, 1),
                     a1=fmt_number(q1["assistant_fte_per_100_pupils"], lang, 1)))
    if change is not None:
        groups = change.groups.set_index("group")
        rose = groups.loc["rose"]
        if rose["units"] and pd.notna(rose["d_qualified_per_100"]) and pd.notna(rose["d_assistants_per_100"]):
            out.append(t("resursfordelning.finding_change", lang, n=fmt_int(rose["units"], lang),
                         first=fmt_school_year(change.first, lang), last=fmt_school_year(change.last, lang),
                         ses=_signed(rose["d_ses_per_pupil"], lang, 0),
                         qualified=_signed(rose["d_qualified_per_100"], lang, 2),
                         assistants=_signed(rose["d_assistants_per_100"], lang, 2)))
    out.append(t("resursfordelning.finding_caution", lang))
    return tuple(out)


def _signed(value: float, lang: str, decimals: int) -> str:
    """A change with its sign always written ("+1,2", "−0,4")."""
    text = fmt_number(value, lang, decimals)
    return text if text.startswith(("−", "-")) or not value else "+" + text


def change_display(change: funding.Change, lang: str) -> pd.DataFrame:
    """The change table in words: the two groups of units, how many, and each measure's change."""
    g = change.groups
    return pd.DataFrame({
        t("resursfordelning.col.group", lang): g["group"].map(lambda x: t(f"resursfordelning.group.{x}", lang)),
        t("resursfordelning.col.units", lang): g["units"].astype(int),
        t("resursfordelning.col.d_ses", lang): g["d_ses_per_pupil"].round(0),
        t("resursfordelning.col.d_qualified", lang): g["d_qualified_per_100"].round(2),
        t("resursfordelning.col.d_assistants", lang): g["d_assistants_per_100"].round(2)})


def unit_rows(data: Dataset, year: int, lang: str) -> pd.DataFrame:
    """Each unit's own figures of `year` (name, need quartile, pupils, the four measures), units under the
    small-number rule reading "för få" (`suppression.for_people`)."""
    rows = funding.usable_rows(data.frame, year)
    quartile = indicators.quartiles(rows["need_index"], rows[data.unit_column])
    frame = pd.DataFrame({"name": indicators.display_names(rows, data.level), "q": quartile,
                          "pupils": rows["pupils"], "teacher_fte": rows.get("teacher_fte")},
                         index=rows.index).join(funding.unit_values(rows).round(
                             {m: 0 if m.endswith("per_pupil") else 2 for m in funding.MEASURES}))
    frame = frame.sort_values("name")
    shown = suppression.for_people(frame, lang, suppression.small(rows).reindex(frame.index))
    return shown.rename(columns={"name": t("resursfordelning.col.unit", lang), "q": t("resursfordelning.col.q", lang),
                                 "pupils": column_label("pupils", lang),
                                 "teacher_fte": column_label("teacher_fte", lang),
                                 **{m: t(f"resursfordelning.col.{m}", lang) for m in funding.MEASURES}})


def _trend_long(trend: pd.DataFrame, lang: str) -> pd.DataFrame:
    years = trend["school_year"].map(schema.school_year_label)
    parts = [pd.DataFrame({"year": years, "value": trend[f"{m}_q4"], "series": t(f"resursfordelning.series.{m}", lang)})
             for m in ("qualified_fte_per_100_pupils", "assistant_fte_per_100_pupils")]
    return pd.concat(parts, ignore_index=True).dropna()


def trend_display(trend: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Per school year the highest-need quarter's measures and its share of the socioeconomic money."""
    return pd.DataFrame({
        t("common.school_year", lang): trend["school_year"].map(schema.school_year_label),
        t("resursfordelning.col.ses_q4", lang): trend["ses_allocation_per_pupil_q4"].round(0),
        t("resursfordelning.col.qualified_q4", lang): trend["qualified_fte_per_100_pupils_q4"].round(2),
        t("resursfordelning.col.assistants_q4", lang): trend["assistant_fte_per_100_pupils_q4"].round(2),
        t("resursfordelning.col.ses_share_q4", lang): trend["ses_share_q4"].round(1)})


def compute(data: Dataset, year: int) -> tuple[funding.FundingTable, funding.Change | None, pd.DataFrame]:
    """The quartile table of `year`, the change from the first year with an allocation to `year` (None with one
    year), and the trend."""
    table = funding.quartile_table(data.frame, year, data.unit_column)
    years = [y for y in funding.years_with_funding(data.frame) if y <= year]
    change = funding.change(data.frame, data.unit_column, years[0], year) if len(years) > 1 else None
    return table, change, funding.trend(data.frame, data.unit_column)


@cached("resursfordelning")
def view(data: Dataset, year: int, organizer: str, lang: str, source: str) -> FundingView:
    """The screen for `year` and one organiser's units (`ALL`: every unit), ready to draw."""
    scope = scoped(data, organizer or None)
    table, change, trend = compute(scope, year)
    quartile_title = t("resursfordelning.col.q", lang)
    money = table.rows.assign(quartile=table.rows["q"].map(lambda k: _q(int(k), lang)),
                              value=table.rows["ses_allocation_per_pupil"])[["quartile", "value"]].dropna()
    money_chart = charts.money_bars(money, t("resursfordelning.col.ses_allocation_per_pupil", lang), quartile_title,
                                    t("resursfordelning.money_title", lang, year=fmt_school_year(year, lang)),
                                    source, lang)
    staff = pd.concat([pd.DataFrame({"quartile": table.rows["q"].map(lambda k: _q(int(k), lang)),
                                     "series": t(f"resursfordelning.series.{m}", lang), "value": table.rows[m]})
                       for m in ("qualified_fte_per_100_pupils", "assistant_fte_per_100_pupils")],
                      ignore_index=True).dropna()
    staff_chart = charts.staff_bars(staff, t("resursfordelning.per_100", lang), quartile_title,
                                    t("resursfordelning.staff_title", lang, year=fmt_school_year(year, lang)),
                                    source, lang)
    long = _trend_long(trend, lang)
    trend_chart = render.ready(charts.staff_trend(long, t("resursfordelning.per_100", lang),
                                                  t("common.school_year", lang),
                                                  t("resursfordelning.trend_title", lang), source, lang)) \
        if long["year"].nunique() > 1 else None
    by_q = table.rows.set_index("q")
    money_alt = t("resursfordelning.money_alt", lang, q1=fmt_int(by_q.loc[1, "ses_allocation_per_pupil"], lang),
                  q4=fmt_int(by_q.loc[4, "ses_allocation_per_pupil"], lang))
    staff_alt = t("resursfordelning.staff_alt", lang,
                  q1=fmt_number(by_q.loc[1, "qualified_fte_per_100_pupils"], lang, 1),
                  q4=fmt_number(by_q.loc[4, "qualified_fte_per_100_pupils"], lang, 1),
                  a1=fmt_number(by_q.loc[1, "assistant_fte_per_100_pupils"], lang, 1),
                  a4=fmt_number(by_q.loc[4, "assistant_fte_per_100_pupils"], lang, 1))
    left = t("resursfordelning.left_out", lang, n=table.left_out) if table.left_out else None
    return FundingView(year, findings(table, change, lang), Table.of(quartile_display(table, lang)),
                       render.ready(money_chart), money_alt, render.ready(staff_chart), staff_alt, trend_chart,
                       t("resursfordelning.trend_alt", lang), Table.of(trend_display(trend, lang)),
                       Table.of(change_display(change, lang) if change is not None else pd.DataFrame()),
                       Table.of(unit_rows(scope, year, lang)), left)


def to_json(data: Dataset, year: int, lang: str) -> dict[str, Any]:
    """The figures of `python -m lib funding`: the quartiles, the share of the socioeconomic money in Q4
    (percent), its share of the pupils, the change over the years and the findings — aggregates only."""
    table, change, trend = compute(data, year)
    quartiles = [{"q": int(r.q), "units": int(r.units), "pupils": _num(r.pupils),
                  **{m: _num(getattr(r, m)) for m in funding.MEASURES}} for r in table.rows.itertuples()]
    doc: dict[str, Any] = {"year": year, "level": data.level, "quartiles": quartiles,
                           "ses_share_q4": table.ses_share_q4, "pupil_share_q4": table.pupil_share_q4,
                           "left_out": table.left_out, "findings": list(findings(table, change, lang))}
    if change is not None:
        doc["change"] = {"first": change.first, "last": change.last,
                         "groups": [{k: (_num(v) if isinstance(v, float) else v) for k, v in row.items()}
                                    for row in change.groups.to_dict("records")]}
    doc["trend"] = [{k: _num(v) if isinstance(v, float) else v for k, v in row.items()}
                    for row in trend.to_dict("records")]
    return doc


def _num(value: object) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)
