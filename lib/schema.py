"""The canonical unit × school-year table: column definitions, validation rules and derived columns.

Every module reads and writes these column names. Labels shown to people live in `lib.i18n`
(keys `col.<name>`); this module holds only what the data *is*.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd

from lib.messages import Message

DATA_DIR = Path(__file__).resolve().parents[1] / "data"

Kind = Literal["id", "text", "year", "coord", "count", "fte", "share", "ratio", "years", "index", "scale",
               "points", "bool", "rate", "sek"]
Role = Literal["key", "label", "geo", "size", "resource", "burden", "need", "need_inverse", "outcome", "flag",
               "context"]


@dataclass(frozen=True)
class Column:
    """One canonical column: its kind, its role in the analysis, the range it must lie in, its weight."""

    name: str
    kind: Kind
    role: Role
    lo: float | None = None
    hi: float | None = None
    weight: str | None = None  # the natural denominator for aggregation ("teacher_fte" or "pupils")
    derived: bool = False
    required: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("school_id", "id", "key"),
    Column("school_name", "text", "label"),
    Column("municipality_code", "id", "key"),
    Column("municipality_name", "text", "label"),
    Column("organizer", "text", "label"),
    Column("organizer_type", "text", "label"),
    Column("school_year", "year", "key", 1990, 2035, required=True),
    Column("lat", "coord", "geo", 55.0, 69.5),
    Column("lon", "coord", "geo", 10.5, 24.5),
    Column("pupils", "count", "size", 0, None),
    Column("teacher_fte", "fte", "size", 0, None),
    Column("teachers", "count", "size", 0, None),
    Column("qualified_share", "share", "resource", 0, 100, weight="teacher_fte"),
    Column("pupils_per_teacher", "ratio", "burden", 0, 200, weight="teacher_fte"),
    Column("first_teachers", "count", "resource", 0, None, weight="pupils"),
    Column("pott2", "bool", "flag"),
    Column("teacher_experience_years", "years", "resource", 0, 50, weight="teacher_fte"),
    Column("teacher_turnover", "share", "burden", 0, 100, weight="teacher_fte"),
    Column("ped_degree_share", "share", "resource", 0, 100, weight="teacher_fte"),
    Column("ses_index", "index", "need", 0, 1000, weight="pupils"),
    Column("parents_higher_ed_share", "share", "need_inverse", 0, 100, weight="pupils"),
    Column("foreign_background_share", "share", "need", 0, 100, weight="pupils"),
    Column("newly_arrived_share", "share", "need", 0, 100, weight="pupils"),
    Column("parents_education_level", "scale", "need_inverse", 0.5, 3.5, weight="pupils"),
    Column("merit_value", "points", "outcome", 0, 340, weight="pupils"),
    Column("eligible_share", "share", "outcome", 0, 100, weight="pupils"),
    # Derived at ingest, once, and named the same everywhere.
    Column("need_index", "index", "need", 0, None, weight="pupils", derived=True),
    Column("first_teachers_per_100_pupils", "rate", "resource", 0, None, weight="pupils", derived=True),
    Column("first_teachers_per_100_teachers", "rate", "resource", 0, None, weight="teachers", derived=True),
    # Optional: the organiser's resource-allocation model per unit and year (Resursfördelning, report p.22–24).
    Column("allocation_sek", "sek", "resource", 0, None),
    Column("ses_allocation_sek", "sek", "resource", 0, None),
    Column("assistant_fte", "fte", "resource", 0, None),
    # Outcomes and costs as context (the bundled `sverige` data; never inputs to the need index there).
    Column("pass_all_subjects_y6_share", "share", "outcome", 0, 100, weight="pupils"),
    Column("eligible_y9_share", "share", "outcome", 0, 100, weight="pupils"),
    Column("cost_per_pupil_sek", "sek", "context", 0, None, weight="pupils"),  # a calendar year's, not a school year's
    Column("teaching_cost_per_pupil_sek", "sek", "context", 0, None, weight="pupils"),  # likewise
)

BY_NAME: dict[str, Column] = {c.name: c for c in COLUMNS}
CANONICAL: tuple[str, ...] = tuple(c.name for c in COLUMNS)
INPUT_COLUMNS: tuple[str, ...] = tuple(c.name for c in COLUMNS if not c.derived)
NUMERIC_KINDS = {"coord", "count", "fte", "share", "ratio", "years", "index", "scale", "points", "rate", "sek"}
SHARE_COLUMNS: tuple[str, ...] = tuple(c.name for c in COLUMNS if c.kind == "share")
TEXT_COLUMNS: tuple[str, ...] = ("school_id", "school_name", "municipality_code", "municipality_name",
                                 "organizer", "organizer_type")
ORGANIZER_TYPES: tuple[str, ...] = ("kommunal", "enskild", "statlig", "region", "internationell", "samtliga")

# Indicators a person can choose to look at on the map, equity and profile screens.
RESOURCE_INDICATORS: tuple[str, ...] = (
    "qualified_share", "pupils_per_teacher", "first_teachers_per_100_pupils",
    "first_teachers_per_100_teachers", "teacher_experience_years", "teacher_turnover", "ped_degree_share",
)
NEED_INDICATORS: tuple[str, ...] = (
    "need_index", "ses_index", "parents_higher_ed_share", "foreign_background_share", "newly_arrived_share",
    "parents_education_level",
)
FUNDING_COLUMNS: tuple[str, ...] = ("allocation_sek", "ses_allocation_sek", "assistant_fte")
OUTCOME_INDICATORS: tuple[str, ...] = ("merit_value", "eligible_share", "pass_all_subjects_y6_share",
                                       "eligible_y9_share")
# Costs per pupil: context beside the teacher resources (a calendar year's figure; no causal reading).
CONTEXT_INDICATORS: tuple[str, ...] = ("cost_per_pupil_sek", "teaching_cost_per_pupil_sek")

# Small-number suppression (Skolverket's own rule, see DESIGN "Trust and privacy").
MIN_PUPILS = 10
MIN_TEACHER_FTE = 3.0

Level = Literal["school", "municipality"]


def present(frame: pd.DataFrame, names: tuple[str, ...] | list[str]) -> list[str]:
    """Those of `names` that exist in `frame` and hold at least one value."""
    return [n for n in names if n in frame.columns and frame[n].notna().any()]


def year_rows(frame: pd.DataFrame, year: int) -> pd.DataFrame:
    """The rows of one school year (every measure starts from one year's units)."""
    return frame[frame["school_year"] == year]


def school_year_label(year: int) -> str:
    """2024 → "2024/25": the way Skolverket and schools write a school year."""
    return f"{int(year)}/{(int(year) + 1) % 100:02d}"


def parse_school_year(value: object) -> int | None:
    """Read "2024/25", "2024/2025", "2024-25", "HT2024", "VT2025"-less plain years and 2024 as start year 2024.

    Returns None when the text is not a school year. A bare year is taken as the start year.
    """
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    text = str(value).strip().replace("\u2013", "/").replace("-", "/")
    if text.endswith(".0"):
        text = text[:-2]
    parts = text.split("/")
    try:
        start = int(parts[0].strip())
    except ValueError:
        return None
    if len(parts) == 2:
        end_text = parts[1].strip()
        if not end_text.isdigit():
            return None
        end = int(end_text)
        if not ((len(end_text) == 2 and end == (start + 1) % 100) or end == start + 1):
            return None
    elif len(parts) != 1:
        return None
    return start


@lru_cache(maxsize=1)
def municipalities() -> pd.DataFrame:
    """Sweden's 290 municipalities (code as 4-digit text, name, county code) from `data/municipalities.csv`."""
    return pd.read_csv(DATA_DIR / "municipalities.csv", dtype=str, encoding="utf-8")


def municipality_names() -> dict[str, str]:
    """Municipality code → name."""
    m = municipalities()
    return dict(zip(m["municipality_code"], m["municipality_name"], strict=True))


def detect_level(frame: pd.DataFrame) -> Level:
    """"school" when units carry school codes, otherwise "municipality"."""
    if "school_id" in frame.columns and frame["school_id"].notna().any():
        return "school"
    return "municipality"


def unit_key(frame: pd.DataFrame, level: Level) -> pd.Series:
    """The unit identifier of each row: school code for schools, municipality code for municipalities."""
    col = "school_id" if level == "school" else "municipality_code"
    return frame[col].astype("string")


def safe_divide(num: pd.Series, den: pd.Series, scale: float = 1.0) -> pd.Series:
    """num/den·scale with missing instead of inf where the denominator is 0 or missing."""
    num = pd.to_numeric(num, errors="coerce").astype(float)
    den = pd.to_numeric(den, errors="coerce").astype(float)
    out = num / den.where(den > 0) * scale
    return out.astype(float)


def add_derived(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[Message]]:
    """Compute the derived columns once: pupils per teacher (when missing), förstelärare rates, need index.

    Returns the new frame and info messages saying what was derived, for the validation report.
    """
    from lib.measures import need  # local import: need imports nothing from schema, but keep the import graph flat

    out = frame.copy()
    notes: list[Message] = []
    if "pupils" in out and "teacher_fte" in out:
        computed = safe_divide(out["pupils"], out["teacher_fte"])
        if "pupils_per_teacher" in out:
            filled = out["pupils_per_teacher"].isna() & computed.notna()
            if filled.any():
                out.loc[filled, "pupils_per_teacher"] = computed[filled]
                notes.append(Message("schema.derived_ppt_filled", {"n": int(filled.sum())}))
        else:
            out["pupils_per_teacher"] = computed
            if computed.notna().any():
                notes.append(Message("schema.derived_ppt"))
    if "first_teachers" in out and "pupils" in out:
        out["first_teachers_per_100_pupils"] = safe_divide(out["first_teachers"], out["pupils"], 100.0)
    if "first_teachers" in out:
        if "teachers" in out and out["teachers"].notna().any():
            out["first_teachers_per_100_teachers"] = safe_divide(out["first_teachers"], out["teachers"], 100.0)
            notes.append(Message("schema.derived_fl_per_headcount"))
        elif "teacher_fte" in out:
            out["first_teachers_per_100_teachers"] = safe_divide(out["first_teachers"], out["teacher_fte"], 100.0)
            notes.append(Message("schema.derived_fl_per_fte"))
    out["need_index"], need_notes = need.need_index(out)
    notes.extend(need_notes)
    return out, notes


def order_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """Canonical columns first in design order, anything else after."""
    first = [c for c in CANONICAL if c in frame.columns]
    rest = [c for c in frame.columns if c not in BY_NAME]
    return frame[first + rest]
