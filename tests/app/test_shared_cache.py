"""The cache in the running app: a room of visitors on the demo shares one entry per view, languages do not share,
and nothing derived from a visitor's upload enters the shared cache — it stays in their own session."""

from __future__ import annotations

import altair as alt
import pandas as pd

from lib import cache
from lib.charts import render
from tests.app.conftest import assert_no_errors, open_page
from tests.fixtures.make_exports import skolverket_personal_municipal_csv, skolverket_pupils_municipal_csv


def shared_keys() -> set[tuple]:
    return {(pool, key) for pool in cache.SHARED.stats() for key in cache.SHARED.keys(pool)}


def test_a_second_visitor_on_the_demo_reuses_every_entry_and_another_language_makes_its_own():
    first = open_page("app_pages/likvardighet.py")
    assert_no_errors(first)
    after_first = shared_keys()
    assert any(pool == "likvardighet" for pool, _key in after_first)
    second = open_page("app_pages/likvardighet.py")
    assert_no_errors(second)
    assert shared_keys() == after_first  # nothing computed again for the second visitor
    english = open_page("app_pages/likvardighet.py", lang="en")
    assert_no_errors(english)
    new = {key for pool, key in shared_keys() - after_first if pool == "likvardighet"}
    assert new and all(("str", "en") in key[1] for key in new)  # the English views are entries of their own


def test_an_uploads_views_stay_in_the_visitors_session_and_never_in_the_shared_cache():
    at = open_page("app_pages/data.py")
    at.file_uploader(key="upload").set_value([
        ("personal.csv", skolverket_personal_municipal_csv(2024), "text/csv"),
        ("elever.csv", skolverket_pupils_municipal_csv(2024), "text/csv")])
    at.run()
    assert_no_errors(at)
    upload = at.session_state["_active_dataset"]
    assert upload.source.kind == "upload" and not upload.shared
    at.switch_page("app_pages/likvardighet.py").run()
    assert_no_errors(at)
    fingerprint = upload.cache_key()
    assert not any(fingerprint in key[1] for _pool, key in shared_keys())
    private = at.session_state["_private_cache"]
    mine = private.keys(cache.VISITOR)
    assert any(key[0] == "likvardighet" and fingerprint in key[2] for key in mine)


def test_chart_specs_carry_arrow_tables_that_downloads_read_back():
    frame = pd.DataFrame({"skola": ["A (fiktiv)", "B (fiktiv)", "C (fiktiv)"], "andel": [81.5, 64.0, None]})
    spec = render.ready(alt.Chart(frame).mark_bar().encode(x="skola:N", y="andel:Q"))
    (name, payload), = spec["datasets"].items()
    assert isinstance(payload, bytes)
    inline = render.spec_of(spec)
    assert inline["datasets"][name] == [{"skola": "A (fiktiv)", "andel": 81.5}, {"skola": "B (fiktiv)", "andel": 64.0},
                                        {"skola": "C (fiktiv)", "andel": None}]
    assert render.to_svg(inline).startswith(b"<svg")
    assert isinstance(spec["datasets"][name], bytes)  # rendering a download leaves the shared spec as it was
