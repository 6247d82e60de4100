"""The active dataset: the normalised unit × school-year table with where it came from and what ingest said."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

import pandas as pd

from lib.report import Report
from lib.schema import Level

SourceKind = Literal["demo", "upload", "fetched"]


@dataclass(frozen=True)
class Source:
    """Where the data came from: demo, uploaded files or fetched open data, with a date."""

    kind: SourceKind
    files: tuple[str, ...] = ()
    date: str = ""  # ISO date of generation, upload or fetch
    detail: str = ""  # e.g. the API base URL or municipality codes of a fetch


@dataclass
class Dataset:
    """A validated, normalised dataset: units × school years in canonical columns, plus optional extras."""

    frame: pd.DataFrame
    level: Level
    source: Source
    report: Report = field(default_factory=Report)
    classes: pd.DataFrame | None = None  # class-level results (Klasskillnader), when present
    interventions: pd.DataFrame | None = None  # demo interventions (Insatser), when present

    @property
    def is_demo(self) -> bool:
        return self.source.kind == "demo"

    @cached_property
    def school_years(self) -> list[int]:
        """The school years present, in order (computed once: a dataset's frame is never replaced; read-only)."""
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
        """Those of `names` that exist and hold at least one value (`schema.present`, remembered per names: the
        screens' pickers ask on each rerun). A new list each time."""
        from lib import schema

        key = tuple(names)
        return list(self._remembered("present", key, lambda: tuple(schema.present(self.frame, key))))

    def year_frame(self, year: int) -> pd.DataFrame:
        """The rows of one school year."""
        return self.frame[self.frame["school_year"] == year]

    def latest_year(self, columns: tuple[str, ...] | list[str] = ()) -> int | None:
        """The latest school year in which every one of `columns` has at least one value (remembered per
        columns: every screen's year picker asks on each rerun)."""
        key = tuple(columns)
        return self._remembered("latest_year", key, lambda: next(
            (year for year in reversed(self.school_years)
             if all(c in self.frame and self.year_frame(year)[c].notna().any() for c in key)), None))

    def _remembered(self, name: str, key: tuple, compute):
        """`compute()` once per `name` and `key` for this dataset (its frame is never replaced)."""
        known = self.__dict__.setdefault(f"_remembered_{name}", {})
        if key not in known:
            known[key] = compute()
        return known[key]

    @cached_property
    def fingerprint(self) -> str:
        """A short content hash: identifies the data a scenario or a cache entry was made from."""
        h = hashlib.sha256()
        h.update(pd.util.hash_pandas_object(self.frame, index=False).to_numpy().tobytes())
        h.update(",".join(map(str, self.frame.columns)).encode())
        return h.hexdigest()[:16]
