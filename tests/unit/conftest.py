"""Unit tests start from an empty shared cache, so no test reads an entry another one made."""

from __future__ import annotations

import pytest

from lib import cache


@pytest.fixture(autouse=True)
def _empty_shared_cache():
    cache.SHARED.clear()
    yield
    cache.SHARED.clear()
