"""AppTest: Resursfördelning and Självskattning on the demo and on an upload, in both languages — the figures
the screens show, the sentence that says what Resursfördelning needs, the small-number rule in the unit table,
and a self-assessment changed, saved as a file, opened again and included in the board report."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from lib.dataset import Dataset
from lib.i18n import fmt_int, fmt_pct
from lib.measures import assessment, funding
from lib.text import visible
from tests.app.conftest import assert_no_errors, open_page
from tests.fixtures import funding_school, small_school

FUNDING = "app_pages/resursfordelning.py"
ASSESS = "app_pages/sjalvskattning.py"


def open_with(data: Dataset, page: str, lang: str | None = None) -> AppTest:
    at = open_page(page, lang, data=data)
    assert_no_errors(at)
    return at


def texts(at: AppTest) -> list[str]:
    return [visible(m.value) for m in at.markdown]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_funding_on_the_demo_shows_the_share_in_q4_and_three_charts(lang):
    at = open_page(FUNDING, lang=lang)
    assert_no_errors(at)
    assert visible(at.title[0].value) == ("Resursfördelning" if lang == "sv" else "Resource allocation")
    data = at.session_state["_active_dataset"]
    table = funding.quartile_table(data.frame, 2024, "school_id")
    share = fmt_pct(table.ses_share_q4, lang, 0)
    assert any(share in x for x in texts(at)), texts(at)
    assert len(at.get("vega_lite_chart")) == 3  # money, staff, trend
    assert any(("inte vad pengarna har orsakat" if lang == "sv" else "not what the money caused") in x
               for x in texts(at))


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_funding_without_allocation_says_what_it_needs_and_offers_the_demo(lang):
    at = open_with(small_school.small_school_dataset(), FUNDING, lang)
    info = [visible(i.value) for i in at.info]
    needs = [x for x in info if ("Tilldelning (kr/år)" if lang == "sv" else "Allocation (SEK per year)") in x]
    assert len(needs) == 1 and needs[0].count(".") <= 1  # one sentence
    assert not at.get("vega_lite_chart")
    links = at.get("page_link")  # the other way on: the Data screen's upload
    assert [link.proto.page for link in links if link.proto.label in ("Ladda upp egna data", "Upload your own data")] \
        == ["data"], [link.proto for link in links]
    at.button(key="rf_demo").click().run()
    assert_no_errors(at)
    assert at.session_state["_active_dataset"].is_demo
    assert len(at.get("vega_lite_chart")) == 3


def test_funding_on_an_upload_hides_the_small_school_in_the_unit_table():
    at = open_with(funding_school.funding_dataset(), FUNDING)
    # Q4 of 2024: schools i = 9 and 10 and the small school (see tests/unit/test_cli_funding_assess.py).
    q4_money = 460 * 8_700 + 7 * 8_745 + 490 * 9_100
    assert any(fmt_int(q4_money / 957, "sv") in x for x in texts(at))
    units = [t for t in at.dataframe if "Enhet" in t.value.columns]
    assert len(units) == 1
    frame = units[0].value.set_index("Enhet")
    assert (frame.loc[small_school.SMALL_NAME].drop(["Antal elever", "Lärare (heltidstjänster)"]) == "för få").all()
    # Skola K (i = 10): 50 · 142 + 2 000 = 9 100 kr per pupil.
    # (a column that mixes figures and "för få" is shown as Swedish text)
    assert frame.loc["Skola K i Uppsala", "Socioekonomisk tilldelning per elev (kr)"] == "9\u00a0100"


def test_funding_opens_on_the_latest_year_with_an_allocation():
    """An upload whose allocation stops a year before its other figures opens on the allocation's last year, not on
    a year of "–" only."""
    from dataclasses import replace

    data = funding_school.funding_dataset()
    frame = data.frame.copy()
    frame.loc[frame["school_year"] == 2024, ["allocation_sek", "ses_allocation_sek", "assistant_fte"]] = None
    at = open_with(replace(data, frame=frame), FUNDING)
    assert at.selectbox(key="year").value == 2023
    assert len(at.get("vega_lite_chart")) == 3


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_assessment_on_the_demo_suggests_and_shows_the_reviews_counts(lang):
    at = open_page(ASSESS, lang=lang)
    assert_no_errors(at)
    assert len([r for r in at.radio if r.key.startswith("sa_answer_")]) == len(assessment.CRITERIA)
    assert at.radio(key="sa_answer_levels").value == "yes"
    assert at.radio(key="sa_answer_dialogue").value == "unknown"
    captions = [visible(c.value) for c in at.caption]
    assert any(("5 av 27 granskade huvudmän" if lang == "sv" else "5 of 27 reviewed organisers") in c for c in captions)
    assert any(("inte ett riksurval" if lang == "sv" else "not a national sample") in c for c in captions)
    assert [b.proto.label for b in at.get("download_button")] == [
        "Ladda ner självskattningen (JSON)" if lang == "sv" else "Download the self-assessment (JSON)"]


def test_assessment_on_an_upload_without_register_or_allocation():
    at = open_with(small_school.small_school_dataset(), ASSESS, "en")
    assert at.radio(key="sa_answer_levels").value == "yes"
    assert at.radio(key="sa_answer_breadth").value == "partly"
    assert at.radio(key="sa_answer_targeting").value == "unknown"
    assert at.radio(key="sa_answer_followup_allocation").value == "no"
    assert any("not shown by the data" in x for x in texts(at))


def test_a_changed_answer_is_kept_opened_again_and_included_in_the_board_report():
    from lib.screens import skolblad

    data = small_school.small_school_dataset()
    at = open_with(data, ASSESS)
    at.radio(key="sa_answer_dialogue").set_value("partly").run()
    at.text_area(key="sa_note_dialogue").input("Tas upp i kvalitetsdialogen").run()
    assert_no_errors(at)
    made = at.session_state["_derived_assessment"]
    assert made.answer("dialogue") == assessment.Answer("dialogue", "partly", "Tas upp i kvalitetsdialogen")
    # Suggested: levels and preconditions yes, breadth partly (3 of 6 measures), the allocation model no; the
    # changed dialogue answer makes a second "Delvis".
    assert any(x.startswith("Ja: 2 · Delvis: 2 · Nej: 1 ·") for x in texts(at)), texts(at)
    # The board report includes it once the visitor says so.
    at.toggle(key="sa_include").set_value(True).run()
    at.switch_page("app_pages/skolblad.py").run()
    assert_no_errors(at)
    assert any("tar nu med självskattningen" in visible(c.value) for c in at.caption)
    html = skolblad.report_html(data, 2024, "sv", "Källa", "Uppsala kommun", None, None,
                                at.session_state["_derived_assessment"]).decode("utf-8")
    assert "Självskattning mot Skolinspektionens kriterier" in html and "Tas upp i kvalitetsdialogen" in html
    # Other data (the demo, chosen from Resursfördelning): the board report no longer carries an assessment made of
    # the data before.
    at.switch_page(FUNDING).run()
    at.button(key="rf_demo").click().run()
    at.switch_page("app_pages/skolblad.py").run()
    assert_no_errors(at)
    assert at.session_state["_active_dataset"].is_demo
    assert not any("tar nu med självskattningen" in visible(c.value) for c in at.caption)
    # A fresh visit starts from the suggestions; the state behind "open a file" puts the answers back.
    again = open_with(data, ASSESS)
    assert again.radio(key="sa_answer_dialogue").value == "unknown"
    again.session_state["_v_assessment_pending"] = made
    again.run()
    assert again.radio(key="sa_answer_dialogue").value == "partly"
    assert again.text_area(key="sa_note_dialogue").value == "Tas upp i kvalitetsdialogen"


def test_an_opened_assessment_brings_its_organiser_with_its_answers():
    """A file (or a workshop's latest) made for one organiser opens under that organiser, not under the one the
    picker showed: otherwise its answers would be shown, saved and reported for the wrong scope."""
    from lib.measures.assessment import Answer, Assessment

    at = open_page(ASSESS)
    assert at.selectbox(key="sa_scope").value == ""  # every unit in the data
    at.session_state["_v_assessment_pending"] = Assessment("Botkyrka kommun", 2024,
                                                           (Answer("dialogue", "yes", "I varje rektorsdialog"),))
    at.run()
    assert_no_errors(at)
    assert at.selectbox(key="sa_scope").value == "Botkyrka kommun"
    assert at.radio(key="sa_answer_dialogue").value == "yes"
    assert at.text_area(key="sa_note_dialogue").value == "I varje rektorsdialog"
    assert at.query_params["organizer"] in (["Botkyrka kommun"], "Botkyrka kommun")  # the link says so too


def test_saved_under_a_workshop_code_and_fetched_back_in_another_visit():
    from lib.config import settings
    from lib.store import assessments, workshops

    store = workshops.Store(settings().database_url)
    ws, _secret = store.create_workshop()
    code = workshops.format_code(ws.code)
    at = open_page(ASSESS)
    at.radio(key="sa_answer_ownership").set_value("yes").run()
    at.text_input(key="sa_code").set_value(code.lower()).run()
    at.button(key="sa_save").click().run()
    assert_no_errors(at)
    assert any(code in visible(s.value) for s in at.success)
    assert assessments.latest(store, ws.code).answer("ownership").answer == "yes"
    other = open_page(ASSESS)
    assert other.radio(key="sa_answer_ownership").value == "unknown"
    other.text_input(key="sa_code").set_value(code).run()
    other.button(key="sa_load").click().run()
    assert_no_errors(other)
    assert other.radio(key="sa_answer_ownership").value == "yes"
    assert any("öppnad" in visible(s.value) for s in other.success)
    other.text_input(key="sa_code").set_value("ABCD-EFGH-JKLM").run()
    other.button(key="sa_save").click().run()
    assert other.error  # no such workshop: said, not saved
