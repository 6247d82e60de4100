"""AppTest on the bundled real data `sverige`: every screen renders on `?data=sverige` in both languages; Start
shows the need-quartile gap with Skolverket's source and no fiction banner; the active data is chosen on Start and
Data (and by `?data=`); the app opens on `config.default_data()`; school-level screens say they need school data."""

from __future__ import annotations

import pytest

from lib.ui import pages
from tests.app.conftest import assert_no_errors, open_page

SOURCE_SV = "Källa: Skolverket, officiell statistik (Sök statistik), uttag 2025-02-12"
SOURCE_EN = "Source: Skolverket, official statistics (Sök statistik), extract 2025-02-12"
NEEDS_SCHOOLS = {"sv": "Den här vyn behöver data per skola", "en": "This view needs data per school"}


def texts(at) -> str:
    """Everything the page wrote as text (Markdown, captions, alerts), with Markdown's escapes removed."""
    parts = [e.value for kind in ("markdown", "caption", "info", "warning") for e in getattr(at, kind)]
    return "\n".join(parts).replace("\\", "")


def banner_shown(at) -> bool:
    return any("Fiktiva demodata" in i.value or "Fictional demo data" in i.value for i in at.info)


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("path", [p[1] for p in pages.available()])
def test_every_screen_renders_on_sweden(path, lang):
    at = open_page(path, lang, {"data": "sverige"})
    assert_no_errors(at)
    assert not banner_shown(at)  # real data: no fiction banner


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_start_shows_the_real_gap_with_its_source(lang):
    at = open_page(lang=lang, query={"data": "sverige"})
    assert_no_errors(at)
    text = texts(at)
    assert (SOURCE_SV if lang == "sv" else SOURCE_EN) in text
    if lang == "sv":
        assert "Skolverkets officiella statistik: 290 kommuner, 5 läsår (2020/21–2024/25)." in text
        assert ("Kommunerna med störst behov (kvartil 4) har 9,5 procentenheter lägre andel lärare med legitimation "
                "och behörighet än kommunerna med minst behov (kvartil 1): 67,3 mot 76,8, läsåret 2024/25.") in text
        assert "bygger bara på elevernas bakgrund" in text and "kalenderår, inte ett läsår" in text
    else:
        assert "67.3 against 76.8, school year 2024/25" in text
    assert at.radio(key="data_choice_start").value == "sverige"
    assert not banner_shown(at)


def test_start_switches_between_sweden_and_the_demo():
    at = open_page(query={"data": "sverige"})
    at.radio(key="data_choice_start").set_value("demo").run()
    assert_no_errors(at)
    assert banner_shown(at)
    assert "Demodata: 240 skolenheter i 7 kommuner" in texts(at)
    at.radio(key="data_choice_start").set_value("sverige").run()
    assert not banner_shown(at)
    assert "290 kommuner" in texts(at)


def test_data_screen_offers_the_choice_and_follows_it():
    at = open_page("app_pages/data.py", query={"data": "demo"})
    assert_no_errors(at)
    choice = at.radio(key="data_choice_data")
    assert choice.value == "demo"
    assert choice.options == ["Sverige, alla kommuner (Skolverket)", "Demodata (fiktiva skolor)"]
    choice.set_value("sverige").run()
    assert SOURCE_SV in texts(at)
    at.switch_page("app_pages/start.py").run()
    assert at.radio(key="data_choice_start").value == "sverige"  # the choice holds on every screen


def test_the_app_opens_on_the_configured_default(monkeypatch):
    monkeypatch.delenv("LARARRESURSER_DEFAULT_DATA")  # unset: the real data
    at = open_page()
    assert SOURCE_SV in texts(at) and not banner_shown(at)
    monkeypatch.setenv("LARARRESURSER_DEFAULT_DATA", "demo")
    at = open_page()
    assert banner_shown(at)


def test_a_link_chooses_the_data_and_unknown_values_are_ignored():
    assert banner_shown(open_page(query={"data": "demo"}))
    at = open_page(query={"data": "<script>"})  # unknown: the default (the suite's: demo), never an error
    assert_no_errors(at)
    assert banner_shown(at)


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("path", ["app_pages/klasser.py", "app_pages/skolblad.py", "app_pages/forstelarare.py",
                                  "app_pages/insatser.py"])
def test_school_level_screens_say_they_need_school_data(path, lang):
    at = open_page(path, lang, {"data": "sverige"})
    assert_no_errors(at)
    assert NEEDS_SCHOOLS[lang] in texts(at)
    demo_button = next(b for b in at.button if b.label in ("Visa demodata", "Show the demo data"))
    demo_button.click().run()
    assert_no_errors(at)
    assert NEEDS_SCHOOLS[lang] not in texts(at)
    assert banner_shown(at)


def test_profiles_count_municipalities_not_schools():
    at = open_page("app_pages/profiler.py", "sv", {"data": "sverige"})
    assert_no_errors(at)
    sizes = [m.value for m in at.markdown if "av enheterna), behovsindex i genomsnitt" in m.value]
    assert sizes and all(" kommuner (" in s for s in sizes), sizes  # "89 kommuner (31 % av enheterna), …"
    assert "skolor (" not in texts(at)


def test_an_upload_stays_active_under_a_data_link_and_can_be_chosen_again():
    from tests.fixtures.make_exports import skolverket_personal_municipal_csv

    at = open_page("app_pages/data.py", query={"data": "demo"})
    content = skolverket_personal_municipal_csv(year=2024)
    at.file_uploader(key="upload").set_value(("personal-kommun-2024.csv", content, "text/csv")).run()
    assert_no_errors(at)
    choice = at.radio(key="data_choice_data")
    assert choice.value == "own"  # the link's ?data=demo was applied once and does not undo the upload
    assert choice.options[-1] == "Dina egna data (uppladdade eller hämtade)"
    assert "Källa: uppladdade filer" in texts(at)
    choice.set_value("sverige").run()
    assert SOURCE_SV in texts(at)
    at.radio(key="data_choice_data").set_value("own").run()
    assert "Källa: uppladdade filer" in texts(at) and SOURCE_SV not in texts(at)


def test_default_data_falls_back_to_sweden(monkeypatch):
    from lib import config

    monkeypatch.delenv("LARARRESURSER_DEFAULT_DATA")
    assert config.default_data() == "sverige"
    monkeypatch.setenv("LARARRESURSER_DEFAULT_DATA", "okänd")
    assert config.default_data() == "sverige"
    monkeypatch.setenv("LARARRESURSER_DEFAULT_DATA", " Demo ")
    assert config.default_data() == "demo"


def test_start_chooses_the_organiser_type_of_the_real_data():
    at = open_page(query={"data": "sverige"})
    orgtype = at.radio(key="data_choice_start_orgtype")
    assert orgtype.value == "samtliga"
    assert "oavsett huvudman (Samtliga)" in texts(at)
    orgtype.set_value("enskild").run()
    assert_no_errors(at)
    text = texts(at)
    assert "fristående skolor i kommunen (Enskild huvudman)" in text
    # elever-per-arskurs-*.csv: "Enskild" rows for 188 distinct municipality codes over the five years (awk).
    assert "Skolverkets officiella statistik: 188 kommuner" in text
    at.switch_page("app_pages/data.py").run()
    assert at.radio(key="data_choice_data_orgtype").value == "enskild"  # the choice holds on every screen
    at.radio(key="data_choice_data").set_value("demo").run()
    assert not [r for r in at.radio if r.key == "data_choice_data_orgtype"]  # the demo has no organiser choice
