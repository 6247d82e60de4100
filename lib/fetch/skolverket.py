"""Skolverket's open data (Planned Educations API, v4; v3 tolerated) → a school-level Dataset.

For each municipality: list grundskola units (`/v4/school-units?geographicalAreaCode=…&typeOfSchooling=gr`,
following the paging links), then per unit its record (coordinates, organiser), its grundskola statistics
(`/statistics/gr`) and its SALSA values (`/statistics/all-schools/salsa/{code}`). Values arrive as Swedish
text ("89,6", "cirka 1110", "..") and are read with `lib.ingest.values.parse_number`; periods ("2023/24")
become start years. Everything that is missing, and why, goes into the dataset's report.

API shapes: `research/apis/skolverket-planned-educations-v4.openapi.json` and
`research/domain-data-and-methods.md` §1b.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pandas as pd

from lib import schema
from lib.config import settings
from lib.dataset import Dataset, Source
from lib.fetch.client import DEFAULT_TIMEOUT, Client, FetchError
from lib.ingest.values import parse_number
from lib.messages import Message, Report

ACCEPT = "application/vnd.skolverket.plannededucations.api.{version}.hal+json"
PAGE_SIZE = 100  # the API's maximum page size
MAX_PAGES = 200  # a guard against paging links that never end

# Statistics series of /statistics/gr → canonical column.
STAT_FIELDS: dict[str, str] = {
    "certifiedTeachersQuota": "qualified_share",
    "studentsPerTeacherQuota": "pupils_per_teacher",
    "totalNumberOfPupils": "pupils",
    "averageGradesMeritRating9thGrade": "merit_value",
    # Eligibility for a vocational programme is the basic "behörig till gymnasiet".
    "ratioOfPupils9thGradeEligibleForNationalProgramYR": "eligible_share",
}
# SALSA background values → canonical column.
SALSA_FIELDS: dict[str, str] = {
    "salsaParentsEducation": "parents_education_level",
    "salsaNewlyImmigratedQuota": "newly_arrived_share",
}
ORGANIZER_TYPES: dict[str, str] = {
    "kommunal": "kommunal", "kommun": "kommunal", "fristående": "enskild", "fristaende": "enskild",
    "enskild": "enskild", "statlig": "statlig", "stat": "statlig", "region": "region", "landsting": "region",
    "internationell": "internationell",
}
# Coordinates in a unit's record: v4 detail, compact list and register spellings.
LAT_KEYS = ("wgs84_Lat", "wgs84Latitude", "wgs84_lat", "latitude", "lat")
LON_KEYS = ("wgs84_Long", "wgs84Longitude", "wgs84_long", "wgs84_Lon", "longitude", "lon")
MARKER_FLAGS = ("missing", "suppressed", "not_applicable")
LIST_NAMES_MAX = 10


@dataclass
class FetchResult:
    """A fetch: the dataset, the client's counters, the seconds it took and what was missing (school codes)."""

    dataset: Dataset
    stats: dict[str, int]
    seconds: float
    missing: dict[str, list[str]] = field(default_factory=dict)

    @property
    def n_schools(self) -> int:
        return self.dataset.n_units


def split_base(base_url: str) -> tuple[str, str]:
    """(root, version): "https://…/planned-educations" → v4; a base ending in /v3 or /v4 keeps that version."""
    root = base_url.rstrip("/")
    for version in ("v4", "v3"):
        if root.endswith(f"/{version}"):
            return root[: -len(version) - 1], version
    return root, "v4"


def valid_codes(codes: Iterable[str]) -> tuple[list[str], list[str]]:
    """(known codes as 4-digit text, unknown inputs) in the order given, without repeats."""
    names = schema.municipality_names()
    good: list[str] = []
    bad: list[str] = []
    for raw in codes:
        text = str(raw).strip()
        code = text.zfill(4) if text.isdigit() and len(text) <= 4 else text
        if code in names:
            if code not in good:
                good.append(code)
        else:
            bad.append(text)
    return good, bad


def body(doc: Any) -> Any:
    """The payload: v4 wraps it as {"status", "message", "body"}; tolerate a bare payload (v3-style)."""
    if isinstance(doc, dict) and isinstance(doc.get("body"), (dict, list)):
        return doc["body"]
    return doc


def listed_units(payload: Any) -> list[dict[str, Any]]:
    """The unit records of one listing page, wherever the page keeps them."""
    if isinstance(payload, list):
        return [u for u in payload if isinstance(u, dict)]
    if not isinstance(payload, dict):
        return []
    embedded = payload.get("_embedded")
    holders = [embedded] if isinstance(embedded, dict) else []
    holders.append(payload)
    for holder in holders:
        for key in ("listedSchoolUnits", "schoolUnits", "compactSchoolUnits", "content", "items"):
            value = holder.get(key)
            if isinstance(value, list):
                return [u for u in value if isinstance(u, dict)]
    if isinstance(embedded, dict):
        for value in embedded.values():
            if isinstance(value, list):
                return [u for u in value if isinstance(u, dict)]
    return []


def next_page(payload: Any, current: int) -> int | None:
    """The next page number from the `next` link (its host and version may differ from ours: only the page is
    taken), or from the `page` block; None on the last page."""
    if not isinstance(payload, dict):
        return None
    links = payload.get("_links") or {}
    nxt = links.get("next") if isinstance(links, dict) else None
    href = nxt.get("href") if isinstance(nxt, dict) else nxt if isinstance(nxt, str) else None
    if href:
        query = parse_qs(urlsplit(href).query)
        try:
            number = int(query.get("page", [current + 1])[0])
        except ValueError:
            number = current + 1
        return number if number > current else None
    page = payload.get("page")
    if isinstance(page, dict):
        try:
            number, total = int(page.get("number", current)), int(page.get("totalPages", 0))
        except (TypeError, ValueError):
            return None
        return number + 1 if number + 1 < total else None
    return None


def unit_code(record: dict[str, Any]) -> str | None:
    for key in ("code", "schoolUnitCode", "schoolUnit"):
        value = record.get(key)
        if value not in (None, ""):
            text = str(value).strip()
            return text.zfill(8) if text.isdigit() and len(text) < 8 else text
    return None


def unit_name(record: dict[str, Any]) -> str | None:
    for key in ("name", "schoolUnitName", "displayName"):
        if record.get(key):
            return str(record[key]).strip()
    return None


def is_grundskola(record: dict[str, Any]) -> bool:
    """True when the record says it has grundskola, or says nothing about its school forms."""
    forms = record.get("typeOfSchooling", record.get("educationEventTypeOfSchooling"))
    if forms is None or forms == []:
        return True
    if isinstance(forms, str):
        codes = {c.strip().lower() for c in forms.split(",")}
    else:
        codes = {str(f.get("code", "") if isinstance(f, dict) else f).strip().lower() for f in forms}
    return "gr" in codes


def organizer_type(value: Any) -> str | None:
    if not value:
        return None
    text = str(value).strip().lower()
    return ORGANIZER_TYPES.get(text, text)


def coordinate(record: dict[str, Any], keys: Sequence[str], lo: float, hi: float) -> float:
    """A WGS84 coordinate from the record; "0", 0, empty or outside Sweden → missing (NaN)."""
    for key in keys:
        if key in record:
            value, _ = parse_number(record.get(key))
            if math.isnan(value) or value == 0 or not lo <= value <= hi:
                return math.nan
            return value
    return math.nan


def period_year(value: Any) -> int | None:
    """ "2023/24" → 2023 (the school year's start; a spring result belongs to the year that ends with it)."""
    return schema.parse_school_year(value) if value is not None else None


def series(items: Any, flags: Counter) -> dict[int, float]:
    """[{"value", "valueType", "timePeriod"}, …] → {start year: value}, sorted by year; markers counted in flags."""
    out: dict[int, float] = {}
    if not isinstance(items, list):
        return out
    for item in items:
        if not isinstance(item, dict):
            continue
        year = period_year(item.get("timePeriod"))
        if year is None:
            continue
        value, flag = parse_number(item.get("value"))
        if flag:
            flags[flag] += 1
        out[year] = value
    return dict(sorted(out.items()))


def salsa_values(payload: Any, code: str, flags: Counter) -> tuple[int | None, dict[str, float]]:
    """(school year, {column: value}) from a SALSA answer; (None, {}) when the unit is not in it."""
    payload = body(payload)
    if not isinstance(payload, dict):
        return None, {}
    items = payload.get("compulsorySchoolUnitSalsaMetricList") or []
    mine = [i for i in items if isinstance(i, dict) and unit_code(i) in (code, None)]
    if not mine:
        return None, {}
    item = mine[0]
    year = period_year(payload.get("timePeriod") or item.get("timePeriod"))
    if year is None:
        return None, {}
    values: dict[str, float] = {}
    for key, column in SALSA_FIELDS.items():
        cell = item.get(key)
        raw = cell.get("value") if isinstance(cell, dict) else cell
        value, flag = parse_number(raw)
        if flag:
            flags[flag] += 1
        values[column] = value
    if all(math.isnan(v) for v in values.values()):
        return None, {}
    return year, values


def unit_rows(listed: dict[str, Any], detail: Any, stats: Any, salsa: Any, municipality_code: str,
              flags: Counter) -> tuple[list[dict[str, Any]], dict[str, bool]]:
    """The canonical rows (one per school year) of one unit, and what was missing for it:
    {"statistics": …, "salsa": …, "coordinates": …} (True = missing)."""
    code = unit_code(listed) or ""
    record = body(detail) if isinstance(body(detail), dict) else {}
    stat_body = body(stats) if isinstance(body(stats), dict) else {}
    by_column: dict[str, dict[int, float]] = {}
    for key, column in STAT_FIELDS.items():
        by_column[column] = series(stat_body.get(key), flags)
    has_stats = any(by_column.values())
    salsa_year, salsa = salsa_values(salsa, code, flags) if salsa is not None else (None, {})
    lat = coordinate(record, LAT_KEYS, schema.BY_NAME["lat"].lo or -90, schema.BY_NAME["lat"].hi or 90)
    lon = coordinate(record, LON_KEYS, schema.BY_NAME["lon"].lo or -180, schema.BY_NAME["lon"].hi or 180)
    if math.isnan(lat) or math.isnan(lon):
        lat = lon = math.nan
    missing = {"statistics": not has_stats, "salsa": salsa_year is None,
               "coordinates": math.isnan(lat)}
    if not has_stats:
        return [], missing
    years = sorted({y for values in by_column.values() for y in values} | ({salsa_year} if salsa_year else set()))
    names = schema.municipality_names()
    municipality = str(record.get("geographicalAreaCode") or listed.get("geographicalAreaCode") or municipality_code)
    base = {
        "school_id": code,
        "school_name": unit_name(record) or unit_name(listed) or code,
        "municipality_code": municipality,
        "municipality_name": names.get(municipality),
        "organizer": (record.get("corporationName") or record.get("principalOrganizerName") or None),
        "organizer_type": organizer_type(record.get("principalOrganizerType")
                                         or listed.get("principalOrganizerType")),
        "lat": lat,
        "lon": lon,
    }
    rows = []
    for year in years:
        row = {**base, "school_year": year}
        for column, values in by_column.items():
            row[column] = values.get(year, math.nan)
        for column in SALSA_FIELDS.values():
            row[column] = salsa.get(column, math.nan) if year == salsa_year else math.nan
        rows.append(row)
    return rows, missing


def to_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Rows → the canonical frame with the schema's types (text as string, year as int, numbers as float)."""
    columns = ["school_id", "school_name", "municipality_code", "municipality_name", "organizer", "organizer_type",
               "school_year", "lat", "lon", *STAT_FIELDS.values(), *SALSA_FIELDS.values()]
    frame = pd.DataFrame(rows, columns=columns)
    for col in schema.TEXT_COLUMNS:
        if col in frame:
            frame[col] = frame[col].astype("string")
    frame["school_year"] = frame["school_year"].astype("int64")
    for col in columns:
        if col not in schema.TEXT_COLUMNS and col != "school_year":
            frame[col] = pd.to_numeric(frame[col], errors="coerce").astype(float)
    return frame.sort_values(["municipality_code", "school_id", "school_year"], kind="stable").reset_index(drop=True)


def estimate_fte(frame: pd.DataFrame) -> pd.Series:
    """Teacher FTE as pupils / pupils per teacher where both are known (the API gives no FTE count)."""
    return schema.safe_divide(frame["pupils"], frame["pupils_per_teacher"]).round(1)


def _names(items: list[tuple[str, str]]) -> str:
    shown = [f"{name} ({code})" for code, name in items[:LIST_NAMES_MAX]]
    if len(items) > LIST_NAMES_MAX:
        shown.append(f"… +{len(items) - LIST_NAMES_MAX}")
    return ", ".join(shown)


class SkolverketFetcher:
    """Requests to the Planned Educations API through one polite client."""

    def __init__(self, base_url: str | None = None, *, client: Client | None = None,
                 timeout: float = DEFAULT_TIMEOUT, use_cache: bool = True, retries: int = 3, backoff: float = 0.5):
        cfg = settings()
        self.base_url = (base_url or cfg.skolverket_api_url).rstrip("/")
        self.root, self.version = split_base(self.base_url)
        self._own_client = client is None
        self.client = client or Client(headers={"Accept": ACCEPT.format(version=self.version)}, timeout=timeout,
                                       retries=retries, backoff=backoff,
                                       cache_dir=cfg.cache_dir / "skolverket" if use_cache else None)

    def close(self) -> None:
        if self._own_client:
            self.client.close()

    def url(self, path: str) -> str:
        return f"{self.root}/{self.version}/{path.lstrip('/')}"

    def list_units(self, municipality_code: str) -> list[dict[str, Any]]:
        """Grundskola units in one municipality, all pages."""
        units: list[dict[str, Any]] = []
        seen: set[str] = set()
        page = 0
        for _ in range(MAX_PAGES):
            doc = self.client.get_json(self.url("school-units"), {
                "geographicalAreaCode": municipality_code, "typeOfSchooling": "gr", "page": page,
                "size": PAGE_SIZE}, missing_ok=True)
            if doc is None:
                break
            payload = body(doc)
            for record in listed_units(payload):
                code = unit_code(record)
                area = record.get("geographicalAreaCode")
                if not code or code in seen or not is_grundskola(record):
                    continue
                if area not in (None, "") and str(area) != municipality_code:
                    continue
                seen.add(code)
                units.append(record)
            nxt = next_page(payload, page)
            if nxt is None:
                break
            page = nxt
        return units

    def unit_documents(self, code: str) -> tuple[Any, Any, Any]:
        """(record, grundskola statistics, SALSA) of one unit; None for what the API does not have."""
        detail = self.client.get_json(self.url(f"school-units/{code}"), missing_ok=True)
        stats = self.client.get_json(self.url(f"school-units/{code}/statistics/gr"), missing_ok=True)
        salsa = self.client.get_json(self.url(f"statistics/all-schools/salsa/{code}"), missing_ok=True)
        return detail, stats, salsa


def fetch_schools(municipality_codes: Sequence[str], year: int | None = None, *, base_url: str | None = None,
                  timeout: float = DEFAULT_TIMEOUT, use_cache: bool = True, retries: int = 3, backoff: float = 0.5,
                  progress: Callable[[float], None] | None = None, client: Client | None = None) -> FetchResult:
    """Fetch the grundskola units of the municipalities (optionally one school year) as a Dataset.

    Raises FetchError when the service cannot be reached, answers with errors, or yields no school; and for
    codes that are not municipality codes ("fetch.bad_municipality")."""
    codes, bad = valid_codes(municipality_codes)
    if bad or not codes:
        raise FetchError("fetch.bad_municipality", "", codes=", ".join(bad) or "–")
    started = time.monotonic()
    fetcher = SkolverketFetcher(base_url, client=client, timeout=timeout, use_cache=use_cache, retries=retries,
                                backoff=backoff)
    report = Report()
    flags: Counter = Counter()
    try:
        listed: list[tuple[str, dict[str, Any]]] = []
        for i, code in enumerate(codes):
            units = fetcher.list_units(code)
            if not units:
                report.add("fetch.no_units", "warning", municipality=f"{schema.municipality_names()[code]} ({code})")
            listed.extend((code, u) for u in units)
            if progress:
                progress(0.1 * (i + 1) / len(codes))

        def one(item: tuple[str, dict[str, Any]]) -> tuple[Any, Any, Any]:
            return fetcher.unit_documents(unit_code(item[1]) or "")

        def step(done: int, total: int) -> None:
            if progress:
                progress(0.1 + 0.9 * done / total)

        documents = fetcher.client.map(one, listed, step)
        stats = fetcher.client.stats.as_dict()
    finally:
        fetcher.close()

    rows: list[dict[str, Any]] = []
    missing: dict[str, list[tuple[str, str]]] = {"statistics": [], "salsa": [], "coordinates": [], "year": []}
    for (code, record), (detail, stat_doc, salsa_doc) in zip(listed, documents, strict=True):
        unit_rows_, miss = unit_rows(record, detail, stat_doc, salsa_doc, code, flags)
        ident = (unit_code(record) or "", unit_name(record) or unit_code(record) or "")
        if miss["statistics"]:
            missing["statistics"].append(ident)
            continue
        if year is not None:
            unit_rows_ = [r for r in unit_rows_ if r["school_year"] == year]
            if not unit_rows_:
                missing["year"].append(ident)
                continue
            miss["salsa"] = all(math.isnan(r["parents_education_level"]) and math.isnan(r["newly_arrived_share"])
                                for r in unit_rows_)
        if miss["salsa"]:
            missing["salsa"].append(ident)
        if miss["coordinates"]:
            missing["coordinates"].append(ident)
        rows.extend(unit_rows_)

    for ident in missing["statistics"]:
        report.add("fetch.no_statistics", "warning", code=ident[0], name=ident[1])
    if missing["year"]:
        report.add("fetch.no_rows_for_year", "warning", n=len(missing["year"]),
                   year=schema.school_year_label(year or 0), names=_names(missing["year"]))
    if missing["salsa"]:
        report.add("fetch.salsa_missing", "info", n=len(missing["salsa"]), names=_names(missing["salsa"]))
    if missing["coordinates"]:
        report.add("fetch.coordinates_missing", "warning", n=len(missing["coordinates"]),
                   names=_names(missing["coordinates"]))
    marked = sum(flags[f] for f in MARKER_FLAGS)
    if marked:
        report.add("fetch.values_marked", "info", n=marked, suppressed=flags["suppressed"],
                   missing=flags["missing"], not_applicable=flags["not_applicable"])
    if flags["rounded"]:
        report.add("fetch.values_rounded", "info", n=flags["rounded"])
    if flags["invalid"]:
        report.add("fetch.values_invalid", "warning", n=flags["invalid"])
    if not rows:
        raise FetchError("fetch.no_schools", fetcher.base_url, codes=", ".join(codes),
                         year=schema.school_year_label(year) if year is not None else "–")

    frame = to_frame(rows)
    frame["teacher_fte"] = estimate_fte(frame)
    if frame["teacher_fte"].notna().any():
        report.add("fetch.fte_estimated", "info", n=int(frame["teacher_fte"].notna().sum()))
    frame, notes = schema.add_derived(frame)
    report.messages.extend(notes)
    frame = schema.order_columns(frame)
    today = dt.date.today().isoformat()
    detail = f"{fetcher.base_url} ({fetcher.version}); kommuner {', '.join(codes)}"
    if year is not None:
        detail += f"; läsår {schema.school_year_label(year)}"
    dataset = Dataset(frame, "school", Source("fetched", (), today, detail), report)
    report.messages.insert(0, Message("fetch.summary", {
        "schools": dataset.n_units, "municipalities": len(codes), "rows": len(frame),
        "years": ", ".join(schema.school_year_label(y) for y in dataset.school_years)}))
    return FetchResult(dataset, stats, time.monotonic() - started,
                       {k: [c for c, _ in v] for k, v in missing.items()})

