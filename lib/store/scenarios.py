"""Scenarios as plain data: a name, a group, the simulation's parameters, the fingerprint of the data they were
made from and a few summary figures. Validated and clamped whenever they are read (from storage or from a URL);
never pickled. A scenario travels in a link as versioned, compressed JSON.
"""

from __future__ import annotations

import base64
import binascii
import json
import zlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from lib.measures import allocation
from lib.messages import Message

VERSION = 1
URL_PREFIX = f"v{VERSION}."
MAX_URL_CHARS = 4_000
MAX_JSON_BYTES = 20_000  # decompression stops here: a link cannot expand into a large payload
MAX_NAME = 80
URL_PARAM = "scenario"  # the URL key of a shared scenario (a public contract: links in the wild use it)
# Numeric parameters and the range they are clamped to when read.
RANGES: dict[str, tuple[float, float]] = {
    "year": (1990, 2035), "posts": (0, 200_000), "budget_sek": (0, 1e11), "alpha": (0.0, 5.0), "max_move": (0, 50),
    "min_per_school": (0, 50), "max_per_school": (0, 500), "priority_factor": (1.0, 10.0),
    "low_qualification_factor": (1.0, 10.0), "supplement_sek": (0, 100_000), "supplement_pott2_sek": (0, 100_000),
    "employer_cost_factor": (1.0, 3.0),
}
INTEGERS = {"year", "posts", "max_move", "min_per_school", "max_per_school"}


class ScenarioError(ValueError):
    """A scenario that cannot be read; `message` says why."""

    def __init__(self, message: Message):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Scenario:
    """A saved or shared simulation."""

    name: str
    params: allocation.Params
    group: str = ""
    fingerprint: str = ""
    summary: dict[str, float | None] = field(default_factory=dict)
    version: int = VERSION

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        out = asdict(self)
        out["params"]["priority_profiles"] = list(self.params.priority_profiles)
        return out


def _clean_text(value: object, limit: int = MAX_NAME) -> str:
    text = "" if value is None else str(value)
    text = "".join(ch for ch in text if ch.isprintable())
    return text.strip()[:limit]


def params_from_dict(data: object) -> allocation.Params:
    """Validated and clamped parameters: unknown keys ignored, numbers clamped to RANGES, choices checked."""
    if not isinstance(data, dict):
        raise ScenarioError(Message("scenario.bad_params", {}, "error"))
    known = {f.name for f in fields(allocation.Params)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            continue
        if key in RANGES:
            if value is None and key in ("posts", "budget_sek"):
                values[key] = None
                continue
            try:
                number = float(value)
            except (TypeError, ValueError):
                raise ScenarioError(Message("scenario.bad_value", {"field": key}, "error")) from None
            if number != number:  # NaN
                raise ScenarioError(Message("scenario.bad_value", {"field": key}, "error"))
            lo, hi = RANGES[key]
            number = min(max(number, lo), hi)
            values[key] = round(number) if key in INTEGERS else number
        elif key == "mode":
            values[key] = value if value in allocation.MODES else "redistribute"
        elif key == "method":
            values[key] = value if value in allocation.METHODS else "sainte-lague"
        elif key == "organizer":
            values[key] = _clean_text(value, 200) or None
        elif key in ("priority_flag", "hold_pott2"):
            values[key] = bool(value)
        elif key == "priority_profiles":
            items = value if isinstance(value, (list, tuple)) else []
            values[key] = tuple(sorted({int(p) for p in items if isinstance(p, (int, float)) and 1 <= p <= 20}))
    if "year" not in values:
        raise ScenarioError(Message("scenario.bad_value", {"field": "year"}, "error"))
    return allocation.Params(**values)


def from_dict(data: object) -> Scenario:
    """A scenario from plain data (storage, JSON upload, URL), validated and clamped."""
    if not isinstance(data, dict):
        raise ScenarioError(Message("scenario.bad_params", {}, "error"))
    version = data.get("version", VERSION)
    if version != VERSION:
        raise ScenarioError(Message("scenario.bad_version", {"version": str(version)[:10]}, "error"))
    summary_in = data.get("summary") if isinstance(data.get("summary"), dict) else {}
    summary: dict[str, float | None] = {}
    for key, value in list(summary_in.items())[:20]:
        try:
            summary[_clean_text(key, 40)] = None if value is None else float(value)
        except (TypeError, ValueError):
            continue
    return Scenario(name=_clean_text(data.get("name")) or "Scenario", params=params_from_dict(data.get("params")),
                    group=_clean_text(data.get("group")), fingerprint=_clean_text(data.get("fingerprint"), 64),
                    summary=summary)


def to_url(scenario: Scenario) -> str:
    """"v1." + base64url(zlib(JSON of name and parameters))."""
    doc = {"version": VERSION, "name": scenario.name, "params": scenario.to_dict()["params"],
           "fingerprint": scenario.fingerprint}
    raw = json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return URL_PREFIX + base64.urlsafe_b64encode(zlib.compress(raw, 9)).decode("ascii").rstrip("=")


def from_url(text: str) -> Scenario:
    """The scenario in a link, validated and clamped; ScenarioError for anything that is not one."""
    if not isinstance(text, str) or not text.startswith(URL_PREFIX) or len(text) > MAX_URL_CHARS:
        raise ScenarioError(Message("scenario.bad_link", {}, "error"))
    body = text[len(URL_PREFIX):]
    try:
        packed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        inflater = zlib.decompressobj()
        raw = inflater.decompress(packed, MAX_JSON_BYTES)
        if inflater.unconsumed_tail:
            raise ScenarioError(Message("scenario.bad_link", {}, "error"))
        data = json.loads(raw.decode("utf-8"))
    except (binascii.Error, zlib.error, UnicodeDecodeError, json.JSONDecodeError, ValueError) as exc:
        if isinstance(exc, ScenarioError):
            raise
        raise ScenarioError(Message("scenario.bad_link", {}, "error")) from None
    return from_dict(data)


def summary_figures(sim: allocation.Simulation, before: allocation.Metrics,
                    after: allocation.Metrics) -> dict[str, float | None]:
    """The few figures a saved scenario keeps (what the workshop compares): posts, moved, cost (and, when the posts
    were placed within a budget, the budget and what is left of it) and the equity measures after the
    simulation."""
    return {"posts": sim.posts_total, "moved": sim.moved, "cost_after": sim.cost_after,
            "cost_change": sim.cost_after - sim.cost_before, "budget": sim.budget, "unspent": sim.unspent,
            "q4_before": before.q4, "q4_after": after.q4, "per_100_after": after.per_100_pupils, "gap_after": after.gap,
            "ci_after": after.concentration_index}


def link(scenario: Scenario, lang: str) -> str:
    """The query part of a link that reopens the scenario on the Förstelärare screen, in `lang`."""
    return f"?lang={lang}&{URL_PARAM}={to_url(scenario)}"
