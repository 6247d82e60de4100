"""The Kommun screen and Karta's choropleth on the bundled real data (`lib.sources.sverige.load`), pinned to rows of
the raw exports in data/sverige/raw/ read by hand."""

from __future__ import annotations

from functools import cache

from lib.screens import karta, kommun

NB = "\u00a0"


@cache
def load(organizer_type: str):
    from lib.sources import sverige

    return sverige.load(organizer_type)


def test_vaxjo_organisers_side_by_side_as_the_raw_rows_give_them():
    # personalstatistik-2024-25.csv: "Växjö;0780;…;Kommunal;687,9;536,4;78,0;…" and "…;Enskild;54,4;31,1;57,2;…"
    sides = kommun.organizer_view(load("kommunal"), load("enskild"), "qualified_share", 2024, "0780", "sv")
    assert sides.municipality == (f"I Växjö läsåret 2024/25 var andel lärare med legitimation och behörighet "
                                  f"78,0{NB}% hos kommunala huvudmän och 57,2{NB}% hos enskilda.")
    row = sides.table.frame.set_index("Kommunkod").loc["0780"].tolist()
    assert row[1:] == [78.0, 57.2, -20.8, ""]


def test_a_small_independent_side_shows_no_value_in_the_table_or_on_the_map():
    # personalstatistik-2022-23.csv: "Finspång;0562;…;Enskild;2,3;1,0;44,0;…": 2,3 FTE, under the rule
    sides = kommun.organizer_view(load("kommunal"), load("enskild"), "qualified_share", 2022, "0562", "sv")
    row = sides.table.frame.set_index("Kommunkod").loc["0562"].tolist()
    assert row[1] == 60.9 and row[2] != row[2] and row[4] == "för få (enskilda)"  # NaN: no value
    assert "för få hos enskilda" in sides.municipality
    choropleth = karta.choropleth(load("enskild"), 2022, "indicator", "qualified_share", "sv", "Källa: test")
    feature = next(f for f in choropleth.spec["datasets"]["boundaries"] if f["municipality_code"] == "0562")
    assert feature["value"] is None and feature["small"] is True


def test_vaxjo_among_all_290_municipalities():
    # Växjö's samtliga row 2024/25: 76,5 % of 742,3 FTE; 290 municipalities have a value
    view = kommun.municipality_view(load("samtliga"), "0780", "qualified_share", 2024, "en", "Source: test")
    assert view.heading == "Växjö (0780)"
    assert view.figures[0].value == "76.5%"
    assert "of the 290 municipalities with a value" in view.findings[0]
    nation = kommun.nation_view(load("samtliga"), "qualified_share", 2024, "sv", "Källa: test")
    assert len(nation.table) == 290
    # the figure: Q4 67,3 % against Q1 76,8 % (gap −9,5 pp) in 2024/25
    assert nation.findings[0].startswith("Kommunerna med störst behov (kvartil 4) har 9,5 procentenheter lägre")


def test_year_9_eligibility_shows_in_the_year_it_is_published_and_only_there():
    """behorighet-gymnasiet-2024-25.csv is the only year-9 file: 2024/25 has the column in the table of every
    municipality and a figure for Växjö; 2022/23 has no empty figure for it."""
    label = "Andel elever i åk 9 behöriga till gymnasiets yrkesprogram (%)"
    nation = kommun.nation_view(load("samtliga"), "eligible_y9_share", 2024, "sv", "Källa: test")
    assert label in nation.table.frame.columns and nation.table.frame[label].notna().sum() > 250
    now = kommun.municipality_view(load("samtliga"), "0780", "qualified_share", 2024, "sv", "Källa: test")
    before = kommun.municipality_view(load("samtliga"), "0780", "qualified_share", 2022, "sv", "Källa: test")
    assert label in [f.label for f in now.figures] and label not in [f.label for f in before.figures]
    assert all(f.value != "–" for f in before.figures)


def test_a_click_on_the_choropleth_names_the_municipality():
    from lib.charts import maps

    view = karta.choropleth(load("samtliga"), 2024, "indicator", "qualified_share", "sv", "Källa: test")
    params = [p["name"] for p in view.spec.get("params", [])]
    assert maps.MUNICIPALITY_SELECTION in params
    event = {"selection": {maps.MUNICIPALITY_SELECTION: [{"municipality_code": "0780"}]}}
    assert karta.clicked_municipality(event) == "0780"
    assert karta.clicked_municipality({"selection": {}}) is None
