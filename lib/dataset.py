"""The active dataset: the normalised unit × school-year table with where it came from and what ingest said."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

import pandas as pd

from lib.cache import cached
from lib.messages import Report
from lib.schema import Level

SourceKind = Literal["demo", "sverige", "upload", "fetched"]


@dataclass(frozen=True)
class Source:
    """Where the data came from: demo, uploaded files or fetched open data, with a date."""

    kind: SourceKind
    files: tuple[str, ...] = ()
    date: str = ""  # ISO date of generation, upload or fetch
    detail: str = ""  # e.g. the API base URL or municipality codes of a fetch


SHARED_KINDS: tuple[SourceKind, ...] = ("demo", "sverige")  # data every visitor sees alike: cached once for all


@dataclass(frozen=True, eq=False)
class Dataset:
    """A validated, normalised dataset: units × school years in canonical columns, plus optional extras.
    Never changed after it is made: screens and caches rely on it (derive a new dataset instead)."""

    frame: pd.DataFrame
    level: Level
    source: Source
    report: Report = field(default_factory=Report)
    classes: pd.DataFrame | None = None  # class-level results (Klasskillnader), when present
    interventions: pd.DataFrame | None = None  # demo interventions (Insatser), when present

    @property
    def is_demo(self) -> bool:
        return self.source.kind == "demo"

    @property
    def shared(self) -> bool:
        """True for data every visitor sees alike (the demo): its cached views are shared between visitors.
        A visitor's own data (an upload, a fetch) is cached in their session only (lib.cache)."""
        return self.source.kind in SHARED_KINDS

    @cached_property
    def school_years(self) -> list[int]:
        """The school years present, in order (read-only)."""
        if "school_year" not in self.frame or self.frame.empty:
            return []
        return sorted(int(y) for y in self.frame["school_year"].dropna().unique())

    @property
    def unit_column(self) -> str:
        return "school_id" if self.level == "school" else "municipality_code"

    @property
    def n_units(self) -> int:
        return int(self.frame[self.unit_column].nunique()) if self.unit_column in self.frame else 0

    @property
    def n_municipalities(self) -> int:
        if "municipality_code" not in self.frame:
            return 0
        return int(self.frame["municipality_code"].nunique())

    def present(self, names: tuple[str, ...] | list[str]) -> list[str]:
        """Those of `names` that exist and hold at least one value (`schema.present`). A new list each time."""
        return list(present_columns(self, tuple(names)))

    def year_frame(self, year: int) -> pd.DataFrame:
        """The rows of one school year."""
        from lib import schema

        return schema.year_rows(self.frame, year)

    def latest_year(self, columns: tuple[str, ...] | list[str] = ()) -> int | None:
        """The latest school year in which every one of `columns` has at least one value."""
        return latest_year_with(self, tuple(columns))

    def cache_key(self) -> tuple[str, str]:
        """How lib.cache tells datasets apart: by the fingerprint of everything they hold."""
        return ("dataset", self.fingerprint)

    @cached_property
    def fingerprint(self) -> str:
        """A short content hash of everything the dataset holds — the table with its column names and types, the
        level, the source, the ingest report, class results and interventions: identifies the data a scenario
        or a cache entry was made from."""
        h = hashlib.sha256()
        for part in (self.frame, self.classes, self.interventions):
            if part is None:
                h.update(b"none")
                continue
            h.update(pd.util.hash_pandas_object(part, index=False).to_numpy().tobytes())
            h.update(repr([(str(c), str(t)) for c, t in part.dtypes.items()]).encode())
        h.update(repr((self.level, self.source, self.report)).encode())
        return h.hexdigest()[:16]


@cached("dataset")
def present_columns(data: Dataset, names: tuple[str, ...]) -> tuple[str, ...]:
    """Those of `names` that exist in the dataset and hold at least one value (every screen's pickers ask)."""
    from lib import schema

    return tuple(schema.present(data.frame, names))


@cached("dataset")
def latest_year_with(data: Dataset, columns: tuple[str, ...]) -> int | None:
    """The latest school year in which every one of `columns` has at least one value (every year picker asks)."""
    return next((year for year in reversed(data.school_years)
                 if all(c in data.frame and data.year_frame(year)[c].notna().any() for c in columns)), None)


@cached("dataset")
def organizers(data: Dataset, year: int) -> tuple[str, ...]:
    """The organisers with units in one school year, sorted."""
    if "organizer" not in data.frame:
        return ()
    return tuple(sorted(data.year_frame(year)["organizer"].dropna().unique().tolist()))


def source_line(data: Dataset, lang: str) -> str:
    """"Källa: …" for a dataset, under every figure, chart and document (screens and commands alike)."""
    from lib.i18n import t

    src = data.source
    if src.kind == "demo":
        return t("source.demo", lang, date=src.date)
    if src.kind == "fetched":
        return t("source.fetched", lang, date=src.date or dt.date.today().isoformat())
    if src.kind == "sverige":  # Skolverket's official statistics, with the retrieval date the files state
        return t("source.sverige", lang, date=src.date) if src.date else t("source.sverige_undated", lang)
    return t("source.upload", lang, files=", ".join(src.files))
