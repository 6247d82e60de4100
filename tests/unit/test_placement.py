"""Schools without coordinates placed within their municipality (issue 16): inside its boundary, apart from each
other, the same every time, and only where the data has no coordinates of its own."""

from __future__ import annotations

import pandas as pd
from shapely.geometry import Point

from lib.geo import placement


def test_schools_without_coordinates_are_placed_inside_their_municipality_apart_and_deterministically():
    rows = pd.DataFrame({"school_id": [f"s{i:02d}" for i in range(12)] + ["egen", "ingen"],
                         "municipality_code": ["0780"] * 12 + ["0780", None],
                         "lat": [None] * 12 + [56.88, None], "lon": [None] * 12 + [14.81, None]})
    placed = placement.with_positions(rows)
    again = placement.with_positions(rows.sample(frac=1, random_state=3)).loc[placed.index]
    assert placed[["lat", "lon"]].equals(again[["lat", "lon"]])
    vaxjo = placement._shapes()["0780"]
    inside = placed.iloc[:12]
    assert all(vaxjo.contains(Point(lon, lat)) for lat, lon in zip(inside["lat"], inside["lon"], strict=True))
    assert len(set(zip(inside["lat"], inside["lon"], strict=True))) == 12
    assert placed[placement.PLACED].tolist() == [True] * 12 + [False, False]
    # Its own coordinates stay; a school without a municipality stays off the map.
    assert (placed.at[12, "lat"], placed.at[12, "lon"]) == (56.88, 14.81)
    assert pd.isna(placed.at[13, "lat"])
    assert placement.n_placed(rows) == 12


def test_first_school_sits_at_the_municipality_centre_the_next_one_spiral_step_away():
    lat0, lon0 = placement.centre("0780")
    assert placement.spread("0780", 0) == (lat0, lon0)
    lat1, _ = placement.spread("0780", 1)
    # k = 1: radius 0,012° · √1, angle one golden angle (≈ 2,4 rad): cos ≈ −0,737, sin ≈ 0,676.
    assert abs((lat1 - lat0) - 0.012 * -0.7374) < 1e-4
    assert placement.centre("9999") is None
