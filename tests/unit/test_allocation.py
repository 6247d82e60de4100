"""Allocation of förstelärare posts: each method pinned by hand, constraints and properties (hypothesis),
the simulation's modes, costs and the headless command."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.cli import main
from lib.measures import allocation as al


@pytest.mark.parametrize(("method", "expected"), [
    # Weights 53, 24, 23; 7 posts.
    # Sainte-Laguë (1, 3, 5, …): quotients 53, 24, 23, 17.7 (53/3), 10.6 (53/5), 8 (24/3), 7.67 (23/3) → 3, 2, 2.
    ("sainte-lague", [3, 2, 2]),
    # D'Hondt (1, 2, 3, …): 53, 26.5, 24, 23, 17.7, 13.25, 12 (24/2) → 4, 2, 1.
    ("dhondt", [4, 2, 1]),
    # Jämkade uddatalsmetoden (1.2, 3, 5, …): 44.2, 20, 19.2, 17.7, 10.6, 8, 7.67 → 3, 2, 2.
    ("jamkad", [3, 2, 2]),
    # Largest remainder: quotas 3.71, 1.68, 1.61 → floors 3, 1, 1; remainders .71 and .68 get the last two.
    ("largest-remainder", [4, 2, 1]),
])
def test_methods_by_hand(method, expected):
    assert al.apportion(np.array([53.0, 24.0, 23.0]), 7, method).tolist() == expected


def test_jamkad_differs_from_sainte_lague_on_small_units():
    # Weights 10, 2.2, 0; 2 posts. Sainte-Laguë: 10, 3.33 (10/3), 2.2 → 2, 0. Jämkad: 8.33 (10/1.2),
    # 3.33 (10/3), 1.83 (2.2/1.2) → 2, 0 as well; with weights 10, 3.5: SL gives 10, 3.5 → 1, 1;
    # jämkad gives 8.33, 3.33 (10/3) vs 2.92 (3.5/1.2) → 2, 0.
    assert al.apportion(np.array([10.0, 3.5]), 2, "sainte-lague").tolist() == [1, 1]
    assert al.apportion(np.array([10.0, 3.5]), 2, "jamkad").tolist() == [2, 0]


def test_ties_go_to_the_larger_weight_then_the_lower_position():
    # Equal quotients for the last post: positions 0 and 1 have weight 10, one post → position 0.
    assert al.apportion(np.array([10.0, 10.0]), 1).tolist() == [1, 0]


def test_bounds_and_impossible_constraints():
    seats = al.apportion(np.array([100.0, 1.0, 1.0]), 6, lower=np.array([0, 1, 1]), upper=np.array([3, 5, 5]))
    assert seats.tolist() == [3, 2, 1] or seats.tolist() == [3, 1, 2]
    assert seats.sum() == 6
    with pytest.raises(al.AllocationError) as exc:
        al.apportion(np.array([1.0, 1.0]), 1, lower=np.array([1, 1]))
    assert exc.value.message.key == "forstelarare.min_too_high"
    with pytest.raises(al.AllocationError) as exc:
        al.apportion(np.array([1.0, 1.0]), 9, upper=np.array([2, 3]))
    assert exc.value.message.key == "forstelarare.max_too_low" and "5" in exc.value.message.text("sv")


weights_st = st.lists(st.floats(min_value=0.0, max_value=5000.0, allow_nan=False), min_size=1, max_size=40)
methods_st = st.sampled_from(al.METHODS)


@settings(deadline=None)
@given(weights_st, st.integers(0, 200), methods_st, st.data())
def test_total_and_bounds_always_hold(weights, total, method, data):
    n = len(weights)
    lower = np.array(data.draw(st.lists(st.integers(0, 3), min_size=n, max_size=n)))
    upper = lower + np.array(data.draw(st.lists(st.integers(0, 10), min_size=n, max_size=n)))
    try:
        seats = al.apportion(np.array(weights), total, method, lower, upper)
    except al.AllocationError as exc:
        assert exc.message.key in {"forstelarare.min_too_high", "forstelarare.max_too_low"}
        assert lower.sum() > total or upper.sum() < total
        return
    assert seats.sum() == total
    assert np.all(seats >= lower) and np.all(seats <= upper)
    again = al.apportion(np.array(weights), total, method, lower, upper)
    assert seats.tolist() == again.tolist()  # same input, same output


@settings(deadline=None)
@given(st.lists(st.floats(min_value=0.1, max_value=1000.0), min_size=2, max_size=30), st.integers(1, 100),
       st.sampled_from(["sainte-lague", "jamkad", "dhondt"]), st.data())
def test_raising_a_weight_never_lowers_its_posts(weights, total, method, data):
    i = data.draw(st.integers(0, len(weights) - 1))
    factor = data.draw(st.floats(min_value=1.0, max_value=10.0))
    before = al.apportion(np.array(weights), total, method)
    raised = list(weights)
    raised[i] *= factor
    after = al.apportion(np.array(raised), total, method)
    assert after[i] >= before[i]


def schools(n: int = 6) -> pd.DataFrame:
    return pd.DataFrame({
        "school_year": [2024] * n, "school_id": [f"1000000{i}" for i in range(n)],
        "school_name": [f"S{i} (fiktiv)" for i in range(n)], "organizer": ["A"] * (n - 1) + ["B"],
        "pupils": [100.0, 200.0, 300.0, 400.0, 500.0, 600.0][:n], "need_index": [50.0, 80.0, 100.0, 120.0, 150.0,
                                                                              90.0][:n],
        "teacher_fte": [10.0, 15.0, 20.0, 30.0, 40.0, 45.0][:n], "qualified_share": [80.0, 70.0, 75.0, 60.0, 50.0,
                                                                                     90.0][:n],
        "first_teachers": [1.0, 2.0, 3.0, 3.0, 2.0, 5.0][:n], "pott2": [False, False, False, False, True, False][:n],
    })


@settings(deadline=None)
@given(st.integers(0, 40), methods_st)
def test_alpha_zero_is_the_per_pupil_divisor_result(posts, method):
    f = schools()
    sim = al.simulate(f, al.Params(year=2024, posts=posts, alpha=0.0, method=method, max_per_school=100))
    expected = al.apportion(f["pupils"].to_numpy(), posts, method, upper=np.minimum(
        al.eligible_teachers(f).to_numpy(), 100))
    assert sim.table["after"].tolist() == expected.tolist()


def test_modes_keep_their_promises():
    f = schools()
    add = al.simulate(f, al.Params(year=2024, posts=20, mode="add"))
    assert (add.table["after"] >= add.table["before"]).all() and add.posts_total == 20
    move = al.simulate(f, al.Params(year=2024, mode="move", max_move=1, alpha=3))
    assert (move.table["change"].abs() <= 1).all() and move.posts_total == 16  # today's total is kept
    with pytest.raises(al.AllocationError) as exc:
        al.simulate(f, al.Params(year=2024, posts=10, mode="add"))
    assert exc.value.message.key == "forstelarare.add_below_today"
    one = al.simulate(f, al.Params(year=2024, organizer="A"))
    assert len(one.table) == 5


def test_eligible_teachers_cap_the_posts():
    # ⌊FTE × share/100⌋: ⌊10 × .8⌋ = 8, ⌊15 × .7⌋ = 10, ⌊20 × .75⌋ = 15, ⌊30 × .6⌋ = 18, ⌊40 × .5⌋ = 20, ⌊45 × .9⌋ = 40.
    assert al.eligible_teachers(schools()).tolist() == [8, 10, 15, 18, 20, 40]
    sim = al.simulate(schools(), al.Params(year=2024, posts=100, alpha=0))
    assert (sim.table["after"] <= sim.table["eligible"]).all()


def test_costs():
    p = al.Params(year=2024, supplement_sek=5000, supplement_pott2_sek=10000, employer_cost_factor=1.4)
    posts = pd.Series([2, 1]); pott2 = pd.Series([False, True])  # noqa: E702
    # (2 × 5 000 + 1 × 10 000) × 12 × 1.4 = 336 000.
    assert al.annual_cost(posts, pott2, p) == pytest.approx(336_000)


# Prices per post and year with factor 1: pott 1 5 000 × 12 = 60 000 kr, pott 2 (S4) 10 000 × 12 = 120 000 kr.
CHEAP = dict(supplement_sek=5000, supplement_pott2_sek=10000, employer_cost_factor=1.0)


def test_a_budget_buys_each_post_at_its_own_schools_price():
    # α = 0: weights = pupils 100 … 600 (S0 … S5); eligible caps 8, 10, 15, 18, 20, 40 never bind here.
    # Sainte-Laguë order: S5 600, S4 500, S3 400, S2 300, S5 200 (600/3; ties S1 200 → larger weight), S1 200,
    # S4 166.7 (500/3), S3 133.3 (400/3), S5 120 (600/5), …
    # Budget 600 000: S5 60 000, S4 +120 000 = 180 000, S3 240 000, S2 300 000, S5 360 000, S1 420 000,
    # S4 +120 000 = 540 000, S3 600 000 (exactly the budget: allowed); S5's third post would make 660 000 → none,
    # and no other post costs less than 60 000. After: 0, 1, 1, 2, 2, 2 = 8 posts, 600 000 kr, nothing left.
    # (Before this fix: ⌊600 000 / 60 000⌋ = 10 pott-1 posts, two more to S5 and S4: 780 000 kr, 30 % over.)
    f = schools()
    sim = al.simulate(f, al.Params(year=2024, budget_sek=600_000, alpha=0.0, **CHEAP))
    assert sim.table["after"].tolist() == [0, 1, 1, 2, 2, 2]
    assert sim.cost_after == 600_000 and sim.budget == 600_000 and sim.unspent == 0
    # Budget 530 000: the same order to S1 (420 000); S4's second post (+120 000 = 540 000) does not fit, so S4
    # drops out; S3's second post (+60 000 = 480 000) does; then S5 (540 000), S2, S0 … all over. After: 0, 1, 1,
    # 2, 1, 2 = 7 posts, 480 000 kr, 50 000 left (less than any post costs).
    sim = al.simulate(f, al.Params(year=2024, budget_sek=530_000, alpha=0.0, **CHEAP))
    assert sim.table["after"].tolist() == [0, 1, 1, 2, 1, 2]
    assert sim.cost_after == 480_000 and sim.unspent == 50_000


def test_a_budget_the_constraints_cannot_meet_is_refused_with_the_reason():
    f = schools()
    # Today's posts 1, 2, 3, 3, 2 (S4, pott 2), 5: (14 × 5 000 + 2 × 10 000) × 12 = 1 080 000 kr > 1 000 000.
    with pytest.raises(al.AllocationError) as exc:
        al.simulate(f, al.Params(year=2024, budget_sek=1_000_000, mode="add", **CHEAP))
    assert exc.value.message.key == "forstelarare.add_over_budget"
    assert "16" in exc.value.message.text("sv") and "1,1 mnkr" in exc.value.message.text("sv")
    assert "SEK 1.0 m" in exc.value.message.text("en")
    # At least 2 per school: (10 × 5 000 + 2 × 10 000) × 12 = 840 000 kr > 600 000.
    with pytest.raises(al.AllocationError) as exc:
        al.simulate(f, al.Params(year=2024, budget_sek=600_000, min_per_school=2, **CHEAP))
    assert exc.value.message.key == "forstelarare.min_over_budget"
    assert "12" in exc.value.message.text("sv") and "0,8 mnkr" in exc.value.message.text("sv")
    # With posts given, the old rules: keeping today's 16 needs at least 16.
    with pytest.raises(al.AllocationError) as exc:
        al.simulate(f, al.Params(year=2024, posts=10, mode="add"))
    assert exc.value.message.key == "forstelarare.add_below_today"


def test_the_low_qualification_weight_compares_with_the_fte_weighted_share():
    # Qualified share 80, 70, 75, 60, 50, 90 on FTE 10, 15, 20, 30, 40, 45: FTE-weighted
    # (800 + 1 050 + 1 500 + 1 800 + 2 000 + 4 050) / 160 = 11 200 / 160 = 70.0 (the plain mean is 425/6 = 70.8).
    # Below 70.0: S3 (60) and S4 (50) only — S1 at exactly 70 is not below. α = 0, factor 2: weights = pupils,
    # doubled for S3 and S4.
    w = al.weights(schools(), al.Params(year=2024, alpha=0.0, low_qualification_factor=2.0))
    assert w.tolist() == [100.0, 200.0, 300.0, 800.0, 1000.0, 600.0]


def test_metrics_before_and_after_and_the_summary():
    f = schools()
    sim = al.simulate(f, al.Params(year=2024, alpha=3))
    before, after = al.before_after(sim, f)
    # Today: 16 posts over 2 100 pupils = 0.762 per 100.
    assert before.per_100_pupils == pytest.approx(16 / 2100 * 100)
    assert after.q4 > before.q4
    text = al.summary_sentence(sim, before, after, "Scenario B", "sv")
    assert text.startswith("Scenario B flyttar") and "per 100 elever" in text


def test_moved_posts_are_the_sum_of_the_gains():
    f = schools()
    # Organiser A, 10 posts, α = 0: Sainte-Laguë on pupils 100…500 gives 1, 1, 2, 3, 3 (see test_screen_forstelarare)
    # against today's 1, 2, 3, 3, 2: changes 0, −1, −1, 0, +1 → one post moves; 11 posts today.
    sim = al.simulate(f, al.Params(year=2024, posts=10, alpha=0.0, organizer="A"))
    assert sim.moved == 1 and sim.posts_before == 11 and sim.posts_total == 10


def test_summary_words_from_stored_figures():
    assert al.summary_words("B", 14, 0.7, 1.1, 0.9, -1_240_000, "sv") == (
        "B flyttar 14 tjänster; i kvartil 4 (störst behov) går förstelärarna från 0,70 till 1,10 per 100 elever, mot "
        "0,90 i snitt; kostnaden minskar med 1,2 mnkr per år.")
    # Missing figures (an old scenario) read as a dash and "unchanged", never as an error.
    assert al.summary_words("B", None, None, None, None, None, "en") == (
        "B moves 0 posts; in quartile 4 (greatest needs) first teachers go from – to – per 100 pupils, against – "
        "on average; the cost is unchanged.")


def test_simulate_command(capsys):
    code = main(["simulate", "demo", "--posts", "900", "--alpha", "1.5", "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0 and doc["posts_total"] == 900
    assert sum(a["after"] for a in doc["allocation"]) == 900
    assert {"before", "after"} == set(doc["metrics"]) and doc["cost_sek_per_year"] > 0
    assert doc["budget_sek"] is None and doc["unspent_sek"] is None
    assert doc["parameters"]["alpha"] == 1.5 and doc["model"]["method"] == "sainte-lague"
    assert main(["simulate", "demo", "--posts", "5", "--min", "1", "--json"]) == 1
    assert main(["simulate", "demo", "--posts", "5", "--budget", "100"]) == 2


@pytest.mark.parametrize("alpha", ["0", "0.5", "1", "1.5", "2", "3"])
def test_simulate_command_never_overspends_a_budget(capsys, alpha):
    # Before the fix 80 MSEK bought 938 posts priced at pott 1; at α = 1.5 they cost 101,8 MSEK (α = 0: 90,6).
    code = main(["simulate", "demo", "--budget", "80000000", "--alpha", alpha, "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0
    assert doc["cost_sek_per_year"] <= 80_000_000 and doc["budget_sek"] == 80_000_000
    assert doc["unspent_sek"] == pytest.approx(80_000_000 - doc["cost_sek_per_year"])
    # Spent as far as it goes: what is left pays for no post, not even a pott-1 one (5 000 × 12 × 1.42 = 85 200).
    assert 0 <= doc["unspent_sek"] < 85_200
    assert "mnkr av 80,0 mnkr;" in doc["summary"] and "kvar)." in doc["summary"]


def test_simulate_command_exits_1_with_the_reason_when_the_budget_cannot_hold(capsys):
    # Keeping today's 827 demo posts costs 81,9 MSEK a year (pott 2 schools at their own supplement) > 80 MSEK.
    code = main(["simulate", "demo", "--budget", "80000000", "--mode", "add", "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 1 and doc["ok"] is False and doc["reason_key"] == "forstelarare.add_over_budget"
    assert "81,9 mnkr" in doc["reason"] and "80,0 mnkr" in doc["reason"]


def test_largest_remainder_with_all_zero_weights_still_places_every_post():
    """Found by the property test: zero weights leave every quota at its lower bound, so more seats are left over
    than there are units; one pass of remainders placed 10 of 12. Round-robin in unit order: units 7 and 8 get the
    eleventh and twelfth."""
    upper = np.array([0, 0, 0, 0, 0, 0, 0, 4, 10, 10, 10, 10, 10, 10, 10, 6, 6])
    seats = al.apportion(np.zeros(17), 12, "largest-remainder", np.zeros(17, dtype=int), upper)
    assert seats.tolist() == [0, 0, 0, 0, 0, 0, 0, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1]


# --- a budget is never overspent: properties over any data ------------------------------------------------------

@st.composite
def units(draw, pott2: bool = True):
    """A school year of 1–12 schools with pupils ≥ 1 (every weight > 0), need, FTE, qualified share, today's posts
    and (optionally) pott 2."""
    n = draw(st.integers(1, 12))
    col = lambda strategy: draw(st.lists(strategy, min_size=n, max_size=n))  # noqa: E731
    frame = pd.DataFrame({
        "school_year": 2024, "school_id": [f"{i:08d}" for i in range(n)],
        "pupils": col(st.integers(1, 800)), "need_index": col(st.one_of(st.none(), st.floats(20, 250))),
        "teacher_fte": col(st.floats(0.5, 60)), "qualified_share": col(st.floats(0, 100)),
        "first_teachers": col(st.integers(0, 6)),
    })
    frame["need_index"] = frame["need_index"].astype(float)
    if pott2:
        frame["pott2"] = col(st.booleans())
    return frame


prices_st = st.fixed_dictionaries({"supplement_sek": st.integers(1_000, 10_000),
                                   "supplement_pott2_sek": st.integers(1_000, 20_000),
                                   "employer_cost_factor": st.floats(1.0, 2.0)})


def by_hand_upper(frame: pd.DataFrame, high: int) -> np.ndarray:
    """⌊FTE × share / 100⌋ capped by the maximum per school (redistribute mode)."""
    return np.minimum(np.floor(frame["teacher_fte"] * frame["qualified_share"] / 100).to_numpy(), high)


def by_hand_prices(frame: pd.DataFrame, prices: dict) -> np.ndarray:
    """Each school's post a year: its supplement × 12 × factor."""
    monthly = np.where(frame["pott2"], prices["supplement_pott2_sek"], prices["supplement_sek"]) \
        if "pott2" in frame else np.full(len(frame), prices["supplement_sek"])
    return monthly * 12 * prices["employer_cost_factor"]


@settings(deadline=None, max_examples=300)
@given(units(), st.floats(0, 3), methods_st, st.sampled_from(al.MODES), st.integers(0, 2), st.integers(0, 10),
       st.integers(0, 3), st.booleans(), prices_st, st.floats(0, 3e6))
def test_a_budget_is_never_overspent(frame, alpha, method, mode, low, high, max_move, hold, prices, budget):
    params = al.Params(year=2024, budget_sek=budget, alpha=alpha, method=method, mode=mode, min_per_school=low,
                       max_per_school=high, max_move=max_move, hold_pott2=hold, **prices)
    price = by_hand_prices(frame, prices)
    try:
        sim = al.simulate(frame, params)
    except al.AllocationError as exc:
        assert exc.message.key in {"forstelarare.add_over_budget", "forstelarare.min_over_budget"}
        if exc.message.key == "forstelarare.add_over_budget":
            assert mode == "add" and (frame["first_teachers"] * price).sum() > budget * (1 - 1e-12)
        elif mode == "redistribute" and not hold:  # the required posts: min(minimum, upper) per school
            lower = np.minimum(low, by_hand_upper(frame, high))
            assert (lower * price).sum() > budget * (1 - 1e-12)
        return
    after = sim.table["after"].to_numpy()
    # The budget holds, to the last bit, and what is reported adds up.
    assert sim.cost_after <= budget
    assert sim.cost_after == pytest.approx((after * price).sum(), rel=1e-12, abs=1e-6)
    assert sim.unspent == pytest.approx(budget - sim.cost_after) and sim.unspent >= 0
    if mode == "redistribute" and not hold:
        upper = by_hand_upper(frame, high)
        lower = np.minimum(low, upper)
        assert np.all(after >= lower) and np.all(after <= upper)
        assert (lower * price).sum() <= budget * (1 + 1e-12)  # it was feasible: no error was due
        if method != "largest-remainder":  # a divisor method stops only when no post with room fits the rest
            room = after < upper
            assert not np.any(price[room] <= sim.unspent * (1 - 1e-9) - 1e-6)


@settings(deadline=None, max_examples=200)
@given(units(pott2=False), st.floats(0, 3), methods_st, st.integers(1, 10), st.integers(0, 60), st.floats(0.1, 0.9),
       prices_st)
def test_with_one_price_a_budget_buys_the_posts_it_pays_for(frame, alpha, method, high, count, part, prices):
    # Without pott 2 every post costs the same p: the budget k·p + part·p (never on a boundary) places exactly the
    # posts the same rule places for a number of posts, min(k, room).
    p = prices["supplement_sek"] * 12 * prices["employer_cost_factor"]
    upper = by_hand_upper(frame, high)
    posts = min(count, int(upper.sum()))
    by_budget = al.simulate(frame, al.Params(year=2024, budget_sek=(count + part) * p, alpha=alpha, method=method,
                                              max_per_school=high, **prices))
    by_posts = al.simulate(frame, al.Params(year=2024, posts=posts, alpha=alpha, method=method, max_per_school=high,
                                            **prices))
    assert by_budget.table["after"].tolist() == by_posts.table["after"].tolist()


@settings(deadline=None, max_examples=200)
@given(units(), st.floats(0, 3), methods_st, st.integers(0, 60), st.booleans())
def test_with_posts_given_the_apportionment_is_unchanged(frame, alpha, method, posts, lowq):
    # A number of posts (no budget): exactly the method's apportionment of the rule's weights within the bounds.
    params = al.Params(year=2024, posts=posts, alpha=alpha, method=method, max_per_school=10,
                       low_qualification_factor=2.0 if lowq else 1.0)
    upper = by_hand_upper(frame, 10)
    if posts > upper.sum():
        with pytest.raises(al.AllocationError):
            al.simulate(frame, params)
        return
    sim = al.simulate(frame, params)
    expected = al.apportion(al.weights(frame, params).to_numpy(), posts, method, upper=upper.astype(int))
    assert sim.table["after"].tolist() == expected.tolist() and sim.budget is None and sim.unspent is None
