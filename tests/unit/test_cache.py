"""lib.cache: the one cache. Keys hold every argument (datasets by a fingerprint of everything they hold), pools
are bounded in bytes and independent, a visitor's own data never enters the shared pools and leaves their
private store when idle."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import threading
import time

import numpy as np
import pandas as pd
import pytest

import lib
from lib import cache
from lib.dataset import Dataset, Source
from lib.messages import Message, Report

CALLS: list[tuple] = []


@cache.cached("test")
def echo(data: Dataset, choice: object, lang: str = "sv") -> tuple:
    """Counts its calls, so a test sees whether an entry was shared."""
    CALLS.append((data.fingerprint, choice, lang))
    return (data.fingerprint, choice, lang)


@cache.cached("test-big")
def block(data: Dataset, n: int) -> np.ndarray:
    """n × 1 MB of zeros."""
    return np.zeros((n, 128 * 1024))


@cache.cached("test-other")
def small(data: Dataset, n: int) -> int:
    return n


@dataclasses.dataclass(frozen=True)
class Choice:
    year: int
    features: tuple[str, ...]


def dataset(values=(1.0, 2.0), kind="demo", level="school", **extra) -> Dataset:
    frame = pd.DataFrame({"school_id": ["a", "b"], "school_year": [2024, 2024], "pupils": list(values)})
    return Dataset(frame, level, Source(kind), **extra)


@pytest.fixture(autouse=True)
def _fresh():
    before = cache._resolver  # the app's (lib.ui.state), put back: AppTests may run after these in this process
    cache.SHARED.clear()
    CALLS.clear()
    yield
    cache.SHARED.clear()
    cache.set_private_resolver(before)


def test_the_same_data_and_choices_share_one_entry():
    first = echo(dataset(), 1)
    assert echo(dataset(), 1) is first  # another Dataset object with the same content: the same entry
    assert len(CALLS) == 1


@pytest.mark.parametrize("other", [
    lambda: echo(dataset((1.0, 3.0)), 1),  # other figures
    lambda: echo(dataset(), 1, "en"),  # other language
    lambda: echo(dataset(), 2),  # other choice
    lambda: echo(dataset(), 1.0),  # equal to 1 in Python, but another value for a key
    lambda: echo(dataset(), True),  # likewise
    lambda: echo(dataset(), "1"),
    lambda: echo(dataset(), Choice(2024, ("need_index",))),
    lambda: echo(dataset(level="municipality"), 1),  # the same table read at another level
    lambda: echo(dataset(kind="upload"), 1),  # another source (private: computed, not shared)
])
def test_different_data_languages_or_choices_never_share_an_entry(other):
    echo(dataset(), 1)
    other()
    assert len(CALLS) == 2


def test_frozen_dataclass_choices_are_keys_by_value():
    echo(dataset(), Choice(2024, ("need_index", "pupils")))
    echo(dataset(), Choice(2024, ("need_index", "pupils")))
    echo(dataset(), Choice(2024, ("pupils", "need_index")))
    assert len(CALLS) == 2


@pytest.mark.parametrize("bad", [pd.DataFrame({"a": [1]}), pd.Series([1]), [1, 2], {"a": 1}, lambda: 1,
                                 {1, 2}])
def test_arguments_that_could_hide_a_dependency_are_refused(bad):
    with pytest.raises(TypeError, match="plain immutable value"):
        echo(dataset(), bad)


def test_only_module_level_functions_can_be_cached():
    with pytest.raises(TypeError, match="module-level"):
        cache.cached("test")(lambda data: data)

    def inner(data):
        return data

    with pytest.raises(TypeError, match="module-level"):
        cache.cached("test")(inner)


def test_the_fingerprint_covers_everything_a_dataset_holds():
    base = dataset()
    variants = [
        dataset(level="municipality"),
        dataset(kind="upload"),
        Dataset(base.frame, "school", Source("demo", files=("x.csv",))),
        Dataset(base.frame, "school", Source("demo", date="2026-01-01")),
        dataset(report=Report(messages=[Message("ingest.x", {}, "warning")])),
        dataset(classes=pd.DataFrame({"school_id": ["a"], "class_name": ["7A"]})),
        dataset(interventions=pd.DataFrame({"intervention_id": ["I1"]})),
        Dataset(base.frame.astype({"pupils": "int64"}), "school", Source("demo")),  # same numbers, other type
        Dataset(base.frame.rename(columns={"pupils": "teachers_fte"}), "school", Source("demo")),
    ]
    prints = {base.fingerprint, *(v.fingerprint for v in variants)}
    assert len(prints) == len(variants) + 1


def test_a_pool_is_bounded_in_bytes_and_drops_the_least_recently_used(monkeypatch):
    monkeypatch.setattr(cache, "_shared_pool_budget", lambda pool: 3 * cache.MB + 4096)
    data = dataset()
    a = block(data, 1)
    stats = cache.SHARED.stats()["test-big"]
    assert stats["entries"] == 1 and 1 * cache.MB <= stats["bytes"] <= 1 * cache.MB + 4096
    block(data, 2)  # 1 + 2 MB fit
    assert cache.SHARED.stats()["test-big"]["entries"] == 2
    block(data, 1)  # touch the 1 MB entry: now the 2 MB one is the least recently used
    block(data, 3)  # needs room for 3 MB: both go (2 MB first, then 1 MB)
    assert [k[1][1][1] for k in cache.SHARED.keys("test-big")] == [3]
    assert block(data, 1) is not a  # recomputed after eviction
    block(data, 4)  # larger than the whole budget: computed, never stored
    assert all(k[1][1][1] != 4 for k in cache.SHARED.keys("test-big"))


def test_one_screen_filling_its_pool_evicts_nothing_of_another(monkeypatch):
    monkeypatch.setattr(cache, "_shared_pool_budget", lambda pool: 2 * cache.MB + 4096)
    data = dataset()
    kept = small(data, 1)
    for n in range(1, 3):
        for _ in range(3):
            block(data, n)
    assert cache.SHARED.keys("test-other") and small(data, 1) == kept
    assert cache.SHARED.stats()["test-other"]["entries"] == 1


def test_sizes_are_measured_deeply():
    frame = pd.DataFrame({"x": np.zeros(100_000)})  # 800 000 bytes of floats
    assert 800_000 <= cache.sizeof(frame) <= 801_000
    assert cache.sizeof({"a": frame, "b": frame}) < 802_000  # the same frame twice counts once
    assert cache.sizeof(b"x" * 10_000) >= 10_000
    text = pd.DataFrame({"s": ["å" * 100] * 1000})  # object/str column: the strings count
    assert cache.sizeof(text) >= 100_000


def test_a_visitors_own_data_never_enters_the_shared_pools():
    upload = dataset(kind="upload")
    mine = cache.private_store()
    cache.set_private_resolver(lambda: mine)
    first = echo(upload, 1)
    assert echo(upload, 1) is first and len(CALLS) == 1  # kept for this visitor
    assert cache.SHARED.keys("test") == []
    assert len(mine.keys(cache.VISITOR)) == 1
    other_visitor = cache.private_store()
    cache.set_private_resolver(lambda: other_visitor)
    echo(upload, 1)
    assert len(CALLS) == 2  # another visitor's session: computed again, never shared


def test_without_a_visitor_private_results_are_computed_and_not_kept():
    cache.set_private_resolver(lambda: None)
    upload = dataset(kind="upload")
    echo(upload, 1)
    echo(upload, 1)
    assert len(CALLS) == 2 and cache.SHARED.keys("test") == []


def test_idle_private_entries_are_swept():
    mine = cache.private_store()
    cache.set_private_resolver(lambda: mine)
    echo(dataset(kind="upload"), 1)
    assert cache.sweep_private(seconds=60) == 0  # just used
    time.sleep(0.05)
    assert cache.sweep_private(seconds=0.01) >= 1
    assert mine.keys(cache.VISITOR) == []


def test_a_room_asking_at_once_computes_once():
    started = threading.Barrier(8)

    def ask():
        started.wait()
        slow(dataset(), 7)

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert SLOW_CALLS == [7]


SLOW_CALLS: list[int] = []


@cache.cached("test")
def slow(data: Dataset, n: int) -> int:
    time.sleep(0.2)
    SLOW_CALLS.append(n)
    return n


def test_an_exception_is_not_cached_and_frees_the_key():
    with pytest.raises(ZeroDivisionError):
        fails(dataset(), 0)
    assert fails(dataset(), 1) == 1.0
    assert cache.SHARED.keys("test") and all(k[1][1][1] == 1 for k in cache.SHARED.keys("test"))


@cache.cached("test")
def fails(data: Dataset, n: int) -> float:
    return 1 / n


def test_every_cached_function_in_lib_is_named_and_uses_a_known_pool():
    """Each screen's pool has a share of the budget; a misspelt pool would get a default share silently."""
    found = []
    for info in pkgutil.walk_packages(lib.__path__, "lib."):
        if info.name.startswith(("lib.ui", "lib.__main__")):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if callable(value) and hasattr(value, "pool") and hasattr(value, "uncached") \
                    and value.__module__ == info.name:
                found.append((info.name, name, value.pool))
    assert found, "no cached functions found"
    assert {pool for _m, _n, pool in found} <= set(cache.POOL_WEIGHTS)


def test_large_containers_are_measured_on_a_sample_within_a_tenth():
    import sys

    names = {f"{i:08d}": f"Skola {i} " + "x" * (i % 200) for i in range(10_000)}  # lengths 0–199 in a cycle
    exact = sys.getsizeof(names) + sum(sys.getsizeof(k) + sys.getsizeof(v) for k, v in names.items())
    assert abs(cache.sizeof(names) - exact) / exact < 0.1
