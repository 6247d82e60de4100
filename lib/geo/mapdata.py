"""What the Karta screen draws: school points (filtered, with the colour field of the chosen mode) and the
municipality values of a choropleth. The colour modes are an indicator, the deviation from the organiser's
average, or the bivariate need × resource classes.

The small-number rule (`lib.measures.suppression`): a school-year with fewer than 10 pupils or 3 teacher FTE is
a point with `small` true, no colour value and no figures; only its pupil count stays in the frame (so a table
can say "< 10" truthfully), and `lib.charts.maps.school_map` blanks that too before the points leave for a
browser. A table of points goes through `suppression.for_people(points, lang, mask=points["small"])`.
"""

from __future__ import annotations

from typing import Literal

import pandas as pd

from lib import schema
from lib.cache import cached
from lib.dataset import Dataset
from lib.geo import placement
from lib.measures import indicators, suppression

Mode = Literal["indicator", "deviation", "bivariate", "profile", "change"]
MODES: tuple[Mode, ...] = ("indicator", "deviation", "bivariate")
TOOLTIP_COLUMNS: tuple[str, ...] = ("need_index", "qualified_share", "pupils_per_teacher",
                                    "first_teachers_per_100_pupils")
# Bivariate palette (3 × 3, after Joshua Stevens): need grows to the blue, shortage of the resource to the
# red; "3-3" (darkest) is where high need meets the weakest resource. Readable for red–green colour blindness.
BIVARIATE_COLOURS: dict[str, str] = {
    "1-1": "#e8e8e8", "1-2": "#e4acac", "1-3": "#c85a5a",
    "2-1": "#b0d5df", "2-2": "#ad9ea5", "2-3": "#985356",
    "3-1": "#64acbe", "3-2": "#627f8c", "3-3": "#574249",
}
WORST_CLASS = "3-3"


def filter_units(rows: pd.DataFrame, municipalities: list[str] | None = None,
                 organizers: list[str] | None = None) -> pd.DataFrame:
    """The rows of the given municipality codes and organisers (None or an empty list = all)."""
    sub = rows
    if municipalities and "municipality_code" in sub:
        sub = sub[sub["municipality_code"].isin(municipalities)]
    if organizers and "organizer" in sub:
        sub = sub[sub["organizer"].isin(organizers)]
    return sub


def colour_values(sub: pd.DataFrame, mode: Mode, indicator: str, level: str) -> pd.Series:
    """The field the map is coloured by: the indicator, its deviation from the organiser's average (computed
    over the whole year, not only the filtered units), or the bivariate class "need-shortage"."""
    if mode == "indicator":
        return pd.to_numeric(sub[indicator], errors="coerce")
    if mode == "deviation":
        return indicators.deviation_from_organizer(sub, indicator, level)["deviation"]
    return indicators.bivariate_classes(sub["need_index"], sub[indicator], burden=indicators.is_burden(indicator))


def school_points(frame: pd.DataFrame, year: int, mode: Mode, indicator: str, municipalities: list[str] | None = None,
                  organizers: list[str] | None = None) -> pd.DataFrame:
    """One row per school with coordinates: id, name, municipality, organiser, lat, lon, pupils, the colour
    field `colour`, the tooltip indicators and `small` (the school-year falls under the small-number rule: its
    colour and indicators are missing). Deviation is taken against the organiser's whole set of units, and the
    thirds of the bivariate classes are those of every unit (aggregates count every unit)."""
    rows = schema.year_rows(frame, year)
    colour = colour_values(rows, mode, indicator, "school")
    sub = filter_units(rows, municipalities, organizers)
    sub = placement.with_positions(sub) if "school_id" in sub else sub  # no coordinates: within the municipality
    sub = sub[sub["lat"].notna() & sub["lon"].notna()] if {"lat", "lon"} <= set(sub.columns) else sub.iloc[0:0]
    out = pd.DataFrame({
        "school_id": sub["school_id"].astype(str),
        "name": indicators.display_names(sub, "school").astype(str),
        "municipality": sub["municipality_name"].astype("string").fillna("") if "municipality_name" in sub else "",
        "organizer": sub["organizer"].astype("string").fillna("") if "organizer" in sub else "",
        "lat": sub["lat"].astype(float) if "lat" in sub else float("nan"),
        "lon": sub["lon"].astype(float) if "lon" in sub else float("nan"),
        "pupils": pd.to_numeric(sub["pupils"], errors="coerce").fillna(0) if "pupils" in sub else 0.0,
        "colour": colour.reindex(sub.index),
    }, index=sub.index)
    for col in TOOLTIP_COLUMNS:
        if col in sub:
            out[col] = pd.to_numeric(sub[col], errors="coerce").round(2)
    if mode == "bivariate":
        out["colour"] = out["colour"].astype("string")
    out[suppression.FLAG] = suppression.small(sub)
    return suppression.blanked(out, out[suppression.FLAG], keep=("pupils", "municipality")).reset_index(drop=True)


def municipality_values(rows: pd.DataFrame, mode: Mode, indicator: str) -> dict[str, dict[str, object]]:
    """Municipality code → {"value": colour value, "small": bool} for a choropleth of one school year's
    municipality-level rows; a municipality-year under the small-number rule has no value."""
    colour = colour_values(rows, mode, indicator, "municipality")
    hidden = suppression.small(rows)
    out: dict[str, dict[str, object]] = {}
    for code, value, small in zip(rows["municipality_code"].astype(str), colour, hidden, strict=True):
        shown = None if small or pd.isna(value) else (str(value) if mode == "bivariate" else float(value))
        out[code] = {"value": shown, suppression.FLAG: bool(small)}
    return out


def worst_class_units(points: pd.DataFrame) -> pd.DataFrame:
    """The units where high need meets the weakest resource (bivariate class 3-3), most pupils first."""
    return points[points["colour"] == WORST_CLASS].sort_values("pupils", ascending=False)


def unit_figures(rows: pd.DataFrame, unit_id: str, unit_column: str, level: str,
                 columns: tuple[str, ...] = ("need_index", "qualified_share", "pupils_per_teacher",
                                             "first_teachers_per_100_pupils", "pupils")) -> pd.DataFrame:
    """One unit's figures beside its organiser's average, from one school year's rows: indicator, value, average,
    deviation."""
    out = []
    mine = rows[unit_column].astype(str) == str(unit_id) if unit_column in rows else pd.Series(False, rows.index)
    if not mine.any():
        return pd.DataFrame(out, columns=["indicator", "value", "average", "deviation"])
    i = rows.index[mine][0]
    for col in columns:
        if col not in rows or rows[col].isna().all():
            continue
        dev = indicators.deviation_from_organizer(rows, col, level)
        out.append({"indicator": col, "value": rows.at[i, col], "average": dev.at[i, "average"],
                    "deviation": dev.at[i, "deviation"]})
    return pd.DataFrame(out, columns=["indicator", "value", "average", "deviation"])


def with_profiles(points: pd.DataFrame, labels: pd.Series) -> pd.DataFrame:
    """School points coloured by profile label (units without a profile, and units under the small-number rule,
    whose profile would tell their figures, get none)."""
    out = points.copy()
    out["colour"] = out["school_id"].map(labels).astype("string")
    if suppression.FLAG in out:
        out.loc[out[suppression.FLAG], "colour"] = pd.NA
    return out


def with_change(points: pd.DataFrame, change: pd.Series) -> pd.DataFrame:
    """School points coloured by the simulated change in posts (schools outside the simulation dropped). The
    change is a decision, not a statistic: it stays for a school under the small-number rule."""
    out = points[points["school_id"].isin(change.index)].copy()
    out["colour"] = out["school_id"].map(change).astype(float)
    return out


@cached("maps")
def points(data: Dataset, year: int, mode: Mode, indicator: str, municipalities: tuple[str, ...] = (),
           organizers: tuple[str, ...] = ()) -> pd.DataFrame:
    """A dataset's school points for one look, computed once for every map that draws them (Karta, the profile
    map, the change map); empty filters mean all."""
    return school_points(data.frame, year, mode, indicator, list(municipalities) or None, list(organizers) or None)
