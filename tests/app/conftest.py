"""AppTest helpers: run the real entrypoint, switch to a page, clear process-global caches between tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "app.py")


@pytest.fixture(autouse=True)
def _clear_caches():
    from lib import cache

    st.cache_data.clear()
    cache.SHARED.clear()  # the shared screen views; the demo dataset and the storage engine stay
    yield


def open_page(page: str | None = None, lang: str | None = None, query: dict[str, str] | None = None,
              timeout: float = 60, data: Any = None) -> AppTest:
    """Run app.py, then switch to `page` (e.g. "app_pages/data.py") and run it; with `data`, that dataset is the
    visitor's active one (as after an upload)."""
    at = AppTest.from_file(APP, default_timeout=timeout)
    if lang:
        at.query_params["lang"] = lang
    for k, v in (query or {}).items():
        at.query_params[k] = v
    if data is not None:
        at.session_state["_active_dataset"] = data
    at.run()
    if page:
        at.switch_page(page)
        at.run()
    return at


def assert_no_errors(at: AppTest) -> None:
    """No exception element and no generic error box on the page."""
    assert not at.exception, [e.message for e in at.exception]
    texts = [e.value for e in at.error]
    assert not any("Något gick fel" in x or "Something went wrong" in x for x in texts), texts
