"""AppTest: Karta and Likvärdighet on the demo (both languages, every map mode, URL state) and on
municipality-level data from an upload."""

from __future__ import annotations

import pytest

from tests.app.conftest import assert_no_errors, open_page
from tests.fixtures.make_exports import skolverket_personal_municipal_csv, skolverket_pupils_municipal_csv


def text_of(at) -> str:
    return "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption]
                     + [s.value for s in at.subheader])


def upload_municipal(at) -> None:
    at.switch_page("app_pages/data.py").run()
    at.file_uploader(key="upload").set_value([
        ("personal.csv", skolverket_personal_municipal_csv(2024), "text/csv"),
        ("elever.csv", skolverket_pupils_municipal_csv(2024), "text/csv")])
    at.run()
    assert_no_errors(at)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_equity_page_states_findings_and_draws_its_charts(lang):
    at = open_page("app_pages/likvardighet.py", lang=lang)
    assert_no_errors(at)
    text = text_of(at)
    assert ("kvartil 4" if lang == "sv" else "quartile 4") in text
    assert ("Koncentrationsindex" if lang == "sv" else "concentration index") in text
    assert ("Källa: fiktiva demodata" if lang == "sv" else "Source: fictional demo data") in text
    assert len(at.metric) == 3
    assert len(at.dataframe) >= 4  # quartiles, deviation, trend, organisers


def test_equity_view_is_read_from_the_url():
    at = open_page("app_pages/likvardighet.py",
                   query={"indicator": "Förstelärare per 100 elever", "year": "2022/23"})
    assert_no_errors(at)
    assert at.selectbox(key="indicator").value == "first_teachers_per_100_pupils"
    assert at.selectbox(key="year").value == 2022
    assert "läsåret 2022/23" in text_of(at)


@pytest.mark.parametrize("mode", ["indicator", "deviation", "bivariate"])
def test_map_modes(mode):
    at = open_page("app_pages/karta.py")
    at.radio(key="mode").set_value(mode).run()
    assert_no_errors(at)
    if mode == "bivariate":
        assert any("högt behov möter svagast" in s.value for s in at.subheader)


def test_map_filter_and_school_choice_show_the_schools_figures():
    at = open_page("app_pages/karta.py", lang="en")
    at.multiselect(key="kommun").set_value(["1980"]).run()
    assert_no_errors(at)
    options = at.selectbox(key="skola").options
    assert len(options) > 10  # the Västerås schools, plus "none chosen"
    school = next(o for o in at.selectbox(key="skola").options if "none" not in o)
    at.selectbox(key="skola").select(school).run()
    assert_no_errors(at)
    assert {m.label for m in at.metric} >= {"Need index", "Pupils"}


def test_municipality_level_upload_gives_a_choropleth_and_equity_by_municipality():
    at = open_page()
    upload_municipal(at)
    at.switch_page("app_pages/karta.py").run()
    assert_no_errors(at)
    assert any("Grå kommuner" in m.value for m in at.markdown)
    at.switch_page("app_pages/likvardighet.py").run()
    assert_no_errors(at)
    assert "Kommunerna med störst behov (kvartil 4)" in text_of(at)
