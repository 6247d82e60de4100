"""Kommunrapport (municipality report): one municipality's report on municipality-level data — its position among
all municipalities and among those with similar needs, its trend, its municipal and independent organisers, its
costs as calendar-year context, the findings in words — or, without a municipality, the nation's: findings, the
need-quartile gap over the school years and every municipality in a table. Built from the Kommuner screen's views
(`lib.screens.kommun`), so the document says what the screen says, with the data's source line on every page.
"""

from __future__ import annotations

import math
import numbers

import pandas as pd

from lib.charts import render
from lib.dataset import Dataset
from lib.documents.formats import Chart, Document, Section, Table
from lib.i18n import column_label, fmt_int, fmt_number, fmt_school_year, t
from lib.screens import kommun

INDICATOR = "qualified_share"


def sides(data: Dataset) -> kommun.Sides:
    """All pupils and the municipal and independent organisers' data: from the data itself when it holds several
    organiser types, else (the bundled real data) the bundled sides — as the Kommuner screen compares them."""
    split = kommun.sides(data)
    if split.kommunal is not None or data.source.kind != "sverige":
        return split
    from lib.sources import sverige

    return kommun.Sides(split.main, sverige.load("kommunal"), sverige.load("enskild"))


def municipality_report(data: Dataset, code: str | None, year: int, lang: str, source: str,
                        indicator: str = INDICATOR) -> Document:
    """The report of the municipality `code` in `year` for `indicator` (its trend over every school year), or the
    nation's when `code` is None. Raises KeyError (with the code) for a municipality the data does not hold and
    ValueError for school-level data."""
    if data.level != "municipality":
        raise ValueError("a municipality report needs municipality-level data")
    main, kommunal, enskild = sides(data)
    n = main.year_frame(year)[kommun.UNIT].nunique()
    subtitle = t("kommunrapport.subtitle", lang, year=fmt_school_year(year, lang), n=fmt_int(n, lang),
                 kind=t(f"source.kind.{data.source.kind}", lang))
    notice = t("banner.demo_short", lang) if data.is_demo else ""
    if code is None:
        title = t("kommunrapport.title_nation", lang)
        sections = _nation_sections(main, kommunal, enskild, indicator, year, lang, source)
    else:
        if code not in kommun.choices(main).names:
            raise KeyError(code)
        view = kommun.municipality_view(main, code, indicator, year, lang, source, kommunal)
        title = t("kommunrapport.title", lang, name=view.name, code=code)
        sections = _municipality_sections(view, kommunal, enskild, indicator, year, lang, source)
    sections.append(_method(data, lang))
    return Document(title, subtitle, lang, source, notice, sections)


def _municipality_sections(view: kommun.MunicipalityView, kommunal: Dataset | None, enskild: Dataset | None,
                           indicator: str, year: int, lang: str, source: str) -> list[Section]:
    figures = Table([t("kommunrapport.col.measure", lang), t("kommunrapport.col.value", lang),
                     t("kommunrapport.col.difference", lang), t("kommunrapport.col.comparison", lang)],
                    [[f.label, f.value, f.delta or "–", f.help or "–"] for f in view.figures],
                    t("kommunrapport.figures_caption", lang))
    out = [Section(t("kommunrapport.findings_heading", lang), bullets=list(view.findings)),
           Section(t("kommunrapport.position_heading", lang), paragraphs=[view.peers_sentence],
                   tables=[figures] if view.figures else [])]
    if len(view.trend_table):
        out.append(Section(t("kommunrapport.trend_heading", lang),
                           paragraphs=[view.breaks_note] if view.breaks_note else [],
                           tables=[_table(view.trend_table.frame, indicator, lang)],
                           charts=_chart(view.trend_spec, view.trend_alt)))
    out.append(_organizers(kommunal, enskild, indicator, year, view.code, lang, source))
    if view.costs:
        costs = Table([t("kommunrapport.col.measure", lang), t("kommunrapport.col.value", lang),
                       t("kommunrapport.col.comparison", lang)],
                      [[f.label, f.value, f.help or "–"] for f in view.costs])
        out.append(Section(t("kommunrapport.costs_heading", lang), paragraphs=[view.costs_caption or ""],
                           tables=[costs]))
    else:
        out.append(Section(t("kommunrapport.costs_heading", lang), paragraphs=[t("kommun.costs_none", lang)]))
    return out


def _organizers(kommunal: Dataset | None, enskild: Dataset | None, indicator: str, year: int, code: str | None,
                lang: str, source: str) -> Section:
    """The municipal and independent organisers side by side (the municipality's and the nation's line, the
    municipality's trend), or the sentence that the data cannot compare them."""
    heading = t("kommunrapport.organizers_heading", lang)
    if kommunal is None or enskild is None:
        return Section(heading, paragraphs=[t("kommun.organizers_missing", lang)])
    view = kommun.organizer_view(kommunal, enskild, indicator, year, code, lang, source)
    tables = [_table(view.trend_table.frame, indicator, lang)] if view.trend_table is not None else []
    return Section(heading, bullets=[line for line in (view.municipality, view.nation) if line], tables=tables,
                   charts=_chart(view.trend_spec, view.trend_alt))


def _nation_sections(main: Dataset, kommunal: Dataset | None, enskild: Dataset | None, indicator: str, year: int,
                     lang: str, source: str) -> list[Section]:
    view = kommun.nation_view(main, indicator, year, lang, source, kommunal)
    out = [Section(t("kommunrapport.findings_heading", lang), bullets=list(view.findings))]
    if len(view.gap_table):
        out.append(Section(t("kommunrapport.gap_heading", lang),
                           paragraphs=[view.breaks_note] if view.breaks_note else [],
                           tables=[_table(view.gap_table.frame, indicator, lang)],
                           charts=_chart(view.gap_spec, view.gap_alt)))
    out.append(_organizers(kommunal, enskild, indicator, year, None, lang, source))
    out.append(Section(t("kommunrapport.table_heading", lang, year=fmt_school_year(year, lang)),
                       tables=[_all_municipalities(main, kommunal, indicator, year, lang)]))
    return out


def _all_municipalities(main: Dataset, kommunal: Dataset | None, indicator: str, year: int, lang: str) -> Table:
    """Every municipality in name order: name, code, need quartile, the indicator and the note ("för få") — the
    screen's table narrowed to what a printed page holds."""
    frame = kommun.municipality_table(main, year, lang, kommun.cost_source(main, kommunal))
    keep = [column_label("municipality_name", lang), column_label("municipality_code", lang),
            t("kommun.col.quartile", lang), kommun.label(indicator, lang), t("kommun.col.note", lang)]
    shown = frame[[c for c in keep if c in frame]].copy()
    quartile = t("kommun.col.quartile", lang)
    if quartile in shown:
        shown[quartile] = pd.to_numeric(shown[quartile], errors="coerce").astype("Int64")
    return _table(shown, indicator, lang, t("kommunrapport.table_caption", lang))


def _method(data: Dataset, lang: str) -> Section:
    """How the comparison is made; for Skolverket's statistics also what the need index is built from."""
    paragraphs = [t("kommunrapport.method", lang)]
    if data.source.kind == "sverige":
        paragraphs += [t("sverige.need_note", lang), t("sverige.cost_note", lang)]
        organizer = f"sverige.organizer.{data.source.detail}"
        paragraphs += [t(organizer, lang)] if data.source.detail in ("samtliga", "kommunal", "enskild") else []
    return Section(t("kommunrapport.method_heading", lang), paragraphs=paragraphs)


def _chart(spec: dict | None, alt: str) -> list[Chart]:
    """A screen's chart as a document's (data inline), none when the screen has none."""
    return [] if spec is None else [Chart(render.spec_of(spec), alt)]


def _table(frame: pd.DataFrame, indicator: str, lang: str, caption: str = "") -> Table:
    """A screen's display table as formatted cells: numbers in the language's format with the indicator's decimals
    (rates two, the rest one, whole numbers as they are), "–" for none, text as it is."""
    decimals = 2 if kommun.kind(indicator) == "rate" else 1
    return Table([str(c) for c in frame.columns],
                 [[_cell(v, decimals, lang) for v in row] for row in frame.itertuples(index=False)], caption)


def _cell(value: object, decimals: int, lang: str) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, numbers.Integral):
        return fmt_int(int(value), lang)  # quartiles, counts (numpy integers too)
    if isinstance(value, float):
        return fmt_number(value, lang, decimals)
    return str(value)
