"""Nämndrapport (board report): an organiser's schools compared for the board — the equity findings, the need
quartiles, a map, the schools whose qualified share lies well below what their need suggests (with figures, in
name order, never ranked), the trend, the interventions and the method — computed by the same measures as the
screens. Wording is neutral and never ranks schools.
"""

from __future__ import annotations

import math

import pandas as pd

from lib import schema
from lib.dataset import Dataset
from lib.documents.formats import Chart, Document, Section, Table
from lib.i18n import column_label, fmt_int, fmt_number, fmt_school_year, t
from lib.measures import indicators
from lib.screens import likvardighet

SHORTFALL_PP = 5.0  # qualified share this far below what the organiser's need trend suggests is flagged
SHORTFALL_COLUMNS = ["name", "need_index", "value", "expected", "difference"]


def scope_data(data: Dataset, organizer: str | None = None, municipality: str | None = None) -> Dataset:
    """The dataset of one organiser's schools, or of all schools located in one municipality (all years)."""
    frame = data.frame
    if organizer is not None:
        sub = frame[frame["organizer"] == organizer]
    else:
        sub = frame[frame["municipality_code"].astype(str) == str(municipality)]
    return Dataset(sub, data.level, data.source, interventions=data.interventions)


def shortfalls(scope: Dataset, year: int, threshold: float = SHORTFALL_PP) -> pd.DataFrame:
    """Schools whose share of qualified teachers lies at least `threshold` points below what the group's
    pupil-weighted need trend would suggest: name, need, value, expected, difference — in name order (flagged,
    not ranked)."""
    ys = scope.year_frame(year)
    ys = ys[ys["need_index"].notna() & ys["qualified_share"].notna()]
    trend = indicators.weighted_trend(ys["need_index"], ys["qualified_share"], ys["pupils"])
    if trend is None:
        return pd.DataFrame(columns=SHORTFALL_COLUMNS)
    a, b = trend
    expected = a + b * ys["need_index"]
    out = pd.DataFrame({"name": indicators.display_names(ys, "school"), "need_index": ys["need_index"],
                        "value": ys["qualified_share"], "expected": expected,
                        "difference": ys["qualified_share"] - expected}, columns=SHORTFALL_COLUMNS)
    return out[out["difference"] <= -threshold].sort_values("name")


def board_report(data: Dataset, year: int, lang: str, source: str, organizer: str | None = None,
                 municipality: str | None = None) -> Document:
    """The board report of one organiser (or of the schools in one municipality). Raises KeyError (with the
    scope's name) when no school belongs to it."""
    scope = scope_data(data, organizer, municipality)
    name = organizer or schema.municipality_names().get(str(municipality), str(municipality))
    if scope.frame.empty:
        raise KeyError(name)
    sections = _equity_sections(scope, year, lang)
    sections += _map_section(scope, year, name, lang, source)
    sections.append(_shortfall_section(scope, year, lang))
    trend = indicators.trend(scope.frame, "qualified_share", "school_id")
    if len(trend) > 1:
        td = likvardighet.trend_display(trend, "qualified_share", lang)
        sections.append(Section(t("likvardighet.trend_heading", lang), tables=[_table(td, lang)]))
    sections += _interventions_section(scope, lang)
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
    """The scope's schools on a map coloured by qualified share (none without coordinates)."""
    from lib.charts import maps, render
    from lib.geo import mapdata

    points = mapdata.school_points(scope.frame, year, "indicator", "qualified_share")
    if points.empty:
        return []
    codes = set(scope.frame["municipality_code"].dropna().astype(str))
    spec = maps.school_map(points, codes, "indicator", "qualified_share", lang,
                           t("namndrapport.map_title", lang, scope=name, year=fmt_school_year(year, lang)), source,
                           height=420, zoom=True)
    spec["width"] = 460
    return [Section(t("namndrapport.map_heading", lang),
                    charts=[Chart(render.spec_of(spec), t("namndrapport.map_alt", lang, n=len(points)))])]


def _shortfall_section(scope: Dataset, year: int, lang: str) -> Section:
    """The schools well below what their need suggests, with their figures, or a sentence saying there are none."""
    short = shortfalls(scope, year)
    intro = t("namndrapport.shortfall_intro", lang, pp=fmt_number(SHORTFALL_PP, lang, 0))
    if short.empty:
        return Section(t("namndrapport.shortfall_heading", lang), paragraphs=[intro],
                       bullets=[t("namndrapport.shortfall_none", lang)])
    columns = [t("skolblad.school", lang), column_label("need_index", lang), column_label("qualified_share", lang),
               t("namndrapport.expected", lang), t("namndrapport.difference", lang)]
    rows = [[r.name, fmt_number(r.need_index, lang, 0), fmt_number(r.value, lang, 1),
             fmt_number(r.expected, lang, 1), fmt_number(r.difference, lang, 1)] for r in short.itertuples()]
    return Section(t("namndrapport.shortfall_heading", lang), paragraphs=[intro], tables=[Table(columns, rows)])


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
