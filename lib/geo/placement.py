"""Schools without coordinates on a map (issue 16): placed within their municipality, at a point inside its
boundary with a small deterministic spread (a sunflower spiral in the order of the school ids), so every map
draws them and says that they are placed, not located. Without a municipality a school stays off the map."""

from __future__ import annotations

import math
from functools import lru_cache

import pandas as pd

from lib.geo.boundaries import boundaries

SPREAD_DEGREES = 0.012  # the spiral's step in latitude (about 1.3 km); longitude scaled by the latitude
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
PLACED = "_placed"


@lru_cache(maxsize=1)
def _shapes() -> dict[str, object]:
    """Municipality code → its boundary (shapely), read once."""
    from shapely.geometry import shape

    return {f["properties"]["municipality_code"]: shape(f["geometry"]) for f in boundaries()}


@lru_cache(maxsize=512)
def centre(code: str) -> tuple[float, float] | None:
    """(lat, lon) of a point inside the municipality's boundary, or None for a code without one."""
    geom = _shapes().get(str(code))
    if geom is None:
        return None
    point = geom.representative_point()
    return round(point.y, 5), round(point.x, 5)


@lru_cache(maxsize=4096)
def spread(code: str, k: int) -> tuple[float, float] | None:
    """The k-th school's place in municipality `code`: the centre for k = 0, then outwards on a sunflower spiral,
    pulled back to the centre's side while it falls outside the boundary."""
    from shapely.geometry import Point

    base = centre(code)
    if base is None:
        return None
    lat0, lon0 = base
    geom = _shapes()[str(code)]
    radius = SPREAD_DEGREES * math.sqrt(k)
    for _ in range(6):
        lat = lat0 + radius * math.cos(k * GOLDEN_ANGLE)
        lon = lon0 + radius * math.sin(k * GOLDEN_ANGLE) / math.cos(math.radians(lat0))
        if k == 0 or geom.contains(Point(lon, lat)):
            return round(lat, 5), round(lon, 5)
        radius /= 2
    return lat0, lon0


def with_positions(rows: pd.DataFrame) -> pd.DataFrame:
    """The rows with `lat`/`lon` filled for schools without them that have a municipality, and `_placed` True for
    those; rows that have coordinates keep them."""
    out = rows.copy()
    for col in ("lat", "lon"):
        if col not in out:
            out[col] = float("nan")
        out[col] = pd.to_numeric(out[col], errors="coerce").astype(float)
    missing = out["lat"].isna() | out["lon"].isna()
    out[PLACED] = False
    if not missing.any() or "municipality_code" not in out:
        return out
    todo = out[missing & out["municipality_code"].notna()]
    order = todo.assign(_id=todo["school_id"].astype(str) if "school_id" in todo else todo.index.astype(str))
    order = order.sort_values(["municipality_code", "_id"])
    rank = order.groupby("municipality_code").cumcount()
    for i, k in rank.items():
        place = spread(str(out.at[i, "municipality_code"]), int(k))
        if place is not None:
            out.at[i, "lat"], out.at[i, "lon"] = place
            out.at[i, PLACED] = True
    return out


def n_placed(rows: pd.DataFrame) -> int:
    """How many schools of these rows a map places within their municipality (no coordinates of their own)."""
    if "school_id" not in rows or rows.empty:
        return 0
    return int(with_positions(rows)[PLACED].sum())
