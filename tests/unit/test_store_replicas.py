"""Several replicas against one PostgreSQL (tests/postgres.py): replicas that start at once and meet an empty
database all make the tables without an error, as happens when `deploy/cluster.sh up` starts them together."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import create_engine, inspect, text

from lib.store import interventions, workshops
from tests.postgres import postgres_server

REPLICAS = 6


@pytest.fixture(scope="module")
def pg_url():
    with postgres_server() as url:
        yield url


def _fresh_database(pg_url: str, name: str) -> str:
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return pg_url.rsplit("/", 1)[0] + f"/{name}"


@pytest.mark.parametrize("attempt", range(3))
def test_replicas_starting_together_on_an_empty_database_all_make_their_tables(pg_url, attempt):
    url = _fresh_database(pg_url, f"replicas_{attempt}")
    start = threading.Barrier(REPLICAS)

    def replica(_: int) -> str:
        engine = create_engine(url)  # each replica is its own process with its own connections
        start.wait()
        store = workshops.Store(url, engine=engine)
        interventions.Register(store)
        return "ok"

    with ThreadPoolExecutor(REPLICAS) as pool:
        results = list(pool.map(replica, range(REPLICAS)))
    assert results == ["ok"] * REPLICAS
    tables = set(inspect(create_engine(url)).get_table_names())
    assert {"workshops", "scenarios", "workshop_creations", "interventions", "intervention_changes",
            "intervention_log_head", "intervention_key_failures"} <= tables
