"""Coordinates from Skolverket's school-unit register for an upload without them (issue 16), against the fake
Skolverket server: only Skolverket's 8-digit codes are offered, a unit placed at "0" stays without, and a
school's own coordinates are kept."""

from __future__ import annotations

import math

import pandas as pd

from lib.dataset import Dataset, Source
from lib.fetch import coordinates
from tests.fixtures.fake_skolverket import running


def dataset(ids: list[str], lat: list[float] | None = None) -> Dataset:
    """Schools of an upload; `lat` given: those not NaN have their own coordinates (longitude 18)."""
    lat = lat or [math.nan] * len(ids)
    frame = pd.DataFrame({"school_id": ids, "school_year": 2023, "municipality_code": "0180", "lat": lat,
                          "lon": [math.nan if math.isnan(x) else 18.0 for x in lat]})
    return Dataset(frame, "school", Source("upload", ("egen.csv",), "2026-11-30"))


def test_only_skolverket_codes_without_coordinates_are_offered():
    assert coordinates.codes_without_coordinates(dataset(["10000001", "10000002"])) == ("10000001", "10000002")
    assert coordinates.codes_without_coordinates(dataset(["vxo-norra-01", "10000002"])) == ()
    assert coordinates.codes_without_coordinates(dataset(["10000001"], [59.3])) == ()


def test_register_coordinates_fill_what_the_data_lacks():
    data = dataset(["10000001", "10000002", "20000001", "99999999"], [math.nan, math.nan, math.nan, 60.0])
    with running() as server:
        found = coordinates.register_coordinates(coordinates.codes_without_coordinates(dataset(
            ["10000001", "10000002", "20000001"])), base_url=server.url, use_cache=False, retries=0)
    # Alfaskolan 59.334591/18.063240 and Deltaskolan 57.70887/11.97456 in the fake register; Betaskolan at "0".
    assert found == {"10000001": (59.334591, 18.06324), "20000001": (57.70887, 11.97456)}
    filled = coordinates.with_coordinates(data, found).frame.set_index("school_id")
    assert filled.loc["10000001", ["lat", "lon"]].tolist() == [59.334591, 18.06324]
    assert filled.loc["10000002", ["lat", "lon"]].isna().all()
    assert filled.loc["99999999", "lat"] == 60.0  # its own
