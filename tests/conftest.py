"""Shared test settings: a private var/ directory per test session, bounded hypothesis runs."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"

# Scenarios, interventions and caches written by tests go to a throw-away directory, never the repo.
os.environ.setdefault("LARARRESURSER_VAR_DIR", tempfile.mkdtemp(prefix="lararresurser-test-"))

# Tests choose their data explicitly: everything opens on the demo unless a test asks for another source
# (the app itself opens on LARARRESURSER_DEFAULT_DATA). Inherited by the AppTest runs and the e2e servers.
os.environ["LARARRESURSER_DEFAULT_DATA"] = "demo"

settings.register_profile("ci", max_examples=150, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")


@pytest.fixture
def server(monkeypatch, tmp_path):
    """A fake Skolverket/Kolada server on 127.0.0.1 with the app's base URLs and cache pointed at it."""
    from tests.fixtures.fake_skolverket import FakeSkolverket

    fake = FakeSkolverket().start()
    monkeypatch.setenv("SKOLVERKET_API_URL", fake.url)
    monkeypatch.setenv("KOLADA_API_URL", fake.kolada_url)
    monkeypatch.setenv("LARARRESURSER_CACHE_DIR", str(tmp_path / "cache"))
    yield fake
    fake.stop()
