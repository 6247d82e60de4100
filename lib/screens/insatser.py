"""What the Insatser screen shows: the interventions in view, their overview and follow-up, the register's
table, form and change log — plain data, already in the visitor's language. `python -m lib followup` reads the
same figures (`figures`).

The register is a database that may change at any time, so nothing here is keyed by a hand-made fingerprint:
a view of "exactly these records" takes the records themselves (a tuple of frozen `Intervention`s) as its key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal

import pandas as pd

from lib import schema
from lib.cache import cached
from lib.charts import insatser as charts
from lib.charts import render
from lib.dataset import Dataset
from lib.i18n import column_label, fmt_int, fmt_number, fmt_pct, fmt_school_year, t
from lib.measures import findings, followup, suppression
from lib.screens import data as data_screen
from lib.screens.parts import Table
from lib.store import interventions
from lib.store.interventions import Intervention
from lib.text import inert

Items = tuple[Intervention, ...]


# --- which interventions are in view ---------------------------------------------------------------------------

@cached("insatser")
def demo_items(data: Dataset) -> Items:
    """The demo dataset's fictional interventions as register items (shown while the register is empty)."""
    rows = data.interventions.astype(object).where(data.interventions.notna(), None)
    return tuple(interventions.from_frame(rows, "demo")[0])


@dataclass(frozen=True)
class Shown:
    """The interventions the screen follows up: the register's, or the demo's while the register is empty."""

    items: Items
    demo: bool


def shown_items(data: Dataset, stored: Items) -> Shown:
    """The register's records when there are any; else the demo's fictional ones (demo data only); else none."""
    if stored:
        return Shown(stored, False)
    if data.interventions is not None and data.is_demo:
        return Shown(demo_items(data), True)
    return Shown((), False)


def ids(items: Items) -> list[str]:
    """The records' ids, in the register's order (the edit and delete picker)."""
    return [i.intervention_id for i in items]


# --- follow-up --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Figure:
    """A headline figure: its label and its value, formatted."""

    label: str
    value: str


@dataclass(frozen=True)
class Overview:
    """All interventions in view: headline figures, the count per type, and the picker's labels."""

    figures: tuple[Figure, ...]
    by_type: Table
    choices: dict[str, str]  # intervention id → "INS-001: Riktade förstelärare"


@cached("insatser")
def overview(data: Dataset, items: Items, lang: str) -> Overview:
    """How many interventions, how many reach the highest-need schools, the share of the money that goes there
    (`followup.overview`), the count per type, and one label per intervention for the picker."""
    ov = followup.overview(data, items)
    figures = (Figure(t("insatser.metric_total", lang), fmt_int(ov.total, lang)),
               Figure(t("insatser.metric_high_need", lang), fmt_int(ov.reaching_high_need, lang)),
               Figure(t("insatser.metric_money", lang), fmt_pct(ov.money_high_need_share, lang, 0)))
    by_type = pd.DataFrame({t("insatser.field.type", lang): [t(f"insatser.type.{k}", lang) for k in ov.by_type.index],
                            t("insatser.metric_total", lang): ov.by_type.to_numpy()})
    choices = {i.intervention_id: t("insatser.choice", lang, id=i.intervention_id,
                                    type=t(f"insatser.type.{i.type}", lang)) for i in items}
    return Overview(figures, Table.of(by_type), choices)


@cached("insatser")
def indicator_choices(data: Dataset, lang: str) -> dict[str, str]:
    """The indicators a follow-up can use (resources and outcomes the data has) → their labels."""
    return {c: column_label(c, lang) for c in data.present([*schema.RESOURCE_INDICATORS,
                                                            *schema.OUTCOME_INDICATORS])}


@cached("insatser")
def figures(data: Dataset, items: Items, iid: str, indicator: str) -> followup.FollowUp:
    """One intervention's before/after figures beside comparable schools (the screen and `python -m lib followup`
    read the same); a year in which the intervention's schools together fall under the small-number rule has no
    value (its figure would be a small school's own)."""
    item = next(i for i in items if i.intervention_id == iid)
    result = followup.follow_up(data, item, items, indicator)
    hidden = small_years(data, item)
    return replace(result, before=None if result.before_year in hidden else result.before,
                   after=None if result.after_year in hidden else result.after)


def small_years(data: Dataset, item: Intervention) -> frozenset[int]:
    """The school years in which an intervention's schools together have fewer than 10 pupils or 3 teacher FTE."""
    rows = data.frame[data.frame["school_id"].astype(str).isin(set(item.schools))]
    if rows.empty:
        return frozenset()
    return frozenset(int(y) for y in suppression.small_groups(rows, rows["school_year"].astype(int).astype(str)))


@dataclass(frozen=True)
class FollowUpView:
    """One intervention followed up: the figures, a sentence, the chart with its text alternative and table."""

    figures: followup.FollowUp
    sentence: str
    chart: dict[str, Any]
    chart_name: str
    alt_text: str
    table: Table


def series_long(series: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The per-year series in long form for the chart: year label, value, series name (years without a value
    left out)."""
    years = series["school_year"].map(schema.school_year_label)
    return pd.concat([
        pd.DataFrame({"year": years, "value": series["schools"], "series": t("insatser.series_schools", lang)}),
        pd.DataFrame({"year": years, "value": series["comparison"], "series": t("insatser.series_comparison", lang)}),
    ], ignore_index=True).dropna()


def series_table(series: pd.DataFrame, indicator: str, lang: str, hidden: frozenset[int] = frozenset()) -> pd.DataFrame:
    """The per-year series as the chart's table, columns in words (one decimal more than the sentence); the
    intervention's value in `hidden` years (under the small-number rule) reads "för få"."""
    d = findings.decimals(indicator) + 1
    schools = series["schools"].astype(float).round(d).astype(object)
    schools[series["school_year"].isin(hidden).to_numpy()] = t("common.too_few", lang)
    return pd.DataFrame({t("common.school_year", lang): series["school_year"].map(schema.school_year_label),
                         t("insatser.series_schools", lang): schools,
                         t("insatser.series_comparison", lang): series["comparison"].astype(float).round(d)})


@cached("insatser")
def follow_up(data: Dataset, items: Items, iid: str, indicator: str, lang: str, source: str) -> FollowUpView:
    """One intervention's follow-up on one indicator, ready to draw: sentence, line chart against comparable
    schools, its table."""
    item = next(i for i in items if i.intervention_id == iid)
    result = figures(data, items, iid, indicator)
    series = followup.series(data, item, followup.comparison_ids(data, item, items), indicator)
    hidden = small_years(data, item)
    series = series.assign(schools=series["schools"].where(~series["school_year"].isin(hidden)))
    label, d = column_label(indicator, lang), findings.decimals(indicator)
    too_few = t("common.too_few", lang)
    sentence = t("insatser.followup_sentence", lang, id=inert(iid), indicator=label.lower(),
                 before=too_few if result.before_year in hidden else fmt_number(result.before, lang, d),
                 before_year=fmt_school_year(result.before_year, lang),
                 after=too_few if result.after_year in hidden else fmt_number(result.after, lang, d),
                 after_year=fmt_school_year(result.after_year, lang),
                 n=result.comparison_units, cbefore=fmt_number(result.comparison_before, lang, d),
                 cafter=fmt_number(result.comparison_after, lang, d))
    chart = charts.follow_up(series_long(series, lang), label, t("common.school_year", lang),
                             t("insatser.chart_title", lang, indicator=label, id=iid), source, lang)
    return FollowUpView(result, sentence, render.ready(chart), f"insats-{iid}",
                        t("insatser.chart_alt", lang, start=fmt_school_year(item.start_year, lang)),
                        Table.of(series_table(series, indicator, lang, hidden)))


# --- the register -----------------------------------------------------------------------------------------------

@cached("insatser")
def register_table(items: Items) -> Table:
    """The records in the register's own columns (the CSV and Excel downloads can be imported again)."""
    return Table.of(interventions.to_frame(items))


FieldKind = Literal["text", "choice", "number", "area"]


@dataclass(frozen=True)
class Field:
    """One field of the form that adds an intervention: the record's field it fills, its widget key and label,
    its kind, and for a choice the options with their labels."""

    name: str
    key: str
    label: str
    kind: FieldKind = "text"
    options: tuple[Any, ...] = ()
    labels: tuple[str, ...] = ()
    bounds: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # min, max, start, step (numbers)

    def label_of(self, option: Any) -> str:
        """An option's label (the choice widget's format)."""
        return self.labels[self.options.index(option)]


def _field(name: str, key: str, lang: str, kind: FieldKind = "text", options: tuple[Any, ...] = (),
           labels: tuple[str, ...] = (), bounds: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)) -> Field:
    return Field(name, key, t(f"insatser.field.{name}", lang), kind, options, labels, bounds)


def _coded(group: str, codes: tuple[str, ...], lang: str) -> tuple[str, ...]:
    return tuple(t(f"insatser.{group}.{code}", lang) for code in codes)


def form_fields(data: Dataset, lang: str) -> tuple[tuple[Field, ...], ...]:
    """The add form, row by row: every field of a record with its options in the visitor's language."""
    years = tuple(data.school_years)
    year_labels = tuple(fmt_school_year(y, lang) for y in years)
    kinds, aims, targeting = interventions.INTERVENTION_TYPES, interventions.AIMS, interventions.TARGETING
    return (
        (_field("intervention_id", "iv_f_id", lang), _field("school_id", "iv_f_school", lang),
         _field("type", "iv_f_type", lang, "choice", kinds, _coded("type", kinds, lang))),
        (_field("aim", "iv_f_aim", lang, "choice", aims, _coded("aim", aims, lang)),
         _field("targeting", "iv_f_targeting", lang, "choice", targeting, _coded("targeting", targeting, lang)),
         _field("start_year", "iv_f_start", lang, "choice", years, year_labels),
         _field("end_year", "iv_f_end", lang, "choice", (None, *years), (fmt_school_year(None, lang), *year_labels))),
        (_field("cost_sek", "iv_f_cost", lang, "number", bounds=(0.0, 1e10, 0.0, 10_000.0)),
         _field("funding", "iv_f_funding", lang)),
        (_field("description", "iv_f_description", lang, "area"),),
    )


def form_record(values: Mapping[str, Any]) -> Intervention:
    """The record a filled-in form describes (field name → value), every field checked; InterventionError says
    which field is wrong."""
    return interventions.validate(dict(values))


def year_choices(data: Dataset, lang: str) -> dict[int, str]:
    """The data's school years → their labels (the "end in school year" picker)."""
    return {y: fmt_school_year(y, lang) for y in data.school_years}


@dataclass(frozen=True)
class Imported:
    """An imported file: the valid records, whether they can go into the register (records and no error), and
    the report of what was wrong — errors and every row left out, in words."""

    items: Items
    usable: bool
    report: data_screen.ReportView


def read_import(name: str, content: bytes, lang: str) -> Imported:
    """A CSV or Excel file in the register's columns, read and checked row by row (`interventions.read_file`)."""
    items, report = interventions.read_file(name, content)
    return Imported(tuple(items), bool(items) and not report.errors, data_screen.report_view(report, lang))


@dataclass(frozen=True)
class LogStatus:
    """What the chain check says about the change log: a level for the box, a sentence, and the breaks."""

    level: Literal["success", "warning", "error"]
    text: str
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChangeLog:
    """The register's change log: the table in words, the change numbers to undo, the log as stored, and what
    the chain check says (none without a check)."""

    table: Table
    change_ids: tuple[int, ...]
    stored: pd.DataFrame  # the CSV download: the columns and values the database holds
    status: tuple[LogStatus, ...] = ()


def log_status(check: interventions.LogCheck, lang: str) -> tuple[LogStatus, ...]:
    """The chain check in words: no key (cannot be verified), the breaks row by row, or intact from which
    change, with the changes from before the chain named as unverifiable."""
    if not check.keyed:
        return (LogStatus("warning", t("insatser.log_no_key", lang)),) if check.rows else ()
    out: list[LogStatus] = []
    if check.problems:
        out.append(LogStatus("error", t("insatser.log_broken", lang),
                             tuple(_break_text(p, lang) for p in check.problems)))
    elif check.first_verified is not None:
        out.append(LogStatus("success", t("insatser.log_intact", lang, first=check.first_verified)))
    if check.unverified:
        first, last = check.unverified
        out.append(LogStatus("warning", t("insatser.log_legacy", lang, first=first, last=last)))
    return tuple(out)


def _break_text(problem: interventions.Problem, lang: str) -> str:
    kind = problem.kind
    if kind == "gap" and problem.other is None:
        kind = "gap_start"
    if kind == "missing_end" and problem.other is None:
        kind = "missing_all"
    return t(f"insatser.break.{kind}", lang, id=problem.change_id, other=problem.other)


def change_log(log: pd.DataFrame, lang: str, check: interventions.LogCheck | None = None) -> ChangeLog:
    """`Register.log()` for the screen: columns and actions in words, newest first, and with `check`
    (`Register.verify()`) each change's state and the log's. Not cached: the log is the database's and changes
    at any time (it is small)."""
    table = pd.DataFrame({
        t("insatser.col.change", lang): log["id"].astype(int),
        t("insatser.col.at", lang): log["at"],
        t("insatser.col.editor", lang): log["editor"],
        t("insatser.col.action", lang): log["action"].map(lambda a: t(f"insatser.action.{a}", lang)),
        t("insatser.choose", lang): log["intervention_id"],
        t("insatser.col.undone", lang): log["undone"].map(lambda u: t("common.yes" if u else "common.no", lang)),
    })
    if check is None:
        return ChangeLog(Table.of(table), tuple(int(i) for i in log["id"]), log)
    table[t("insatser.col.check", lang)] = log["id"].map(
        lambda i: t(f"insatser.check.{check.row_status(int(i))}", lang))
    return ChangeLog(Table.of(table), tuple(int(i) for i in log["id"]), log, log_status(check, lang))
