"""Skolblad (school sheet) and nämndrapport (board report): the figures, computed by the same measures as the
screens, and the documents built from them. Wording is neutral and never ranks schools.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from lib import schema
from lib.dataset import Dataset
from lib.documents.formats import Chart, Document, Section, Table
from lib.i18n import column_label, fmt_int, fmt_number, fmt_school_year, t
from lib.measures import allocation, indicators
from lib.screens import likvardighet

SHEET_INDICATORS: tuple[str, ...] = ("qualified_share", "pupils_per_teacher", "first_teachers_per_100_pupils",
                                     "teacher_experience_years", "teacher_turnover", "ped_degree_share")
TEACHER_BASED = {"qualified_share", "pupils_per_teacher", "teacher_experience_years", "teacher_turnover",
                 "ped_degree_share", "first_teachers_per_100_teachers"}
TURNOVER_MARGIN = 5.0  # percentage points above the organiser's average that a sheet points out
SHORTFALL_PP = 5.0  # qualified share this far below what the organiser's need trend suggests is flagged


def too_few(row: pd.Series, indicator: str) -> bool:
    """Skolverket's small-number rule: figures on fewer than 10 pupils or 3 teacher FTE are not shown."""
    pupils = pd.to_numeric(row.get("pupils"), errors="coerce")
    fte = pd.to_numeric(row.get("teacher_fte"), errors="coerce")
    if indicator in TEACHER_BASED and pd.notna(fte) and fte < schema.MIN_TEACHER_FTE:
        return True
    return bool(pd.notna(pupils) and pupils < schema.MIN_PUPILS)


def _fmt(value: object, indicator: str, lang: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or pd.isna(value):
        return "–"
    return fmt_number(float(value), lang, 2 if schema.BY_NAME[indicator].kind == "rate" else 1)


@dataclass
class SchoolFigures:
    """One school's figures in one year beside its organiser's (and profile's) averages."""

    school_id: str
    name: str
    year: int
    row: pd.Series
    table: pd.DataFrame  # indicator, school, organizer, profile
    need: float | None
    quartile: int | None
    first_teachers: float | None
    need_based_posts: int | None
    flags: list[str]  # i18n keys
    trend: pd.DataFrame  # school_year, indicator values of the school and its organiser's average


def school_figures(data: Dataset, school_id: str, year: int, profiles: dict | None = None) -> SchoolFigures:
    """Everything a sheet shows for one school, from the equity measures (deviation, quartile) and allocation."""
    frame = data.frame
    sub = frame[frame["school_year"] == year]
    mine = sub[sub["school_id"].astype(str) == str(school_id)]
    if mine.empty:
        raise KeyError(school_id)
    row = mine.iloc[0]
    present = schema.present(sub, list(SHEET_INDICATORS))
    profile_members = None
    if profiles and profiles.get("year") == year:
        assignments = profiles["assignments"]
        pid = assignments.get(str(school_id))
        if pid is not None:
            profile_members = sub[sub["school_id"].astype(str).map(assignments) == pid]
    rows = []
    for ind in present:
        dev = indicators.deviation_from_organizer(sub, ind, "school")
        rows.append({"indicator": ind, "school": None if too_few(row, ind) else row[ind],
                     "organizer": dev.loc[row.name, "average"],
                     "profile": indicators.group_value(profile_members, ind) if profile_members is not None else None})
    table = pd.DataFrame(rows, columns=["indicator", "school", "organizer", "profile"])
    q = indicators.quartiles(sub["need_index"], sub["school_id"]) if "need_index" in sub else None
    quartile = int(q.loc[row.name]) if q is not None and pd.notna(q.loc[row.name]) else None
    flags = []
    dev_q = indicators.deviation_from_organizer(sub, "qualified_share", "school") if "qualified_share" in sub else None
    if dev_q is not None and pd.notna(dev_q.loc[row.name, "deviation"]) and dev_q.loc[row.name, "deviation"] < 0:
        flags.append("skolblad.flag_below_organizer")
        if quartile == 4:
            flags.append("skolblad.flag_high_need_low_qualification")
    if "teacher_turnover" in sub and sub["teacher_turnover"].notna().any():
        dev_t = indicators.deviation_from_organizer(sub, "teacher_turnover", "school")
        if pd.notna(dev_t.loc[row.name, "deviation"]) and dev_t.loc[row.name, "deviation"] >= TURNOVER_MARGIN:
            flags.append("skolblad.flag_high_turnover")
    need_based = None
    if "first_teachers" in sub and "organizer" in sub and pd.notna(row.get("organizer")):
        try:
            sim = allocation.simulate(frame, allocation.Params(year=year, alpha=1.0, organizer=row["organizer"]))
            need_based = int(sim.table.loc[str(school_id), "after"])
        except (allocation.AllocationError, KeyError):
            need_based = None
    trend_rows = []
    for y in data.school_years:
        ys = frame[frame["school_year"] == y]
        me = ys[ys["school_id"].astype(str) == str(school_id)]
        if me.empty or "qualified_share" not in ys:
            continue
        dev = indicators.deviation_from_organizer(ys, "qualified_share", "school")
        trend_rows.append({"school_year": y, "school": me["qualified_share"].iloc[0],
                           "organizer": dev.loc[me.index[0], "average"]})
    name = str(row.get("school_name") or school_id)
    return SchoolFigures(str(school_id), name, year, row, table,
                         None if pd.isna(row.get("need_index")) else float(row["need_index"]), quartile,
                         None if pd.isna(row.get("first_teachers")) else float(row["first_teachers"]), need_based,
                         flags, pd.DataFrame(trend_rows, columns=["school_year", "school", "organizer"]))


def _trend_chart(trend: pd.DataFrame, name: str, lang: str, source: str) -> dict:
    import altair as alt

    from lib.charts import render, titled

    long = pd.concat([
        pd.DataFrame({"year": trend["school_year"].map(schema.school_year_label), "value": trend["school"],
                      "series": name}),
        pd.DataFrame({"year": trend["school_year"].map(schema.school_year_label), "value": trend["organizer"],
                      "series": t("skolblad.organizer_average", lang)})]).dropna()
    chart = alt.Chart(long).mark_line(point=True).encode(
        x=alt.X("year:O", title=t("common.school_year", lang), axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value:Q", title=column_label("qualified_share", lang), scale=alt.Scale(zero=False)),
        color=alt.Color("series:N", title=None), strokeDash=alt.StrokeDash("series:N", title=None),
    ).properties(width=460, height=220)
    return render.spec_of(titled(chart, column_label("qualified_share", lang), source, lang))


def school_sheet(data: Dataset, school_id: str, year: int, lang: str, source: str,
                 profiles: dict | None = None) -> Document:
    """The school sheet as a document: key figures beside the organiser's, need, trend, förstelärare, things to
    look at, and the dialogue questions."""
    f = school_figures(data, school_id, year, profiles)
    row = f.row
    municipality = row.get("municipality_name") or row.get("municipality_code") or ""
    subtitle = t("skolblad.subtitle", lang, municipality=municipality, organizer=row.get("organizer") or "–",
                 year=fmt_school_year(year, lang), code=f.school_id)
    has_profile = f.table["profile"].notna().any()
    columns = [t("common.indicator", lang), t("skolblad.school", lang), t("skolblad.organizer_average", lang)]
    if has_profile:
        columns.append(t("skolblad.profile_average", lang))
    rows = []
    for r in f.table.itertuples():
        cells = [column_label(r.indicator, lang),
                 t("common.too_few", lang) if r.school is None else _fmt(r.school, r.indicator, lang),
                 _fmt(r.organizer, r.indicator, lang)]
        if has_profile:
            cells.append(_fmt(r.profile, r.indicator, lang))
        rows.append(cells)
    key = Section(t("skolblad.key_figures", lang), tables=[Table(columns, rows, t("skolblad.national_note", lang))])
    need = Section(t("skolblad.need_heading", lang), paragraphs=[
        t("skolblad.need_text", lang, need=fmt_number(f.need, lang, 0), quartile=f.quartile or "–")
        if f.need is not None else t("skolblad.need_missing", lang)])
    sections = [key, need]
    if len(f.trend) > 1:
        sections.append(Section(t("skolblad.trend_heading", lang), tables=[Table(
            [t("common.school_year", lang), t("skolblad.school", lang), t("skolblad.organizer_average", lang)],
            [[schema.school_year_label(int(r.school_year)), _fmt(r.school, "qualified_share", lang),
              _fmt(r.organizer, "qualified_share", lang)] for r in f.trend.itertuples()])],
            charts=[Chart(_trend_chart(f.trend, f.name, lang, source),
                          t("skolblad.trend_alt", lang, name=f.name))]))
    if f.first_teachers is not None:
        sections.append(Section(t("skolblad.fl_heading", lang), paragraphs=[
            t("skolblad.fl_text", lang, n=fmt_int(f.first_teachers, lang),
              rate=_fmt(row.get("first_teachers_per_100_pupils"), "first_teachers_per_100_pupils", lang),
              need_based=fmt_int(f.need_based_posts, lang) if f.need_based_posts is not None else "–")]))
    sections.append(Section(t("skolblad.flags_heading", lang),
                            bullets=[t(k, lang) for k in f.flags] or [t("skolblad.flags_none", lang)]))
    sections.append(Section(t("skolblad.dialogue_heading", lang),
                            bullets=[t(f"skolblad.question_{i}", lang) for i in range(1, 5)]))
    return Document(t("skolblad.title", lang, name=f.name), subtitle, lang, source,
                    t("banner.demo_short", lang) if data.is_demo else "", sections)


# Board report ------------------------------------------------------------------------------------------------


def organizer_frame(data: Dataset, organizer: str | None = None, municipality: str | None = None) -> pd.DataFrame:
    """The rows of one organiser's schools, or of all schools located in one municipality."""
    frame = data.frame
    if organizer is not None:
        return frame[frame["organizer"] == organizer]
    return frame[frame["municipality_code"].astype(str) == str(municipality)]


def shortfalls(sub: pd.DataFrame, year: int, threshold: float = SHORTFALL_PP) -> pd.DataFrame:
    """Schools whose share of qualified teachers lies at least `threshold` points below what the group's
    pupil-weighted need trend would suggest: name, need, value, expected, difference — in name order (flagged,
    not ranked)."""
    ys = sub[(sub["school_year"] == year) & sub["need_index"].notna() & sub["qualified_share"].notna()]
    trend = indicators.weighted_trend(ys["need_index"], ys["qualified_share"], ys["pupils"])
    if trend is None:
        return pd.DataFrame(columns=["name", "need_index", "value", "expected", "difference"])
    a, b = trend
    expected = a + b * ys["need_index"]
    out = pd.DataFrame({"name": likvardighet.unit_names(ys, "school"), "need_index": ys["need_index"],
                        "value": ys["qualified_share"], "expected": expected,
                        "difference": ys["qualified_share"] - expected})
    return out[out["difference"] <= -threshold].sort_values("name")


def board_report(data: Dataset, year: int, lang: str, source: str, organizer: str | None = None,
                 municipality: str | None = None) -> Document:
    """The board report: comparison between the organiser's schools, the map, the schools furthest below what
    their need suggests (with figures, not ranked), the trend, interventions, and the method."""
    from lib.charts import maps, render
    from lib.geo import mapdata

    sub = organizer_frame(data, organizer, municipality)
    scope = organizer or schema.municipality_names().get(str(municipality), str(municipality))
    if sub.empty:
        raise KeyError(scope)
    sub_ds = Dataset(sub, "school", data.source)
    result = likvardighet.compute(sub_ds, "qualified_share", year, lang)
    sections = [Section(t("namndrapport.summary_heading", lang), bullets=[f.text for f in result.findings])]
    qt = likvardighet.quartile_display(result.table, lang)
    sections.append(Section(t("namndrapport.quartiles_heading", lang), tables=[Table(
        list(qt.columns), [[_cell(v, lang) for v in r] for r in qt.itertuples(index=False)])]))
    points = mapdata.school_points(sub, year, "indicator", "qualified_share")
    if not points.empty:
        codes = set(sub["municipality_code"].dropna().astype(str))
        spec = maps.school_map(points, codes, "indicator", "qualified_share", lang,
                               t("namndrapport.map_title", lang, scope=scope, year=fmt_school_year(year, lang)), source,
                               height=420, zoom=True)
        spec["width"] = 460
        sections.append(Section(t("namndrapport.map_heading", lang), charts=[Chart(
            render.spec_of(spec), t("namndrapport.map_alt", lang, n=len(points)))]))
    short = shortfalls(sub, year)
    sections.append(Section(t("namndrapport.shortfall_heading", lang),
                            paragraphs=[t("namndrapport.shortfall_intro", lang, pp=fmt_number(SHORTFALL_PP, lang, 0))],
                            tables=[Table([t("skolblad.school", lang), column_label("need_index", lang),
                                           column_label("qualified_share", lang), t("namndrapport.expected", lang),
                                           t("namndrapport.difference", lang)],
                                          [[r.name, fmt_number(r.need_index, lang, 0), fmt_number(r.value, lang, 1),
                                            fmt_number(r.expected, lang, 1), fmt_number(r.difference, lang, 1)]
                                           for r in short.itertuples()])] if len(short) else [],
                            bullets=[] if len(short) else [t("namndrapport.shortfall_none", lang)]))
    trend = indicators.trend(sub, "qualified_share", "school_id")
    if len(trend) > 1:
        td = likvardighet.trend_display(trend, "qualified_share", lang)
        sections.append(Section(t("likvardighet.trend_heading", lang), tables=[Table(
            list(td.columns), [[_cell(v, lang) for v in r] for r in td.itertuples(index=False)])]))
    if data.interventions is not None and not data.interventions.empty:
        ids = set(sub["school_id"].astype(str))
        iv = data.interventions[data.interventions["school_id"].astype(str).isin(ids)]
        if not iv.empty:
            counts = iv.groupby("type").size()
            sections.append(Section(t("namndrapport.interventions_heading", lang), bullets=[
                f"{t(f'insatser.type.{k}', lang)}: {v}" for k, v in counts.items()]))
    sections.append(Section(t("namndrapport.method_heading", lang), paragraphs=[t("namndrapport.method", lang)]))
    return Document(t("namndrapport.title", lang, scope=scope), t("namndrapport.subtitle", lang,
                                                                  year=fmt_school_year(year, lang),
                                                             n=sub[sub["school_year"] == year]["school_id"].nunique()),
                    lang, source, t("banner.demo_short", lang) if data.is_demo else "", sections)


def _cell(value: object, lang: str = "sv") -> str:
    """A table cell in the language's number format ("–" for missing)."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return "–"
    if isinstance(value, (int,)) or (isinstance(value, float) and value.is_integer() and abs(value) >= 1000):
        return fmt_int(value, lang)
    if isinstance(value, float):
        return fmt_number(value, lang, 2)
    return str(value)
