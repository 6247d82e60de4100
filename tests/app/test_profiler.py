"""AppTest: Utmaningsprofiler — cards, evidence, rule flag, k from the URL, sharing with Karta and Likvärdighet."""

from __future__ import annotations

import pytest

from tests.app.conftest import assert_no_errors, open_page


def cards(at) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith(("**Profil ", "**Profile "))]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_profiles_page_shows_cards_evidence_and_the_rule(lang):
    at = open_page("app_pages/profiler.py", lang=lang)
    assert_no_errors(at)
    assert len(cards(at)) == at.slider(key="k").value
    assert len(at.metric) == 2
    text = "\n".join(m.value for m in at.markdown)
    assert ("skolor flaggas" if lang == "sv" else "schools are flagged") in text
    assert ("Behovsindex ≥ 120,0" if lang == "sv" else "Need index ≥ 120.0") in text


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
    at.multiselect(key="features").set_value(["need_index"]).run()
    assert_no_errors(at)
    assert any("Minst två indikatorer" in w.value for w in at.warning)


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
