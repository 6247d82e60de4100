"""Kolada (RKA) municipality KPIs, for comparing fetched schools with their municipality's published figures.

Kolada API v3 (`https://api.kolada.se/v3/data/kpi/{kpis}/municipality/{codes}[/year/{years}]`; v2 has the
same shape): `{"values": [{"kpi", "municipality", "period", "values": [{"gender": "T", "value", …}]}],
"next_page": …}`. KPI ids and titles: `research/domain-data-and-methods.md` §6.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from lib.config import settings
from lib.fetch.client import DEFAULT_TIMEOUT, Client, FetchError
from lib.ingest.values import parse_number

# Teacher-resource and need KPIs at municipality level (kommunala skolor, grundskola åk 1–9).
KPIS: dict[str, str] = {
    "N15814": "qualified_share",
    "N15034": "pupils_per_teacher",
    "N15820": "parents_higher_ed_share",
    "N15902": "newly_arrived_share",
}
MAX_PAGES = 50
COLUMNS = ["municipality_code", "kpi", "column", "year", "value"]


def parse_values(doc: Any) -> list[dict[str, Any]]:
    """The total ("T", or the only) value of every kpi × municipality × period in one answer."""
    rows: list[dict[str, Any]] = []
    items = doc.get("values") if isinstance(doc, dict) else doc if isinstance(doc, list) else None
    for item in items or []:
        if not isinstance(item, dict):
            continue
        kpi = str(item.get("kpi", ""))
        municipality = str(item.get("municipality", item.get("municipality_id", ""))).zfill(4)
        try:
            year = int(item.get("period"))
        except (TypeError, ValueError):
            continue
        cells = item.get("values")
        if isinstance(cells, list):
            totals = [c for c in cells if isinstance(c, dict) and c.get("gender", "T") == "T"]
            raw = totals[0].get("value") if totals else None
        else:
            raw = item.get("value")
        value, _ = parse_number(raw)
        rows.append({"municipality_code": municipality, "kpi": kpi, "column": KPIS.get(kpi), "year": year,
                     "value": value})
    return rows


def fetch_kpis(municipality_codes: Sequence[str], years: Sequence[int] = (), kpis: Sequence[str] = tuple(KPIS), *,
               base_url: str | None = None, timeout: float = DEFAULT_TIMEOUT, use_cache: bool = True,
               client: Client | None = None) -> pd.DataFrame:
    """Kolada values as a long table: municipality_code, kpi, column (canonical name or None), year, value.

    Kolada's year is the calendar year of measurement (autumn 2023 → 2023 ≈ school year 2023/24). Raises
    FetchError ("fetch.kolada_unreachable", "fetch.timeout", …) when Kolada cannot answer."""
    cfg = settings()
    root = (base_url or cfg.kolada_api_url).rstrip("/")
    if not root.endswith(("/v3", "/v2")):
        root += "/v3"
    own = client is None
    client = client or Client(headers={"Accept": "application/json"}, timeout=timeout,
                              cache_dir=cfg.cache_dir / "kolada" if use_cache else None)
    url = f"{root}/data/kpi/{','.join(kpis)}/municipality/{','.join(municipality_codes)}"
    if years:
        url += f"/year/{','.join(str(y) for y in years)}"
    rows: list[dict[str, Any]] = []
    try:
        next_url: str | None = url
        for _ in range(MAX_PAGES):
            if not next_url:
                break
            doc = client.get_json(next_url)
            rows.extend(parse_values(doc))
            next_url = doc.get("next_page") or doc.get("next_url") if isinstance(doc, dict) else None
    except FetchError as exc:
        if exc.key == "fetch.unreachable":
            raise FetchError("fetch.kolada_unreachable", exc.url, **{k: v for k, v in exc.params.items()
                                                                     if k != "url"}) from exc
        raise
    finally:
        if own:
            client.close()
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame["municipality_code"] = frame["municipality_code"].astype("string")
    frame["year"] = frame["year"].astype("int64")
    frame["value"] = frame["value"].astype(float)
    return frame.sort_values(["municipality_code", "kpi", "year"]).reset_index(drop=True)
