"""The Utmaningsprofiler screen's views (lib.screens.profiler) on eight hand-made schools in two clear groups, the
figures worked out by hand in the comments; the grouping the other screens share; and that different data,
languages and choices never share a cache entry."""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.metrics import silhouette_score

from lib import cache
from lib.dataset import Dataset, Source
from lib.i18n import NBSP
from lib.measures import profiles
from lib.screens import profiler

FEATURES = ("need_index", "qualified_share")
RULES = (profiles.Rule("need_index", ">=", 150.0), profiles.Rule("qualified_share", "<=", 55.0))



def two_groups(level: str = "school", kind: str = "demo", year: int = 2024) -> Dataset:
    """s1…s4: need 150, 152, 154, 156 and qualified 50, 52, 54, 56; s5…s8: need 50…56 and qualified 90…96.
    Organiser A has s1, s2, s5, s6; B the rest. Every school has coordinates in municipality 0180."""
    rows = []
    for i in range(4):
        for high in (True, False):
            n = i + 1 if high else i + 5
            rows.append({"school_year": year, "school_id": f"s{n}", "school_name": f"Skola {n}",
                         "municipality_code": "0180", "organizer": "A" if i < 2 else "B", "pupils": 100.0,
                         "teacher_fte": 10.0, "lat": 59.3 + n / 100, "lon": 18.0,
                         "need_index": (150.0 if high else 50.0) + 2 * i,
                         "qualified_share": (50.0 if high else 90.0) + 2 * i})
    return Dataset(pd.DataFrame(rows), level, Source(kind, date="2025-01-01"))


def grouping(k: int | None = 2, features: tuple[str, ...] = FEATURES, method: str = "kmeans") -> profiler.Grouping:
    return profiler.Grouping(2024, features, k, method)


def keys(name: str) -> list[tuple]:
    return [k for k in cache.SHARED.keys("profiler") if k[0] == f"lib.screens.profiler.{name}"]


def test_the_suggested_k_is_the_one_with_the_highest_silhouette():
    suggestion = profiler.suggestion(two_groups(), 2024, FEATURES, "kmeans", "sv")
    # The two groups, standardised (population sd), scored on their own: the silhouette of k = 2.
    frame = two_groups().frame[list(FEATURES)]
    z = ((frame - frame.mean()) / frame.std(ddof=0)).to_numpy()
    expected = silhouette_score(z, np.array([0, 1] * 4))
    assert suggestion.k == 2 and suggestion.error is None
    assert suggestion.caption == f"Förslag: k = 2 (högst silhuettvärde, {expected:.3f}).".replace(".", ",", 1)


def test_a_grouping_that_cannot_be_made_says_why():
    one_feature = profiler.suggestion(two_groups(), 2024, ("need_index",), "kmeans", "en")
    assert one_feature.k is None
    assert one_feature.error == ("Profiles could not be formed: At least two indicators with differing values are "
                                 "needed to form profiles (now 1).")
    too_many = profiler.view(two_groups(), grouping(8), "sv")
    assert too_many.error == ("Profiler kunde inte bildas: Det finns 8 enheter – för få för 8 profiler. Välj färre "
                              "profiler eller fler enheter.")
    assert profiler.charts(two_groups(), grouping(8), "sv", "Källa") is None
    assert profiler.profile_map(two_groups(), grouping(8), "sv", "Källa") is None


def test_the_suggested_grouping_is_computed_once_for_both_keys():
    data = two_groups()
    suggested = profiler.grouping_result(data, grouping(None))
    assert profiler.grouping_result(data, grouping(2)) is suggested
    assert len(keys("evidence")) == 1  # the silhouette per k once, for every k


def test_view_describes_each_profile_in_words_and_figures():
    view = profiler.view(two_groups(), grouping(2), "sv")
    first, second = view.cards
    # Profile 1 = s1…s4: mean need (150+152+154+156)/4 = 153, qualified 53; all eight: need 103, qualified 73.
    assert first.title == "**Profil 1: Högt behov · låg behörighet**"
    assert first.size == f"4 skolor (50{NBSP}% av enheterna), behovsindex i genomsnitt 153."
    assert first.figures == ("Behovsindex: 153,0 (alla: 103,0)",
                             "Andel lärare med legitimation och behörighet (%): 53,0 (alla: 73,0)")
    assert second.title == "**Profil 2: Lågt behov · hög behörighet**" and second.column == 1
    assert view.card_columns == 2 and view.notes == ()
    # Groups this far apart come out the same from every seed and resample: adjusted Rand index 1 → "hög".
    assert view.stability == "1,00 – hög"
    assert view.silhouette_alt.startswith("Stapeldiagram: silhuettvärdet för k = 2 till 7; högst för k = 2")
    assert view.files.map == "profilkarta-2024"


def test_notes_say_what_was_imputed():
    data = two_groups()
    frame = data.frame.assign(qualified_share=lambda f: f["qualified_share"].where(f["school_id"] != "s1"))
    view = profiler.view(Dataset(frame, "school", Source("demo")), grouping(2), "en")
    assert view.notes == ("Missing values were replaced by the median: Share of teachers with certification and "
                          "qualification (%) 1.",)


def test_method_choice_leaves_out_ward_beyond_its_limit(monkeypatch):
    assert profiler.method_choice(two_groups(), 2024, "sv").methods == ("kmeans", "ward")
    cache.SHARED.clear()
    monkeypatch.setattr(profiles, "WARD_MAX_UNITS", 5)
    choice = profiler.method_choice(two_groups(), 2024, "sv")
    assert choice.methods == ("kmeans",)
    assert choice.note.startswith("Ward-metoden klarar högst 5 enheter") and "data har 8" in choice.note


def test_rule_rows_offer_the_indicators_present_with_the_defaults():
    rows = profiler.rule_rows(two_groups())
    assert [r.number for r in rows] == [1, 2, 3]
    assert rows[0].columns == (None, "need_index", "qualified_share")
    # need_index ≥ 120, qualified_share ≤ 65, no third condition.
    assert [(r.column_index, r.op_index, r.value) for r in rows] == [(1, 0, 120.0), (2, 1, 65.0), (0, 0, 0.0)]
    without = Dataset(two_groups().frame.drop(columns="qualified_share"), "school", Source("demo"))
    assert profiler.rule_rows(without)[1].column_index == 0  # no qualified share: no condition


def test_flag_summary_counts_the_flagged_schools():
    # need ≥ 150 and qualified ≤ 55: s1 (150, 50), s2 (152, 52), s3 (154, 54); s4 has 56 > 55.
    assert profiler.flag_summary(two_groups(), 2024, RULES, "sv") == (
        "3 av 8 skolor flaggas: Behovsindex ≥ 150,0 och Andel lärare med legitimation och behörighet (%) ≤ 55,0.")
    assert profiler.flag_summary(two_groups(), 2024, (), "sv") == "Inga villkor valda."
    assert profiler.flag_choice(2024, ()) is None
    assert profiler.flag_choice(2024, RULES) == profiler.FlagChoice(2024, RULES)
    assert profiler.challenge_flag(two_groups(), 2024, RULES).to_dict() == {
        "s1": True, "s2": True, "s3": True, "s4": False, "s5": False, "s6": False, "s7": False, "s8": False}


def test_unit_table_lists_every_school_with_profile_flag_and_rule():
    table = profiler.unit_table(two_groups(), grouping(2), RULES, "sv").frame
    assert table["Enhet"].tolist() == [f"Skola {n}" for n in range(1, 9)]
    assert table["Profil"].tolist() == ["1: Högt behov · låg behörighet"] * 4 + ["2: Lågt behov · hög behörighet"] * 4
    assert table["Skola med utmaningar"].tolist() == ["ja", "ja", "ja", "nej", "nej", "nej", "nej", "nej"]
    assert table["Regel: skola med utmaningar"].iloc[0].startswith("Behovsindex ≥ 150,0 och")
    assert table["Behovsindex"].tolist() == [150.0, 152.0, 154.0, 156.0, 50.0, 52.0, 54.0, 56.0]
    without_rule = profiler.unit_table(two_groups(), grouping(2), (), "sv").frame
    assert "Regel: skola med utmaningar" not in without_rule and set(without_rule["Skola med utmaningar"]) == {"nej"}


def test_profile_map_colours_the_schools_by_profile():
    profile_map = profiler.profile_map(two_groups(), grouping(2), "sv", "Källa")
    assert profile_map.alt_text == "Karta över 8 skolor färgade efter profil."
    assert all(isinstance(d, bytes) for d in profile_map.spec["datasets"].values())
    assert profiler.profile_map(two_groups("municipality"), grouping(2), "sv", "Källa") is None


def test_charts_are_specs_with_arrow_datasets():
    charts = profiler.charts(two_groups(), grouping(2), "en", "Source: test")
    for spec in (charts.silhouette, charts.heatmap):
        assert spec["datasets"] and all(isinstance(d, bytes) for d in spec["datasets"].values())


def test_to_json_keeps_the_commands_keys():
    doc = profiler.to_json(profiler.grouping_result(two_groups(), grouping(2)), "en")
    assert set(doc) == {"school_year", "method", "k", "features", "silhouette", "silhouette_by_k", "stability",
                        "stability_word", "imputed", "warnings", "profiles", "assignments"}
    assert [(p["id"], p["name"], p["units"], p["mean_need"]) for p in doc["profiles"]] == [
        (1, "High need · low qualification", 4, 153.0), (2, "Low need · high qualification", 4, 53.0)]


def test_languages_groupings_and_datasets_never_share_an_entry():
    data = two_groups()
    sv = profiler.view(data, grouping(2), "sv")
    en = profiler.view(data, grouping(2), "en")
    three = profiler.view(data, grouping(3), "sv")
    later = profiler.view(two_groups(year=2025), profiler.Grouping(2025, FEATURES, 2, "kmeans"), "sv")
    assert len(keys("view")) == 4
    assert sv.cards[0].title != en.cards[0].title and len(three.cards) == 3 and later.files.map == "profilkarta-2025"
    for rules in (RULES, RULES[:1], ()):
        profiler.unit_table(data, grouping(2), rules, "sv")
    assert len(keys("unit_table")) == 3
    profiler.profile_map(data, grouping(2), "sv", "Källa: a")
    profiler.profile_map(data, grouping(2), "en", "Källa: a")
    profiler.profile_map(data, grouping(2), "sv", "Källa: b")
    assert len(keys("profile_map")) == 3


def test_a_visitors_own_data_stays_out_of_the_shared_cache():
    profiler.view(two_groups(kind="upload"), grouping(2), "sv")
    assert cache.SHARED.keys("profiler") == []
