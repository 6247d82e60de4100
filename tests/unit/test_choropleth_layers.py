"""The choropleth draws its grey layers (no value; too few) only when some municipality is in them: on the real data
every municipality has a value, and an empty layer is an unnamed graphic to axe-core (svg-img-alt)."""

from __future__ import annotations

from lib.charts import maps, render
from lib.geo import boundaries


def filters(spec: dict) -> list[str]:
    """Each layer's filter expression, in drawing order."""
    return [next(t["filter"] for t in layer.get("transform", []) if "filter" in t) for layer in spec["layer"]]


def test_every_municipality_with_a_value_draws_only_the_coloured_layer():
    codes = [f["municipality_code"] for f in boundaries.vega_features()]
    features = boundaries.vega_features({c: {"value": 70.0, "small": False} for c in codes})
    spec = maps.choropleth(features, "indicator", "qualified_share", "sv", "Titel", "Källa")
    assert filters(spec) == ["isValid(datum.value)"]
    select = next(p for p in spec["params"] if p["name"] == maps.MUNICIPALITY_SELECTION)
    assert select["views"] == [spec["layer"][0]["name"]]  # a click still selects a municipality
    svg = render.to_svg(render.spec_of(spec)).decode()
    assert svg.count("<path") >= 290  # all drawn in colour


def test_grey_layers_appear_only_for_the_municipalities_they_hold():
    one_empty = boundaries.vega_features({"0180": {"value": 75.0, "small": False}})  # 289 without a value
    assert filters(maps.choropleth(one_empty, "indicator", "qualified_share", "sv", "T", "S")) == [
        "!isValid(datum.value) && !datum.small", "isValid(datum.value)"]
    codes = [f["municipality_code"] for f in boundaries.vega_features()]
    values = {c: {"value": 70.0, "small": False} for c in codes} | {"2121": {"value": None, "small": True}}
    only_small = boundaries.vega_features(values)
    assert filters(maps.choropleth(only_small, "indicator", "qualified_share", "sv", "T", "S")) == [
        "datum.small === true", "isValid(datum.value)"]
    nan = boundaries.vega_features({c: {"value": float("nan") if c == "0180" else 1.0} for c in codes})
    assert len(maps.choropleth(nan, "indicator", "qualified_share", "sv", "T", "S")["layer"]) == 2
