"""AppTest (issue 19, item 1): visitors' text reaches Streamlit's Markdown inert — hostile school and organiser
names of an upload on Skolblad and Karta ("Vald skola"), a hostile scenario name on Förstelärare, Workshop and
through a shared `?scenario=` link. AppTest sees the Markdown source: the names must be in it escaped
(`lib.text.inert`), never as written, and read back as written (`lib.text.visible`)."""

from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest

from lib.measures import allocation
from lib.store import scenarios
from lib.text import inert, visible
from tests.app.conftest import assert_no_errors, open_page
from tests.fixtures import hostile

BASE = "http://127.0.0.1:1"  # nothing listens there; AppTest renders nothing anyway
SCHOOL, ORGANIZER, PAYLOAD = hostile.school_name(BASE), hostile.organizer_name(BASE), hostile.payload(BASE)
# What Markdown would read in the names, not escaped by a backslash.
READ_AS_MARKDOWN = re.compile(r"(?<!\\)(\]\(http://127\.0\.0\.1|:red\[|:blue\[|<img|\*\*Logga|\$x\^2\$|:smile:)")


def markdown_sources(at: AppTest) -> list[str]:
    """Every text of the page that Streamlit renders as Markdown (as AppTest holds it: the source)."""
    texts = [e.value for kind in ("title", "header", "subheader", "markdown", "caption", "success", "info", "warning",
                                  "error") for e in getattr(at, kind)]
    texts += [m.label for m in at.metric] + [str(m.value) for m in at.metric]
    texts += [e.label for e in at.expander] + [b.label for b in at.button]
    for table in at.table:  # st.table reads Markdown in its cells and headings
        frame = table.value
        texts += [str(c) for c in frame.columns] + [str(v) for v in frame.to_numpy().ravel()]
    return texts


def assert_inert(at: AppTest, *written: str) -> str:
    """No Markdown text of the page holds visitors' text as written; each of `written` shows literally. Returns the
    page's Markdown sources joined."""
    texts = markdown_sources(at)
    read = [t for t in texts if READ_AS_MARKDOWN.search(t)]
    assert not read, read
    shown = "\n".join(visible(t) for t in texts)
    for text in written:
        assert text in shown, text
    return "\n".join(texts)


def uploaded() -> AppTest:
    """The Data screen with the hostile upload read and made active."""
    at = open_page("app_pages/data.py")
    at.file_uploader(key="upload").set_value([("skolor.csv", hostile.hostile_csv(BASE), "text/csv")])
    at.run()
    assert_no_errors(at)
    return at


def test_uploaded_names_show_literally_on_skolblad():
    at = uploaded()
    at.switch_page("app_pages/skolblad.py").run()
    at.selectbox(key="skola").set_value(hostile.HOSTILE_ID).run()
    assert_no_errors(at)
    sources = assert_inert(at, SCHOOL, ORGANIZER)
    assert inert(SCHOOL) in sources and inert(ORGANIZER) in sources


def test_uploaded_names_show_literally_on_karta_as_the_selected_school():
    at = uploaded()
    at.switch_page("app_pages/karta.py").run()
    at.selectbox(key="skola").set_value(hostile.HOSTILE_ID).run()
    assert_no_errors(at)
    sources = assert_inert(at, SCHOOL)
    assert f"**{inert(SCHOOL)}** ({hostile.HOSTILE_ID})" in sources.split("\n")  # "Vald skola": the name in bold


def test_a_scenario_name_shows_literally_when_saved_on_workshop_and_through_a_link():
    at = open_page("app_pages/workshop.py")
    at.button(key="ws_create").click().run()
    at.switch_page("app_pages/forstelarare.py").run()
    at.text_input(key="fl_name").set_value(PAYLOAD)
    at.text_input(key="fl_group").set_value(PAYLOAD + " grupp")
    at.button(key="fl_save").click().run()
    assert_no_errors(at)
    assert_inert(at, f"”{PAYLOAD}” är sparat")
    at.switch_page("app_pages/workshop.py").run()
    assert_no_errors(at)
    sources = assert_inert(at, PAYLOAD, PAYLOAD + " grupp", f"{PAYLOAD} flyttar")
    assert f"### {inert(PAYLOAD)}" in sources.split("\n")  # the card's title
    assert at.dataframe[0].value["Scenario"].tolist() == [PAYLOAD]  # tables show text as it is: not escaped

    link = scenarios.to_url(scenarios.Scenario(PAYLOAD, allocation.Params(year=2024, posts=150)))
    shared = open_page("app_pages/forstelarare.py", query={"scenario": link})
    assert_no_errors(shared)
    assert_inert(shared, f"Scenariot ”{PAYLOAD}” från länken är inläst.")
