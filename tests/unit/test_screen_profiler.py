"""The Utmaningsprofiler screen's views (lib.screens.profiler) on eight hand-made schools in two clear groups, the
figures worked out by hand in the comments; the grouping the other screens share; and that different data,
languages and choices never share a cache entry."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import silhouette_score

from lib import cache
from lib.dataset import Dataset, Source
from lib.i18n import NBSP
from lib.measures import profiles
from lib.screens import profiler
from lib.sources import demo

FEATURES = ("need_index", "newly_arrived_share")  # the pupils' needs the fixture has: the screen's default
RULES = (profiles.Rule("need_index", ">=", 150.0), profiles.Rule("qualified_share", "<=", 55.0))


def two_groups(level: str = "school", kind: str = "demo", year: int = 2024) -> Dataset:
    """s1…s4: need 150, 152, 154, 156, newly arrived 20, 22, 24, 26 (%), qualified 50, 52, 54, 56 (%), 120 pupils
    and one förstelärare each, merit value 180 and 200 in s1 and s2 (s3 and s4 have no year 9); s5…s8: need 50…56,
    newly arrived 2…8, qualified 90…96, 100 pupils and two förstelärare each, merit value 240, 250, 260, 270.
    Teacher FTE 5, 10, 15, 20 in each group (s1 and s5 5, …, s4 and s8 20). Organiser A has s1, s2, s5, s6; B the
    rest. Every school has coordinates in municipality 0180."""
    rows = []
    for i in range(4):
        for high in (True, False):
            n = i + 1 if high else i + 5
            pupils, fte, first = (120.0, 5.0 * (i + 1), 1.0) if high else (100.0, 5.0 * (i + 1), 2.0)
            merit = ([180.0, 200.0, None, None] if high else [240.0, 250.0, 260.0, 270.0])[i]
            rows.append({"school_year": year, "school_id": f"s{n}", "school_name": f"Skola {n}",
                         "municipality_code": "0180", "organizer": "A" if i < 2 else "B", "pupils": pupils,
                         "teacher_fte": fte, "first_teachers": first, "lat": 59.3 + n / 100, "lon": 18.0,
                         "need_index": (150.0 if high else 50.0) + 2 * i,
                         "newly_arrived_share": (20.0 if high else 2.0) + 2 * i,
                         "qualified_share": (50.0 if high else 90.0) + 2 * i,
                         "pupils_per_teacher": pupils / fte, "first_teachers_per_100_pupils": 100 * first / pupils,
                         "merit_value": merit})
    return Dataset(pd.DataFrame(rows), level, Source(kind, date="2025-01-01"))


def grouping(k: int | None = 2, features: tuple[str, ...] = FEATURES, method: str = "kmeans") -> profiler.Grouping:
    return profiler.Grouping(2024, features, k, method)


def keys(name: str) -> list[tuple]:
    return [k for k in cache.SHARED.keys("profiler") if k[0] == f"lib.screens.profiler.{name}"]


def test_two_clear_groups_fall_back_to_the_highest_silhouette_and_the_rule_is_written_out():
    suggestion = profiler.suggestion(two_groups(), 2024, FEATURES, "kmeans", "sv")
    # The two groups, standardised (population sd), scored on their own: the silhouette of k = 2 (0,868). k = 3
    # splits a group of four points 2 apart and scores 0,663 < 0,8 · 0,868 = 0,695: no k ≥ 3 is a candidate, so
    # the rule asks no stability and falls back to the highest silhouette.
    frame = two_groups().frame[list(FEATURES)]
    z = ((frame - frame.mean()) / frame.std(ddof=0)).to_numpy()
    expected = silhouette_score(z, np.array([0, 1] * 4))
    assert suggestion.k == 2 and suggestion.error is None
    assert suggestion.caption == (f"Förslag: k = 2 (högst silhuettvärde, {expected:.3f}): ".replace(".", ",", 1)
                                  + f"inget k ≥ 3 har både silhuettvärde minst 80{NBSP}% av det högsta och hög "
                                  "stabilitet.")
    assert suggestion.rule == (f"Regeln för förslaget: det minsta k ≥ 3 vars silhuettvärde är minst 80{NBSP}% av det "
                               "högsta och vars stabilitet är hög (minst 0,8); finns inget sådant, det k som har högst "
                               "silhuettvärde. Två profiler skiljer oftast bara högt från lågt behov, vilket "
                               "behovskvartilerna redan visar; regeln föredrar profiler som skiljer sig i slag.")


def test_the_demo_suggests_profiles_that_differ_in_kind():
    data = demo.load_demo()
    year = data.school_years[-1]
    features = tuple(profiler.default_features(data))
    result = profiler.grouping_result(data, profiler.Grouping(year, features, None, "kmeans"))
    scores = result.silhouette_by_k
    # Silhouette is highest for k = 2 ("high need / low need"); k = 3 is within 80 % of it and stable.
    assert profiles.best_k(scores) == 2 and result.k == 3 and result.suggested_by_rule
    assert scores[3] >= 0.8 * scores[2] and result.stability >= 0.8
    caption = profiler.suggestion(data, year, features, "kmeans", "en").caption
    assert caption == (f"Suggested: k = 3 (silhouette {scores[3]:.3f}, highest {scores[2]:.3f} for k = 2; stability "
                       f"{result.stability:.2f}).")


def test_the_rules_k_in_words_when_it_is_also_the_best():
    # two_groups and a third group of four: s1…s4 moved to need 450…456 and newly arrived 80…86.
    third = two_groups().frame.iloc[::2].assign(school_id=lambda f: f["school_id"] + "x",
                                                need_index=lambda f: f["need_index"] + 300,
                                                newly_arrived_share=lambda f: f["newly_arrived_share"] + 60)
    data = Dataset(pd.concat([two_groups().frame, third], ignore_index=True), "school", Source("demo"))
    # Three groups of four, far apart: k = 3 has the highest silhouette and every resample finds it (stability 1).
    suggestion = profiler.suggestion(data, 2024, FEATURES, "kmeans", "sv")
    result = profiler.grouping_result(data, grouping(None))
    assert suggestion.k == 3 and result.suggested_by_rule
    assert suggestion.caption == (f"Förslag: k = 3 (högst silhuettvärde, {result.silhouette:.3f}; ".replace(".", ",")
                                  + "stabilitet 1,00).")


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
    # Profile 1 = s1…s4: mean need (150+152+154+156)/4 = 153, newly arrived (20+22+24+26)/4 = 23; all eight: need
    # 103, newly arrived (23+5)/2 = 14.
    assert first.title == "**Profil 1: Högt behov · hög andel nyanlända**"
    assert first.size == f"4 skolor (50{NBSP}% av enheterna), behovsindex i genomsnitt 153."
    assert first.figures == ("Behovsindex: 153,0 (alla: 103,0)", "Andel nyinvandrade elever (%): 23,0 (alla: 14,0)")
    assert second.title == "**Profil 2: Lågt behov · få nyanlända**" and second.column == 1
    assert view.card_columns == 2 and view.notes == ()
    # Groups this far apart come out the same from every seed and resample: adjusted Rand index 1 → "hög".
    assert view.stability == "1,00 – hög"
    assert view.silhouette_alt.startswith("Stapeldiagram: silhuettvärdet för k = 2 till 7; högst för k = 2")
    assert view.files.map == "profilkarta-2024"


def test_each_profile_shows_its_teacher_resources_and_outcomes_beside_all_units():
    view = profiler.view(two_groups(), grouping(2), "sv")
    first, second = view.cards
    assert first.described_title == "*Lärarresurser och resultat*"
    # Profile 1 = s1…s4 (FTE 5, 10, 15, 20; 120 pupils and 1 förstelärare each); all = s1…s8 (FTE 100, 880 pupils).
    # Qualified, FTE-weighted: (50·5 + 52·10 + 54·15 + 56·20) / 50 = 2700 / 50 = 54,0 (the plain mean would be 53);
    #   all: (2700 + 90·5 + 92·10 + 94·15 + 96·20) / 100 = (2700 + 4700) / 100 = 74,0.
    # Pupils per teacher, Σ pupils / Σ FTE: 480 / 50 = 9,6; all 880 / 100 = 8,8.
    # Förstelärare per 100 pupils: 100 · 4 / 480 = 0,83; all 100 · 12 / 880 = 1,36.
    # Merit value, pupil-weighted over the schools with year 9: s1, s2 (120 pupils each): (180 + 200) / 2 = 190,0;
    #   all: (120·180 + 120·200 + 100·(240 + 250 + 260 + 270)) / 640 = 147 600 / 640 = 230,6; s3, s4 not filled in.
    assert first.described == ("Andel lärare med legitimation och behörighet (%): 54,0 (alla: 74,0)",
                               "Elever per lärare (heltidstjänst): 9,6 (alla: 8,8)",
                               "Förstelärare per 100 elever: 0,83 (alla: 1,36)",
                               "Genomsnittligt meritvärde åk 9: 190,0 (alla: 230,6; värde för 2 av 4 skolor)")
    # Profile 2 = s5…s8: qualified 4700 / 50 = 94,0; 400 / 50 = 8,0; 100 · 8 / 400 = 2,00; (240+…+270)/4 = 255,0.
    assert second.described == ("Andel lärare med legitimation och behörighet (%): 94,0 (alla: 74,0)",
                                "Elever per lärare (heltidstjänst): 8,0 (alla: 8,8)",
                                "Förstelärare per 100 elever: 2,00 (alla: 1,36)",
                                "Genomsnittligt meritvärde åk 9: 255,0 (alla: 230,6)")
    assert view.described_note.startswith("Lärarresurser och resultat beskriver profilerna och ingår inte i "
                                          "grupperingen om du inte väljer dem.")
    # The merit value is not a feature: nothing was imputed for the schools without year 9.
    assert view.notes == ()


def test_a_resource_chosen_as_a_feature_is_shown_weighted_once():
    view = profiler.view(two_groups(), grouping(2, (*FEATURES, "qualified_share")), "sv")
    first = view.cards[0]
    assert not any(f.startswith("Andel lärare med legitimation") for f in first.figures)
    assert first.described[0] == "Andel lärare med legitimation och behörighet (%): 54,0 (alla: 74,0)"


def test_notes_say_what_was_imputed():
    data = two_groups()
    view = profiler.view(data, grouping(2, (*FEATURES, "merit_value")), "en")
    # A person who adds the merit value gets today's median fill for s3 and s4, and is told so.
    assert view.notes == ("Missing values were replaced by the median: Average merit value, year 9 2.",)


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
    assert rows[0].columns == (None, "need_index", "newly_arrived_share", "merit_value", "qualified_share",
                               "pupils_per_teacher", "first_teachers_per_100_pupils")
    # need_index ≥ 120, qualified_share ≤ 65, no third condition.
    assert [(r.column_index, r.op_index, r.value) for r in rows] == [(1, 0, 120.0), (4, 1, 65.0), (0, 0, 0.0)]
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
    assert table["Profil"].tolist() == (["1: Högt behov · hög andel nyanlända"] * 4
                                        + ["2: Lågt behov · få nyanlända"] * 4)
    assert table["Skola med utmaningar"].tolist() == ["ja", "ja", "ja", "nej", "nej", "nej", "nej", "nej"]
    assert table["Regel: skola med utmaningar"].iloc[0].startswith("Behovsindex ≥ 150,0 och")
    assert table["Behovsindex"].tolist() == [150.0, 152.0, 154.0, 156.0, 50.0, 52.0, 54.0, 56.0]
    without_rule = profiler.unit_table(two_groups(), grouping(2), (), "sv").frame
    assert "Regel: skola med utmaningar" not in without_rule and set(without_rule["Skola med utmaningar"]) == {"nej"}


def with_a_small_school() -> Dataset:
    """two_groups with s2 at 7 pupils and 0,5 teacher FTE: under the small-number rule (< 10 pupils, < 3 FTE)."""
    frame = two_groups().frame
    small = frame["school_id"] == "s2"
    frame.loc[small, ["pupils", "teacher_fte"]] = [7.0, 0.5]
    return Dataset(frame, "school", Source("demo"))


def test_unit_table_hides_a_small_school_but_names_it():
    table = profiler.unit_table(with_a_small_school(), grouping(2), RULES, "sv").frame
    # s2 keeps name and id; its profile, flag and values read "för få", and it is listed last so that its place
    # among the profiles does not tell its profile either. The rule (the visitor's words) stays.
    last = table.iloc[-1]
    assert (last["Enhet"], last["Skolenhetskod"]) == ("Skola 2", "s2")
    assert [last[c] for c in ("Profil", "Skola med utmaningar", "Behovsindex", "Andel nyinvandrade elever (%)")] == [
        "för få"] * 4
    assert last["Regel: skola med utmaningar"].startswith("Behovsindex ≥ 150,0 och")
    assert not (table.iloc[:-1] == "för få").any().any()
    assert table["Behovsindex"].iloc[:-1].tolist() == [150.0, 154.0, 156.0, 50.0, 52.0, 54.0, 56.0]


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
                        "stability_word", "k_rule", "imputed", "warnings", "profiles", "assignments"}
    assert [(p["id"], p["name"], p["units"], p["mean_need"]) for p in doc["profiles"]] == [
        (1, "High need · many newly arrived", 4, 153.0), (2, "Low need · few newly arrived", 4, 53.0)]
    assert doc["k_rule"] == {"min_k": 3, "silhouette_share_of_best": 0.8, "min_stability": 0.8,
                             "best_silhouette_k": 2, "stability_by_k": {}, "suggested_by_rule": False}


def test_to_json_describes_each_profiles_resources_and_outcomes():
    doc = profiler.to_json(profiler.grouping_result(two_groups(), grouping(2)), "en")
    first = doc["profiles"][0]["resources_and_outcomes"]
    # The figures of test_each_profile_shows_its_teacher_resources_and_outcomes_beside_all_units, unrounded.
    assert set(first) == {"qualified_share", "pupils_per_teacher", "first_teachers_per_100_pupils", "merit_value"}
    assert first["qualified_share"] == {"value": pytest.approx(54.0), "overall": pytest.approx(74.0),
                                        "units_with_value": 4}
    assert first["pupils_per_teacher"]["value"] == pytest.approx(9.6)
    assert first["pupils_per_teacher"]["overall"] == pytest.approx(8.8)
    assert first["first_teachers_per_100_pupils"]["value"] == pytest.approx(100 * 4 / 480)
    assert first["first_teachers_per_100_pupils"]["overall"] == pytest.approx(100 * 12 / 880)
    assert first["merit_value"] == {"value": pytest.approx(190.0), "overall": pytest.approx(147_600 / 640),
                                    "units_with_value": 2}


def test_to_json_leaves_the_profile_of_a_small_school_out():
    result = profiler.grouping_result(two_groups(), grouping(2))
    doc = profiler.to_json(result, "en", frozenset({"s2"}))
    assert {a["unit"]: a["profile"] for a in doc["assignments"]} == {
        "s1": 1, "s2": None, "s3": 1, "s4": 1, "s5": 2, "s6": 2, "s7": 2, "s8": 2}
    # Sizes are aggregates: s2 still counts in its profile.
    assert [p["units"] for p in doc["profiles"]] == [4, 4]


def test_the_screen_opens_on_the_pupils_needs_and_offers_every_candidate():
    assert profiler.default_features(two_groups()) == ["need_index", "newly_arrived_share"]
    assert profiler.feature_options(two_groups()) == ["need_index", "newly_arrived_share", "merit_value",
                                                      "qualified_share", "pupils_per_teacher",
                                                      "first_teachers_per_100_pupils"]


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
