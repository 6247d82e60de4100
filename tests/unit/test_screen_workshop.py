"""The Workshop screen's views (lib.screens.workshop): the saved scenarios as cards, chart, table and export,
and the facilitator's notes, from scenarios made by hand; the chart has one cache entry per content and language."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd

from lib import cache
from lib.charts import render
from lib.dataset import Dataset, Source
from lib.i18n import NBSP
from lib.measures import allocation
from lib.screens import workshop
from lib.store import scenarios, workshops

WHEN = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)


def saved(i: int, name: str, group: str, summary: dict[str, float | None], alpha: float = 1.0) -> workshops.Saved:
    return workshops.Saved(i, scenarios.Scenario(name, allocation.Params(year=2024, posts=100, alpha=alpha), group,
                                                 "abc", summary), WHEN)


NEED_FIRST = saved(7, "Behov först", "Grupp A", {"posts": 100, "moved": 14, "cost_after": 1_340_000,
                                                 "cost_change": 240_000, "q4_before": 0.7, "q4_after": 1.1,
                                                 "per_100_after": 0.9, "gap_after": 0.25}, alpha=2.0)
PER_PUPIL = saved(9, "Per elev", "", {"posts": 100, "moved": 0, "cost_after": 1_010_000, "cost_change": 0,
                                      "q4_before": 0.7, "q4_after": None})
WITHIN_BUDGET = saved(11, "Inom budget", "Grupp C", {"posts": 934, "moved": 169, "cost_after": 79_617_600,
                                                    "cost_change": -2_259_600, "budget": 80_000_000,
                                                    "unspent": 382_400, "q4_before": 1.13, "q4_after": 1.61,
                                                    "per_100_after": 0.87, "gap_after": 0.9}, alpha=1.5)


def demo_like() -> Dataset:
    frame = pd.DataFrame({"school_year": [2024], "school_id": ["1"]})
    return Dataset(frame, "school", Source("demo", (), "2025-01-01"))


def test_a_card_shows_the_stored_figures_and_the_summary():
    card = workshop.card(NEED_FIRST, "sv")
    assert (card.id, card.name, card.group) == (7, "Behov först", "Grupp A")
    # 1 340 000 kr = 1,3 mnkr (one decimal); 1,10 per 100 pupils in quartile 4; 14 posts moved.
    assert card.figures == (("Förstelärare per 100 elever, kvartil 4", "1,10"), ("Tjänster som flyttas", "14"),
                            ("Kostnad per år", "1,3 mnkr"))
    # The cost rose by 240 000 kr = 0,2 mnkr.
    assert card.summary == ("Behov först flyttar 14 tjänster; i kvartil 4 (störst behov) går förstelärarna från 0,70 "
                            "till 1,10 per 100 elever, mot 0,90 i snitt; kostnaden ökar med 0,2 mnkr per år.")
    assert scenarios.from_url(card.link).params.alpha == 2.0
    missing = workshop.card(PER_PUPIL, "en")
    assert missing.figures[0] == ("First teachers per 100 pupils, quartile 4", "–")
    assert missing.summary.endswith("the cost is unchanged.")


def test_a_card_within_a_budget_shows_the_cost_against_it():
    card = workshop.card(WITHIN_BUDGET, "sv")
    # 79 617 600 kr = 79,6 mnkr of 80,0 mnkr; 382 400 kr = 0,4 mnkr left; the cost fell by 2 259 600 = 2,3 mnkr.
    assert card.figures[2:] == (("Kostnad per år", "79,6 mnkr"), ("Kvar av budgeten 80,0 mnkr", "0,4 mnkr"))
    assert card.summary.endswith("kostnaden minskar med 2,3 mnkr per år (79,6 mnkr av 80,0 mnkr; 0,4 mnkr kvar).")
    assert workshop.card(WITHIN_BUDGET, "en").summary.endswith(
        "the cost falls by SEK 2.3 m per year (SEK 79.6 m of SEK 80.0 m; SEK 0.4 m left).")
    assert len(workshop.card(NEED_FIRST, "sv").figures) == 3  # a number of posts: no budget to compare with


def test_the_compare_table_has_one_row_per_scenario_in_saved_order():
    table = workshop.compare_table([NEED_FIRST, PER_PUPIL, WITHIN_BUDGET], "sv").frame
    assert list(table.columns) == ["Scenario", "Grupp", "α", "Tjänster", "Tjänster som flyttas",
                                   "Förstelärare per 100 elever, kvartil 4", "Skillnad kvartil 4 − 1",
                                   "Kostnadsförändring (kr/år)", "Budget (kr/år)", "Kvar av budgeten (kr/år)"]
    assert table["Scenario"].tolist() == ["Behov först", "Per elev", "Inom budget"]
    assert table["α"].tolist() == [2.0, 1.0, 1.5]
    assert table["Kostnadsförändring (kr/år)"].tolist() == [240_000, 0, -2_259_600]
    assert table["Budget (kr/år)"].tolist()[2] == 80_000_000 and pd.isna(table["Budget (kr/år)"].tolist()[0])
    assert table["Kvar av budgeten (kr/år)"].tolist()[2] == 382_400


def test_the_compare_view_in_words():
    view = workshop.compare(demo_like(), [NEED_FIRST, PER_PUPIL], "sv", "Källa: test")
    assert [c.name for c in view.cards] == ["Behov först", "Per elev"]
    assert view.chart_alt == "Stapeldiagram med ett värde per scenario: Behov först: 1,10; Per elev: –."
    bars = render.from_arrow(next(iter(view.chart["datasets"].values())))
    assert bars["scenario"].tolist() == ["Behov först", "Per elev"]
    assert bars["q4"].iloc[0] == 1.1 and pd.isna(bars["q4"].iloc[1])
    assert "Förstelärare per 100 elever i kvartil 4 efter scenario" in json.dumps(view.chart["title"],
                                                                                   ensure_ascii=False)
    assert len(view.table) == 2


def test_the_chart_has_one_cache_entry_per_content_and_language():
    cache.SHARED.clear()
    data = demo_like()
    sv = workshop.chart(data, ("A", "B"), (1.1, 0.9), "sv", "Källa")
    assert workshop.chart(data, ("A", "B"), (1.1, 0.9), "sv", "Källa") is sv  # a projector's refresh is a hit
    en = workshop.chart(data, ("A", "B"), (1.1, 0.9), "en", "Source")
    changed = workshop.chart(data, ("A", "B"), (1.1, 1.0), "sv", "Källa")
    assert en["title"] != sv["title"] and changed["datasets"] != sv["datasets"]
    assert len(cache.SHARED.keys("workshop")) == 3
    cache.SHARED.clear()


def test_the_facilitators_notes():
    local = dt.datetime(2025, 3, 1, 21, 30).astimezone()  # shown in the server's local time
    ws = workshops.Workshop("ABCDEFGHJKMN", WHEN, local, False)
    assert workshop.created_note(ws, "s3cret", "sv") == (
        "Workshopkod: **ABCD-EFGH-JKMN** (gäller till 2025-03-01 21:30). Din hemliga nyckel för att låsa, "
        "nollställa eller ta bort: `s3cret` – den visas bara nu.")
    assert workshop.updated_note("en", dt.datetime(2025, 3, 1, 14, 2, 7)) == (
        "Updates by itself every 3 seconds. Last: 14:02:07.")


def test_the_export_keeps_swedish_letters():
    text = workshop.export_json([{"name": "Behov först", "α": 1.5}])
    assert json.loads(text) == [{"name": "Behov först", "α": 1.5}] and "först" in text and NBSP not in text


def uploaded_schools() -> Dataset:
    """The demo's schools as if a visitor had uploaded them, with names only that file holds."""
    from lib.sources import demo

    frame = demo.load_demo().frame.copy()
    frame["organizer"] = frame["organizer"].where(frame["organizer"] != "Göteborgs kommun", "Hemliga Huvudmannen AB")
    frame["school_name"] = "Uppladdad skola " + frame["school_id"].astype(str)
    return Dataset(frame, "school", Source("upload", ("vara-skolor.xlsx",), "2025-03-01"))


def test_a_scenario_saved_in_public_mode_from_an_upload_keeps_none_of_its_text(tmp_path):
    # Issue 19: a scenario stored the uploaded organiser's name in public mode (readable by anyone with the code).
    from lib.screens import forstelarare

    data = uploaded_schools()
    year = data.latest_year(("pupils",))
    view = forstelarare.result(data, allocation.Params(year=year, alpha=1.5, organizer="Hemliga Huvudmannen AB"),
                               None, "sv")
    public = forstelarare.scenario(data, view, "Vårt förslag", "Grupp A", "sv", public=True)
    store = workshops.Store(f"sqlite:///{tmp_path / 'public.sqlite'}")
    ws, _ = store.create_workshop()
    store.save(ws.code, public)
    with store.engine.connect() as conn:  # every column of every stored row, as the database holds it
        stored = " ".join(str(value) for row in conn.execute(workshops.select(workshops.ScenarioRow.__table__))
                          for value in row)
    stored += workshop.export_json(store.export(ws.code))
    uploaded = {*data.frame["organizer"].dropna(), *data.frame["school_name"], *data.frame["municipality_name"],
                "vara-skolor"} - {*demo_names()}
    assert "Hemliga Huvudmannen AB" in uploaded and not [text for text in uploaded if text in stored]
    assert public.params.organizer is None and "Vårt förslag" in stored and "Grupp A" in stored
    # The summary keeps the figures (numbers) under their fixed names; the rule is the one simulated.
    assert set(public.summary) == set(dict(view.summary)) and public.params.alpha == 1.5
    assert public.fingerprint == data.fingerprint  # a hash: says "other data" when reopened elsewhere
    # The visitor's own link, an internal deployment and the shared demo keep the organiser.
    assert forstelarare.scenario(data, view, "x", "", "sv").params.organizer == "Hemliga Huvudmannen AB"
    from lib.sources import demo

    shared = demo.load_demo()
    shared_view = forstelarare.result(shared, allocation.Params(year=year, organizer="Göteborgs kommun"), None, "sv")
    assert forstelarare.scenario(shared, shared_view, "x", "", "sv", public=True).params.organizer == \
        "Göteborgs kommun"


def demo_names() -> set[str]:
    """Names the demo itself holds (public, fictional): not the upload's own text."""
    from lib.sources import demo

    frame = demo.load_demo().frame
    return {*frame["organizer"].dropna(), *frame["school_name"], *frame["municipality_name"]}
