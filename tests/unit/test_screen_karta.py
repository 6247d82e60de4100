"""The Karta screen's views (lib.screens.karta) on four hand-made schools: what each colour mode shows, the filters,
the picker, the selected school's figures, the choropleth, and that different choices never share a cache entry."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from lib import cache
from lib.charts import maps
from lib.dataset import Dataset, Source
from lib.screens import karta, profiler
from lib.sources import demo

QS = "Andel lärare med legitimation och behörighet (%)"


def four_schools(kind: str = "demo") -> Dataset:
    """Four schools of one organiser; C and D in Västerås, A and B in Stockholm (names in reverse id order)."""
    frame = pd.DataFrame({
        "school_year": [2024] * 4, "school_id": ["10000001", "10000002", "10000003", "10000004"],
        "school_name": ["Dalskolan", "Centralskolan", "Backaskolan", "Almskolan"],
        "municipality_code": ["0180", "0180", "1980", "1980"],
        "municipality_name": ["Stockholm", "Stockholm", "Västerås", "Västerås"],
        "organizer": ["Testkommun"] * 4,
        "lat": [59.3, 59.31, 59.6, 59.61], "lon": [18.0, 18.01, 16.5, 16.51],
        "need_index": [50.0, 90.0, 110.0, 150.0], "qualified_share": [80.0, 75.0, 70.0, 60.0],
        "teacher_fte": [10.0] * 4, "pupils": [100.0, 200.0, 300.0, 400.0],
        "pupils_per_teacher": [10.0, 20.0, 30.0, 40.0], "first_teachers": [2.0, 2.0, 3.0, 2.0],
        "first_teachers_per_100_pupils": [2.0, 1.0, 1.0, 0.5],
        "merit_value": [250.0, 230.0, 210.0, 190.0], "foreign_background_share": [10.0, 20.0, 40.0, 60.0],
    })
    return Dataset(frame, "school", Source(kind, () if kind == "demo" else ("skolor.csv",)))



def test_modes_offer_profiles_only_with_a_shared_grouping_of_schools():
    data = four_schools()
    grouping = profiler.Grouping(2024, ("need_index", "qualified_share"), 2, "kmeans")
    assert karta.modes(data) == ("indicator", "deviation", "bivariate")
    assert karta.modes(data, grouping) == ("indicator", "deviation", "bivariate", "profile")
    assert karta.modes(data, {"year": 2024}) == ("indicator", "deviation", "bivariate")  # not a Grouping
    municipal = Dataset(data.frame, "municipality", data.source)
    assert karta.modes(municipal, grouping) == ("indicator", "deviation", "bivariate")
    assert karta.mode_labels("en")["deviation"] == "Deviation from the organiser's average"


def test_indicator_map_offers_need_first_then_resources_other_needs_and_outcomes():
    data = four_schools()
    choice = karta.indicator_choice(data, "indicator")
    assert choice.options == ("need_index", "qualified_share", "pupils_per_teacher", "first_teachers_per_100_pupils",
                              "foreign_background_share", "merit_value")
    assert (choice.default, choice.label_key) == ("need_index", "karta.indicator")
    for mode in ("deviation", "bivariate", "profile"):
        other = karta.indicator_choice(data, mode)
        assert other.options == ("qualified_share", "pupils_per_teacher", "first_teachers_per_100_pupils")
        assert (other.default, other.label_key) == ("qualified_share", "karta.resource")


def test_filter_options_are_the_years_municipalities_and_organisers_with_names():
    options = karta.filter_options(four_schools(), 2024)
    assert options.municipalities == ("0180", "1980")
    assert options.organizers == ("Testkommun",)
    assert options.municipality_name("1980") == "Västerås" and options.municipality_name("9999") == "9999"


def test_look_counts_the_grouping_only_in_profile_mode():
    grouping = profiler.Grouping(2023, ("need_index", "qualified_share"), 3, "kmeans")
    assert karta.Look.of("deviation", "qualified_share", 2024, ["0180"], [], grouping) == \
        karta.Look("deviation", "qualified_share", 2024, ("0180",), (), None)
    assert karta.Look.of("profile", "qualified_share", 2024, (), (), grouping).grouping == grouping


def test_indicator_map_is_titled_by_the_indicator_and_its_table_has_no_second_copy_of_it():
    view = karta.school_map(four_schools(), karta.Look.of("indicator", "qualified_share", 2024), "sv", "Källa")
    assert view.title == f"{QS}, läsåret 2024/25"
    assert view.alt_text.startswith(f"Karta över 4 skolor i 2 kommuner, färgade efter {QS.lower()}.")
    columns = list(view.table.frame.columns)
    assert columns.count(QS) == 1 and "Färgvärde" not in columns
    assert "Latitud" not in columns and view.table.frame[QS].tolist() == [80.0, 75.0, 70.0, 60.0]
    assert view.bivariate is None and view.year == 2024
    assert view.download_name == "karta-qualified_share-2024"


def test_deviation_map_names_the_deviation_and_its_column_holds_it():
    view = karta.school_map(four_schools(), karta.Look.of("deviation", "qualified_share", 2024), "en", "Source")
    assert view.title == ("Deviation from the organiser's average: Share of teachers with certification and "
                          "qualification (%), school year 2024/25")
    assert "coloured by deviation from the organiser's average" in view.alt_text
    heading = "Deviation, Share of teachers with certification and qualification (%)"
    # The organiser's average, teacher FTE 10 each: (80 + 75 + 70 + 60) / 4 = 71.25.
    assert view.table.frame[heading].tolist() == [8.75, 3.75, -1.25, -11.25]
    assert view.spec["title"]["text"] == view.title


def test_bivariate_map_lists_where_high_need_meets_the_weakest_resource():
    view = karta.school_map(four_schools(), karta.Look.of("bivariate", "qualified_share", 2024), "sv", "Källa")
    assert view.title == f"Behov och {QS}, läsåret 2024/25"
    assert "färgade efter behov × lärarresurs" in view.alt_text
    # Thirds of four units: D (need 150, 60 % qualified) alone is high need and weakest share, class 3-3.
    assert view.table.frame["Klass (behov-svaghet)"].tolist()[-1] == "3-3"
    part = view.bivariate
    assert part.heading == "Skolor där högt behov möter svagast andel lärare med legitimation och behörighet"
    assert part.caption.startswith("Mörkast: högt behov och svagast andel lärare")
    assert part.worst.frame["Skolenhet"].tolist() == ["Almskolan"]
    assert "Klass (behov-svaghet)" not in part.worst.frame.columns
    assert part.download_name == "hogt-behov-svag-resurs-2024"
    assert part.legend["autosize"] == {"type": "pad"}  # the legend keeps its own size in its column


def test_a_municipality_filter_zooms_to_its_schools():
    view = karta.school_map(four_schools(), karta.Look.of("indicator", "need_index", 2024, ["1980"]), "sv", "Källa")
    assert set(view.table.frame["Skolenhetskod"]) == {"10000003", "10000004"}
    assert "2 skolor i 1 kommun" in view.alt_text
    assert {p["name"]: p.get("value") for p in view.spec["params"]}[maps.PRESENT] == ["1980"]
    everyone = karta.school_map(four_schools(), karta.Look.of("indicator", "need_index", 2024), "sv", "Källa")
    assert {p["name"]: p.get("value") for p in everyone.spec["params"]}[maps.PRESENT] == ["0180", "1980"]


def test_picker_lists_schools_by_name_and_finds_a_clicked_school():
    view = karta.school_map(four_schools(), karta.Look.of("indicator", "need_index", 2024), "en", "Source")
    assert view.picker_options == [None, "10000004", "10000003", "10000002", "10000001"]  # Alm, Backa, Central, Dal
    assert view.school_label(None) == "– none chosen –" and view.school_label("10000003") == "Backaskolan"
    assert view.picker_index("10000003") == 2 and view.picker_index("99999999") == 0 and view.picker_index(None) == 0


def test_clicked_school_reads_the_maps_selection():
    assert karta.clicked_school({"selection": {maps.SELECTION: [{"school_id": 10000002}]}}) == "10000002"
    assert karta.clicked_school(SimpleNamespace(selection=SimpleNamespace(school=[{"school_id": "1"}]))) == "1"
    assert karta.clicked_school(SimpleNamespace(selection={maps.SELECTION: []})) is None
    assert karta.clicked_school(SimpleNamespace(selection={})) is None
    assert karta.clicked_school(None) is None


def test_school_without_coordinates_or_municipality_gives_no_map():
    data = four_schools()
    frame = data.frame.drop(columns=["lat", "lon", "municipality_code"])
    view = karta.school_map(Dataset(frame, "school", data.source),
                            karta.Look.of("indicator", "need_index", 2024), "sv", "Källa")
    assert view.spec is None and view.table.empty and view.picker_options == [None]


def test_schools_without_coordinates_are_drawn_within_their_municipality():
    data = four_schools()
    view = karta.school_map(Dataset(data.frame.drop(columns=["lat", "lon"]), "school", data.source),
                            karta.Look.of("indicator", "need_index", 2024), "sv", "Källa")
    assert view.spec is not None and len(view.picker_options) == 1 + 4


def test_selected_school_shows_its_figures_beside_the_organisers_average():
    school = karta.selected_school(four_schools(), "10000002", 2024, "sv")
    assert school.heading == "**Centralskolan** (10000002)"
    assert school.sheet_query == {"school": "10000002", "year": "2024", "lang": "sv"}  # the link's keys
    figures = {f.label: f for f in school.figures}
    assert list(figures) == ["Behovsindex", QS, "Elever per lärare (heltidstjänst)", "Förstelärare per 100 elever",
                             "Antal elever"]
    # Need, pupil-weighted: (50·100 + 90·200 + 110·300 + 150·400) / 1000 = 116; 90 − 116 = −26.
    need = figures["Behovsindex"]
    assert (need.value, need.delta) == ("90,0", "−26,0")
    assert need.help == "Huvudmannens skolor i genomsnitt: 116,0; avvikelse −26,0."
    # Pupils per teacher: Σ pupils / Σ FTE = 1000 / 40 = 25; 20 − 25 = −5.
    assert (figures["Elever per lärare (heltidstjänst)"].value, figures["Elever per lärare (heltidstjänst)"].delta) \
        == ("20,0", "−5,0")
    # Förstelärare per 100 pupils (two decimals): 9 / 1000 · 100 = 0.90; 1.00 − 0.90 = +0.10.
    rate = figures["Förstelärare per 100 elever"]
    assert (rate.value, rate.delta) == ("1,00", "0,10")
    # Pupils: a whole number, no deviation arrow; the plain mean (100 + 200 + 300 + 400) / 4 = 250 in the help.
    pupils = figures["Antal elever"]
    assert (pupils.value, pupils.delta) == ("200", None)
    assert pupils.help == "Huvudmannens skolor i genomsnitt: 250; avvikelse −50."


def test_selected_school_in_english_and_outside_the_year():
    school = karta.selected_school(four_schools(), "10000004", 2024, "en")
    assert school.figures[0].label == "Need index" and school.figures[0].value == "150.0"
    assert school.sheet_query["lang"] == "en"
    missing = karta.selected_school(four_schools(), "10000004", 2023, "en")
    assert missing.name == "10000004" and missing.figures == ()


def municipalities() -> Dataset:
    frame = pd.DataFrame({
        "school_year": [2024, 2024], "municipality_code": ["0180", "1980"],
        "municipality_name": ["Stockholm", "Västerås"], "need_index": [90.0, 110.0],
        "qualified_share": [75.0, 65.0], "teacher_fte": [100.0, 100.0], "pupils": [1000.0, 1000.0],
    })
    return Dataset(frame, "municipality", Source("upload", ("kommuner.csv",)))


def test_choropleth_colours_every_municipality_with_a_value_and_greys_the_rest():
    view = karta.choropleth(municipalities(), 2024, "indicator", "qualified_share", "sv", "Källa")
    features = view.spec["datasets"][maps.BOUNDARIES]
    assert len(features) == 290
    values = {f["municipality_code"]: f.get("value") for f in features if f.get("value") is not None}
    assert values == {"0180": 75.0, "1980": 65.0}
    assert view.alt_text == (f"Karta över Sveriges kommuner färgade efter {QS.lower()}; 2 kommuner har värde.")
    assert view.title == f"{QS}, läsåret 2024/25" and view.legend is None
    # Deviation from the dataset's average (FTE-weighted, 100 each): (75 + 65) / 2 = 70 → +5 and −5.
    deviation = karta.choropleth(municipalities(), 2024, "deviation", "qualified_share", "sv", "Källa")
    shaded = {f["municipality_code"]: f["value"] for f in deviation.spec["datasets"][maps.BOUNDARIES]
              if f.get("value") is not None}
    assert shaded == {"0180": 5.0, "1980": -5.0}
    bivariate = karta.choropleth(municipalities(), 2024, "bivariate", "qualified_share", "sv", "Källa")
    assert bivariate.legend is not None and "färgade efter behov × lärarresurs" in bivariate.alt_text


def test_profile_map_shows_the_groupings_year_and_profile_labels():
    data = demo.dataset_from_bundle(demo.generate(n_schools=30))
    year = data.school_years[-2]
    grouping = profiler.Grouping(year, ("need_index", "qualified_share", "pupils_per_teacher"), 3, "kmeans")
    look = karta.Look.of("profile", "qualified_share", data.school_years[-1], (), (), grouping)
    view = karta.school_map(data, look, "sv", "Källa")
    assert view.year == year
    assert view.title == f"Utmaningsprofiler, läsåret {year}/{(year + 1) % 100:02d}"
    labels = set(view.table.frame["Profil"].dropna()) - {"för få"}  # a small school's profile is not shown
    assert labels and all(label[:3] in {"1: ", "2: ", "3: "} for label in labels)
    assert "färgade efter utmaningsprofil" in view.alt_text


def test_different_languages_looks_and_data_never_share_a_cache_entry():
    data, other = four_schools(), four_schools()
    other = Dataset(other.frame.assign(qualified_share=[10.0, 20.0, 30.0, 40.0]), "school", other.source)
    look = karta.Look.of("indicator", "qualified_share", 2024)
    views = [karta.school_map(data, look, "sv", "Källa"), karta.school_map(data, look, "en", "Källa"),
             karta.school_map(data, karta.Look.of("deviation", "qualified_share", 2024), "sv", "Källa"),
             karta.school_map(data, karta.Look.of("indicator", "qualified_share", 2024, ["1980"]), "sv", "Källa"),
             karta.school_map(other, look, "sv", "Källa")]
    maps_held = [k for k in cache.SHARED.keys("karta") if k[0] == "lib.screens.karta.school_map"]
    assert len(maps_held) == 5
    assert views[0].title != views[1].title and views[0].table.frame.columns[0] != views[1].table.frame.columns[0]
    assert views[4].table.frame[QS].tolist() == [10.0, 20.0, 30.0, 40.0]
    assert karta.school_map(data, look, "sv", "Källa") is views[0]  # the same look again: the entry held
    karta.selected_school(data, "10000001", 2024, "sv")
    karta.selected_school(data, "10000001", 2024, "en")
    assert len([k for k in cache.SHARED.keys("karta") if k[0] == "lib.screens.karta.selected_school"]) == 2


def test_a_visitors_own_data_is_not_kept_in_the_shared_pool():
    upload = four_schools("upload")
    karta.school_map(upload, karta.Look.of("indicator", "need_index", 2024), "sv", "Källa")
    karta.selected_school(upload, "10000001", 2024, "sv")
    assert cache.SHARED.keys("karta") == []


# --- the small-number rule (tests/fixtures/small_school.py: Lillbyns skola, 7 pupils and 0.5 FTE every year) -----

def test_a_small_school_is_on_the_map_grey_without_values_and_its_table_row_says_too_few():
    from lib.charts import render
    from tests.fixtures import small_school

    data = small_school.small_school_dataset()
    for mode in ("indicator", "deviation", "bivariate"):
        view = karta.school_map(data, karta.Look.of(mode, "qualified_share", 2024), "sv", "Källa")
        # What travels to the browser: the school, where it is, flagged, and no figure at all (not even pupils).
        sent = render.from_arrow(view.spec["datasets"][maps.SCHOOLS]).set_index("school_id")
        mine = sent.loc[small_school.SMALL_ID]
        assert mine["name"] == "Lillbyns skola" and bool(mine["small"]) and (mine["lat"], mine["lon"]) == (59.93, 17.41)
        assert mine[["pupils", "colour", "need_index", "qualified_share", "pupils_per_teacher"]].isna().all()
        assert not sent.drop(index=small_school.SMALL_ID)["small"].any()
        row = view.table.frame.set_index("Skolenhetskod").loc[small_school.SMALL_ID]
        assert row["Skolenhet"] == "Lillbyns skola" and row["Antal elever"] == "< 10"
        assert set(row.drop(["Skolenhet", "Kommun", "Huvudman", "Antal elever"])) == {"för få"}
        assert view.alt_text.endswith("1 av skolorna har färre än 10 elever eller 3 lärare (heltidstjänster); de "
                                      "visas grå i samma storlek och utan uppgifter (för få).")
        assert small_school.SMALL_ID in view.schools  # it can still be picked
        text = view.table.frame.to_csv() + exports_text(view.table.frame)
        assert not [v for v in small_school.small_values(2024) if v in text]
    assert small_school.SMALL_ID not in set(view.bivariate.worst.frame["Skolenhetskod"])


def exports_text(frame: pd.DataFrame) -> str:
    from lib.documents import exports

    return exports.to_csv_bytes(frame, "sv").decode("utf-8-sig") + exports.to_csv_bytes(frame, "en").decode()


def test_the_small_school_layer_is_grey_at_a_fixed_size_and_its_tooltip_says_why():
    from tests.fixtures import small_school

    view = karta.school_map(small_school.small_school_dataset(), karta.Look.of("indicator", "qualified_share", 2024),
                            "sv", "Källa")
    shown, too_few = view.spec["layer"][1], view.spec["layer"][2]
    assert shown["transform"] == [{"filter": "!datum.small"}] and "size" in shown["encoding"]
    assert {"filter": "datum.small"} in too_few["transform"]
    assert too_few["mark"]["fill"] == maps.SMALL_FILL and too_few["mark"]["size"] == maps.SMALL_SIZE
    assert "size" not in too_few["encoding"] and "color" not in too_few["encoding"]
    assert [tip["field"] for tip in too_few["encoding"]["tooltip"]] == ["name", "municipality", "organizer", "why"]
    assert {"calculate": '"Färre än 10 elever eller 3 lärare (heltidstjänster): uppgifterna visas inte (för få)."',
            "as": "why"} in too_few["transform"]


def test_a_small_schools_figures_say_too_few_when_it_is_selected():
    from tests.fixtures import small_school

    data = small_school.small_school_dataset()
    for year in small_school.YEARS:
        school = karta.selected_school(data, small_school.SMALL_ID, year, "sv")
        assert school.heading == f"**Lillbyns skola** ({small_school.SMALL_ID})"
        assert [(f.value, f.delta) for f in school.figures] == [("för få", None)] * 4 + [("< 10", None)]
        assert {f.help for f in school.figures} == {"Färre än 10 elever eller 3 lärare (heltidstjänster): uppgifterna "
                                                    "visas inte (för få)."}


def test_profile_and_change_colours_of_a_small_school():
    from lib.geo import mapdata
    from tests.fixtures import small_school

    points = mapdata.school_points(small_school.small_school_dataset().frame, 2024, "indicator", "need_index")
    labels = pd.Series("1: Högt behov", index=points["school_id"])
    # Its challenge profile would tell its figures: none. A change of posts is a decision: it stays.
    assert mapdata.with_profiles(points, labels).set_index("school_id")["colour"].isna().tolist() == \
        [False] * 11 + [True]
    change = pd.Series(1.0, index=points["school_id"])
    changed = mapdata.with_change(points, change)
    assert changed["colour"].tolist() == [1.0] * 12
    spec = maps.school_map(changed, ["0380"], "change", "need_index", "sv", "Titel", "Källa")
    from lib.charts import render

    sent = render.from_arrow(render.arrow_bytes(spec["datasets"][maps.SCHOOLS])).set_index("school_id")
    assert sent.loc[small_school.SMALL_ID, "colour"] == 1.0 and pd.isna(sent.loc[small_school.SMALL_ID, "pupils"])


def test_a_small_municipality_year_has_no_value_on_the_choropleth_and_says_why():
    small = pd.DataFrame({"school_year": [2024], "municipality_code": ["2121"], "municipality_name": ["Överkalix"],
                          "need_index": [120.0], "qualified_share": [55.5], "teacher_fte": [2.5], "pupils": [40.0]})
    data = Dataset(pd.concat([municipalities().frame, small], ignore_index=True), "municipality",
                   Source("upload", ("kommuner.csv",)))
    view = karta.choropleth(data, 2024, "indicator", "qualified_share", "sv", "Källa")
    features = {f["municipality_code"]: f for f in view.spec["datasets"][maps.BOUNDARIES]}
    assert features["2121"]["value"] is None and features["2121"]["small"] is True
    assert features["0180"]["value"] == 75.0 and features["0180"]["small"] is False
    assert view.alt_text.endswith("2 kommuner har värde.")
    layer = view.spec["layer"][1]
    assert [tip["field"] for tip in layer["encoding"]["tooltip"]] == ["municipality_name", "why"]


def test_the_map_fits_the_municipalities_in_view_unless_the_country_is_asked_for():
    fitted = karta.school_map(four_schools(), karta.Look.of("indicator", "need_index", 2024), "sv", "Källa")
    country = karta.school_map(four_schools(), karta.Look.of("indicator", "need_index", 2024, (), (), None, "country"),
                               "sv", "Källa")
    # Fitted: only the municipalities with schools in view are drawn (a filter on the map's `present` parameter), so
    # Vega-Lite fits the projection to them; zoomed out, all of Sweden is drawn with them shaded.
    assert "datum.present" in [t.get("filter") for t in fitted.spec["layer"][0].get("transform", [])]
    assert "datum.present" not in [t.get("filter") for t in country.spec["layer"][0].get("transform", [])]
    assert karta.Look.of("indicator", "need_index", 2024, extent="elsewhere").extent == "fit"
