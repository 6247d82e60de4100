"""The Förstelärare screen's views (lib.screens.forstelarare) on six hand-made schools: the organiser's scope and
its default budget, the priority from the Profiler screen's profiles and flag, the simulation's figures in words,
the table and the map of changes — every expectation worked out by hand — and one cache entry per dataset,
rule, priority and language."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from lib import cache
from lib.dataset import Dataset, Source
from lib.i18n import NBSP
from lib.measures import allocation, profiles
from lib.messages import Message
from lib.screens import forstelarare, profiler
from lib.store import scenarios


def frame() -> pd.DataFrame:
    """Organiser A (municipal): five schools in 1980; organiser B (independent): one school in 0180.
    School 10000004 is a pott-2 school."""
    return pd.DataFrame({
        "school_year": [2024] * 6, "school_id": [f"1000000{i}" for i in range(6)],
        "school_name": [f"S{i} (fiktiv)" for i in range(6)], "organizer": ["A"] * 5 + ["B"],
        "organizer_type": ["kommunal"] * 5 + ["enskild"], "municipality_code": ["1980"] * 5 + ["0180"],
        "lat": [59.6, 59.61, 59.62, 59.63, 59.64, 59.33], "lon": [16.5, 16.51, 16.52, 16.53, 16.54, 18.06],
        "pupils": [100.0, 200.0, 300.0, 400.0, 500.0, 600.0], "need_index": [50.0, 80.0, 100.0, 120.0, 150.0, 90.0],
        "teacher_fte": [10.0, 15.0, 20.0, 30.0, 40.0, 45.0], "qualified_share": [80.0, 70.0, 75.0, 60.0, 50.0, 90.0],
        "first_teachers": [1.0, 2.0, 3.0, 3.0, 2.0, 5.0], "pott2": [False, False, False, False, True, False],
    })


def schools(kind: str = "upload", data: pd.DataFrame | None = None) -> Dataset:
    """An upload by default: a visitor's own data, computed and not kept outside a session (no stale entries
    between tests); "demo" for the tests of the shared cache."""
    files = ("skolor.csv",) if kind == "upload" else ()
    return Dataset(frame() if data is None else data, "school", Source(kind, files))


# Organiser A, 10 posts, α = 0 (weights = pupils 100, 200, 300, 400, 500), Sainte-Laguë:
# quotients 500 E, 400 D, 300 C, 200 B, 166.7 E (500/3), 133.3 D (400/3), then 100 four ways — A (100/1),
# C (300/3), E (500/5) — ties to the larger weight: E, C, A; the tenth post: 80 D (400/5).
# After: A 1, B 1, C 2, D 3, E 3; today: 1, 2, 3, 3, 2 (11 posts) → change 0, −1, −1, 0, +1; one post moves.
RULE = allocation.Params(year=2024, posts=10, alpha=0.0, organizer="A")


def test_organizer_scope_holds_the_units_todays_posts_and_their_cost():
    a = forstelarare.organizer_scope(schools(), 2024, "A")
    assert a.school_ids == ("10000000", "10000001", "10000002", "10000003", "10000004")
    # 1 + 2 + 3 + 3 + 2 = 11 posts, the 2 at 10000004 (pott 2) at 10 000 kr: (9 × 5 000 + 2 × 10 000) × 12 × 1.42
    # = 65 000 × 17.04 = 1 107 600 kr a year (not 11 × 5 000 × 17.04 = 937 200, which would not pay for them).
    assert a.posts_today == 11 and a.budget_today == pytest.approx(1_107_600)
    everyone = forstelarare.organizer_scope(schools(), 2024, None)
    # 11 + 5 = 16 posts; (65 000 + 5 × 5 000) × 17.04 = 1 533 600.
    assert len(everyone.school_ids) == 6 and everyone.posts_today == 16
    assert everyone.budget_today == pytest.approx(1_533_600)


def test_default_organizer_is_the_municipal_one_with_most_schools():
    assert forstelarare.default_organizer(schools(), 2024) == "A"
    # Make B municipal too and give it four of the six schools: B has the most.
    f = frame().assign(organizer=["A", "A", "B", "B", "B", "B"], organizer_type="kommunal")
    assert forstelarare.default_organizer(schools(data=f), 2024) == "B"
    # No municipal organiser at all: the one with most schools whatever its kind.
    f = frame().assign(organizer_type="enskild")
    assert forstelarare.default_organizer(schools(data=f), 2024) == "A"
    assert forstelarare.default_organizer(schools(data=frame().drop(columns=["organizer"])), 2024) is None


GROUPING = profiler.Grouping(2024, ("need_index", "qualified_share"), 2, "kmeans")
NEED_RULE = profiler.FlagChoice(2024, (profiles.Rule("need_index", ">=", 120.0),))


@pytest.fixture
def two_profiles(monkeypatch):
    """The Profiler screen's grouping, fixed by hand: profile 1 = schools 10000003, 10000004, 10000005."""
    result = SimpleNamespace(
        assignments=pd.Series([2, 2, 2, 1, 1, 1], index=[f"1000000{i}" for i in range(6)]),
        names={1: {"sv": "Högt behov", "en": "High need"}, 2: {"sv": "Lägre behov", "en": "Lower need"}})
    monkeypatch.setattr(profiler, "grouping_result", lambda data, grouping: result)


def test_priority_options_offer_the_profiles_and_the_flag_of_the_same_year(two_profiles):
    offered = forstelarare.priority_options(schools(), 2024, GROUPING, NEED_RULE, "sv")
    assert offered.profiles == ((1, "1: Högt behov"), (2, "2: Lägre behov"))
    assert offered.flag_label == ("Förtur för skolor med utmaningar enligt regeln från Utmaningsprofiler "
                                  "(Behovsindex ≥ 120,0)")
    assert forstelarare.priority_options(schools(), 2024, GROUPING, None, "en").profiles[0] == (1, "1: High need")
    other_year = forstelarare.priority_options(schools(), 2023, GROUPING, NEED_RULE, "sv")
    assert other_year == forstelarare.PriorityOptions((), None)


def test_priority_options_are_empty_when_the_grouping_failed(monkeypatch):
    error = profiles.ProfileError(Message("profiler.too_few_units", {"n": 6, "k": 7}, "error"))
    monkeypatch.setattr(profiler, "grouping_result", lambda data, grouping: error)
    assert forstelarare.priority_options(schools(), 2024, GROUPING, None, "sv").profiles == ()


def test_priority_ids_are_the_organisers_units_in_a_chosen_profile_or_flagged(two_profiles):
    data = schools()
    assert forstelarare.priority_ids(data, 2024, "A", GROUPING, (), None) is None  # nothing chosen
    # Profile 1 holds 10000003–5; organiser A's part of it: 10000003 and 10000004.
    assert forstelarare.priority_ids(data, 2024, "A", GROUPING, (1,), None) == ("10000003", "10000004")
    assert forstelarare.priority_ids(data, 2024, None, GROUPING, (1,), None) == ("10000003", "10000004",
                                                                                   "10000005")
    # Need ≥ 120: 10000003 (120) and 10000004 (150); with profile 2 (10000000–2) as well: all five of A.
    assert forstelarare.priority_ids(data, 2024, "A", None, (), NEED_RULE) == ("10000003", "10000004")
    assert len(forstelarare.priority_ids(data, 2024, "A", GROUPING, (2,), NEED_RULE)) == 5
    # A chosen profile nobody of B is in: an empty priority, not None.
    assert forstelarare.priority_ids(data, 2024, "B", GROUPING, (2,), None) == ()


def test_simulation_places_the_posts_by_hand():
    outcome = forstelarare.simulation(schools(), RULE, None)
    assert outcome.simulation.table["after"].tolist() == [1, 1, 2, 3, 3]
    assert outcome.simulation.moved == 1 and outcome.simulation.posts_before == 11


def test_priority_moves_a_post_to_the_prioritised_school():
    # 10000001 prioritised (factor 1.5): weights 100, 300, 300, 400, 500. Quotients 500 E, 400 D, 300 B, 300 C
    # (equal weights: lower position first), 166.7 E, 133.3 D, then 100 from E (500/5), B, C (300/3), A (100/1):
    # the 10 posts are A 1, B 2, C 2, D 2, E 3 — one post goes from D to B.
    outcome = forstelarare.simulation(schools(), RULE, ("10000001",))
    assert outcome.simulation.table["after"].tolist() == [1, 2, 2, 2, 3]


def test_result_in_words():
    view = forstelarare.result(schools(), RULE, None, "sv")
    # Need quartiles of five schools (⌊4i/5⌋ + 1): Q1 = 10000000, 10000001 (300 pupils), Q4 = 10000004 (500).
    # Q4 per 100 pupils: before 2/500 × 100 = 0.40, after 3/500 × 100 = 0.60 (+0.20).
    # Q1: before 3/300 × 100 = 1.00, after 2/300 × 100 = 0.667; gap after 0.60 − 0.667 = −0.07, before
    # 0.40 − 1.00 = −0.60: +0.53.
    # Cost: before (1+2+3+3) × 5 000 + 2 × 10 000 (pott 2) = 65 000 a month, after (1+1+2+3) × 5 000 + 3 × 10 000
    # = 65 000: × 12 × 1.42 = 1 107 600 kr = 1,1 mnkr both, no change.
    # Share of posts in Q4: before 2/11 = 18.2 %, after 3/10 = 30 % (+11.8).
    # Concentration index (weights = pupils, R = 1/30, 4/30, 9/30, 16/30, 25/30; ranked by need):
    # after y = 1.0, 0.5, 0.667, 0.75, 0.6, mean 10/1500 × 100 = 0.667; Σw(y − ȳ)(R − ½) = −15.56 + 12.22 + 0
    # + 1.11 − 11.11 = −13.33; cov = −13.33/1500; CI = 2 × cov / 0.667 = −0.027.
    # before y = 1, 1, 1, 0.75, 0.4, mean 0.733; Σ = −12.44 − 19.56 − 16 + 0.22 − 55.56 = −103.33;
    # CI = 2 × (−103.33/1500)/0.733 = −0.188; change +0.161.
    m = "\u2212"
    assert [(f.label, f.value, f.delta, f.direction, f.coloured) for f in view.figures] == [
        ("Tjänster", "10", f"{m}1", -1, True),
        ("Tjänster som flyttas", "1", None, 0, False),
        ("Kostnad per år", "1,1 mnkr", "0,0 mnkr", 0, False),
        ("Förstelärare per 100 elever, kvartil 4", "0,60", "0,20", 1, True),
    ]
    assert [(f.label, f.value, f.delta, f.direction) for f in view.equity] == [
        ("Skillnad kvartil 4 − 1", f"{m}0,07", "0,53", 1),
        ("Koncentrationsindex", f"{m}0,027", "0,161", 1),
        ("Andel av tjänsterna i kvartil 4", f"30{NBSP}%", "11,8", 1),
    ]
    assert view.sentence == ("Scenariot flyttar 1 tjänst; i kvartil 4 (störst behov) går förstelärarna från 0,40 "
                             "till 0,60 per 100 elever, mot 0,67 i snitt; kostnaden är oförändrad.")
    assert view.map_alt == "Karta: 1 skolor får fler och 2 färre förstelärare."
    assert view.units_note == "Scenariot omfattar 5 skolor."
    assert view.warnings == ()
    summary = dict(view.summary)
    assert summary["posts"] == 10 and summary["moved"] == 1 and summary["cost_change"] == 0
    assert summary["q4_before"] == pytest.approx(0.4) and summary["q4_after"] == pytest.approx(0.6)
    english = forstelarare.result(schools(), RULE, None, "en")
    assert english.figures[0].label == "Posts" and english.figures[0].delta == "-1"
    assert english.sentence.startswith("The scenario moves 1 post;")


# Organiser A within 1 000 000 kr a year, α = 0. A post costs 5 000 × 12 × 1.42 = 85 200 kr, at 10000004 (E, pott 2)
# 170 400. Sainte-Laguë order: E 500, D 400, C 300, B 200, E 166.7, D 133.3, then 100 three ways — E (500/5),
# C (300/3), A (100/1) — to the larger weight first. In units of 85 200: E 2, D 3, C 4, B 5, E 7, D 8, E 10,
# C 11; A's post would make 12 × 85 200 = 1 022 400 > 1 000 000, and so would every later one.
# After: A 0, B 1, C 2, D 2, E 3 = 8 posts; cost 11 × 85 200 = 937 200, 62 800 left.
# Today: 1, 2, 3, 3, 2 → 1 107 600 (see above): the cost falls by 170 400. Only E gains: one post moves.
BUDGET_RULE = allocation.Params(year=2024, budget_sek=1_000_000, alpha=0.0, organizer="A")


def test_result_within_a_budget_shows_the_cost_against_it():
    view = forstelarare.result(schools(), BUDGET_RULE, None, "sv")
    sim = view.outcome.simulation
    assert sim.table["after"].tolist() == [0, 1, 2, 2, 3]
    assert sim.cost_after == pytest.approx(937_200) and sim.unspent == pytest.approx(62_800)
    m = "\u2212"
    assert [(f.label, f.value, f.delta) for f in view.figures] == [
        ("Tjänster", "8", f"{m}3"), ("Tjänster som flyttas", "1", None),
        ("Kostnad per år", "0,9 mnkr", f"{m}0,2 mnkr"), ("Kvar av budgeten 1,0 mnkr", "0,1 mnkr", None),
        ("Förstelärare per 100 elever, kvartil 4", "0,60", "0,20")]
    # Q4 = E: 2/500 → 3/500 per 100 pupils; mean after 8/1 500 × 100 = 0,53.
    assert view.sentence == ("Scenariot flyttar 1 tjänst; i kvartil 4 (störst behov) går förstelärarna från 0,40 "
                             "till 0,60 per 100 elever, mot 0,53 i snitt; kostnaden minskar med 0,2 mnkr per år "
                             "(0,9 mnkr av 1,0 mnkr; 0,1 mnkr kvar).")
    assert forstelarare.result(schools(), BUDGET_RULE, None, "en").sentence.endswith(
        "the cost falls by SEK 0.2 m per year (SEK 0.9 m of SEK 1.0 m; SEK 0.1 m left).")
    summary = dict(view.summary)
    assert summary["budget"] == 1_000_000 and summary["unspent"] == pytest.approx(62_800)


def test_result_refuses_a_budget_that_cannot_keep_todays_posts():
    # Keeping today's posts of A costs 1 107 600 kr = 1,1 mnkr > 1 000 000.
    with pytest.raises(allocation.AllocationError) as exc:
        forstelarare.result(schools(), allocation.Params(year=2024, budget_sek=1_000_000, organizer="A", mode="add"),
                            None, "sv")
    assert exc.value.message.key == "forstelarare.add_over_budget"
    assert exc.value.message.text("sv") == (
        "I sättet ”behåll dagens” ska dagens 11 tjänster vara kvar, men de kostar 1,1 mnkr per år, mer än budgeten "
        "1,0 mnkr. Höj budgeten eller välj ett annat sätt.")


def test_result_raises_when_the_constraints_cannot_hold():
    # At least 3 per school at five schools needs 15 posts, but only 10 are placed.
    with pytest.raises(allocation.AllocationError) as exc:
        forstelarare.result(schools(), allocation.Params(year=2024, posts=10, organizer="A", min_per_school=3),
                            None, "sv")
    assert exc.value.message.key == "forstelarare.min_too_high"


def test_change_table_greatest_gain_first_ties_in_id_order():
    table = forstelarare.change_table(schools(), RULE, None, "sv").frame
    assert list(table.columns) == ["Skolenhet", "Skolenhetskod", "Antal elever", "Behovsindex",
                                   "Behöriga lärare (uppskattning)", "Före", "Efter", "Förändring"]
    # Changes 0, −1, −1, 0, +1 → +1 (10000004), the zeros (10000000, 10000003), the −1s (10000001, 10000002).
    assert list(table["Skolenhetskod"]) == ["10000004", "10000000", "10000003", "10000001", "10000002"]
    assert list(table["Förändring"]) == [1, 0, 0, -1, -1]
    # Eligible: ⌊FTE × share/100⌋ = ⌊40 × 0.5⌋ = 20 for 10000004.
    assert table.iloc[0]["Behöriga lärare (uppskattning)"] == 20


def test_change_table_hides_a_small_schools_statistics_but_not_its_posts():
    # 10000000 with 7 pupils and 0.5 FTE falls under the small-number rule: its pupils read "< 10", its need and
    # qualified teachers "för få"; its name and code stay, and its posts (decisions) are shown: today 1, after 0
    # (⌊0.5 × 0.8⌋ = 0 qualified teachers can hold none), change −1.
    data = schools(data=frame().assign(pupils=[7.0, 200.0, 300.0, 400.0, 500.0, 600.0],
                                       teacher_fte=[0.5, 15.0, 20.0, 30.0, 40.0, 45.0]))
    table = forstelarare.change_table(data, RULE, None, "sv").frame
    row = table.set_index("Skolenhetskod").loc["10000000"]
    assert row["Skolenhet"] == "S0 (fiktiv)" and row["Antal elever"] == "< 10"
    assert row["Behovsindex"] == "för få" and row["Behöriga lärare (uppskattning)"] == "för få"
    assert (row["Före"], row["Efter"], row["Förändring"]) == (1, 0, -1)
    other = table.set_index("Skolenhetskod").loc["10000004"]
    assert other["Antal elever"] == 500 and other["Behovsindex"] == 150.0  # the others keep their numbers
    english = forstelarare.change_table(data, RULE, None, "en").frame.set_index("School unit code")
    assert english.loc["10000000", "Need index"] == "too few" and english.loc["10000000", "Pupils"] == "< 10"


def test_change_map_draws_a_small_school_grey_with_its_change_only():
    from lib.charts import render

    # The same small school (7 pupils, 0.5 FTE): on the map it is flagged `small` (drawn grey at a fixed size by
    # lib.charts.maps), its pupils and need do not leave for the browser, its change of posts (−1) does.
    data = schools(data=frame().assign(pupils=[7.0, 200.0, 300.0, 400.0, 500.0, 600.0],
                                       teacher_fte=[0.5, 15.0, 20.0, 30.0, 40.0, 45.0]))
    spec = forstelarare.change_map(data, RULE, None, "sv", "Källa: test")
    points = render.from_arrow(spec["datasets"]["schools"]).set_index("school_id")
    assert points["small"].tolist() == [True, False, False, False, False]
    assert pd.isna(points.loc["10000000", "pupils"]) and pd.isna(points.loc["10000000", "need_index"])
    assert points.loc["10000000", "colour"] == -1 and points.loc["10000004", "need_index"] == 150.0


def test_change_map_colours_the_organisers_schools_by_their_change():
    from lib.charts import render

    spec = forstelarare.change_map(schools(), RULE, None, "sv", "Källa: test")
    assert spec["params"][-1]["value"] == ["1980"]  # only organiser A's municipality is shaded
    points = render.from_arrow(spec["datasets"]["schools"])
    assert dict(zip(points["school_id"], points["colour"], strict=True)) == {
        "10000000": 0, "10000001": -1, "10000002": -1, "10000003": 0, "10000004": 1}
    assert "Förändring i antal förstelärare, läsåret 2024/25" in str(spec["title"])
    # Without coordinates the schools are placed within their municipality (issue 16); without either, no map.
    no_coordinates = schools(data=frame().assign(lat=float("nan"), lon=float("nan")))
    assert forstelarare.change_map(no_coordinates, RULE, None, "sv", "Källa: test") is not None
    nowhere = schools(data=frame().assign(lat=float("nan"), lon=float("nan"), municipality_code=None))
    assert forstelarare.change_map(nowhere, RULE, None, "sv", "Källa: test") is None


def test_a_scenario_keeps_the_rule_the_data_and_the_figures():
    data = schools()
    view = forstelarare.result(data, RULE, None, "sv")
    sc = forstelarare.scenario(data, view, "  ", " Grupp A ", "sv")
    assert sc.name == "Scenariot" and sc.group == "Grupp A" and sc.params == RULE
    assert sc.fingerprint == data.fingerprint and sc.summary["moved"] == 1
    assert scenarios.from_url(scenarios.to_url(sc)).params == RULE


def test_texts_around_the_result():
    # The reports give no effect sizes (they do not say there are no effects); lock-in (p. 20, 25) is the post
    # staying at its school, so a teacher who changes school loses the supplement.
    assert forstelarare.caption("Källa (a.csv)", "sv") == (  # Markdown: the source line (file names) inert
        "Källa \\(a\\.csv\\) · Rapporterna anger inga effektstorlekar, så simuleringen visar fördelning och "
        "kostnad, inte effekter på elevernas resultat.")
    assert "inte kända" not in forstelarare.caption("Källa: test", "sv")
    lockin = forstelarare.tradeoffs("sv").split("\n")[0]
    assert lockin.startswith("- **Inlåsning:** en förstelärartjänst är knuten till en viss skola")
    assert "förlorar tillägget" in lockin and "(s. 20)" in lockin and "(s. 25)" in lockin
    english = forstelarare.tradeoffs("en").split("\n")[0]
    assert english.startswith("- **Lock-in:**") and "loses the supplement" in english
    assert forstelarare.file_name(RULE) == "forstelarare-2024"


def test_every_language_rule_priority_and_dataset_has_its_own_cache_entry():
    cache.SHARED.clear()
    demo_like = schools("demo")
    other = schools("demo", frame().assign(pupils=[110.0, 200.0, 300.0, 400.0, 500.0, 600.0]))
    sv = forstelarare.result(demo_like, RULE, None, "sv")
    en = forstelarare.result(demo_like, RULE, None, "en")
    more = forstelarare.result(demo_like, allocation.Params(year=2024, posts=11, alpha=0.0, organizer="A"), None, "sv")
    prioritised = forstelarare.result(demo_like, RULE, ("10000001",), "sv")
    elsewhere = forstelarare.result(other, RULE, None, "sv")
    assert sv.figures[0].label != en.figures[0].label
    assert sv.figures[0].value != more.figures[0].value
    assert sv.outcome.simulation.table["after"].tolist() != prioritised.outcome.simulation.table["after"].tolist()
    assert elsewhere.outcome is not sv.outcome
    results = [k for k in cache.SHARED.keys("forstelarare") if k[0].endswith(".result")]
    assert len(results) == 5
    # The simulation behind the two languages is one entry: 4 simulations for 5 results.
    assert len([k for k in cache.SHARED.keys("forstelarare") if k[0].endswith(".simulation")]) == 4
    assert forstelarare.result(demo_like, RULE, None, "sv") is sv  # a rerun is a hit
    cache.SHARED.clear()
