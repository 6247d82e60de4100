"""Findings in words, the map's data, the boundaries file and the chart specs."""

from __future__ import annotations

import json

import pandas as pd
import shapely
from shapely.geometry import shape

from lib.charts import likvardighet as equity_charts
from lib.charts import maps, render
from lib.cli import main
from lib.geo import boundaries, mapdata
from lib.measures import findings, indicators


def four_schools() -> pd.DataFrame:
    return pd.DataFrame({
        "school_year": [2024] * 4, "school_id": ["10000001", "10000002", "10000003", "10000004"],
        "school_name": ["A (fiktiv)", "B (fiktiv)", "C (fiktiv)", "D (fiktiv)"],
        "municipality_code": ["1980"] * 4, "organizer": ["Västerås kommun"] * 4,
        "lat": [59.6, 59.61, 59.62, 59.63], "lon": [16.5, 16.51, 16.52, 16.53],
        "need_index": [50.0, 90.0, 110.0, 150.0], "qualified_share": [80.0, 75.0, 70.0, 60.0],
        "teacher_fte": [10.0] * 4, "pupils": [100.0, 200.0, 300.0, 400.0],
        "pupils_per_teacher": [10.0, 20.0, 30.0, 40.0],
    })


def test_gap_sentence_states_size_direction_values_and_year_in_both_languages():
    table = indicators.need_quartiles(four_schools(), "qualified_share", 2024, "school_id")
    sv = findings.gap_finding(table, "school", "sv")
    en = findings.gap_finding(table, "school", "en")
    assert sv.text == ("Skolorna med störst behov (kvartil 4) har 20,0 procentenheter lägre andel lärare med "
                       "legitimation och behörighet än skolorna med minst behov (kvartil 1): 60,0 mot 80,0, "
                       "läsåret 2024/25.")
    assert "20.0 percentage points lower" in en.text and "2024/25" in en.text
    assert sv.value == -20.0 and sv.year == 2024


def test_ci_reading_follows_resource_or_burden():
    c = indicators.Concentration("qualified_share", 2024, -0.15, -0.4, 4)
    assert "tydligt mer där behoven är mindre" in findings.ci_finding(c, "sv").text
    burden = indicators.Concentration("pupils_per_teacher", 2024, 0.05, None, 4)
    assert "något större där behoven är större" in findings.ci_finding(burden, "sv").text
    even = indicators.Concentration("qualified_share", 2024, 0.005, 0.01, 4)  # a share reads E: |0.01| < 0.02
    assert "jämnt fördelad" in findings.ci_finding(even, "sv").text


def test_equity_findings_come_in_order_gap_ci_below():
    f = four_schools()
    table = indicators.need_quartiles(f, "qualified_share", 2024, "school_id")
    conc = indicators.concentration(f, "qualified_share", 2024)
    below = indicators.share_below_organizer(f, "qualified_share", 2024, "school", "school_id")
    keys = [x.key for x in findings.equity_findings(table, conc, below, "school", "en")]
    assert keys == ["gap", "concentration", "below_organizer"]


def test_school_points_carry_colour_and_filters_apply():
    f = four_schools()
    pts = mapdata.school_points(f, 2024, "indicator", "qualified_share")
    assert pts["colour"].tolist() == [80.0, 75.0, 70.0, 60.0]
    dev = mapdata.school_points(f, 2024, "deviation", "qualified_share")
    # Average (equal FTE) 71.25 → deviations 8.75, 3.75, −1.25, −11.25.
    assert dev["colour"].tolist() == [8.75, 3.75, -1.25, -11.25]
    assert mapdata.school_points(f, 2024, "indicator", "qualified_share", ["0180"]).empty
    biv = mapdata.school_points(f, 2024, "bivariate", "qualified_share")
    assert biv["colour"].tolist()[-1] == mapdata.WORST_CLASS
    assert mapdata.worst_class_units(biv)["school_id"].tolist() == ["10000004"]


def test_unit_figures_compare_with_the_organiser():
    figures = mapdata.unit_figures(four_schools(), "10000004", "school_id", "school").set_index("indicator")
    assert figures.loc["qualified_share", "value"] == 60.0
    assert figures.loc["qualified_share", "deviation"] == -11.25


def test_boundaries_file_has_290_municipalities_with_clockwise_rings_and_a_small_size():
    features = boundaries.boundaries()
    assert len(features) == 290
    assert boundaries.BOUNDARIES.stat().st_size < 600_000
    for feature in features:
        geom = shape(feature["geometry"])
        polygons = getattr(geom, "geoms", [geom])
        for poly in polygons:
            assert not shapely.is_ccw(poly.exterior), feature["properties"]["municipality_code"]
    codes = {f["properties"]["municipality_code"] for f in features}
    assert "0114" in codes and "2584" in codes


def test_vega_features_are_flat_and_filterable():
    out = boundaries.vega_features({"1980": {"value": 1.5}}, {"1980", "0127"})
    assert len(out) == 2
    vasteras = next(f for f in out if f["municipality_code"] == "1980")
    assert vasteras["type"] == "Feature" and vasteras["value"] == 1.5 and "geometry" in vasteras


def test_map_spec_uses_a_shape_keeping_projection_selection_and_source():
    pts = mapdata.school_points(four_schools(), 2024, "indicator", "qualified_share")
    spec = maps.school_map(pts, {"1980"}, "indicator", "qualified_share", "sv", "Titel", "Källa: test")
    assert spec["projection"]["type"] == "transverseMercator" and spec["projection"]["rotate"] == [-15, 0, 0]
    assert len(spec["layer"]) == 3  # boundaries, the schools shown, those under the small-number rule
    params = spec.get("params", []) + spec["layer"][1].get("params", [])
    assert any(p.get("name") == maps.SELECTION for p in params)
    assert {"name": maps.PRESENT, "value": ["1980"]} in spec["params"]
    assert spec["title"]["subtitle"] == ["Källa: test"]
    # The browser reads the boundaries from the served file; only the schools travel with the map.
    assert spec["layer"][0]["data"]["url"] == boundaries.BOUNDARIES_URL
    assert boundaries.BOUNDARIES.parent.name == "static"
    assert boundaries.BOUNDARIES_URL.endswith("/" + boundaries.BOUNDARIES.name)
    assert list(spec["datasets"]) == [maps.SCHOOLS] and len(spec["datasets"][maps.SCHOOLS]) == 4
    assert render.to_svg(render.spec_of(spec)).startswith(b"<svg")  # the download renders without a browser
    choro = maps.choropleth(boundaries.vega_features({"1980": {"value": 70.0}}), "indicator", "qualified_share", "en",
                            "T", "S")
    assert choro["projection"]["type"] == "transverseMercator"


def test_files_of_a_map_carry_the_boundaries_inline_and_draw_every_municipality():
    pts = mapdata.school_points(four_schools(), 2024, "indicator", "qualified_share")
    spec = maps.school_map(pts, {"1980"}, "indicator", "qualified_share", "sv", "Titel", "Källa")
    inline = render.spec_of(spec)
    assert len(inline["layer"][0]["data"]["values"]) == 290
    assert spec["layer"][0]["data"]["url"] == boundaries.BOUNDARIES_URL  # the shown spec keeps its URL
    svg = render.to_svg(inline).decode()
    assert svg.count("<path") >= 290 + 4  # every municipality and the four schools are drawn
    zoomed = render.to_svg(render.spec_of(maps.school_map(pts, {"1980"}, "indicator", "qualified_share", "sv",
                                                          "Titel", "Källa", zoom=True))).decode()
    assert zoomed.count("<path") < 290  # a zoomed map draws only the municipalities in the view


def test_trend_chart_marks_the_breaks_in_the_statistics():
    trend = pd.DataFrame({"school_year": [2019, 2020, 2021, 2024], "q1": [1.0] * 4, "q4": [2.0] * 4})
    spec = equity_charts.trend_lines(trend, "qualified_share", "sv", "Källa").to_dict()
    rules = [layer for layer in spec["layer"] if layer["mark"]["type"] == "rule"]
    assert len(rules) == 1
    assert equity_charts.breaks_in([2019, 2020, 2021, 2024]) == [2020, 2024]


def test_equity_command_json(capsys):
    code = main(["equity", "demo", "--indicator", "qualified_share", "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0
    assert doc["indicator"] == "qualified_share" and doc["need"] in ("ses_index", "computed")
    assert [q["q"] for q in doc["quartiles"]] == [1, 2, 3, 4]
    assert {"units", "pupils", "value"} <= set(doc["quartiles"][0])
    assert doc["gap"] == doc["quartiles"][3]["value"] - doc["quartiles"][0]["value"]
    assert doc["concentration_index"] is not None and doc["erreygers"] is not None
    assert len(doc["findings"]) == 3 and "kvartil 4" in doc["findings"][0]


def test_equity_command_usage_errors(capsys):
    assert main(["equity", "demo", "--indicator", "school_name"]) == 2
    assert main(["equity", "demo", "--year", "1999"]) == 1


def test_maps_share_their_skeleton_but_never_each_others_data():
    first = mapdata.school_points(four_schools(), 2024, "indicator", "qualified_share")
    second = first.iloc[:2]
    a = maps.school_map(first, {"1980"}, "indicator", "qualified_share", "sv", "Titel", "Källa")
    b = maps.school_map(second, {"1980", "0180"}, "indicator", "qualified_share", "sv", "Titel", "Källa")
    assert a["layer"] is b["layer"]  # the Altair part is built once per look
    assert len(a["datasets"][maps.SCHOOLS]) == 4 and len(b["datasets"][maps.SCHOOLS]) == 2
    present = {p["name"]: p.get("value") for p in a["params"]}[maps.PRESENT]
    assert present == ["1980"]
    assert {p["name"]: p.get("value") for p in b["params"]}[maps.PRESENT] == ["0180", "1980"]
    other = maps.school_map(first, {"1980"}, "deviation", "qualified_share", "en", "Title", "Source")
    assert other["layer"] is not a["layer"] and other["title"]["text"] == "Title"
    assert a["title"]["text"] == "Titel"
