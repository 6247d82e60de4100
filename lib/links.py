"""Links that reopen a view: the URL's stable keys, read leniently and written in one fixed order.

A link names choices by key, never by a translated label, so it opens the same view in either language:
`data` ("demo"/"sverige"), `indicator` (canonical column), `year` (start year), `school` (school id),
`municipality` (codes, comma-separated), `organizer` (repeated for several), `intervention`, `mode`, `k`, `alpha`,
`extent`, `lang`. Links shared before these keys still open: `skola`, `kommun`, `huvudman` and `fl_alpha` are read as
aliases, years as "2024/25", and an option's label (in either language) or "Name (id)" as the option.
Pure: `lib/ui/links.py` binds the widgets to the URL with these functions.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import urlencode

# The link's keys in the order a link writes them (`lang` last, so a link reads "what, then in which language").
KEYS: tuple[str, ...] = ("data", "mode", "indicator", "year", "municipality", "organizer", "school", "intervention",
                         "k", "alpha", "extent", "lang")
ALIASES: dict[str, str] = {"skola": "school", "kommun": "municipality", "huvudman": "organizer",
                           "fl_alpha": "alpha"}
COMMA_SEPARATED = frozenset({"municipality"})  # codes never hold a comma; organiser names may
ALL = "all"  # an explicit "every organiser" (Förstelärare), where no value would mean the default
MAX_CHARS = 300  # a longer value is no value of ours: ignored unread


class _Nothing:
    """No usable value (a sentinel, since None is an option: "none chosen", "all organisers")."""

    def __repr__(self) -> str:
        return "NOTHING"

    def __bool__(self) -> bool:
        return False


NOTHING: Any = _Nothing()

_YEAR = re.compile(r"^\s*(\d{4})\s*(?:[/\-–]\s*(\d{2}|\d{4}))?\s*$", re.ASCII)
_TRAILING_ID = re.compile(r"\(([^()]+)\)\s*$")


def parse_year(text: str) -> int | None:
    """A school year's start year from "2024", "2024/25", "2024/2025" or "2024-25"; None for anything else
    (also a second year that does not follow the first)."""
    match = _YEAR.match(str(text))
    if not match:
        return None
    start, end = int(match.group(1)), match.group(2)
    if end is not None and int(end) != ((start + 1) % 100 if len(end) == 2 else start + 1):
        return None
    return start if 1900 <= start <= 2100 else None


def parse_number(text: str) -> float | None:
    """A finite number from "1.5", "1,5" or " 2 "; None for anything else."""
    try:
        value = float(str(text).strip().replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def read(query: Mapping[str, str | Sequence[str]]) -> dict[str, tuple[str, ...]]:
    """The link's values by canonical key: aliases folded in (the canonical key wins), comma-separated keys split,
    blank and over-long values dropped. Unknown keys are left out."""
    out: dict[str, tuple[str, ...]] = {}
    for name in (*KEYS, *ALIASES):
        key = ALIASES.get(name, name)
        if key in out or name not in query:
            continue
        raw = query[name]
        values = [raw] if isinstance(raw, str) else list(raw)
        if key in COMMA_SEPARATED:
            values = [part for v in values for part in str(v).split(",")]
        kept = tuple(str(v).strip() for v in values if str(v).strip() and len(str(v)) <= MAX_CHARS)
        if kept:
            out[key] = kept
    return out


def to_text(value: Any) -> str:
    """One choice as a link writes it: a start year or k as its digits, a number without trailing zeros, None as
    `ALL`."""
    if value is None:
        return ALL
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def query_pairs(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The (key, text) pairs of a link, keys in `KEYS` order (others after, by name); a tuple is written
    comma-separated for `COMMA_SEPARATED` keys, else as repeated keys; empty tuples are left out."""
    order = {k: i for i, k in enumerate(KEYS)}
    pairs: list[tuple[str, str]] = []
    for key in sorted(values, key=lambda k: (order.get(k, len(KEYS)), k)):
        value = values[key]
        if isinstance(value, (tuple, list, frozenset)):
            texts = [to_text(v) for v in value]
            if not texts:
                continue
            if key in COMMA_SEPARATED:
                pairs.append((key, ",".join(texts)))
            else:
                pairs.extend((key, text) for text in texts)
        else:
            pairs.append((key, to_text(value)))
    return pairs


def query_string(values: Mapping[str, Any]) -> str:
    """The query part of a link ("indicator=…&year=2023&lang=en"), percent-encoded."""
    return urlencode(query_pairs(values))


def absolute(base: str | None, values: Mapping[str, Any], page: str = "") -> str:
    """A link's full address: `base` (the page's URL without its query) with the query; without a base (a test,
    no browser yet) the page's path from the server's root."""
    query = query_string(values)
    where = base.split("?", 1)[0].split("#", 1)[0] if base else f"/{page}"
    return f"{where}?{query}" if query else where


def _same(a: str, b: str) -> bool:
    return a.casefold().strip() == b.casefold().strip()


def choose(text: str, options: Sequence[Any], labels: Iterable[Callable[[Any], str]] = ()) -> Any:
    """The option a link's `text` names, or `NOTHING`: the option itself as text (a year also as "2024/25"),
    else an option whose label (any of `labels`, e.g. the Swedish and English one) is the text, else the id in
    a trailing "(id)" as written by older links ("Name (id)")."""
    text = str(text).strip()
    if not text or len(text) > MAX_CHARS:
        return NOTHING
    for option in options:
        if option is None:
            if text == ALL:
                return None
            continue
        if isinstance(option, bool):
            continue
        if isinstance(option, int):
            if parse_year(text) == option or (text.isascii() and text.isdigit() and int(text) == option):
                return option
        elif isinstance(option, float):
            number = parse_number(text)
            if number is not None and math.isclose(number, option, abs_tol=1e-9):
                return option
        elif str(option) == text:
            return option
    labels = tuple(labels)
    for label in labels:
        for option in options:
            try:
                if _same(str(label(option)), text):
                    return option
            except Exception:  # a label function that does not know the option: not a match
                continue
    match = _TRAILING_ID.search(text)
    if match and match.group(1).strip() != text:
        return choose(match.group(1).strip(), [o for o in options if o is not None])
    return NOTHING


def choose_many(texts: Sequence[str], options: Sequence[Any],
                labels: Iterable[Callable[[Any], str]] = ()) -> tuple[tuple[Any, ...], tuple[str, ...]]:
    """The options several texts name (in the options' order, once each) and the texts that name none. A text that
    names nothing whole but holds commas is tried part by part (old links joined several names)."""
    labels = tuple(labels)
    chosen: set[Any] = set()
    rejected: list[str] = []
    for text in texts:
        option = choose(text, options, labels)
        if option is not NOTHING:
            chosen.add(option)
            continue
        parts = [p for p in str(text).split(",") if p.strip()] if "," in str(text) else []
        found = [choose(p, options, labels) for p in parts]
        if parts and all(f is not NOTHING for f in found):
            chosen.update(found)
        else:
            rejected.append(text)
    return tuple(o for o in options if o in chosen), tuple(rejected)


def number_in(text: str, low: float, high: float, step: float) -> float | None:
    """A slider's value from a link: a number within [low, high], put on the slider's step; None otherwise."""
    value = parse_number(text)
    if value is None or not low <= value <= high:
        return None
    steps = round((value - low) / step)
    return round(low + steps * step, 10)


def shown(text: str, limit: int = 40) -> str:
    """A link's value as a note may quote it: one line, at most `limit` characters."""
    one_line = " ".join(str(text).split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"
