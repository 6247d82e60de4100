"""lib/screens/kommun.py on the hand-made municipalities (tests/fixtures/hand_municipalities.py): what the Kommun
screen says and shows, in Swedish and English, with the figures computed by hand."""

from __future__ import annotations

import pandas as pd

from lib.screens import kommun
from tests.fixtures.hand_municipalities import INDEPENDENT, MUNICIPAL, dataset, side

NB = "\u00a0"
SRC = "Källa: test"


def test_a_link_finds_a_municipality_by_code_short_code_or_name():
    choices = kommun.choices(dataset())
    assert choices.codes[:4] == ("0101", "0102", "0104", "0105")  # by name: Alfa, Beta, Delta, Epsilon
    assert choices.resolve("0103") == "0103"
    assert choices.resolve("103") == "0103"
    assert choices.resolve(" gamma ") == "0103"
    assert choices.resolve("9999") is None
    assert choices.resolve("") is None
    assert choices.label("0103") == "Gamma (0103)"


def test_municipality_view_places_it_among_all_and_among_similar_needs_sv():
    view = kommun.municipality_view(dataset(), "0103", "qualified_share", 2024, "sv", SRC)
    assert view.heading == "Gamma (0103)"
    # 6 of the 7 others lower → 86 %; among its quartile (Gamma, Delta) 1 of 1 → 100 %
    assert view.findings[0] == (
        f"Andel lärare med legitimation och behörighet (%) i Gamma läsåret 2024/25: 75,0{NB}%. Det är högre än i "
        f"86{NB}% av de 8 kommunerna med värde. Bland de 2 kommunerna med liknande behov (Q2) är det högre än i "
        f"100{NB}%.")
    # 2023: 70 %, all (7000 − 5·112) / 112 = 57,5 %
    assert view.findings[1] == (f"I Gamma steg andel lärare med legitimation och behörighet från 70,0{NB}% (2023/24) "
                                f"till 75,0{NB}% (2024/25); i alla kommuner tillsammans från 57,5{NB}% till "
                                f"62,5{NB}%.")
    assert "samma behovskvartil (Q2)" in view.peers_sentence
    first = view.figures[0]
    assert (first.value, first.delta) == (f"75,0{NB}%", "12,5 mot alla kommuner")  # 75 − 62,5
    assert f"Kommuner med liknande behov: 63,8{NB}%." in first.help  # 2550 / 40 = 63,75
    assert view.breaks_note is not None and "2024/25" in view.breaks_note
    assert view.trend_spec is not None
    # the municipality, all municipalities and those with similar needs differ by dash as well as by colour
    lines = [layer for layer in view.trend_spec["layer"] if layer["mark"]["type"] == "line"]
    assert lines and all(layer["encoding"]["strokeDash"]["field"] == "series" for layer in lines)
    assert view.costs == ()  # the data has no costs and no municipal side was given


def test_municipality_view_in_english():
    view = kommun.municipality_view(dataset(), "0103", "qualified_share", 2024, "en", SRC)
    assert view.findings[0].startswith("Share of teachers with certification and qualification (%) in Gamma in "
                                       "school year 2024/25: 75.0%. That is higher than in 86% of the 8 "
                                       "municipalities with a value.")
    assert view.figures[0].delta == "12.5 against all municipalities"


def test_a_small_municipality_shows_no_figures():
    view = kommun.municipality_view(dataset(), "0106", "qualified_share", 2024, "sv", SRC)
    assert view.findings[0] == "Zeta har för få elever eller lärare läsåret 2024/25: uppgifterna visas inte."
    assert {f.value for f in view.figures} == {"för få"}
    assert "50,0" not in " ".join(view.findings)
    assert set(view.trend_table.frame["Zeta"]) == {"för få"}


def test_costs_come_from_the_municipal_side_as_calendar_year_context():
    view = kommun.municipality_view(dataset(), "0102", "qualified_share", 2024, "sv", SRC,
                                    side(MUNICIPAL, "kommunal"))
    assert [(f.label, f.value) for f in view.costs] == [("Kostnad per elev (kr, kalenderår)", f"120{NB}000 kr")]
    assert view.costs[0].help == f"Median bland 3 kommuner: 110{NB}000 kr; högre än i 100{NB}% av dem."
    assert "kalenderår 2024" in view.costs_caption and "orsak" in view.costs_caption
    # 120 000 above 100 000 and 110 000: higher than 2 of the other 2 → 100 %
    assert view.findings[-1] == (f"Kostnad per elev i Beta kalenderår 2024 (kommunala huvudmän): 120{NB}000 kr, högre "
                                 f"än i 100{NB}% av de 3 kommunerna (median 110{NB}000 kr). Kostnaden är sammanhang, "
                                 f"ingen förklaring.")


def test_organizers_side_by_side_in_words_and_table():
    sides = kommun.organizer_view(side(MUNICIPAL, "kommunal"), side(INDEPENDENT, "enskild"), "qualified_share",
                                  2024, "0101", "sv")
    assert sides.municipality == (f"I Alfa läsåret 2024/25 var andel lärare med legitimation och behörighet "
                                  f"82,0{NB}% hos kommunala huvudmän och för få hos enskilda.")
    # municipal 2420 / 32 = 75,6 %; independent 804 / 11 = 73,1 %; only Beta has both, municipal higher
    assert sides.nation == (f"Bland alla kommuner läsåret 2024/25 var andel lärare med legitimation och behörighet "
                            f"75,6{NB}% hos kommunala huvudmän och 73,1{NB}% hos enskilda. Av de 1 kommuner där båda "
                            f"kan visas har 0 ett högre värde hos de enskilda och 1 hos de kommunala.")
    table = sides.table.frame.set_index("Kommunkod")
    alfa = table.loc["0101"].tolist()[1:]  # its independent side: 2 FTE, hidden; numbers stay a number column
    assert alfa[0] == 82.0 and pd.isna(alfa[1]) and pd.isna(alfa[2]) and alfa[3] == "för få (enskilda)"
    assert table.loc["0102"].tolist()[1:] == [72.0, 60.0, -12.0, ""]
    assert pd.api.types.is_float_dtype(table["Enskilda huvudmän: Andel lärare med legitimation och behörighet (%)"])


def test_nation_view_gap_over_the_years_and_a_table_with_the_small_number_rule():
    view = kommun.nation_view(dataset(), "qualified_share", 2024, "sv", SRC, side(MUNICIPAL, "kommunal"))
    # Q1 (Alfa, Beta): 2200 / 30 = 73,3; Q4 (Eta, Theta): 1500 / 30 = 50,0; gap −23,3 in both years
    assert view.findings[1] == ("Kommunerna med störst behov (Q4) låg 23,3 procentenheter lägre än de med minst "
                                "behov (Q1) i andel lärare med legitimation och behörighet läsåret 2023/24, och 23,3 "
                                "procentenheter lägre läsåret 2024/25.")
    gaps = view.gap_table.frame
    assert gaps["Skillnad Q4 − Q1"].tolist() == [-23.3, -23.3]
    table = view.table.frame.set_index("Kommunkod")
    assert len(table) == 8
    zeta = table.loc["0106"]  # under the rule: name and code, no figures, the note says why
    assert zeta["Kommun"] == "Zeta" and zeta["Anmärkning"] == "för få"
    assert zeta.drop(["Kommun", "Anmärkning"]).isna().all()
    assert table.loc["0105", "Anmärkning"] == ""
    assert pd.api.types.is_float_dtype(table["Andel lärare med legitimation och behörighet (%)"])  # sorts as numbers
    assert table.loc["0103", "Behovskvartil"] == 2
    assert table.loc["0102", "Kostnad per elev (kr, kalenderår)"] == 120_000
    assert view.table_heading == "Alla kommuner läsåret 2024/25"


def test_nation_view_in_english_names_the_quartiles():
    view = kommun.nation_view(dataset(), "qualified_share", 2024, "en", SRC)
    assert view.findings[1].startswith("The highest-need quarter of municipalities (Q4) was 23.3 percentage points "
                                       "lower than the lowest-need quarter (Q1)")
    assert "Need quartile" in view.table.frame.columns


def test_data_with_several_organiser_types_per_municipality_is_split_into_all_and_the_two_sides():
    import pandas as pd

    from lib.dataset import Dataset, Source

    whole = dataset()
    k, e = side(MUNICIPAL, "kommunal").frame, side(INDEPENDENT, "enskild").frame
    mixed = pd.concat([whole.frame.assign(organizer_type="samtliga"), k, e], ignore_index=True)
    split = kommun.sides(Dataset(mixed, "municipality", Source("upload", ("mixed.csv",), "2026-11-30")))
    main, kommunal, enskild = split
    assert len(main.frame) == 16 and set(main.frame["organizer_type"]) == {"samtliga"}
    assert list(kommunal.frame["municipality_code"]) == ["0101", "0102", "0103"]
    assert list(enskild.frame["municipality_code"]) == ["0101", "0102", "0104"]
    # one row per municipality and year: no sides
    alone = kommun.sides(whole)
    assert alone.main is whole and alone.kommunal is None and alone.enskild is None


def test_a_municipalitys_organisers_over_time_hide_a_small_side():
    trend = kommun.organizer_trend(side(MUNICIPAL, "kommunal").frame, side(INDEPENDENT, "enskild").frame, "0101",
                                   "qualified_share")
    row = trend.iloc[0]
    assert (row["school_year"], row["municipal"], bool(row["independent_small"])) == (2024, 82.0, True)
    assert trend["independent"].isna().all()  # 2 FTE: under the rule


def test_the_need_index_is_not_compared_between_organisers():
    sides = kommun.organizer_view(side(MUNICIPAL, "kommunal"), side(INDEPENDENT, "enskild"), "need_index", 2024,
                                  None, "en")
    assert sides.municipality.startswith("The need index is made within each dataset")
    assert sides.table.empty


def test_a_small_municipal_side_hides_its_cost():
    small = [("0101", "Alfa", 82, 8, 120, 100_000), ("0103", "Gamma", 76, 2, 9, 150_000)]  # Gamma: 2 FTE, 9 pupils
    view = kommun.municipality_view(dataset(), "0103", "qualified_share", 2024, "sv", SRC, side(small, "kommunal"))
    assert [f.value for f in view.costs] == ["för få"]
    assert not any("150" in line for line in view.findings)
