"""What screens are made of, ready to draw: a table with its Arrow form converted once, and chart specs (see
`lib.charts.render.ready`). Cached views hold these, so a room's reruns convert nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from lib.charts import render


@dataclass(frozen=True)
class Table:
    """A display table: the frame (for downloads and tests) and its Arrow table (for the screen)."""

    frame: pd.DataFrame
    arrow: Any = field(repr=False, compare=False)

    @classmethod
    def of(cls, frame: pd.DataFrame) -> Table:
        return cls(frame, render.arrow_table(frame))

    def __len__(self) -> int:
        return len(self.frame)

    @property
    def empty(self) -> bool:
        return self.frame.empty
