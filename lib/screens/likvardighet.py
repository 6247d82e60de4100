"""What the Likvärdighet screen shows — findings, scatter, need quartiles, concentration, each unit against its
organiser's average, trends and organisers side by side — built from `lib.measures.indicators`, labelled and
formatted in the user's language. The page only draws it; `python -m lib equity` prints the same figures
(`compute`, `to_json`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from lib import schema
from lib.cache import cached
from lib.dataset import Dataset
from lib.i18n import column_label, fmt_number, fmt_school_year, t
from lib.measures import findings, indicators, need, suppression
from lib.screens import om
from lib.screens.parts import Table

if TYPE_CHECKING:  # the profiles (scikit-learn) load only when a grouping is shown, not for `python -m lib equity`
    from lib.screens.profiler import Grouping


def indicator_options(data: Dataset) -> list[str]:
    """The indicators the screen can compare against need (none when the data has no need index)."""
    if not data.present(["need_index"]):
        return []
    return data.present([*schema.RESOURCE_INDICATORS, *schema.OUTCOME_INDICATORS])


def scatter_points(data: Dataset, indicator: str, year: int) -> pd.DataFrame:
    """Units of `year` with need and indicator: name, need_index, value, pupils, quartile, and `small` (under the
    small-number rule: counted in the trend line, left out of the drawn scatter, "för få" in its table)."""
    sub = data.year_frame(year)
    sub = sub[sub["need_index"].notna() & sub[indicator].notna()]
    pupils = sub["pupils"] if "pupils" in sub else pd.Series(1.0, index=sub.index)
    return pd.DataFrame({"name": indicators.display_names(sub, data.level),
                         "need_index": sub["need_index"].astype(float),
                         "value": sub[indicator].astype(float), "pupils": pupils.astype(float),
                         "quartile": indicators.quartiles(sub["need_index"], sub[data.unit_column]).astype(int),
                         suppression.FLAG: suppression.small(sub)},
                        index=sub.index)


def drawn_points(points: pd.DataFrame) -> pd.DataFrame:
    """The scatter's points a chart may draw: a unit under the small-number rule is left out, since its position
    would give its values away."""
    return points[~points[suppression.FLAG]] if suppression.FLAG in points else points


def points_display(points: pd.DataFrame, indicator: str, lang: str) -> pd.DataFrame:
    """The scatter's points as the table under the chart: unit, need index, value, pupils, quartile; a unit under
    the small-number rule keeps its name and shows "för få"."""
    d = findings.decimals(indicator) + 1
    shown = suppression.for_people(pd.DataFrame({
        "name": points["name"], "need_index": points["need_index"].round(1), "value": points["value"].round(d),
        "pupils": points["pupils"], "quartile": points["quartile"]}, index=points.index), lang,
        mask=points.get(suppression.FLAG))
    return shown.rename(columns={
        "name": t("likvardighet.col.unit", lang), "need_index": column_label("need_index", lang),
        "value": column_label(indicator, lang), "pupils": column_label("pupils", lang),
        "quartile": t("likvardighet.col.quartile", lang)})


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


def deviation_rows(data: Dataset, indicator: str, year: int) -> pd.DataFrame:
    """Each unit of `year`, language-free: id, name, need_index, quartile, value, group (its organiser, or
    "__all__"), average (the group's, counting every unit), deviation, and `small` (under the small-number
    rule) and `small_group` (the group's units together fall under it, so its average is not shown). The units
    under the rule come last (their place in a need order would give their need away), the others greatest need
    first."""
    sub, level, unit_column = data.year_frame(year), data.level, data.unit_column
    dev = indicators.deviation_from_organizer(sub, indicator, level)
    hidden_groups = suppression.small_groups(sub, dev["group"])
    out = pd.DataFrame({
        "id": sub[unit_column].astype("string"), "name": indicators.display_names(sub, level),
        "need_index": sub["need_index"].astype(float), "quartile": indicators.quartiles(sub["need_index"],
                                                                                       sub[unit_column]),
        "value": pd.to_numeric(sub[indicator], errors="coerce"), "group": dev["group"], "average": dev["average"],
        "deviation": dev["deviation"], suppression.FLAG: suppression.small(sub),
        "small_group": dev["group"].astype(str).isin(hidden_groups)}, index=sub.index)
    out["_need"] = out["need_index"].where(~out[suppression.FLAG])
    return out.sort_values([suppression.FLAG, "_need", "name"], ascending=[True, False, True],
                           na_position="last").drop(columns="_need")


def deviation_display(data: Dataset, indicator: str, year: int, lang: str) -> pd.DataFrame:
    """Each unit of `year`: need, quartile, value, its organiser's average, deviation; greatest needs first, the
    units under the small-number rule last with their name and "för få" (their organiser's average stays: it is
    the organiser's figure, the same in every row of it)."""
    rows, unit_column = deviation_rows(data, indicator, year), data.unit_column
    d = findings.decimals(indicator) + 1
    table = pd.DataFrame({
        "name": rows["name"], unit_column: rows["id"], "need_index": rows["need_index"].round(1),
        "quartile": rows["quartile"], "value": rows["value"].round(d),
        "group": rows["group"].where(rows["group"] != "__all__", t("likvardighet.group_all", lang)),
        "average": rows["average"].round(d), "deviation": rows["deviation"].round(d)}, index=rows.index)
    shown = suppression.for_people(table, lang, mask=rows[suppression.FLAG], decisions=("group", "average"))
    shown = suppression.for_people(shown, lang, mask=rows["small_group"], decisions=tuple(c for c in shown
                                                                                        if c != "average"))
    return shown.rename(columns={
        "name": t("likvardighet.col.unit", lang), unit_column: column_label(unit_column, lang),
        "need_index": t("likvardighet.col.need_index", lang), "quartile": t("likvardighet.col.quartile", lang),
        "value": column_label(indicator, lang), "group": t("likvardighet.col.group", lang),
        "average": t("likvardighet.col.average", lang), "deviation": t("likvardighet.col.deviation", lang)})


def units_json(data: Dataset, indicator: str, year: int) -> list[dict[str, Any]]:
    """The deviation table for headless JSON: per unit its id, name, organiser, need index, quartile, value,
    organiser's average and deviation; a unit under the small-number rule has `small: true` and null values."""
    out = []
    for r in deviation_rows(data, indicator, year).itertuples():
        hidden = bool(getattr(r, suppression.FLAG))

        def value(v: object, hidden: bool = hidden) -> object:
            return suppression.json_value(None if pd.isna(v) else float(v), hidden)

        out.append({"id": r.id, "name": r.name, "organizer": None if r.group == "__all__" else r.group,
                    "small": hidden, "need_index": value(r.need_index),
                    "quartile": suppression.json_value(None if pd.isna(r.quartile) else int(r.quartile), hidden),
                    "value": value(r.value), "organizer_average": suppression.json_value(
                        None if pd.isna(r.average) else float(r.average), bool(r.small_group)),
                    "deviation": value(r.deviation)})
    return out


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


def organizer_display(table: pd.DataFrame, indicator: str, lang: str,
                      hidden: frozenset[str] = frozenset()) -> pd.DataFrame:
    """Organisers side by side: units, value, gap within, concentration index within. An organiser in `hidden`
    (its units together fall under the small-number rule: its figures are one small school's) shows "för få".
    Sorted by what the comparison is about: all organisers together first, then the largest gap (either sign)
    first; organisers without a gap, and hidden ones (whose place would tell their size), last."""
    d = findings.decimals(indicator) + 1
    table = gap_order(table, hidden)
    shown = suppression.for_people(pd.DataFrame({
        "group": table["group"].where(table["group"] != "__all__", t("likvardighet.group_all", lang)),
        "units": table["units"].astype(int), "value": table["value"].astype(float).round(d),
        "gap": table["gap"].astype(float).round(d), "ci": table["ci"].astype(float).round(3),
    }), lang, mask=table["group"].astype(str).isin(hidden), decisions=("group", "units"))
    return shown.rename(columns={
        "group": t("common.organizer", lang), "units": t("likvardighet.col.units", lang),
        "value": column_label(indicator, lang), "gap": t("likvardighet.col.gap", lang),
        "ci": t("likvardighet.col.ci", lang)})


def gap_order(table: pd.DataFrame, hidden: frozenset[str] = frozenset()) -> pd.DataFrame:
    """The organiser rows in the order of `organizer_display`: "__all__" first, then by |gap| descending (name
    breaking ties), rows without a gap or in `hidden` last."""
    gap = table["gap"].astype(float).abs()
    last = gap.isna() | table["group"].astype(str).isin(hidden)
    key = pd.DataFrame({"all": table["group"] != "__all__", "last": last, "gap": -gap.fillna(0).where(~last, 0),
                        "name": table["group"].astype(str)}, index=table.index)
    return table.loc[key.sort_values(["all", "last", "gap", "name"]).index].reset_index(drop=True)


def hidden_organizers(data: Dataset, year: int) -> frozenset[str]:
    """The comparison groups of `year` whose units together fall under the small-number rule."""
    sub = data.year_frame(year)
    return suppression.small_groups(sub, indicators.organizer_groups(sub, data.level))


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


def need_kind(data: Dataset, year: int) -> str:
    """"ses_index" when SCB's index is the need index of `year`, otherwise "computed"."""
    methods = {m.year: m.method for m in need.need_methods(data.year_frame(year))}
    return "ses_index" if methods.get(year) == "ses_index" else "computed"


def compute(data: Dataset, indicator: str, year: int, lang: str) -> EquityResult:
    """All equity measures of one indicator in one school year (each computed once): the screen's `view` and
    the `equity` command both start here."""
    frame, unit = data.frame, data.unit_column
    table = indicators.need_quartiles(frame, indicator, year, unit)
    conc = indicators.concentration(frame, indicator, year)
    below = indicators.share_below_organizer(frame, indicator, year, data.level, unit)
    return EquityResult(indicator, year, need_kind(data, year), table, conc, below,
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


@dataclass(frozen=True)
class Figures:
    """The language-free figures behind the scatter and the trend: the units of the year with their need
    quartile, the pupil-weighted trend line (intercept, slope) and the quartiles per school year (None with a
    single school year)."""

    points: pd.DataFrame
    trend_line: tuple[float, float] | None
    over_time: pd.DataFrame | None


@cached("likvardighet")
def figures(data: Dataset, indicator: str, year: int) -> Figures:
    """The scatter's points, its trend line and the quartiles over school years, for one indicator and year."""
    points = scatter_points(data, indicator, year)
    over_time = indicators.trend(data.frame, indicator, data.unit_column) if len(data.school_years) > 1 else None
    return Figures(points, indicators.weighted_trend(points["need_index"], points["value"], points["pupils"]),
                   over_time)


@dataclass(frozen=True)
class OverTime:
    """The "over time" section: its table, its chart's text alternative and the known breaks in the years shown."""

    table: Table
    alt_text: str
    breaks: str | None


@dataclass(frozen=True)
class Files:
    """Download file names (without extension) of the screen's charts and tables."""

    scatter: str
    quartiles: str
    deviation: str
    trend: str
    organizers: str


@dataclass(frozen=True)
class EquityView:
    """Everything the Likvärdighet screen shows for one indicator and year, formatted in one language."""

    result: EquityResult
    findings: tuple[str, ...]
    no_findings: str | None  # said instead of the findings when there are none
    context_note: str | None  # the inspectorate's "about 70 %" as context (school level only)
    need_sentences: tuple[str, ...]
    scatter_alt: str
    points_table: Table
    quartile_intro: str
    gap: str
    ratio: str
    ci: str
    quartile_alt: str
    quartile_table: Table
    left_out: str | None
    deviation_intro: str
    deviation_table: Table
    over_time: OverTime | None  # None with a single school year
    organizer_intro: str | None  # the organisers' section, school level only
    organizer_table: Table | None
    files: Files


def trend_alt(over_time: pd.DataFrame, indicator: str, years: list[int], lang: str) -> str:
    """The trend chart's text alternative: the years shown and the gap in the first and the latest year, naming
    the years when the gap is missing at either end (earlier years read from year columns can lack the need)."""
    gaps = over_time.set_index("school_year")["gap"].dropna()
    d = findings.decimals(indicator)
    shown = t("likvardighet.year_range", lang, first=fmt_school_year(years[0]), last=fmt_school_year(years[-1]))
    if gaps.empty:
        return t("likvardighet.trend_alt_none", lang, years=shown)
    if len(gaps) == 1:
        return t("likvardighet.trend_alt_one", lang, years=shown, year=fmt_school_year(int(gaps.index[0])),
                 gap=fmt_number(gaps.iloc[0], lang, d))
    first, last = fmt_number(gaps.iloc[0], lang, d), fmt_number(gaps.iloc[-1], lang, d)
    if (int(gaps.index[0]), int(gaps.index[-1])) == (years[0], years[-1]):
        return t("likvardighet.trend_alt", lang, years=shown, first=first, last=last)
    return t("likvardighet.trend_alt_years", lang, years=shown, first=first, last=last,
             first_year=fmt_school_year(int(gaps.index[0])), last_year=fmt_school_year(int(gaps.index[-1])))


def breaks_note(years: list[int], lang: str) -> str | None:
    """"Brott i statistiken: …" for the known breaks inside the school years shown; None when there are none."""
    from lib.charts import likvardighet as charts

    breaks = charts.breaks_in(years)
    if not breaks:
        return None
    return t("likvardighet.breaks", lang, breaks="; ".join(t(charts.BREAKS[y], lang) for y in breaks))


@cached("likvardighet")
def view(data: Dataset, indicator: str, year: int, lang: str) -> EquityView:
    """Everything the Likvärdighet screen shows for one indicator and year."""
    level = data.level
    fig = figures(data, indicator, year)
    result = compute(data, indicator, year, lang)
    table, d = result.table, findings.decimals(indicator)
    label = column_label(indicator, lang)
    slope = fmt_number(fig.trend_line[1] * 10, lang, 2) if fig.trend_line else "–"  # per 10 index points
    over_time = None
    if fig.over_time is not None:
        over_time = OverTime(Table.of(trend_display(fig.over_time, indicator, lang)),
                             trend_alt(fig.over_time, indicator, data.school_years, lang),
                             breaks_note(data.school_years, lang))
    schools = level == "school"
    return EquityView(
        result=result,
        findings=tuple(f.text for f in result.findings),
        no_findings=None if result.findings else t("likvardighet.no_findings", lang,
                                                   indicator=findings.plain_label(indicator, lang),
                                                   year=fmt_school_year(year, lang)),
        context_note=t("likvardighet.context_70", lang) if schools and result.below.share is not None else None,
        need_sentences=tuple(om.need_sentences(data, lang)),
        scatter_alt=" ".join(filter(None, (t("likvardighet.scatter_alt", lang,
                                             indicator=findings.plain_label(indicator, lang), slope=slope),
                                           suppression.left_out(int(fig.points[suppression.FLAG].sum()), lang)))),
        points_table=Table.of(points_display(fig.points, indicator, lang)),
        quartile_intro=t("likvardighet.quartile_intro", lang, weight=t(weight_key(indicator), lang)),
        gap=fmt_number(table.gap, lang, d),
        ratio=fmt_number(table.ratio, lang, 2),
        ci=fmt_number(result.concentration.ci, lang, 3),
        quartile_alt=t("likvardighet.quartile_alt", lang, indicator=label,
                       values=", ".join(fmt_number(v, lang, d) for v in table.rows["value"])),
        quartile_table=Table.of(quartile_display(table, lang)),
        left_out=(t("likvardighet.left_out_one", lang) if table.left_out == 1
                  else t("likvardighet.left_out", lang, n=table.left_out)) if table.left_out else None,
        deviation_intro=t("likvardighet.deviation_intro" if schools else "likvardighet.deviation_intro_municipality",
                          lang),
        deviation_table=Table.of(deviation_display(data, indicator, year, lang)),
        over_time=over_time,
        organizer_intro=t("likvardighet.organizer_intro", lang, n=indicators.ORGANIZER_MIN_UNITS) if schools else None,
        organizer_table=Table.of(organizer_display(
            indicators.by_organizer(data.frame, indicator, year, level, data.unit_column), indicator, lang,
            hidden_organizers(data, year)))
        if schools else None,
        files=Files(f"likvardighet-{indicator}-{year}", f"kvartiler-{indicator}-{year}",
                    f"avvikelse-{indicator}-{year}", f"trend-{indicator}", f"huvudman-{indicator}-{year}"),
    )


@dataclass(frozen=True)
class EquityCharts:
    """The screen's chart specs, ready to send: scatter, quartile bars and (with several years) the trend."""

    scatter: dict[str, Any]
    quartiles: dict[str, Any]
    trend: dict[str, Any] | None


@cached("likvardighet")
def charts(data: Dataset, indicator: str, year: int, lang: str, source: str) -> EquityCharts:
    """The Likvärdighet screen's charts for one indicator and year, titled in `lang` with the source line."""
    from lib.charts import likvardighet as builders
    from lib.charts import render

    fig = figures(data, indicator, year)
    rows = view(data, indicator, year, lang).result.table.rows
    return EquityCharts(
        render.ready(builders.scatter(drawn_points(fig.points), indicator, year, lang, source, fig.trend_line)),
        render.ready(builders.quartile_bars(rows, indicator, year, lang, source)),
        render.ready(builders.trend_lines(fig.over_time, indicator, lang, source))
        if fig.over_time is not None else None)


@cached("likvardighet")
def profile_finding(data: Dataset, grouping: Grouping | None, indicator: str, year: int,
                    lang: str) -> str | None:
    """The share-below sentence for the schools of challenge profile 1 (the highest mean need) of the visitor's
    grouping instead of need quartile 4; None without a grouping of this school year, for municipality data, or
    when no school of profile 1 has a value."""
    if grouping is None or grouping.year != year or data.level != "school":
        return None
    from lib.measures import profiles
    from lib.screens import profiler

    result = profiler.grouping_result(data, grouping)
    if isinstance(result, profiles.ProfileError) or 1 not in result.names:
        return None
    sub = data.year_frame(year)
    in_profile_1 = sub[data.unit_column].astype(str).map(result.assignments == 1).fillna(False).astype(bool)
    below = indicators.share_below_organizer(data.frame, indicator, year, data.level, data.unit_column,
                                             high_need=in_profile_1)
    finding = findings.below_profile_finding(below, result.names[1][lang], lang)
    return finding.text if finding is not None else None
