"""AppTest: Utmaningsprofiler — cards, evidence, rule flag, k from the URL, sharing with Karta, Likvärdighet and
Skolblad; and on eight hand-made schools in two clear groups (tests/unit/test_screen_profiler.py), what the screen
shows and what it leaves for the other screens."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from lib.dataset import Dataset, Source
from lib.i18n import NBSP
from lib.measures import profiles
from lib.screens import profiler
from tests.app.conftest import assert_no_errors, open_page
from tests.unit.test_screen_profiler import two_groups, with_a_small_school


def cards(at) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith(("**Profil ", "**Profile "))]


def open_with(data, lang: str | None = None) -> AppTest:
    """The app with `data` as the visitor's active dataset, switched to Utmaningsprofiler."""
    at = open_page("app_pages/profiler.py", lang, data=data)
    assert_no_errors(at)
    return at


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_profiles_page_shows_cards_evidence_and_the_rule(lang):
    at = open_page("app_pages/profiler.py", lang=lang)
    assert_no_errors(at)
    assert len(cards(at)) == at.slider(key="k").value
    assert [m.label for m in at.metric] == (["Silhuettvärde", "Stabilitet"] if lang == "sv"
                                            else ["Silhouette", "Stability"])
    text = "\n".join(m.value for m in at.markdown)
    assert ("skolor flaggas" if lang == "sv" else "schools are flagged") in text
    assert ("Behovsindex ≥ 120,0" if lang == "sv" else "Need index ≥ 120.0") in text
    assert len(at.get("vega_lite_chart")) == 3  # silhouette, heat map, map
    assert len(at.dataframe[0].value) == 240  # every demo school in the table


def test_changing_k_changes_the_cards_and_is_kept_in_the_url():
    at = open_page("app_pages/profiler.py", query={"k": "5"})
    assert_no_errors(at)
    assert at.slider(key="k").value == 5 and len(cards(at)) == 5
    at.slider(key="k").set_value(3).run()
    assert len(cards(at)) == 3


def test_ward_and_too_few_features():
    at = open_page("app_pages/profiler.py")
    at.radio(key="method").set_value("ward").run()
    assert_no_errors(at)
    assert at.session_state["_derived_profiles"].method == "ward"
    at.multiselect(key="features").set_value(["need_index"]).run()
    assert_no_errors(at)
    assert [w.value for w in at.warning] == ["Profiler kunde inte bildas: Minst två indikatorer med olika värden "
                                             "behövs för att bilda profiler (nu 1)."]


def test_profiles_are_shared_with_map_and_equity():
    at = open_page("app_pages/profiler.py")
    at.switch_page("app_pages/karta.py").run()
    at.radio(key="mode").set_value("profile").run()
    assert_no_errors(at)
    at.switch_page("app_pages/likvardighet.py").run()
    assert_no_errors(at)
    assert any("skolor i profil 1" in m.value for m in at.markdown)


def test_the_school_sheet_compares_with_the_profile_of_the_grouping_in_use():
    at = open_page("app_pages/profiler.py")
    at.switch_page("app_pages/skolblad.py").run()
    assert_no_errors(at)
    first = [str(t.value) for t in at.table]
    assert any("Profilens genomsnitt" in text for text in first)
    at.switch_page("app_pages/profiler.py").run()
    at.slider(key="k").set_value(5).run()  # another grouping: the sheet follows it, not a shared older one
    at.switch_page("app_pages/skolblad.py").run()
    assert_no_errors(at)
    assert [str(t.value) for t in at.table] != first


def test_the_screen_shows_the_hand_made_groups():
    at = open_with(two_groups(kind="upload"))
    # Grouped on the pupils' needs only (need index, newly arrived), not on the qualified share.
    assert at.multiselect(key="features").value == ["need_index", "newly_arrived_share"]
    assert at.slider(key="k").value == 2  # two clear groups: no k ≥ 3 near the best silhouette, the fallback
    captions = [c.value for c in at.caption]
    assert any(c.startswith("Förslag: k = 2 (högst silhuettvärde") and "inget k ≥ 3" in c for c in captions)
    assert any(c.startswith("Regeln för förslaget: det minsta k ≥ 3") for c in captions)
    assert cards(at) == ["**Profil 1: Högt behov · hög andel nyanlända**", "**Profil 2: Lågt behov · få nyanlända**"]
    # Profile 1 = s1…s4, mean need (150+152+154+156)/4 = 153; every re-run finds the same groups: stability 1.
    assert f"4 skolor (50{NBSP}% av enheterna), behovsindex i genomsnitt 153." in [m.value for m in at.markdown]
    assert "Behovsindex: 153,0 (alla: 103,0)" in captions
    # Beside it, the FTE-weighted qualified share (50·5 + 52·10 + 54·15 + 56·20) / 50 = 54,0 against 74,0 for all.
    assert "*Lärarresurser och resultat*" in [m.value for m in at.markdown]
    assert "Andel lärare med legitimation och behörighet (%): 54,0 (alla: 74,0)" in captions
    assert [(m.label, m.value) for m in at.metric][1] == ("Stabilitet", "1,00 – hög")
    # The default rule, need ≥ 120 and qualified ≤ 65, holds for s1…s4 (need 150–156, qualified 50–56).
    assert ("4 av 8 skolor flaggas: Behovsindex ≥ 120,0 och Andel lärare med legitimation och behörighet (%) "
            "≤ 65,0.") in [m.value for m in at.markdown]
    table = at.dataframe[0].value
    assert table["Profil"].tolist() == (["1: Högt behov · hög andel nyanlända"] * 4
                                        + ["2: Lågt behov · få nyanlända"] * 4)
    assert table["Skola med utmaningar"].tolist() == ["ja"] * 4 + ["nej"] * 4


def test_a_small_school_is_named_but_its_values_are_not_shown():
    at = open_with(Dataset(with_a_small_school().frame, "school", Source("upload")))
    table = at.dataframe[0].value
    # s2 (7 pupils, 0,5 FTE) last, with its name and id; profile, flag and values "för få".
    last = table.iloc[-1]
    assert (last["Enhet"], last["Skolenhetskod"], last["Profil"], last["Behovsindex"]) == (
        "Skola 2", "s2", "för få", "för få")
    assert "för få" not in table["Profil"].iloc[:-1].tolist()


def test_the_grouping_and_the_flag_are_left_for_the_other_screens():
    at = open_with(two_groups(kind="upload"))
    assert at.session_state["_derived_profiles"] == profiler.Grouping(2024, ("need_index", "newly_arrived_share"),
                                                                      2, "kmeans")
    rules = (profiles.Rule("need_index", ">=", 120.0), profiles.Rule("qualified_share", "<=", 65.0))
    assert at.session_state["_derived_challenge_flag"] == profiler.FlagChoice(2024, rules)
    at.number_input(key="rule_value_2").set_value(51.0).run()
    # qualified ≤ 51: only s1 (50).
    assert any(m.value.startswith("1 av 8 skolor flaggas") for m in at.markdown)
    assert at.session_state["_derived_challenge_flag"].rules[1] == profiles.Rule("qualified_share", "<=", 51.0)
    # (AppTest cannot choose the None option "– inget villkor –"; flag_choice without rules is a unit test.)
    at.switch_page("app_pages/likvardighet.py").run()
    assert_no_errors(at)
    # FTE-weighted, organiser A: s1 50·5, s2 52·10, s5 90·5, s6 92·10 → 2140 / 30 = 71,3; B: s3 54·15, s4 56·20,
    # s7 94·15, s8 96·20 → 5260 / 70 = 75,1: every school of profile 1 (50–56) is below.
    assert any(m.value.startswith(f"- 4 av 4 skolor i profil 1 (Högt behov · hög andel nyanlända, 100{NBSP}%)")
               for m in at.markdown)
