"""AppTest: Skolblad and nämndrapport — on the demo in both languages and reached with a school in the URL, and on
the hand-made schools of tests/unit/skolblad_fixture.py, whose figures are worked out there: what the screen
shows, figure by figure."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from lib.dataset import Dataset
from lib.text import visible
from tests.app.conftest import assert_no_errors, open_page
from tests.unit.skolblad_fixture import (
    EKBY,
    GLANTAN,
    IRIS,
    LARANDE,
    LILLEBY,
    LILLEBY_NAMES,
    NAMES,
    A,
    B,
    C,
    D,
    E,
    F,
    ekby,
    lilleby,
)


def open_with(data: Dataset, lang: str | None = None, query: dict[str, str] | None = None) -> AppTest:
    """The app with `data` as the visitor's active dataset, switched to the Skolblad page."""
    at = open_page("app_pages/skolblad.py", lang, query, data=data)
    assert_no_errors(at)
    return at


def download_labels(at: AppTest) -> list[str]:
    return [button.proto.label for button in at.get("download_button")]


def rows(table) -> list[list[str]]:
    """A table's cells as shown (st.table reads Markdown: the sheet's cells go to it inert)."""
    return [[visible(c) for c in row] for row in table.value.astype(str).values.tolist()]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_sheet_on_screen_with_downloads(lang):
    at = open_page("app_pages/skolblad.py", lang=lang)
    assert_no_errors(at)
    assert visible(at.header[0].value).startswith("Skolblad: " if lang == "sv" else "School sheet: ")
    subheaders = [visible(s.value) for s in at.subheader]
    assert ("Frågor för dialogen" if lang == "sv" else "Questions for the dialogue") in subheaders
    assert [visible(h.value) for h in at.header][-2:] == (["Nämndrapport", "Länk till den här vyn"] if lang == "sv"
                                                          else ["Board report", "Link to this view"])
    assert download_labels(at) == (
        ["Ladda ner skolbladet (PDF)", "Ladda ner skolbladet (HTML)", "Ladda ner nämndrapporten (PDF)",
         "Ladda ner nämndrapporten (HTML)"] if lang == "sv" else
        ["Download the school sheet (PDF)", "Download the school sheet (HTML)", "Download the board report (PDF)",
         "Download the board report (HTML)"])
    assert any(visible(c.value).startswith("Källa: fiktiva demodata" if lang == "sv" else "Source: fictional demo data")
               for c in at.caption)
    assert len(at.get("vega_lite_chart")) == 1  # the trend


def test_the_screen_shows_the_hand_computed_sheet():
    at = open_with(ekby("upload"))
    picker = at.selectbox(key="skola")
    # by name: Alfaskolan, Almgården, Betaskolan, …; the first is chosen
    assert picker.options == [f"{NAMES[i]} ({i})" for i in (A, F, B, C, D, E)]
    assert visible(at.header[0].value) == "Skolblad: Alfaskolan (fiktiv)"
    captions = [visible(c.value) for c in at.caption]
    assert "Västerås · Ekby kommun · läsåret 2024/25 · skolenhetskod 10000001" in captions
    assert "Källa: uppladdade filer (ekby.csv)" in captions
    key_figures = at.table[0]
    assert list(key_figures.value.columns) == ["Indikator", "Skolan", "Huvudmannens skolor i genomsnitt"]
    # Alfaskolan beside Ekby kommun's schools (ratios of sums worked out in skolblad_fixture)
    assert [row[1:] for row in rows(key_figures)] == [["56,0", "73,4"], ["10,0", "12,8"], ["1,00", "0,98"],
                                                      ["20,0", "14,1"]]
    markdown = [visible(m.value) for m in at.markdown]
    assert any(m.startswith("Behovsindex 120 ") and "behovskvartil 4 av 4" in m for m in markdown)
    assert "- Personalomsättningen är minst 5 procentenheter högre än i huvudmannens skolor i genomsnitt." \
        in markdown
    assert rows(at.table[1]) == [["2023/24", "60,0", "75,0"], ["2024/25", "56,0", "73,4"]]  # the trend
    assert at.selectbox(key="report_org").options == [EKBY, LARANDE]
    assert at.selectbox(key="report_org").value == EKBY  # the school's own organiser


def test_a_small_school_shows_too_few_and_another_school_its_own_organiser():
    at = open_with(ekby("upload"), lang="en", query={"skola": f"{NAMES[D]} ({D})"})
    assert visible(at.header[0].value) == "School sheet: Dalskolan (fiktiv)"
    assert [row[1] for row in rows(at.table[0])] == ["too few"] * 4  # 9 pupils, 2 FTE
    assert any(visible(m.value).startswith("Need index and need quartile: too few.") for m in at.markdown)
    at = open_with(ekby("upload"), query={"skola": f"{NAMES[F]} ({F})"})
    assert visible(at.header[0].value) == "Skolblad: Almgården (fiktiv)"
    assert at.selectbox(key="report_org").value == LARANDE


def test_a_school_under_the_rule_in_three_years_shows_none_of_its_values_on_screen():
    at = open_with(lilleby(), query={"skola": f"{LILLEBY_NAMES[GLANTAN]} ({GLANTAN})"})
    assert visible(at.header[0].value) == "Skolblad: Gläntan (fiktiv)"  # named: people see that it exists
    # Lilleby 2024: 6000 / 80 = 75.0; 808 / 80 = 10.1; 100 · 6 / 808 = 0.74 (the fixture)
    assert [row[1:] for row in rows(at.table[0])] == [["för få", "75,0"], ["för få", "10,1"], ["för få", "0,74"]]
    assert rows(at.table[1]) == [["2022/23", "för få", "74,3"], ["2023/24", "för få", "75,3"],
                                 ["2024/25", "för få", "75,0"]]
    markdown = " ".join(visible(m.value) for m in at.markdown)
    assert "Behovsindex och behovskvartil: för få." in markdown and "150" not in markdown
    assert "Skolans antal förstelärare och antal per 100 elever: för få." in markdown
    shown = " ".join([markdown, *(visible(c.value) for c in at.caption)]
                     + [" ".join(r) for t in at.table for r in rows(t)])
    assert [v for v in ("41,0", "43,0", "40,0", "12,50", "14,29") if v in shown] == []
    assert at.selectbox(key="report_org").value == LILLEBY


def test_only_the_years_under_the_rule_read_too_few():
    at = open_with(lilleby(), lang="en", query={"skola": f"{LILLEBY_NAMES[IRIS]} ({IRIS})"})
    # Irisskolan: 2.5 FTE in 2023 only
    assert rows(at.table[1]) == [["2022/23", "70.0", "74.3"], ["2023/24", "too few", "75.3"],
                                 ["2024/25", "80.0", "75.0"]]
    assert any(visible(c.value).endswith("The school's value is not shown for 2023/24 (too few pupils or teachers).")
               for c in at.caption)


def test_the_board_report_takes_a_target_for_the_high_need_schools():
    at = open_with(ekby("upload"))
    target = at.number_input(key="report_target")
    assert target.label == "Mål för andel behöriga lärare i skolorna med störst behov (%)"
    assert target.value is None  # empty: the organiser's average
    target.set_value(60.0).run()
    assert_no_errors(at)
    assert at.number_input(key="report_target").value == 60.0
    assert download_labels(at)[2:] == ["Ladda ner nämndrapporten (PDF)", "Ladda ner nämndrapporten (HTML)"]


def test_a_year_without_the_chosen_school_shows_the_first_school_of_that_year():
    at = open_with(ekby("upload"), query={"skola": f"{NAMES[D]} ({D})"})
    at.selectbox(key="year").set_value(2023).run()  # Dalskolan has no 2023 row
    assert_no_errors(at)
    assert visible(at.header[0].value) == "Skolblad: Alfaskolan (fiktiv)"
    assert rows(at.table[0])[0][1:] == ["60,0", "75,0"]  # 2023: 60 beside Ekby's 2250 / 30


def test_municipality_level_data_gets_a_note_instead_of_a_sheet():
    data = ekby("upload")
    municipal = Dataset(data.frame.drop(columns=["school_id", "school_name"]).drop_duplicates(
        ["municipality_code", "school_year"]), "municipality", data.source)
    at = open_with(municipal)
    # One sentence saying the screen needs school data, with the demo and an upload offered (issue 17).
    assert [i.value for i in at.info] == ["Den här vyn behöver data per skola, och de aktiva data är per kommun. "
                                          "Välj demodata eller ladda upp era egna skolors data."]
    assert [b.label for b in at.button] == ["Visa demodata"]
    assert not at.header and not download_labels(at)


def test_school_from_the_url_and_from_the_map():
    at = open_page("app_pages/skolblad.py", query={"skola": "Kvarndungens skola (fiktiv) (99100000)"})
    assert_no_errors(at)
    assert visible(at.header[0].value) == "Skolblad: Kvarndungens skola (fiktiv)"
    assert at.selectbox(key="skola").value == "99100000"
    at = open_page("app_pages/karta.py")
    school = next(o for o in at.selectbox(key="skola").options if "ingen" not in o)
    at.selectbox(key="skola").select(school).run()
    assert_no_errors(at)
    assert any(link.label == "Öppna skolbladet" for link in at.get("page_link"))
