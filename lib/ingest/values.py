"""Numbers as Swedish files write them: decimal comma, space or no-break-space thousands, Skolverket's
markers ("." missing, ".." suppressed, "*" not applicable, "~"/"cirka" rounded), percent signs.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

MISSING_MARKERS = {".": "missing", "..": "suppressed", "*": "not_applicable", "-": "missing", "–": "missing",
                   "…": "missing", "x": "missing", "na": "missing", "n/a": "missing", "nan": "missing"}
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_ROUNDED_PREFIX = re.compile(r"^(cirka|ca\.?|ungefär|about|approx\.?|~|≈)\s*", re.IGNORECASE)


@dataclass
class ParseStats:
    """What happened while reading one column: markers seen, rounded values, unreadable cells (row numbers)."""

    markers: Counter = field(default_factory=Counter)
    rounded: int = 0
    invalid_rows: list[int] = field(default_factory=list)
    invalid_examples: list[str] = field(default_factory=list)


def parse_number(text: object) -> tuple[float, str | None]:
    """One cell → (value, flag). Flags: None, "empty", a marker kind, "rounded" or "invalid"."""
    if text is None:
        return math.nan, "empty"
    if isinstance(text, bool):
        return float(text), None
    if isinstance(text, (int, float)):
        return (float(text), None) if math.isfinite(float(text)) else (math.nan, "empty")
    s = str(text).strip()
    if not s:
        return math.nan, "empty"
    low = s.lower()
    if low in MISSING_MARKERS:
        return math.nan, MISSING_MARKERS[low]
    flag = None
    m = _ROUNDED_PREFIX.match(s)
    if m:
        s, flag = s[m.end():], "rounded"
    if s.startswith("<") or s.startswith(">"):
        return math.nan, "suppressed"
    s = s.replace("\u2212", "-").replace("%", "")
    s = _SPACES.sub("", s)
    if "," in s and "." in s:
        # The last separator is the decimal one: "1.234,5" or "1,234.5".
        s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else s.replace(",", "")
    else:
        s = s.replace(",", ".")
    try:
        value = float(s)
    except ValueError:
        return math.nan, "invalid"
    if not math.isfinite(value):
        return math.nan, "invalid"
    return value, flag


def parse_series(cells: pd.Series, lines: pd.Series) -> tuple[pd.Series, ParseStats]:
    """Parse a column of text cells (parsing each distinct text once) and collect what was seen."""
    stats = ParseStats()
    as_text = cells.astype("object")
    uniques = pd.unique(as_text)
    parsed = {u: parse_number(u) for u in uniques}
    values = as_text.map(lambda c: parsed[c][0]).astype(float)
    flags = as_text.map(lambda c: parsed[c][1])
    for flag, count in flags.value_counts(dropna=True).items():
        if flag == "rounded":
            stats.rounded += int(count)
        elif flag not in ("empty", "invalid"):
            stats.markers[flag] += int(count)
    bad = flags == "invalid"
    if bad.any():
        stats.invalid_rows = [int(x) for x in lines[bad].tolist()]
        stats.invalid_examples = [str(x) for x in as_text[bad].head(3).tolist()]
    return values, stats


def parse_bool(text: object) -> bool | None:
    """"ja"/"nej", "true"/"false", 1/0, "x" → bool; empty → None; anything else → None."""
    if text is None:
        return None
    if isinstance(text, bool):
        return text
    s = str(text).strip().lower()
    if s in {"1", "1.0", "true", "sant", "ja", "yes", "x", "j", "y"}:
        return True
    if s in {"0", "0.0", "false", "falskt", "nej", "no", "n"}:
        return False
    return None
