"""AppTest: the Förstelärare simulation (both languages, impossible constraints, a shared link reopening the
same parameters) and the Workshop screen (create, save from a group, compare, facilitator controls)."""

from __future__ import annotations

import pytest

from lib.measures import allocation
from lib.store import scenarios
from tests.app.conftest import assert_no_errors, open_page


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_simulation_shows_result_summary_and_tradeoffs(lang):
    at = open_page("app_pages/forstelarare.py", lang=lang)
    assert_no_errors(at)
    text = "\n".join(m.value for m in at.markdown)
    assert ("per 100 elever" if lang == "sv" else "per 100 pupils") in text
    assert ("Inlåsning" if lang == "sv" else "Lock-in") in text
    assert len(at.metric) == 7


def test_alpha_zero_and_impossible_minimum():
    at = open_page("app_pages/forstelarare.py", query={"fl_alpha": "0.0"})
    assert_no_errors(at)
    at.number_input(key="fl_min").set_value(50).run()
    assert_no_errors(at)
    assert any("Minimikravet per skola" in e.value for e in at.error)


def test_a_shared_link_reopens_the_parameters():
    sc = scenarios.Scenario("Delat", allocation.Params(year=2023, posts=150, alpha=2.0, method="dhondt",
                                                       organizer="Göteborgs kommun"))
    at = open_page("app_pages/forstelarare.py", query={"scenario": scenarios.to_url(sc)})
    assert_no_errors(at)
    assert at.selectbox(key="fl_method").value == "dhondt"
    assert at.selectbox(key="fl_org").value == "Göteborgs kommun"
    assert at.selectbox(key="fl_year").value == 2023
    assert at.number_input(key="fl_posts").value == 150
    assert any("Delat" in s.value for s in at.success)
    broken = open_page("app_pages/forstelarare.py", query={"scenario": "v1.broken!"})
    assert_no_errors(broken)
    assert any("inget giltigt scenario" in w.value for w in broken.warning)


def test_workshop_create_save_compare_and_lock():
    at = open_page("app_pages/workshop.py")
    assert_no_errors(at)
    at.button(key="ws_create").click().run()
    created = next(m.value for m in at.markdown if "Workshopkod" in m.value)
    secret = created.split("`")[1]
    at.switch_page("app_pages/forstelarare.py").run()
    at.text_input(key="fl_group").set_value("Grupp A")
    at.text_input(key="fl_name").set_value("Behov först")
    at.button(key="fl_save").click().run()
    assert any("Behov först" in s.value for s in at.success)
    at.switch_page("app_pages/workshop.py").run()
    assert_no_errors(at)
    assert "### Behov först" in [m.value for m in at.markdown]
    at.text_input(key="ws_secret").set_value(secret).run()
    at.button(key="ws_lock").click().run()
    at.switch_page("app_pages/forstelarare.py").run()
    at.button(key="fl_save").click().run()
    assert any("låst" in e.value for e in at.error)
