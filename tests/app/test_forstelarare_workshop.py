"""AppTest: the Förstelärare simulation (both languages, the figures and the table it shows, impossible
constraints, priority from the Profiler screen's profiles and flag, a shared link reopening the same parameters)
and the Workshop screen (create, save from a group, the cards, chart and table it compares, facilitator
controls)."""

from __future__ import annotations

import pandas as pd
import pytest

from lib.i18n import fmt_int
from lib.measures import allocation, profiles
from lib.screens import profiler
from lib.sources import demo
from lib.store import scenarios
from tests.app.conftest import assert_no_errors, open_page

LABELS = {
    "sv": ["Tjänster", "Tjänster som flyttas", "Kostnad per år", "Förstelärare per 100 elever, kvartil 4",
           "Skillnad kvartil 4 − 1", "Koncentrationsindex", "Andel av tjänsterna i kvartil 4"],
    "en": ["Posts", "Posts moved", "Cost per year", "First teachers per 100 pupils, quartile 4", "Gap quartile 4 − 1",
           "Concentration index", "Share of posts in quartile 4"],
}
COLUMNS = {"sv": ["Skolenhet", "Skolenhetskod", "Antal elever", "Behovsindex", "Behöriga lärare (uppskattning)", "Före",
                  "Efter", "Förändring"],
           "en": ["School unit", "School unit code", "Pupils", "Need index",
                  "Qualified teachers (estimate)", "Before", "After", "Change"]}


def organizers_schools(at) -> pd.DataFrame:
    """The demo's rows of the chosen school year and organiser (read straight from the data, not from the screen's
    functions)."""
    frame = demo.load_demo().frame
    year, organizer = at.selectbox(key="fl_year").value, at.selectbox(key="fl_org").value
    return frame[(frame["school_year"] == year) & (frame["organizer"] == organizer)]


def changes(at) -> pd.DataFrame:
    return at.dataframe[0].value


def scenario_link(at) -> str:
    """The screen's link that reopens the scenario (a code block with a copy button)."""
    return next(c.value for c in at.code if "scenario=v1." in c.value)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_simulation_shows_result_summary_and_tradeoffs(lang):
    at = open_page("app_pages/forstelarare.py", lang=lang)
    assert_no_errors(at)
    text = "\n".join(m.value for m in at.markdown)
    assert text.count("Scenariot flyttar" if lang == "sv" else "The scenario moves") == 1
    assert ("per 100 elever" if lang == "sv" else "per 100 pupils") in text
    assert ("Inlåsning" if lang == "sv" else "Lock-in") in text
    assert [m.label for m in at.metric] == LABELS[lang]
    schools = organizers_schools(at)
    # By default the total is today's number of posts at the organiser's schools: no change in the total.
    assert at.metric[0].value == fmt_int(schools["first_teachers"].sum(), lang) and at.metric[0].delta == "0"
    table = changes(at)
    assert list(table.columns) == COLUMNS[lang]
    assert sorted(table[COLUMNS[lang][1]]) == sorted(schools["school_id"].astype(str))
    change = table[COLUMNS[lang][-1]]
    assert list(change) == sorted(change, reverse=True)  # greatest gain first
    assert at.metric[1].value == fmt_int(change.clip(lower=0).sum(), lang)  # posts moved = the sum of the gains
    assert len(at.get("vega_lite_chart")) == 1  # the map of changes
    captions = "\n".join(c.value for c in at.caption)
    assert ("inte effekter på elevernas resultat" if lang == "sv" else "not effects on pupils' results") in captions


def test_a_budget_is_shown_against_the_cost_and_an_impossible_one_says_why():
    at = open_page("app_pages/forstelarare.py", query={"fl_alpha": "1.5"})
    at.radio(key="fl_total_kind").set_value("budget").run()
    at.number_input(key="fl_budget").set_value(20_000_000.0).run()
    assert_no_errors(at)
    figures = {m.label: m.value for m in at.metric}
    cost = float(figures["Kostnad per år"].split()[0].replace(",", "."))
    assert figures.keys() >= {"Kostnad per år", "Kvar av budgeten 20,0 mnkr"}
    assert cost <= 20.0
    text = "\n".join(m.value for m in at.markdown)
    assert "mnkr av 20,0 mnkr;" in text and "kvar)." in text
    # Today's posts at the organiser's schools cost more than 1 MSEK: keeping them within 1 MSEK cannot hold.
    at.number_input(key="fl_budget").set_value(1_000_000.0).run()
    at.selectbox(key="fl_mode").set_value("add").run()
    assert_no_errors(at)
    assert any("mer än budgeten 1,0 mnkr" in e.value for e in at.error)
    assert not at.metric


def test_the_change_table_hides_a_small_schools_statistics():
    # Louddens skola (fiktiv) in the demo's Göteborg: 7 pupils and 0.5 teacher FTE in every year.
    at = open_page("app_pages/forstelarare.py")
    assert_no_errors(at)
    assert at.selectbox(key="fl_org").value == "Göteborgs kommun"
    row = changes(at).set_index("Skolenhetskod").loc["99105587"]
    assert row["Skolenhet"] == "Louddens skola (fiktiv)" and row["Antal elever"] == "< 10"
    assert row["Behovsindex"] == "för få" and row["Behöriga lärare (uppskattning)"] == "för få"
    assert row["Före"] == 0 and row["Efter"] == 0 and row["Förändring"] == 0  # the posts are decisions: shown


def test_alpha_zero_and_impossible_minimum():
    at = open_page("app_pages/forstelarare.py", query={"fl_alpha": "0.0"})
    assert_no_errors(at)
    assert at.slider(key="fl_alpha").value == 0.0
    at.number_input(key="fl_min").set_value(50).run()
    assert_no_errors(at)
    assert any("Minimikravet per skola" in e.value for e in at.error)
    assert not at.metric  # no figures for a rule that cannot hold


def test_the_profilers_flag_and_profiles_give_priority():
    at = open_page("app_pages/forstelarare.py")
    year = at.selectbox(key="fl_year").value
    # What the Profiler screen leaves for the other screens (lib.ui.state.derived): a flag and a grouping.
    at.session_state["_derived_challenge_flag"] = profiler.FlagChoice(year, (profiles.Rule("need_index", ">=",
                                                                                           110.0),))
    at.session_state["_derived_profiles"] = profiler.Grouping(year, ("need_index", "qualified_share"), 3, "kmeans")
    at.run()
    assert_no_errors(at)
    box = at.checkbox(key="fl_prio_flag")
    assert box.label == "Förtur för skolor med utmaningar enligt regeln från Utmaningsprofiler (Behovsindex ≥ 110,0)"
    assert [at.multiselect(key="fl_prio_profiles").format_func(p)[:3] for p in (1, 2, 3)] == ["1: ", "2: ", "3: "]
    schools = organizers_schools(at)
    flagged = set(schools.loc[schools["need_index"] >= 110, "school_id"].astype(str))
    assert flagged

    def posts_at_flagged() -> int:
        table = changes(at)
        return int(table.loc[table["Skolenhetskod"].isin(flagged), "Efter"].sum())

    plain = posts_at_flagged()
    box.check()
    at.slider(key="fl_prio_factor").set_value(5.0).run()
    assert_no_errors(at)
    assert posts_at_flagged() > plain  # five times the weight: the flagged schools gain posts


def test_profiles_made_on_the_profiler_screen_are_offered_and_change_the_result():
    at = open_page("app_pages/profiler.py")
    at.switch_page("app_pages/forstelarare.py").run()
    assert_no_errors(at)
    chooser = at.multiselect(key="fl_prio_profiles")
    assert chooser.label == "Förtur för profiler" and chooser.options[0].startswith("1: ")
    assert "(Behovsindex ≥ " in at.checkbox(key="fl_prio_flag").label  # the Profiler screen's rule, written out
    plain = changes(at)["Efter"].tolist()
    chooser.select(1)
    at.slider(key="fl_prio_factor").set_value(5.0).run()
    assert_no_errors(at)
    assert changes(at)["Efter"].tolist() != plain


def test_a_shared_link_reopens_the_parameters():
    sc = scenarios.Scenario("Delat", allocation.Params(year=2023, posts=150, alpha=2.0, method="dhondt",
                                                       organizer="Göteborgs kommun"))
    at = open_page("app_pages/forstelarare.py", query={"scenario": scenarios.to_url(sc)})
    assert_no_errors(at)
    assert at.selectbox(key="fl_method").value == "dhondt"
    assert at.selectbox(key="fl_org").value == "Göteborgs kommun"
    assert at.selectbox(key="fl_year").value == 2023
    assert at.number_input(key="fl_posts").value == 150
    assert at.metric[0].value == "150"
    assert any("Delat" in s.value for s in at.success)
    assert scenario_link(at).startswith("/forstelarare?lang=sv&scenario=v1.")  # absolute in a browser
    broken = open_page("app_pages/forstelarare.py", query={"scenario": "v1.broken!"})
    assert_no_errors(broken)
    assert any("inget giltigt scenario" in w.value for w in broken.warning)


def test_workshop_create_save_compare_and_lock():
    at = open_page("app_pages/workshop.py")
    assert_no_errors(at)
    assert any("Ange en workshopkod" in i.value for i in at.info)
    at.button(key="ws_create").click().run()
    created = next(m.value for m in at.markdown if "Workshopkod" in m.value)
    secret = created.split("`")[1]
    code = created.split("**")[1]
    assert any("Inga scenarier är sparade under koden ännu." in i.value for i in at.info)
    at.switch_page("app_pages/forstelarare.py").run()
    assert at.text_input(key="fl_code").value == code.replace("-", "")  # the joined workshop is prefilled
    at.text_input(key="fl_group").set_value("Grupp A")
    at.text_input(key="fl_name").set_value("Behov först")
    at.button(key="fl_save").click().run()
    assert any("Behov först" in s.value for s in at.success)
    moved, q4 = at.metric[1].value, at.metric[3].value
    at.switch_page("app_pages/workshop.py").run()
    assert_no_errors(at)
    assert "### Behov först" in [m.value for m in at.markdown]
    assert "Grupp A" in [c.value for c in at.caption]
    # The card repeats the saved figures under the same labels as the Förstelärare screen.
    card = {m.label: m.value for m in at.metric}
    assert card["Förstelärare per 100 elever, kvartil 4"] == q4 and card["Tjänster som flyttas"] == moved
    assert any(m.value.startswith("Behov först flyttar") for m in at.markdown)
    table = at.dataframe[0].value
    assert table["Scenario"].tolist() == ["Behov först"] and table["Grupp"].tolist() == ["Grupp A"]
    assert len(at.get("vega_lite_chart")) == 1
    assert any("Behov först: " + q4 in c.value for c in at.caption)  # the chart in words
    at.text_input(key="ws_secret").set_value(secret).run()
    at.button(key="ws_lock").click().run()
    assert any("låst" in c.value for c in at.caption)
    at.switch_page("app_pages/forstelarare.py").run()
    at.button(key="fl_save").click().run()
    assert any("låst" in e.value for e in at.error)


def created_or_refused(at) -> str:
    """What one click on "Skapa en ny workshop" answered: the note with the code, or the error."""
    notes = [m.value for m in at.markdown if m.value.startswith("Workshopkod:")]
    return notes[0] if notes else " ".join(e.value for e in at.error)


def test_in_public_mode_one_visitor_cannot_use_up_the_workshop_codes(monkeypatch):
    # Issue 19: one anonymous session used the service's 20 codes an hour in 12 s; every facilitator was refused.
    monkeypatch.setenv("LARARRESURSER_PUBLIC", "1")
    at = open_page("app_pages/workshop.py")
    answers = []
    for _ in range(5):
        at.button(key="ws_create").click().run()
        assert_no_errors(at)
        answers.append(created_or_refused(at))
    assert [a.startswith("Workshopkod:") for a in answers] == [True, True, True, False, False]
    assert "Du har redan skapat 3 workshoppar den senaste timmen" in answers[3]
    other = open_page("app_pages/workshop.py", lang="en")  # another visitor, in English
    other.button(key="ws_create").click().run()
    assert_no_errors(other)
    assert [m.value for m in other.markdown if m.value.startswith("Workshop code:")]


def test_a_typed_code_is_refused_with_what_a_code_holds_never_shown_as_another_code():
    # Issue 18: "NAMND2025" was answered "ingen öppen workshop med koden NAMN-D225" (the 0 dropped silently).
    at = open_page("app_pages/forstelarare.py")
    at.text_input(key="fl_code").set_value("NAMND2025").run()
    at.button(key="fl_save").click().run()
    assert_no_errors(at)
    errors = " ".join(e.value for e in at.error)
    assert "bokstäverna A–Z utom I och O, och siffrorna 2–7 och 9" in errors
    shown = errors + " ".join(m.value for m in at.markdown) + " ".join(s.value for s in at.success)
    assert "D225" not in shown and not at.success
    at.switch_page("app_pages/workshop.py").run()
    at.text_input(key="ws_code").set_value("namnd2025").run()
    at.button(key="FormSubmitter:join-Gå med").click().run()
    assert "siffrorna 2–7 och 9" in " ".join(e.value for e in at.error)


def test_in_public_mode_a_scenario_saved_from_an_upload_holds_no_organiser_or_school_name(monkeypatch):
    # Issue 19: the uploaded organiser's name was stored, readable by anyone with the workshop's code.
    from lib.config import settings
    from lib.dataset import Dataset, Source
    from lib.store import workshops

    monkeypatch.setenv("LARARRESURSER_PUBLIC", "1")
    frame = demo.load_demo().frame.copy()
    frame["organizer"] = "Hemliga Huvudmannen AB"
    frame["school_name"] = "Uppladdad skola " + frame["school_id"].astype(str)
    at = open_page("app_pages/workshop.py")
    at.button(key="ws_create").click().run()
    code = created_or_refused(at).split("**")[1]
    at.session_state["_active_dataset"] = Dataset(frame, "school", Source("upload", ("vara-skolor.csv",), "2025"))
    at.switch_page("app_pages/forstelarare.py").run()
    assert_no_errors(at)
    assert at.selectbox(key="fl_org").value == "Hemliga Huvudmannen AB"
    at.text_input(key="fl_name").set_value("Vårt förslag").run()
    at.button(key="fl_save").click().run()
    assert any("Vårt förslag" in s.value for s in at.success)
    store = workshops.Store(settings().database_url)
    with store.engine.connect() as conn:
        rows = conn.execute(workshops.select(workshops.ScenarioRow.__table__).where(
            workshops.ScenarioRow.workshop_code == workshops.normalise_code(code))).all()
    stored = " ".join(str(value) for row in rows for value in row)  # every column as the database holds it
    assert "Vårt förslag" in stored
    assert "Hemliga Huvudmannen" not in stored and "Uppladdad skola" not in stored and "vara-skolor" not in stored
    # The visitor's own link (not stored) reopens their scenario with their organiser.
    assert scenarios.from_url(scenario_link(at).split("scenario=")[1].split("&")[0]).params.organizer == \
        "Hemliga Huvudmannen AB"
