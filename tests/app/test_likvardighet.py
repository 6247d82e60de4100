"""AppTest: Likvärdighet on the demo (both languages, URL state) and on eight hand-made schools whose figures are
worked out in tests/unit/test_screen_likvardighet.py: what the screen shows, figure by figure."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from lib.i18n import NBSP
from lib.text import visible
from tests.app.conftest import assert_no_errors, open_page
from tests.unit.test_screen_likvardighet import schools

MINUS = "\u2212"


def text_of(at) -> str:
    return "\n".join(visible(t) for t in [m.value for m in at.markdown] + [c.value for c in at.caption]
                      + [s.value for s in at.subheader] + [h.value for h in at.header])


def open_with(data, page: str = "app_pages/likvardighet.py", lang: str | None = None) -> AppTest:
    """The app with `data` as the visitor's active dataset, switched to `page`."""
    at = open_page(page, lang, data=data)
    assert_no_errors(at)
    return at


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_equity_page_states_findings_and_draws_its_charts(lang):
    at = open_page("app_pages/likvardighet.py", lang=lang)
    assert_no_errors(at)
    text = text_of(at)
    assert ("kvartil 4" if lang == "sv" else "quartile 4") in text
    assert ("Koncentrationsindex" if lang == "sv" else "concentration index") in text
    assert ("Källa: fiktiva demodata" if lang == "sv" else "Source: fictional demo data") in text
    assert [m.label for m in at.metric] == (
        ["Skillnad kvartil 4 − kvartil 1", "Kvot kvartil 4 / kvartil 1", "Koncentrationsindex"] if lang == "sv"
        else ["Gap quartile 4 − quartile 1", "Ratio quartile 4 / quartile 1", "Concentration index"])
    assert all(m.value not in ("", "–") for m in at.metric)
    assert len(at.get("vega_lite_chart")) == 3  # scatter, quartiles, trend
    assert len(at.dataframe) == 5  # the scatter's table, quartiles, deviation, trend, organisers


def test_equity_view_is_read_from_the_url():
    at = open_page("app_pages/likvardighet.py",
                   query={"indicator": "Förstelärare per 100 elever", "year": "2022/23"})
    assert_no_errors(at)
    assert at.selectbox(key="indicator").value == "first_teachers_per_100_pupils"
    assert at.selectbox(key="year").value == 2022
    assert "läsåret 2022/23" in text_of(at)


def test_the_screen_shows_the_hand_computed_figures():
    at = open_with(schools(kind="upload"))
    # Gap 57.5 − 87.5, ratio 57.5/87.5, CI −0.0905 (worked out in the unit test).
    assert [(m.label, m.value) for m in at.metric] == [
        ("Skillnad kvartil 4 − kvartil 1", f"{MINUS}30,0"), ("Kvot kvartil 4 / kvartil 1", "0,66"),
        ("Koncentrationsindex", f"{MINUS}0,091")]
    findings = [m.value for m in at.markdown if m.value.startswith("- ")]
    assert findings[0].startswith("- Skolorna med störst behov (kvartil 4) har 30,0 procentenheter lägre")
    assert findings[2].startswith(f"- 2 av 2 skolor i kvartil 4 (100{NBSP}%) har lägre")
    captions = [visible(c.value) for c in at.caption]  # plain texts go to Markdown inert
    assert any(c.endswith(f"ändras med {MINUS}5,00 per 10 indexenheter.") for c in captions)
    assert "Stapeldiagram: Andel lärare med legitimation och behörighet (%) i kvartil 1 till 4: 87,5, 77,5, 67,5, " \
           "57,5." in captions
    assert "1 enhet saknar behovsindex eller värde och är inte med." in captions
    assert any(c.endswith(f"Skillnaden var 0,0 första läsåret och {MINUS}30,0 senaste.") for c in captions)
    assert any(c.startswith("Brott i statistiken: från 2024/25") for c in captions)
    assert "Källa: uppladdade filer (skolor.csv)" in captions
    quartiles = at.dataframe[1].value
    assert quartiles.iloc[:, -1].tolist() == [87.5, 77.5, 67.5, 57.5]
    deviation = at.dataframe[2].value
    assert deviation["Enhet"].tolist()[:2] == ["Skola 8", "Skola 7"] and deviation["Avvikelse"].tolist()[:2] == [
        -7.5, -2.5]


def test_a_year_and_an_indicator_change_the_figures():
    at = open_with(schools(kind="upload"), lang="en")
    at.selectbox(key="year").set_value(2023).run()
    assert_no_errors(at)
    # 2023: every school 80 → no gap, ratio 1.
    assert [m.value for m in at.metric][:2] == ["0.0", "1.00"]
    assert "school year 2023/24" in text_of(at)


def test_without_a_need_index_the_screen_says_so():
    data = schools(kind="upload")
    from lib.dataset import Dataset

    at = open_with(Dataset(data.frame.drop(columns="need_index"), "school", data.source))
    assert [w.value for w in at.warning] == ["Det finns inte tillräckligt med data för att jämföra (behovsindex och "
                                             "minst en indikator för lärarresurser eller resultat behövs)."]
    assert not at.metric


def test_an_uploaded_small_school_shows_too_few_in_every_table():
    from tests.app.test_karta import upload_small_school
    from tests.fixtures import small_school

    at = open_page()
    upload_small_school(at)
    at.switch_page("app_pages/likvardighet.py").run()
    assert_no_errors(at)
    tables = [d.value for d in at.dataframe]
    every_cell = "\n".join(table.to_csv() for table in tables)
    assert "för få" in every_cell and "Lillbyns skola" in every_cell
    assert not [v for v in small_school.small_values(2024) if v in every_cell + text_of(at)]
    assert "1 enhet med färre än 10 elever eller 3 lärare" in "\n".join(c.value for c in at.caption)
