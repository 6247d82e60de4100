"""AppTest: links that reopen a view. The URL holds keys (not labels), a link in either language opens the same
choices, old links (`skola`, `kommun`, `huvudman`, "2024/25") still open, bad values are ignored with a note, and
each screen with choices ends with the link that reopens it, every choice written out."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from lib.i18n import column_label
from lib.store import scenarios
from lib.text import visible
from tests.app.conftest import assert_no_errors, open_page
from tests.unit.test_screen_likvardighet import schools

GOTEBORG, ASPHOJDEN, GRANKULLEN = "1480", "99103108", "99101147"  # Asphöjdens and Grankullens skola, Göteborg


def url(at: AppTest) -> dict[str, str]:
    """The app's query parameters as the browser's address bar would hold them (one value each)."""
    return {k: v[-1] if isinstance(v, list) else v for k, v in at.query_params.items()}


def copy_link(at: AppTest) -> str:
    """The screen's "link to this view" (the last code block; without a browser it starts at the page's path)."""
    return at.code[-1].value


def captions(at: AppTest) -> str:
    return "\n".join(visible(c.value) for c in at.caption)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_link_with_keys_opens_likvardighet_in_either_language(lang):
    at = open_page("app_pages/likvardighet.py", lang=lang, query={"indicator": "pupils_per_teacher", "year": "2023"})
    assert_no_errors(at)
    picker = at.selectbox(key="indicator")
    assert picker.value == "pupils_per_teacher"
    assert column_label("pupils_per_teacher", lang) in picker.options  # labelled in the screen's language
    assert at.selectbox(key="year").value == 2023
    assert url(at)["indicator"] == "pupils_per_teacher" and url(at)["year"] == "2023"
    assert copy_link(at) == f"/likvardighet?data=demo&indicator=pupils_per_teacher&year=2023&lang={lang}"


def test_a_screen_that_ends_early_still_ends_with_its_link():
    """Karta on the real data draws the choropleth and ends there (widgets.halt): its link still follows, and a key
    of another screen (`school`) is taken out of the URL. (After st.stop() nothing more could be drawn.)"""
    at = open_page("app_pages/karta.py", query={"data": "sverige", "indicator": "qualified_share",
                                                "school": ASPHOJDEN}, timeout=120)
    assert_no_errors(at)
    assert copy_link(at) == "/karta?data=sverige&mode=indicator&indicator=qualified_share&year=2024&lang=sv"
    assert "school" not in url(at)


def test_switching_language_keeps_the_choice_and_rebuilds_its_label():
    at = open_page("app_pages/likvardighet.py", query={"indicator": "pupils_per_teacher", "year": "2022"})
    assert at.selectbox(key="indicator").options[at.selectbox(key="indicator").index] == \
        "Elever per lärare (heltidstjänst)"
    at.radio(key="lang_picker").set_value("en").run()
    assert_no_errors(at)
    picker = at.selectbox(key="indicator")
    assert picker.value == "pupils_per_teacher" and at.selectbox(key="year").value == 2022
    assert picker.options[picker.index] == column_label("pupils_per_teacher", "en")
    assert url(at)["indicator"] == "pupils_per_teacher" and url(at)["lang"] == "en"  # a key, never a label


def test_a_changed_choice_goes_into_the_url_and_the_copy_link():
    at = open_page("app_pages/likvardighet.py")
    at.selectbox(key="indicator").set_value("first_teachers_per_100_pupils").run()
    at.selectbox(key="year").set_value(2021).run()
    assert url(at)["indicator"] == "first_teachers_per_100_pupils" and url(at)["year"] == "2021"
    assert copy_link(at) == "/likvardighet?data=demo&indicator=first_teachers_per_100_pupils&year=2021&lang=sv"


def test_two_quick_choices_keep_the_second_while_the_address_still_lags():
    # The browser asks for the second rerun before the first one's address (year=2021) reached it: the rerun carries
    # the address the session had before its latest write, which is not a link's news and must not undo the choice.
    at = open_page("app_pages/likvardighet.py", query={"year": "2023"})
    at.selectbox(key="year").set_value(2021).run()
    at.query_params["year"] = "2023"  # the address bar still shows the older value
    at.selectbox(key="year").set_value(2020).run()
    assert_no_errors(at)
    assert at.selectbox(key="year").value == 2020 and url(at)["year"] == "2020"


def test_values_that_are_not_here_are_ignored_with_a_gentle_note():
    at = open_page("app_pages/likvardighet.py",
                   query={"indicator": "<img src=x onerror=alert(1)>", "year": "2024/26", "k": "99"})
    assert_no_errors(at)
    assert at.selectbox(key="indicator").value == "qualified_share"  # the screen's default
    assert at.selectbox(key="year").value == 2024  # the latest year with need and the indicator
    text = captions(at)
    assert "Länken angav indicator = ”<img src=x onerror=alert(1)>”, som inte finns här." in text
    assert "Länken angav year = ”2024/26”" in text
    assert url(at)["indicator"] == "qualified_share" and "k" not in url(at)  # k is not this screen's: taken out


def test_old_links_with_labels_and_swedish_keys_still_open_on_karta():
    at = open_page("app_pages/karta.py", query={"kommun": "Göteborg", "huvudman": "Göteborgs kommun",
                                                "year": "2023/24", "skola": "Asphöjdens skola (fiktiv)"})
    assert_no_errors(at)
    assert at.multiselect(key="kommun").value == [GOTEBORG]
    assert at.multiselect(key="huvudman").value == ["Göteborgs kommun"]
    assert at.selectbox(key="year").value == 2023
    assert at.selectbox(key="skola").value == ASPHOJDEN
    assert url(at) == {"lang": "sv", "data": "demo", "mode": "indicator", "indicator": "need_index", "year": "2023",
                       "municipality": GOTEBORG, "organizer": "Göteborgs kommun", "extent": "fit",
                       "school": ASPHOJDEN}  # rewritten with today's keys
    assert copy_link(at) == ("/karta?data=demo&mode=indicator&indicator=need_index&year=2023&municipality=1480"
                             "&organizer=G%C3%B6teborgs+kommun&school=99103108&extent=fit&lang=sv")


def test_a_click_on_the_map_chooses_the_school_in_the_list_and_in_the_url(monkeypatch):
    from lib.screens import karta

    at = open_page("app_pages/karta.py")
    assert at.selectbox(key="skola").value is None
    monkeypatch.setattr(karta, "clicked_school", lambda event: ASPHOJDEN)  # what the map's click event says
    at.run()
    assert_no_errors(at)
    assert at.selectbox(key="skola").value == ASPHOJDEN and url(at)["school"] == ASPHOJDEN
    assert "**Asphöjdens skola \\(fiktiv\\)** (99103108)" in [m.value for m in at.markdown]
    # The list can still choose another school while the map keeps its selection.
    at.selectbox(key="skola").set_value(GRANKULLEN).run()
    assert at.selectbox(key="skola").value == GRANKULLEN and url(at)["school"] == GRANKULLEN


def test_karta_opens_fitted_to_its_municipalities_and_can_show_the_country():
    at = open_page("app_pages/karta.py", query={"municipality": GOTEBORG})
    assert at.radio(key="karta_extent").value == "fit" and url(at)["extent"] == "fit"
    assert '"filter":"datum.present"' in at.get("vega_lite_chart")[0].proto.spec.replace(" ", "")
    at = open_page("app_pages/karta.py", query={"municipality": GOTEBORG, "extent": "country"})
    assert at.radio(key="karta_extent").value == "country" and url(at)["extent"] == "country"
    assert '"filter":"datum.present"' not in at.get("vega_lite_chart")[0].proto.spec.replace(" ", "")


def test_the_scenario_link_is_rebuilt_from_the_current_choices():
    at = open_page("app_pages/forstelarare.py")
    at.slider(key="fl_alpha").set_value(2.5).run()
    at.text_input(key="fl_name").set_value("Vårt förslag").run()
    assert_no_errors(at)
    link = next(c.value for c in at.code if "scenario=v1." in c.value)
    assert link.startswith("/forstelarare?lang=sv&scenario=v1.") and link.endswith("&data=demo")
    shared = scenarios.from_url(link.split("scenario=")[1].split("&")[0])
    assert shared.name == "Vårt förslag" and shared.params.alpha == 2.5
    assert url(at)["alpha"] == "2.5"


def test_forstelarare_profiler_skolblad_klasser_and_insatser_open_from_their_keys():
    fl = open_page("app_pages/forstelarare.py", lang="en",
                   query={"year": "2022", "organizer": "all", "alpha": "2", "mode": "redistribute"})
    assert_no_errors(fl)
    assert (fl.selectbox(key="fl_year").value, fl.selectbox(key="fl_org").value, fl.slider(key="fl_alpha").value,
            fl.selectbox(key="fl_mode").value) == (2022, None, 2.0, "redistribute")
    assert copy_link(fl) == "/forstelarare?data=demo&mode=redistribute&year=2022&organizer=all&alpha=2&lang=en"
    old = open_page("app_pages/forstelarare.py", query={"fl_alpha": "0.75"})
    assert old.slider(key="fl_alpha").value == 0.75 and "fl_alpha" not in url(old)

    pr = open_page("app_pages/profiler.py", query={"year": "2023", "k": "5"})
    assert_no_errors(pr)
    assert pr.selectbox(key="year").value == 2023 and pr.slider(key="k").value == 5
    assert copy_link(pr) == "/profiler?data=demo&year=2023&k=5&lang=sv"

    sb = open_page("app_pages/skolblad.py", lang="en", query={"school": ASPHOJDEN, "year": "2023",
                                                              "organizer": "Göteborgs kommun"})
    assert_no_errors(sb)
    assert sb.selectbox(key="skola").value == ASPHOJDEN and sb.selectbox(key="year").value == 2023
    assert sb.selectbox(key="report_org").value == "Göteborgs kommun"

    kl = open_page("app_pages/klasser.py", query={"school": "99100185"})
    assert_no_errors(kl)
    assert kl.selectbox(key="cl_school").value == "99100185" and url(kl)["school"] == "99100185"

    iv = open_page("app_pages/insatser.py", query={"intervention": "INS-002", "indicator": "pupils_per_teacher"})
    assert_no_errors(iv)
    assert iv.selectbox(key="iv_choose").value == "INS-002"
    assert iv.selectbox(key="iv_indicator").value == "pupils_per_teacher"


def test_an_uploaded_dataset_is_not_in_the_link_and_the_screen_says_so():
    at = open_page("app_pages/likvardighet.py")
    assert url(at)["data"] == "demo"
    at.session_state["_active_dataset"] = schools(kind="upload")  # as the Data screen does after an upload
    at.run()  # the address bar still says data=demo: not news, so the upload stays
    assert_no_errors(at)
    assert "skolor.csv" in captions(at)  # the source line names the uploaded file
    assert "data=" not in copy_link(at) and "data" not in url(at)
    assert "Dina egna uppladdade eller hämtade uppgifter följer inte med en länk" in captions(at)


def test_a_link_to_data_this_server_does_not_have_opens_on_what_is_active():
    at = open_page(query={"data": "okänd"})  # the Start screen, as a browser opens "/?data=okänd"
    assert_no_errors(at)
    assert "Länken angav data = ”okänd”, som inte finns här." in captions(at)
    assert url(at)["data"] == "demo"
