"""The Likvärdighet screen's views (lib.screens.likvardighet), on eight hand-made schools whose figures are worked
out by hand in the comments; and that different data, languages and choices never share a cache entry."""

from __future__ import annotations

import pandas as pd

from lib import cache
from lib.dataset import Dataset, Source
from lib.i18n import NBSP
from lib.screens import likvardighet, profiler

MINUS = "\u2212"



def schools(level: str = "school", kind: str = "demo", shift: float = 0.0) -> Dataset:
    """Eight schools s1…s8 with need 10, 20 … 80, 10 teacher FTE and 100 pupils each; organiser A has s1–s4 (and
    s9), B has s5–s8. Qualified share: 80 everywhere in 2023; in 2024 90, 85 … 55 (90 − 5·(i−1)), falling
    with need. s9 (2024 only, organiser A) has no need index and a qualified share of 82.5."""
    rows = []
    for i in range(8):
        base = {"school_id": f"s{i + 1}", "school_name": f"Skola {i + 1}", "municipality_code": "0180",
                "municipality_name": "Stockholm", "organizer": "A" if i < 4 else "B", "pupils": 100.0,
                "teacher_fte": 10.0, "need_index": 10.0 * (i + 1)}
        rows.append({**base, "school_year": 2023, "qualified_share": 80.0})
        rows.append({**base, "school_year": 2024, "qualified_share": 90.0 - 5 * i + shift})
    rows.append({"school_id": "s9", "school_name": None, "municipality_code": "0180",
                 "municipality_name": "Stockholm", "organizer": "A", "pupils": 100.0, "teacher_fte": 10.0,
                 "need_index": None, "school_year": 2024, "qualified_share": 82.5})
    frame = pd.DataFrame(rows)
    if level == "municipality":
        frame = frame[frame["school_id"] != "s9"].assign(
            municipality_code=lambda f: f["school_id"].str.replace("s", "018"), school_id=None)
    return Dataset(frame, level, Source(kind, ("skolor.csv",) if kind == "upload" else (), date="2025-01-01"))


def keys(name: str) -> list[tuple]:
    return [k for k in cache.SHARED.keys("likvardighet") if k[0] == f"lib.screens.likvardighet.{name}"]


def test_indicator_options_need_a_need_index():
    assert likvardighet.indicator_options(schools()) == ["qualified_share"]
    without_need = Dataset(schools().frame.drop(columns="need_index"), "school", Source("demo"))
    assert likvardighet.indicator_options(without_need) == []


def test_scatter_points_are_the_units_of_the_year_with_need_and_value():
    points = likvardighet.scatter_points(schools(), "qualified_share", 2024)
    # s9 has no need index: left out. Quartiles of 8 units: ⌊4i/8⌋ + 1 = 1,1,2,2,3,3,4,4.
    assert points["name"].tolist() == [f"Skola {i}" for i in range(1, 9)]
    assert points["value"].tolist() == [90.0, 85.0, 80.0, 75.0, 70.0, 65.0, 60.0, 55.0]
    assert points["quartile"].tolist() == [1, 1, 2, 2, 3, 3, 4, 4]


def test_view_states_the_measures_in_words_and_figures():
    view = likvardighet.view(schools(), "qualified_share", 2024, "sv")
    # Q1 = s1, s2: (90 + 85)/2 = 87.5; Q4 = s7, s8: (60 + 55)/2 = 57.5 (equal FTE). Gap 57.5 − 87.5 = −30.0;
    # ratio 57.5/87.5 = 0.657 → "0,66".
    assert view.gap == f"{MINUS}30,0" and view.ratio == "0,66"
    # Equal pupils: R = (i + ½)/8, y = 90 − 5i (i = 0…7), mean 72.5; cov(y, R) = −5/8 · var(0…7) = −5/8 · 5.25
    # = −3.28125; CI = 2 · −3.28125 / 72.5 = −0.0905 → "−0,091".
    assert view.ci == f"{MINUS}0,091"
    assert view.findings[0].startswith("Skolorna med störst behov (kvartil 4) har 30,0 procentenheter lägre")
    assert "57,5 mot 87,5, läsåret 2024/25" in view.findings[0]
    # Q4 (s7 60, s8 55) against organiser B's average (70 + 65 + 60 + 55)/4 = 62.5: both below → 2 of 2.
    assert view.findings[2].startswith(f"2 av 2 skolor i kvartil 4 (100{NBSP}%) har lägre")
    assert view.no_findings is None and view.context_note.startswith("Som jämförelse")
    # The points lie on y = 95 − 0.5·need: the trend changes by −0.5 · 10 = −5 per 10 index points.
    assert view.scatter_alt.endswith(f"ändras med {MINUS}5,00 per 10 indexenheter.")
    assert view.quartile_alt.endswith("i kvartil 1 till 4: 87,5, 77,5, 67,5, 57,5.")
    assert view.quartile_intro.endswith("Värdena är vägda (per lärarnas heltidstjänster).")
    assert view.left_out == "1 enhet saknar behovsindex eller värde och är inte med."  # s9


def test_view_tables_are_labelled_and_sorted():
    view = likvardighet.view(schools(), "qualified_share", 2024, "sv")
    deviation = view.deviation_table.frame
    # Greatest need first, s9 (no need) last. s8: 55 − 62.5 = −7.5; s1: 90 − A's (90+85+80+75+82.5)/5 = 82.5 → +7.5.
    assert deviation["Enhet"].tolist()[:2] == ["Skola 8", "Skola 7"] and deviation["Enhet"].iloc[-1] == "s9"
    assert deviation["Avvikelse"].tolist()[:2] == [-7.5, -2.5]
    assert deviation.set_index("Enhet").loc["Skola 1", "Avvikelse"] == 7.5
    assert view.quartile_table.frame["Behovskvartil"].tolist() == ["Kvartil 1", "Kvartil 2", "Kvartil 3", "Kvartil 4"]
    assert list(view.points_table.frame.columns) == ["Enhet", "Behovsindex", "Andel lärare med legitimation och "
                                                     "behörighet (%)", "Antal elever", "Kvartil"]
    organizers = view.organizer_table.frame
    # Four or five units each, fewer than 8: values but no gap. A: (330 + 82.5)/5 = 82.5; B: 62.5.
    assert organizers["Huvudman"].tolist() == ["A", "B"] and organizers["Andel lärare med legitimation och "
                                                                        "behörighet (%)"].tolist() == [82.5, 62.5]
    assert organizers["Skillnad Q4 − Q1"].isna().all()
    assert view.organizer_intro.endswith("Huvudmän med färre än 8 enheter visas utan skillnad (för få).")
    assert view.files.quartiles == "kvartiler-qualified_share-2024" and view.files.trend == "trend-qualified_share"


def test_over_time_says_the_first_and_latest_gap_and_the_break():
    over_time = likvardighet.view(schools(), "qualified_share", 2024, "sv").over_time
    # 2023: every school 80 → gap 0; 2024: −30 (above).
    assert over_time.alt_text.endswith(f"Skillnaden var 0,0 första läsåret och {MINUS}30,0 senaste.")
    assert "läsåren 2023/24–2024/25" in over_time.alt_text
    assert over_time.breaks == ("Brott i statistiken: från 2024/25 redovisas inga uppgifter som bygger på färre än "
                                "3 heltidstjänster")
    assert over_time.table.frame["Läsår"].tolist() == ["2023/24", "2024/25"]


def test_over_time_names_the_years_when_the_gap_is_missing_at_either_end():
    """An upload with earlier years in year columns: those years can lack the need, so no gap (issue 16's file has
    pupils and teachers for 2021/22 and 2022/23 but its need only for 2023/24)."""
    years = [2021, 2022, 2023]

    def alt(gaps: list[float | None], lang: str = "sv") -> str:
        return likvardighet.trend_alt(pd.DataFrame({"school_year": years, "gap": gaps}), "qualified_share", years, lang)

    assert alt([None, None, -25.86]).endswith("Skillnaden finns bara för läsåret 2023/24: −25,9.")
    assert alt([None, -3.0, -25.86], "en").endswith("The gap was -3.0 in 2022/23 and -25.9 in 2023/24; the other "
                                                    "years lack it.")
    assert alt([None, None, None]).endswith("Skillnaden kan inte räknas för något läsår.")
    assert "läsåren 2021/22–2023/24" in alt([None, None, None])
    assert alt([-1.0, None, -2.0]).endswith("Skillnaden var −1,0 första läsåret och −2,0 senaste.")


def test_a_single_school_year_has_no_trend_and_municipalities_no_organisers():
    one_year = Dataset(schools().year_frame(2024), "school", Source("demo"))
    assert likvardighet.view(one_year, "qualified_share", 2024, "en").over_time is None
    assert likvardighet.charts(one_year, "qualified_share", 2024, "en", "Source").trend is None
    municipal = likvardighet.view(schools("municipality"), "qualified_share", 2024, "en")
    assert municipal.organizer_table is None and municipal.organizer_intro is None
    assert municipal.context_note is None
    assert municipal.deviation_intro.startswith("Deviation = the municipality's value")


def test_charts_are_specs_with_arrow_datasets():
    charts = likvardighet.charts(schools(), "qualified_share", 2024, "sv", "Källa: test")
    for spec in (charts.scatter, charts.quartiles, charts.trend):
        assert spec["datasets"] and all(isinstance(d, bytes) for d in spec["datasets"].values())
    assert "Källa: test" in str(charts.scatter["title"])


def test_profile_finding_speaks_of_profile_1_of_the_visitors_grouping():
    data = two_groups()
    grouping = profiler.Grouping(2024, ("need_index", "qualified_share"), 2, "kmeans")
    # Profile 1 = s1…s4 (need 150–156). Organiser A: s1 50, s2 52, s5 90, s6 92 → average 71; B: s3 54, s4 56,
    # s7 94, s8 96 → 75. All four schools of profile 1 are below → 4 of 4, 100 %.
    text = likvardighet.profile_finding(data, grouping, "qualified_share", 2024, "sv")
    assert text.startswith(f"4 av 4 skolor i profil 1 (Högt behov · låg behörighet, 100{NBSP}%) har lägre")
    assert likvardighet.profile_finding(data, None, "qualified_share", 2024, "sv") is None
    assert likvardighet.profile_finding(data, grouping, "qualified_share", 2023, "sv") is None  # another year


def two_groups() -> Dataset:
    """Four high-need schools (need 150–156, qualified 50–56) and four low-need ones (50–56, 90–96)."""
    rows = []
    for i in range(4):
        for high in (True, False):
            n = i + 1 if high else i + 5
            rows.append({"school_year": 2024, "school_id": f"s{n}", "school_name": f"Skola {n}",
                         "municipality_code": "0180", "organizer": "A" if i < 2 else "B", "pupils": 100.0,
                         "teacher_fte": 10.0, "need_index": (150.0 if high else 50.0) + 2 * i,
                         "qualified_share": (50.0 if high else 90.0) + 2 * i})
    return Dataset(pd.DataFrame(rows), "school", Source("demo"))


def test_languages_choices_and_datasets_never_share_a_view():
    data = schools()
    sv = likvardighet.view(data, "qualified_share", 2024, "sv")
    en = likvardighet.view(data, "qualified_share", 2024, "en")
    earlier = likvardighet.view(data, "qualified_share", 2023, "sv")
    other = likvardighet.view(schools(shift=-5.0), "qualified_share", 2024, "sv")
    assert len(keys("view")) == 4
    assert sv.gap == f"{MINUS}30,0" and en.gap == "-30.0" and earlier.gap == "0,0"
    # Every 2024 value 5 lower: Q1 82.5, Q4 52.5 — the same gap, another finding.
    assert other.findings[0] != sv.findings[0] and "52,5 mot 82,5" in other.findings[0]
    likvardighet.charts(data, "qualified_share", 2024, "sv", "Källa: a")
    likvardighet.charts(data, "qualified_share", 2024, "sv", "Källa: b")
    assert len(keys("charts")) == 2
    assert likvardighet.view(data, "qualified_share", 2024, "sv") is sv  # the same entry on a rerun


def test_profile_findings_of_two_groupings_are_two_entries():
    data = two_groups()
    features = ("need_index", "qualified_share")
    two = likvardighet.profile_finding(data, profiler.Grouping(2024, features, 2, "kmeans"), "qualified_share", 2024,
                                       "sv")
    three = likvardighet.profile_finding(data, profiler.Grouping(2024, features, 3, "kmeans"), "qualified_share",
                                         2024, "sv")
    assert len(keys("profile_finding")) == 2 and two is not None and three is not None


def test_a_visitors_own_data_stays_out_of_the_shared_cache():
    likvardighet.view(schools(kind="upload"), "qualified_share", 2024, "sv")
    assert keys("view") == []


# --- the small-number rule (tests/fixtures/small_school.py: Lillbyns skola, 7 pupils and 0.5 FTE every year) -----

def small_school_texts(view: likvardighet.EquityView) -> str:
    """Everything the screen writes in words and tables, and its CSV downloads, as one text."""
    from lib.documents import exports

    tables = [view.points_table, view.quartile_table, view.deviation_table, view.organizer_table,
              view.over_time.table]
    return "\n".join([*view.findings, view.scatter_alt, view.quartile_alt, view.gap, view.ratio, view.ci,
                      *(t.frame.to_csv() for t in tables),
                      *(exports.to_csv_bytes(t.frame, "sv").decode("utf-8-sig") for t in tables)])


def test_a_small_school_shows_its_name_and_no_value_in_any_table_or_download():
    from tests.fixtures import small_school

    data = small_school.small_school_dataset()
    for year in small_school.YEARS:
        view = likvardighet.view(data, "qualified_share", year, "sv")
        text = small_school_texts(view)
        assert not [v for v in small_school.small_values(year) if v in text], year
        deviation = view.deviation_table.frame
        # Last (its place in the need order would tell its need), its organiser's average kept (the organiser's).
        last = deviation.iloc[-1]
        assert last["Enhet"] == "Lillbyns skola" and last["Skolenhetskod"] == small_school.SMALL_ID
        assert (last["Behovsindex"], last["Kvartil"], last["Avvikelse"]) == ("för få", "för få", "för få")
        assert last["Andel lärare med legitimation och behörighet (%)"] == "för få"
        assert isinstance(last["Genomsnitt"], float)
        points = view.points_table.frame.set_index("Enhet").loc["Lillbyns skola"]
        assert points.tolist() == ["för få", "för få", "< 10", "för få"]
    # Excel too: the small school's row reads "för få".
    from io import BytesIO

    from lib.documents import exports
    book = pd.read_excel(BytesIO(exports.to_excel_bytes(view.deviation_table.frame, "avvikelse")))
    assert book.iloc[-1].tolist()[2:5] == ["för få", "för få", "för få"]


def test_the_scatter_leaves_a_small_school_out_and_says_so_while_the_trend_counts_it():
    from lib.charts import render
    from tests.fixtures import small_school

    data = small_school.small_school_dataset()
    charts = likvardighet.charts(data, "qualified_share", 2024, "sv", "Källa")
    drawn = render.from_arrow(next(iter(charts.scatter["datasets"].values())))
    # Twelve schools, eleven drawn: the dots (those with a name) and the two ends of the trend line.
    dots = drawn[drawn["name"].notna()] if "name" in drawn else drawn
    assert len(dots) == 11 and "Lillbyns skola" not in set(dots["name"])
    view = likvardighet.view(data, "qualified_share", 2024, "sv")
    assert view.scatter_alt.endswith("1 enhet med färre än 10 elever eller 3 lärare (heltidstjänster) visas inte i "
                                     "diagrammet (för få); den räknas i trendlinjen, kvartilerna och genomsnitten.")
    # The quartile table still counts it: three units in each quartile of twelve.
    assert view.quartile_table.frame["Enheter"].tolist() == [3, 3, 3, 3]


def test_an_organiser_whose_schools_are_all_small_shows_no_average():
    # schools() plus organiser C with one school of 6 pupils and 0.4 FTE (need 90, qualified 70): C's average
    # would be that school's value.
    extra = pd.DataFrame([{"school_id": "c1", "school_name": "Cskolan", "municipality_code": "0180",
                           "municipality_name": "Stockholm", "organizer": "C", "pupils": 6.0, "teacher_fte": 0.4,
                           "need_index": 90.0, "school_year": 2024, "qualified_share": 70.0}])
    data = Dataset(pd.concat([schools().frame, extra], ignore_index=True), "school", Source("demo"))
    view = likvardighet.view(data, "qualified_share", 2024, "sv")
    row = view.deviation_table.frame.set_index("Enhet").loc["Cskolan"]
    assert (row["Jämförs med"], row["Genomsnitt"], row["Avvikelse"]) == ("C", "för få", "för få")
    organizers = view.organizer_table.frame.set_index("Huvudman")
    assert organizers.loc["C"].tolist()[:2] == [1, "för få"] and organizers.loc["A", "Enheter"] == 5
    assert "70" not in view.organizer_table.frame.to_csv()


def test_the_equity_json_has_nulls_and_a_flag_for_a_small_school():
    from tests.fixtures import small_school

    units = likvardighet.units_json(small_school.small_school_dataset(), "qualified_share", 2024)
    small = next(u for u in units if u["id"] == small_school.SMALL_ID)
    assert small["small"] is True and small["name"] == "Lillbyns skola"
    assert [small[k] for k in ("need_index", "quartile", "value", "deviation")] == [None] * 4
    first = units[0]  # the greatest need: 142, 62.0 % (Uppsala kommun's own average counts Lillbyns skola)
    assert (first["need_index"], first["value"], first["quartile"], first["small"]) == (142.0, 62.0, 4, False)
    assert len(units) == 12


def test_a_small_municipality_year_is_hidden_like_a_small_school():
    # schools("municipality"): eight municipalities 0181 … 0188; 0188 (need 80, 55 %) gets 2.5 teacher FTE.
    frame = schools("municipality").frame.copy()
    frame.loc[(frame["municipality_code"] == "0188") & (frame["school_year"] == 2024), "teacher_fte"] = 2.5
    view = likvardighet.view(Dataset(frame, "municipality", Source("demo")), "qualified_share", 2024, "sv")
    row = view.deviation_table.frame.iloc[-1]
    assert (row["Kommunkod"], row["Behovsindex"], row["Avvikelse"]) == ("0188", "för få", "för få")
    assert "55.0" not in view.deviation_table.frame.to_csv() and "55.0" not in view.points_table.frame.to_csv()
    assert view.scatter_alt.split(". ")[-1].startswith("1 enhet med färre än 10 elever")
