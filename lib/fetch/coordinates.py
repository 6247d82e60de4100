"""Coordinates for an upload without them (issue 16): when the schools' ids are Skolverket's 8-digit school-unit
codes, their positions can be read from Skolverket's school-unit register (the Planned Educations API's unit
record, `wgs84_Lat`/`wgs84_Long`). Online only; without the service the schools stay placed within their
municipality (lib.geo.placement)."""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Sequence

from lib import schema
from lib.dataset import Dataset
from lib.fetch.client import Client
from lib.fetch.skolverket import LAT_KEYS, LON_KEYS, SkolverketFetcher, body, coordinate

_CODE = re.compile(r"^\d{8}$")
MAX_UNITS = 2000  # one request each; a larger upload is not offered the register


def codes_without_coordinates(data: Dataset) -> tuple[str, ...]:
    """The school-unit codes of a school-level dataset that have no coordinates ((): nothing to offer, or ids
    that are not Skolverket's codes)."""
    frame = data.frame
    if data.level != "school" or "school_id" not in frame or frame.empty:
        return ()
    missing = frame["lat"].isna() | frame["lon"].isna() if {"lat", "lon"} <= set(frame.columns) else \
        frame["school_id"].notna()
    codes = sorted({str(c) for c in frame.loc[missing, "school_id"].dropna()})
    if not codes or not all(_CODE.match(c) for c in codes) or len(codes) > MAX_UNITS:
        return ()
    return tuple(codes)


def register_coordinates(codes: Sequence[str], *, base_url: str | None = None, client: Client | None = None,
                         use_cache: bool = True, retries: int = 3,
                         backoff: float = 0.5) -> dict[str, tuple[float, float]]:
    """Code → (lat, lon) from the school-unit register, for the codes it places in Sweden. Raises FetchError when
    the service cannot be reached."""
    fetcher = SkolverketFetcher(base_url, client=client, use_cache=use_cache, retries=retries, backoff=backoff)
    try:
        docs = fetcher.client.map(lambda code: fetcher.client.get_json(fetcher.url(f"school-units/{code}"),
                                                                       missing_ok=True), list(codes))
    finally:
        fetcher.close()
    lat_col, lon_col = schema.BY_NAME["lat"], schema.BY_NAME["lon"]
    out: dict[str, tuple[float, float]] = {}
    for code, doc in zip(codes, docs, strict=True):
        record = body(doc) if doc is not None else None
        if not isinstance(record, dict):
            continue
        lat = coordinate(record, LAT_KEYS, lat_col.lo or -90, lat_col.hi or 90)
        lon = coordinate(record, LON_KEYS, lon_col.lo or -180, lon_col.hi or 180)
        if not (math.isnan(lat) or math.isnan(lon)):
            out[code] = (lat, lon)
    return out


def with_coordinates(data: Dataset, found: dict[str, tuple[float, float]]) -> Dataset:
    """A new dataset with the found coordinates where the data had none (its own coordinates are kept)."""
    frame = data.frame.copy()
    for col in ("lat", "lon"):
        if col not in frame:
            frame[col] = math.nan
    ids = frame["school_id"].astype(str)
    for i, col in enumerate(("lat", "lon")):
        looked_up = ids.map(lambda c, i=i: found[c][i] if c in found else math.nan)
        frame[col] = frame[col].astype(float).where(frame[col].notna(), looked_up)
    return dataclasses.replace(data, frame=schema.order_columns(frame))
