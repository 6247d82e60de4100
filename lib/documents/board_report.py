"""Nämndrapport (board report): an organiser's schools compared for the board — the equity findings, the need
quartiles, a map, the high-need schools with a lower share of qualified teachers than their organiser's average
(or than a target the user sets for them; with figures, in name order, never ranked), the trend, the
interventions and the method — computed by the same measures as the screens. Wording is neutral and never ranks
schools. Per-unit values follow the small-number rule (`lib.measures.suppression`): a school-year with fewer than
10 pupils or 3 teacher FTE is named in no list that its values would put it on, and is drawn grey on the map;
aggregates (quartiles, averages) still count it.
"""

from __future__ import annotations

import math

import pandas as pd

from lib import schema
from lib.dataset import Dataset
from lib.documents.formats import Chart, Document, Section, Table
from lib.i18n import column_label, fmt_int, fmt_number, fmt_pct, fmt_school_year, t
from lib.measures import indicators, suppression
from lib.measures.assessment import Assessment
from lib.screens import likvardighet

HIGH_NEED_COLUMNS = ["name", "need_index", "value", "reference", "difference"]


def scope_data(data: Dataset, organizer: str | None = None, municipality: str | None = None) -> Dataset:
    """The dataset of one organiser's schools, or of all schools located in one municipality (all years)."""
    frame = data.frame
    if organizer is not None:
        sub = frame[frame["organizer"] == organizer]
    else:
        sub = frame[frame["municipality_code"].astype(str) == str(municipality)]
    return Dataset(sub, data.level, data.source, interventions=data.interventions)


def high_need_below(scope: Dataset, year: int, target: float | None = None) -> pd.DataFrame:
    """The schools in the highest need quartile whose share of qualified teachers is below a reference: their
    organiser's schools on average in the same year (teacher-FTE weighted, every school counted — the deviation
    Likvärdighet shows), or, when given, the `target` share (0–100) the user sets for the schools with the
    greatest needs. The reference never depends on the schools' need, so today's distribution is not built into
    it. Quartiles are those of the scope's schools with a need index (as the report's summary counts them).
    Schools under the small-number rule are left out (their values are not shown). Columns name, need_index,
    value, reference, difference (value − reference, percentage points); in name order — flagged, not ranked."""
    if target is not None and not 0 <= target <= 100:
        raise ValueError(f"target {target} is not a share between 0 and 100")
    ys = scope.year_frame(year)
    if ys.empty or "qualified_share" not in ys or "need_index" not in ys:
        return pd.DataFrame(columns=HIGH_NEED_COLUMNS)
    value = pd.to_numeric(ys["qualified_share"], errors="coerce")
    if target is None:
        reference = indicators.deviation_from_organizer(ys, "qualified_share", "school")["average"]
    else:
        reference = pd.Series(float(target), index=ys.index)
    high_need = (indicators.quartiles(ys["need_index"], ys["school_id"]) == 4).fillna(False).astype(bool)
    listed = high_need & ~suppression.small(ys) & value.notna() & reference.notna() & (value < reference)
    out = pd.DataFrame({"name": indicators.display_names(ys, "school"), "need_index": ys["need_index"],
                        "value": value, "reference": reference, "difference": value - reference},
                       columns=HIGH_NEED_COLUMNS)
    return out[listed].sort_values("name")


def board_report(data: Dataset, year: int, lang: str, source: str, organizer: str | None = None,
                 municipality: str | None = None, target: float | None = None,
                 assessment: Assessment | None = None) -> Document:
    """The board report of one organiser (or of the schools in one municipality); `target` (a share 0–100) is
    the share of qualified teachers the high-need schools are compared with, None for their organiser's
    average; `assessment`, when one has been made, adds the self-assessment's section before the method. Raises
    KeyError (with the scope's name) when no school belongs to it, ValueError for a target outside 0–100."""
    scope = scope_data(data, organizer, municipality)
    name = organizer or schema.municipality_names().get(str(municipality), str(municipality))
    if scope.frame.empty:
        raise KeyError(name)
    sections = _equity_sections(scope, year, lang)
    sections += _map_section(scope, year, name, lang, source)
    sections.append(_high_need_section(scope, year, lang, target))
    trend = indicators.trend(scope.frame, "qualified_share", "school_id")
    if len(trend) > 1:
        td = likvardighet.trend_display(trend, "qualified_share", lang)
        sections.append(Section(t("likvardighet.trend_heading", lang), tables=[_table(td, lang)]))
    sections += _interventions_section(scope, lang)
    if assessment is not None:
        from lib.screens import sjalvskattning

        sections.append(sjalvskattning.report_section(assessment, lang))
    sections.append(Section(t("namndrapport.method_heading", lang), paragraphs=[t("namndrapport.method", lang)]))
    units = scope.year_frame(year)["school_id"].nunique()
    return Document(t("namndrapport.title", lang, scope=name),
                    t("namndrapport.subtitle", lang, year=fmt_school_year(year, lang), n=units),
                    lang, source, t("banner.demo_short", lang) if data.is_demo else "", sections)


def _equity_sections(scope: Dataset, year: int, lang: str) -> list[Section]:
    """The equity findings in words and the need-quartile table of the qualified share."""
    result = likvardighet.compute(scope, "qualified_share", year, lang)
    quartiles = likvardighet.quartile_display(result.table, lang)
    return [Section(t("namndrapport.summary_heading", lang), bullets=[f.text for f in result.findings]),
            Section(t("namndrapport.quartiles_heading", lang), tables=[_table(quartiles, lang)])]


def _map_section(scope: Dataset, year: int, name: str, lang: str, source: str) -> list[Section]:
    """The scope's schools on a map coloured by qualified share (none without coordinates). The points are made
    from the scope's rows with their pupils and teacher FTE, so the map draws a school under the small-number
    rule grey, without its values; the text alternative says how many."""
    from lib.charts import maps, render
    from lib.geo import mapdata

    points = mapdata.school_points(scope.frame, year, "indicator", "qualified_share")
    if points.empty:
        return []
    small = suppression.small_units(scope.year_frame(year), "school_id")
    grey = int(points["school_id"].astype(str).isin(small).sum())
    alt = t("namndrapport.map_alt", lang, n=len(points))
    if grey:
        alt += " " + t("namndrapport.map_alt_too_few", lang, n=grey)
    codes = set(scope.frame["municipality_code"].dropna().astype(str))
    spec = maps.school_map(points, codes, "indicator", "qualified_share", lang,
                           t("namndrapport.map_title", lang, scope=name, year=fmt_school_year(year, lang)), source,
                           height=420, zoom=True)
    spec["width"] = 460
    return [Section(t("namndrapport.map_heading", lang),
                    charts=[Chart(render.spec_of(spec), alt)])]


def _high_need_section(scope: Dataset, year: int, lang: str, target: float | None) -> Section:
    """The high-need schools below the reference (the organiser's average or the user's target), with their
    figures, or a sentence saying there are none; a note when schools under the small-number rule are left out."""
    below = high_need_below(scope, year, target)
    if target is None:
        heading, reference = t("namndrapport.below_heading", lang), t("namndrapport.organizer_average", lang)
        intro, none = t("namndrapport.below_intro", lang), t("namndrapport.below_none", lang)
    else:
        share = fmt_pct(target, lang, 0 if float(target).is_integer() else 1)
        heading, reference = t("namndrapport.target_heading", lang, target=share), t("namndrapport.target", lang)
        intro, none = t("namndrapport.target_intro", lang, target=share), t("namndrapport.target_none", lang)
    paragraphs = [intro]
    if suppression.small(scope.year_frame(year)).any():
        paragraphs.append(t("namndrapport.below_too_few", lang))
    if below.empty:
        return Section(heading, paragraphs=paragraphs, bullets=[none])
    columns = [t("skolblad.school", lang), column_label("need_index", lang), column_label("qualified_share", lang),
               reference, t("namndrapport.difference", lang)]
    rows = [[r.name, fmt_number(r.need_index, lang, 0), fmt_number(r.value, lang, 1),
             fmt_number(r.reference, lang, 1), fmt_number(r.difference, lang, 1)] for r in below.itertuples()]
    return Section(heading, paragraphs=paragraphs, tables=[Table(columns, rows)])


def _interventions_section(scope: Dataset, lang: str) -> list[Section]:
    """How many interventions of each type the register holds for the scope's schools (none: no section)."""
    register = scope.interventions
    if register is None or register.empty:
        return []
    mine = register[register["school_id"].astype(str).isin(set(scope.frame["school_id"].astype(str)))]
    if mine.empty:
        return []
    return [Section(t("namndrapport.interventions_heading", lang), bullets=[
        t("namndrapport.intervention_count", lang, type=t(f"insatser.type.{kind}", lang), n=fmt_int(n, lang))
        for kind, n in mine.groupby("type").size().items()])]


def _table(frame: pd.DataFrame, lang: str) -> Table:
    """A labelled display frame as a document table of formatted cells."""
    return Table(list(frame.columns), [[_cell(v, lang) for v in r] for r in frame.itertuples(index=False)])


def _cell(value: object, lang: str = "sv") -> str:
    """A table cell in the language's number format ("–" for missing)."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return "–"
    if isinstance(value, (int,)) or (isinstance(value, float) and value.is_integer() and abs(value) >= 1000):
        return fmt_int(value, lang)
    if isinstance(value, float):
        return fmt_number(value, lang, 2)
    return str(value)
