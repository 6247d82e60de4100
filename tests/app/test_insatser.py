"""AppTest: Insatser — follow-up of the demo's interventions, and the register refusing changes without a key."""

from __future__ import annotations

import pytest

from tests.app.conftest import assert_no_errors, open_page


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_follow_up_of_demo_interventions(lang):
    at = open_page("app_pages/insatser.py", lang=lang)
    assert_no_errors(at)
    assert len(at.metric) == 3
    assert any(("inte en effektskattning" if lang == "sv" else "not an effect estimate") in w.value for w in at.warning)


def test_adding_needs_an_editor_key(monkeypatch):
    monkeypatch.setenv("LARARRESURSER_EDITOR_KEYS", "Anna:anna-key-12345")
    at = open_page("app_pages/insatser.py")
    at.text_input(key="iv_f_id").set_value("INS-900")
    at.text_input(key="iv_f_school").set_value("99100000")
    next(b for b in at.button if b.label == "Spara").click().run()
    assert any("redaktörsnyckel" in e.value for e in at.error)
    at.text_input(key="iv_key").set_value("anna-key-12345").run()
    at.text_input(key="iv_f_id").set_value("INS-900")
    at.text_input(key="iv_f_school").set_value("99100000")
    next(b for b in at.button if b.label == "Spara").click().run()
    assert_no_errors(at)
    assert any("Klart" in s.value for s in at.success)
    log = at.dataframe[-1].value
    assert "Anna" in log.to_string()
