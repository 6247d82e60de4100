"""The bundled real source `sverige`: Skolverket's official statistics for all 290 municipalities (grundskola),
built from the raw exports in data/sverige/raw/ (copied unchanged from Sök statistik) by the same ingest as an
upload.

- Teachers and pupils (personalstatistik-*, elever-per-arskurs-*) go through `lib.ingest` exactly as a visitor's
  files would, so `python -m lib equity sverige` equals passing those files with the same organiser type. Only the
  pupil files set `pupils`.
- The need index is computed there, from pupils' background only (parents' post-secondary education, foreign
  background; `lib.measures.need` "zscore"), in every school year alike, so the trend compares like with like.
- Outcomes and costs are added afterwards as context columns, never inputs to the need index: year-6 share passing
  all subjects (betyg-ak6-*), year-9 eligibility for vocational programmes (behorighet-gymnasiet-*, the "Samtliga"
  sex rows), and costs per pupil (kostnader-*: municipal organisers only, a calendar year, kept on the rows of the
  school year that starts in it and labelled as a calendar-year figure).
- One dataset per organiser type (`samtliga`, the default: all pupils of a municipality; `kommunal`; `enskild`):
  a unit is a municipality, and the organiser type is the dataset's (`organizer_type` column, `Source.detail`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from lib import schema
from lib.dataset import Dataset, Source
from lib.ingest.layout import find_layout
from lib.ingest.normalise import orgtype_value
from lib.ingest.readers import read_any
from lib.ingest.values import parse_number

RAW_DIR: Path = schema.DATA_DIR / "sverige" / "raw"
ORGANIZER_TYPES: tuple[str, ...] = ("samtliga", "kommunal", "enskild")
DEFAULT_ORGANIZER_TYPE = "samtliga"
# The raw files by role (file-name prefixes as delivered).
CORE_PREFIXES: tuple[str, ...] = ("personalstatistik-", "elever-per-arskurs-")
PASS_Y6_PREFIX = "betyg-ak6-"
ELIGIBLE_Y9_PREFIX = "behorighet-gymnasiet-"
COST_PREFIX = "kostnader-"
# Header of each context value in the raw files → canonical column.
PASS_Y6_HEADER = "Andel (%) elever som fått godkänt betyg i alla ämnen"
ELIGIBLE_Y9_HEADER = "Andel (%) elever behöriga till yrkesprog."
COST_HEADERS: dict[str, str] = {"Totalt per elev": "cost_per_pupil_sek",
                                "Undervisning per elev": "teaching_cost_per_pupil_sek"}
CONTEXT_COLUMNS: tuple[str, ...] = ("pass_all_subjects_y6_share", "eligible_y9_share", "cost_per_pupil_sek",
                                    "teaching_cost_per_pupil_sek")
_UTTAG = re.compile(r"valt\s+uttag\s*:?\s*(\d{4}-\d{2}-\d{2})", re.IGNORECASE)
_CALENDAR_YEAR = re.compile(r"valt\s+år\s*:?\s*(\d{4})", re.IGNORECASE)


def raw_files(prefix: str | tuple[str, ...]) -> list[Path]:
    """The raw files whose names start with `prefix`, sorted by name (so by school year)."""
    prefixes = (prefix,) if isinstance(prefix, str) else prefix
    return sorted(p for p in RAW_DIR.glob("*.csv") if p.name.startswith(prefixes))


def check_organizer_type(organizer_type: str) -> str:
    """The organiser type, checked: samtliga, kommunal or enskild (ValueError otherwise)."""
    value = str(organizer_type).strip().lower()
    if value not in ORGANIZER_TYPES:
        raise ValueError(f"unknown organiser type {organizer_type!r}; choose one of: {', '.join(ORGANIZER_TYPES)}")
    return value


def load(organizer_type: str = DEFAULT_ORGANIZER_TYPE) -> Dataset:
    """The municipality-level dataset for one organiser type, built once per process (never mutate it)."""
    return _load(check_organizer_type(organizer_type))


@lru_cache(maxsize=len(ORGANIZER_TYPES))
def _load(organizer_type: str) -> Dataset:
    return build(organizer_type)


def build(organizer_type: str = DEFAULT_ORGANIZER_TYPE) -> Dataset:
    """Build the dataset from the raw files (uncached): ingest teachers and pupils, then add the context columns."""
    from lib import ingest

    organizer_type = check_organizer_type(organizer_type)
    core = raw_files(CORE_PREFIXES)
    result = ingest.ingest([(p.name, p.read_bytes()) for p in core], organizer_type=organizer_type,
                           source_kind="sverige", date=retrieval_date())
    if result.dataset is None:
        raise RuntimeError("the bundled Skolverket files could not be read: "
                           + "; ".join(m.key for m in result.report.errors))
    ds = result.dataset
    frame = ds.frame
    for extra in (pass_y6(organizer_type), eligible_y9(organizer_type), costs(organizer_type)):
        frame = frame.merge(extra, on=["municipality_code", "school_year"], how="left")
    for col in CONTEXT_COLUMNS:
        if col not in frame:
            frame[col] = np.nan
        frame[col] = frame[col].astype(float)
    files = tuple(p.name for p in (*core, *raw_files((PASS_Y6_PREFIX, ELIGIBLE_Y9_PREFIX, COST_PREFIX))))
    source = Source("sverige", files, ds.source.date, organizer_type)
    return Dataset(schema.order_columns(frame.reset_index(drop=True)), "municipality", source, ds.report)


def retrieval_date() -> str:
    """The latest "Valt uttag" date the teacher files state (only they state one), ISO; "" when none does."""
    dates = []
    for path in raw_files("personalstatistik-"):
        head = path.read_bytes()[:2000].decode("utf-8-sig", errors="replace")
        dates += _UTTAG.findall(head)
    return max(dates, default="")


def _table(path: Path) -> tuple[pd.DataFrame, int | None]:
    """One raw file as text cells under its own headers, only the rows with a municipality code, and the year its
    title block states ("Valt läsår" start year, or "Valt år" for a calendar year)."""
    raw = read_any(path.name, path.read_bytes())
    layout = find_layout(raw)
    start = (layout.header_index or 0) + 1
    width = len(layout.raw_headers)
    rows = [(r + [""] * width)[:width] for r in raw.rows[start:]]
    frame = pd.DataFrame(rows, columns=layout.raw_headers)
    code_col = next(c for c in frame.columns if c.replace("-", "").lower() == "kommunkod")
    codes = frame[code_col].str.replace(r"\s", "", regex=True)
    frame = frame[codes.str.fullmatch(r"\d{3,4}")].copy()
    frame["municipality_code"] = codes[frame.index].str.zfill(4)
    frame["_orgtype"] = frame["Typ av huvudman"].map(orgtype_value)
    year = layout.school_year
    if year is None:
        head = " ".join(" ".join(r) for r in raw.rows[:start])
        found = _CALENDAR_YEAR.search(head)
        year = int(found.group(1)) if found else None
    return frame, year


def _numbers(cells: pd.Series) -> pd.Series:
    """Swedish-written numbers → floats; Skolverket's markers ("..", ".") → missing; "~100" → 100."""
    return cells.map(lambda c: parse_number(c)[0]).astype(float)


def _values(prefix: str, header: str, column: str, organizer_type: str,
            rows: str | None = None) -> pd.DataFrame:
    """One value per municipality and school year from every raw file of `prefix`, for one organiser type
    (`rows`: which "Kön" rows, for files that have them)."""
    parts = []
    for path in raw_files(prefix):
        frame, year = _table(path)
        keep = frame["_orgtype"] == organizer_type
        if rows is not None:
            keep &= frame["Kön"].str.strip() == rows
        sub = frame[keep]
        parts.append(pd.DataFrame({"municipality_code": sub["municipality_code"], "school_year": year,
                                   column: _numbers(sub[header])}))
    if not parts:
        return pd.DataFrame(columns=["municipality_code", "school_year", column])
    out = pd.concat(parts, ignore_index=True)
    out["school_year"] = out["school_year"].astype("int64")
    out["municipality_code"] = out["municipality_code"].astype("string")
    return out.drop_duplicates(["municipality_code", "school_year"])


def pass_y6(organizer_type: str) -> pd.DataFrame:
    """Year-6 share passing all subjects (%), per municipality and school year (the file's "Antal elever" is not
    used: only the pupil files set `pupils`)."""
    return _values(PASS_Y6_PREFIX, PASS_Y6_HEADER, "pass_all_subjects_y6_share", organizer_type)


def eligible_y9(organizer_type: str) -> pd.DataFrame:
    """Year-9 share eligible for upper secondary's vocational programmes (%), from the "Samtliga" (both sexes)
    rows."""
    return _values(ELIGIBLE_Y9_PREFIX, ELIGIBLE_Y9_HEADER, "eligible_y9_share", organizer_type, rows="Samtliga")


def costs(organizer_type: str) -> pd.DataFrame:
    """Cost and teaching cost per pupil (kr) of the municipality's own schools in a calendar year, on the rows of
    the school year that starts in it (2024 → 2024/25). Skolverket gives them for municipal organisers only: they
    stand for `samtliga` and `kommunal` (the municipality's own schools) and are missing for `enskild`."""
    cols = ["municipality_code", "school_year", *COST_HEADERS.values()]
    if organizer_type == "enskild":
        return pd.DataFrame(columns=cols).astype({"municipality_code": "string", "school_year": "int64"})
    parts = []
    for path in raw_files(COST_PREFIX):
        frame, year = _table(path)
        sub = frame[frame["_orgtype"] == "kommunal"]
        part = pd.DataFrame({"municipality_code": sub["municipality_code"], "school_year": year})
        for header, column in COST_HEADERS.items():
            part[column] = _numbers(sub[header])
        parts.append(part)
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=cols)
    out["school_year"] = out["school_year"].astype("int64")
    out["municipality_code"] = out["municipality_code"].astype("string")
    return out.drop_duplicates(["municipality_code", "school_year"])
