"""A browser that reconnects to a server without its session (its replica stopped) is told plainly that the page
started again; a new visit and every later run of a session are not."""

from __future__ import annotations

from tests.app.conftest import assert_no_errors, open_page

NOTE_SV = "Anslutningen till servern bröts"
NOTE_EN = "The connection to the server was lost"


def _notes(at) -> list[str]:
    return [e.value for e in at.info if NOTE_SV in e.value or NOTE_EN in e.value]


def test_a_new_visit_and_later_runs_show_no_note():
    at = open_page("app_pages/workshop.py")
    assert _notes(at) == []
    at.run()
    assert _notes(at) == []
    assert_no_errors(at)


def test_a_session_started_by_a_browser_that_already_showed_widgets_gets_the_note_once():
    at = open_page("app_pages/likvardighet.py", lang="en")
    # What another replica sees: a session without any of the app's own state, asked to rerun by a browser
    # that still shows the page's widgets and sends their values.
    for key in [k for k in at.session_state._state._state.filtered_state if k.startswith("_")]:
        del at.session_state[key]
    at.run()
    assert len(_notes(at)) == 1 and NOTE_EN in _notes(at)[0]
    assert_no_errors(at)
    at.run()
    assert _notes(at) == []
