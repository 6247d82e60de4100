"""Whole-screen computations with the dataset as first argument, so the screens can cache them per dataset
content (lib.ui.loaders.memo). Each returns plain data built by the tested measures."""

from __future__ import annotations

import pandas as pd

from lib.dataset import Dataset
from lib.documents import sheets
from lib.i18n import t
from lib.measures import allocation, classes, followup, indicators
from lib.screens import likvardighet, om, start
from lib.store import interventions


def equity_screen(data: Dataset, indicator: str, year: int, lang: str) -> dict:
    """Everything the Likvärdighet screen shows for one indicator and year."""
    frame, unit, level = data.frame, data.unit_column, data.level
    points = likvardighet.scatter_points(frame, indicator, year, level, unit)
    over_time = indicators.trend(frame, indicator, unit) if len(data.school_years) > 1 else None
    result = likvardighet.compute(data, indicator, year, lang)
    return {
        "result": result,
        "points": points,
        "points_table": points.rename(columns={"name": t("likvardighet.col.unit", lang)}),
        "quartile_table": likvardighet.quartile_display(result.table, lang),
        "trend_table": likvardighet.trend_display(over_time, indicator, lang) if over_time is not None else None,
        "trend_line": indicators.weighted_trend(points["need_index"], points["value"], points["pupils"]),
        "deviation": likvardighet.deviation_display(frame, indicator, year, level, unit, lang),
        "over_time": over_time,
        "organizers": likvardighet.organizer_display(indicators.by_organizer(frame, indicator, year, level, unit),
                                               indicator, lang) if level == "school" else None,
        "need_sentences": om.need_sentences(data, lang),
    }


def school_points(data: Dataset, year: int, mode: str, indicator: str, municipalities: tuple[str, ...] = (),
                  organizers: tuple[str, ...] = ()) -> pd.DataFrame:
    """The map's school points for one look (see lib.mapdata.school_points); empty filters mean all."""
    from lib.geo import mapdata

    return mapdata.school_points(data.frame, year, mode, indicator, list(municipalities) or None,
                                 list(organizers) or None)


def challenge_flag(data: Dataset, year: int, rules: tuple) -> pd.Series:
    """The rule-based "skola med utmaningar" flag for one year (see lib.profiles.flag)."""
    from lib.measures import profiles

    return profiles.flag(data.frame, year, data.unit_column, list(rules))


def unit_names(data: Dataset) -> dict[str, str]:
    """School id → school name across the dataset's years (the last name wins)."""
    frame = data.frame
    if "school_name" not in frame or "school_id" not in frame:
        return {}
    return dict(zip(frame["school_id"].astype(str), frame["school_name"].astype(str), strict=False))


def about(data: Dataset, lang: str) -> dict:
    """The "Om data och metod" screen's figures for the active dataset: its description, how the need index
    was computed (a regression on the whole dataset), and the column table."""
    return {"sentence": start.describe(data, lang), "need_sentences": om.need_sentences(data, lang),
            "columns": om.column_table(data.frame, lang)}


def demo_interventions(data: Dataset) -> tuple:
    """The demo dataset's fictional interventions as register items (shown while the register is empty)."""
    rows = data.interventions.astype(object).where(data.interventions.notna(), None)
    return tuple(interventions.from_frame(rows, "demo")[0])


def organizers(data: Dataset, year: int) -> list[str]:
    """The organisers with units in one school year, sorted."""
    frame = data.frame
    if "organizer" not in frame:
        return []
    return sorted(frame.loc[frame["school_year"] == year, "organizer"].dropna().unique().tolist())


def organizer_scope(data: Dataset, year: int, organizer: str | None) -> dict:
    """One organiser's (or, with None, every) unit in a school year: their ids and today's first-teacher posts."""
    frame = data.frame
    units = frame[(frame["school_year"] == year) & ((frame["organizer"] == organizer) if organizer else True)]
    posts = int(pd.to_numeric(units["first_teachers"], errors="coerce").fillna(0).sum()) \
        if "first_teachers" in units else 0
    return {"school_ids": units["school_id"].astype(str), "posts_today": posts}


def schools_of_year(data: Dataset, year: int) -> tuple[dict[str, str], list[str]]:
    """The schools of one school year: id → name, and the ids in the order of their names (for a picker)."""
    frame = data.frame[data.frame["school_year"] == year]
    names = dict(zip(frame["school_id"].astype(str), frame.get("school_name", frame["school_id"]).astype(str),
                     strict=True))
    return names, sorted(names, key=lambda i: names[i])


def headlines(data: Dataset, lang: str) -> list:
    return start.headlines(data, lang)


def simulation(data: Dataset, params: allocation.Params, priority: tuple[str, ...] | None) -> tuple:
    """The simulation and its before/after metrics; `priority` as the tuple of prioritised unit ids."""
    mask = None
    if priority is not None:
        ids = pd.Index(data.frame["school_id"].astype(str).unique())
        mask = pd.Series(ids.isin(priority), index=ids)
    sim = allocation.simulate(data.frame, params, data.unit_column, mask)
    before, after = allocation.before_after(sim, data.frame, data.unit_column)
    return sim, before, after


def class_measures(data: Dataset) -> pd.DataFrame:
    return classes.class_measures(data.classes)


def school_sheet(data: Dataset, school_id: str, year: int, lang: str, source: str) -> object:
    return sheets.school_sheet(data, school_id, year, lang, source)


def follow_up(data: Dataset, items: tuple[interventions.Intervention, ...], iid: str, indicator: str) -> tuple:
    """One intervention's follow-up, its series for the chart, and the overview of all."""
    item = next(i for i in items if i.intervention_id == iid)
    comparison = followup.comparison_ids(data.frame, item, items)
    return (followup.follow_up(data.frame, item, items, indicator),
            followup.series(data.frame, item, comparison, indicator), followup.overview(data.frame, items))


def class_school(data: Dataset, school: str, margin: float) -> tuple[pd.DataFrame, list]:
    """One school's group measures and flags from the dataset's own class results."""
    measured = classes.class_measures(data.classes)
    mine = measured[measured["school_id"].astype(str) == school]
    groups = classes.group_measures(mine)
    return groups, classes.flags(mine, groups, margin)


def equity_charts(view: dict, indicator: str, year: int, lang: str, source: str) -> dict:
    """The Likvärdighet screen's chart specs (scatter, quartile bars, trend) from its view (`equity_screen`)."""
    from lib.charts import likvardighet as charts
    from lib.charts import render

    out = {"scatter": render.to_spec(charts.scatter(view["points"], indicator, year, lang, source,
                                                     view["trend_line"])),
           "quartiles": render.to_spec(charts.quartile_bars(view["result"].table.rows, indicator, year, lang,
                                                            source))}
    if view["over_time"] is not None:
        out["trend"] = render.to_spec(charts.trend_lines(view["over_time"], indicator, lang, source))
    return out
