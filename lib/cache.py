"""The app's one cache for computations: named functions whose arguments are their key.

A screen's computation is a module-level function decorated with `@cached("screen")`, called the same way from
a page, the CLI and a test. Its arguments are the whole key: a `Dataset` counts by its fingerprint (which covers
everything the dataset holds), every other argument must be a plain immutable value — str, int, float, bool,
None, an enum, a tuple or frozenset of those, or a frozen dataclass of those. A DataFrame, a lambda or a list is
refused with a TypeError, so no dependency can hide outside the key.

Where a result lives:
- **shared data** (the demo): one entry per key for every visitor, in the pool the decorator names. Each pool
  is bounded in bytes — sizes are measured here, since Streamlit's caches bound entries, not bytes — and drops
  its least recently used entries first, so one visitor sweeping school sheets cannot evict a room's maps.
- **a visitor's own data** (an upload, a fetch): in that visitor's private cache, which `lib.ui.state` keeps
  in the session, bounded in bytes and emptied after `PRIVATE_IDLE_SECONDS` without use (a janitor thread
  sweeps), so nothing derived from an upload outlives its session by more than a few minutes.
- **no visitor** (the CLI, tests): private results are computed and not kept.

Results are shared, not copied: never mutate what a cached function returns — derive a new object instead.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import os
import sys
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

import numpy as np
import pandas as pd

P = ParamSpec("P")
R = TypeVar("R")

MB = 1024 * 1024
PRIVATE_IDLE_SECONDS = 300
JANITOR_SECONDS = 30

# Share of the shared budget per pool (a screen, or "dataset" for the per-dataset basics every screen asks for).
# Screens whose views are large or many (maps, sheets) get more; a pool not listed gets weight 1.
POOL_WEIGHTS: dict[str, float] = {
    "dataset": 1, "maps": 2, "start": 0.5, "data": 0.5, "karta": 3, "likvardighet": 2, "profiler": 2,
    "klasser": 1, "forstelarare": 2, "workshop": 0.5, "skolblad": 1, "insatser": 1, "om": 0.5,
    "resursfordelning": 1, "sjalvskattning": 0.5, "kommun": 1,
}


def shared_budget_bytes() -> int:
    """The shared cache's total budget: `LARARRESURSER_CACHE_MB` (default 512 MB), split over the pools."""
    return int(float(os.environ.get("LARARRESURSER_CACHE_MB", "512")) * MB)


def private_budget_bytes() -> int:
    """One visitor's private budget: `LARARRESURSER_PRIVATE_CACHE_MB` (default 64 MB), for all their screens."""
    return int(float(os.environ.get("LARARRESURSER_PRIVATE_CACHE_MB", "64")) * MB)


# --- keys ---------------------------------------------------------------------------------------------------

_PLAIN = (str, int, float, bool, bytes, type(None))


def key_part(value: Any) -> Any:
    """One argument as a hashable key part that tells apart what equality would merge (1, 1.0 and True;
    "1" and 1). Datasets count by `cache_key()`; anything that could hide a dependency is refused."""
    if isinstance(value, _PLAIN):
        return (type(value).__name__, value)
    if hasattr(value, "cache_key") and callable(value.cache_key):
        return value.cache_key()
    if isinstance(value, enum.Enum):
        return (type(value).__qualname__, value.value)
    if isinstance(value, tuple):
        return ("tuple", tuple(key_part(v) for v in value))
    if isinstance(value, frozenset):
        return ("frozenset", tuple(sorted((key_part(v) for v in value), key=repr)))
    if isinstance(value, np.integer | np.floating | np.bool_):
        return key_part(value.item())
    if dataclasses.is_dataclass(value) and not isinstance(value, type) and \
            type(value).__dataclass_params__.frozen:
        return (type(value).__qualname__,
                tuple((f.name, key_part(getattr(value, f.name))) for f in dataclasses.fields(value)))
    raise TypeError(f"a cached function's argument must be a dataset or a plain immutable value, not "
                    f"{type(value).__name__}: pass the data and the choices, not something derived from them")


def call_key(fn: Callable[..., Any], args: tuple, kwargs: dict) -> tuple:
    """The key of one call: the function's qualified name and every argument."""
    return (f"{fn.__module__}.{fn.__qualname__}", tuple(key_part(a) for a in args),
            tuple(sorted((k, key_part(v)) for k, v in kwargs.items())))


def is_private(args: tuple, kwargs: dict) -> bool:
    """True when any argument is a visitor's own data (a dataset that is not shared)."""
    return any(getattr(v, "shared", True) is False for v in (*args, *kwargs.values()) if hasattr(v, "cache_key"))


# --- sizes --------------------------------------------------------------------------------------------------

def sizeof(value: Any, _seen: set[int] | None = None) -> int:
    """The bytes `value` holds, deeply (frames with their object columns, arrays, Arrow tables, bytes, and the
    containers, dataclasses and objects around them); an object reached twice counts once."""
    seen = set() if _seen is None else _seen
    if id(value) in seen:
        return 0
    seen.add(id(value))
    if isinstance(value, pd.DataFrame | pd.Series | pd.Index):
        memory = value.memory_usage(deep=True)
        return int(memory.sum() if isinstance(memory, pd.Series) else memory)
    if isinstance(value, np.ndarray):
        return int(value.nbytes)
    if type(value).__module__.startswith("pyarrow") and hasattr(value, "nbytes"):
        return int(value.nbytes)
    if isinstance(value, str | bytes | bytearray | int | float | bool | type(None)):
        return sys.getsizeof(value)
    if isinstance(value, dict):
        return sys.getsizeof(value) + _items_size(list(value), seen) + _items_size(list(value.values()), seen)
    if isinstance(value, list | tuple | set | frozenset):
        return sys.getsizeof(value) + _items_size(value if isinstance(value, list | tuple) else list(value), seen)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return sys.getsizeof(value) + sum(sizeof(getattr(value, f.name), seen) for f in dataclasses.fields(value))
    if hasattr(value, "__dict__"):
        return sys.getsizeof(value) + sizeof(vars(value), seen)
    return sys.getsizeof(value)


SAMPLE = 64  # a container with more items is measured on an even sample of them and extrapolated


def _items_size(items: list | tuple, seen: set[int]) -> int:
    """The items' deep size; past SAMPLE items, the mean of an even sample times their number (a school picker of
    5 000 names was measured in a third of the time it took to build)."""
    n = len(items)
    if n <= SAMPLE:
        return sum(sizeof(item, seen) for item in items)
    step = n / SAMPLE
    return int(sum(sizeof(items[int(i * step)], seen) for i in range(SAMPLE)) * n / SAMPLE)


# --- stores -------------------------------------------------------------------------------------------------

@dataclasses.dataclass
class _Entry:
    value: Any
    size: int
    used: float


class Store:
    """Pools of entries, each bounded in bytes with least-recently-used eviction; one computation per key at a
    time (a room that asks for the same view at once computes it once)."""

    def __init__(self, budget: Callable[[str], int]) -> None:
        self._budget = budget
        self._pools: dict[str, OrderedDict[tuple, _Entry]] = {}
        self._bytes: dict[str, int] = {}
        self._lock = threading.Lock()
        self._computing: dict[tuple, threading.Lock] = {}
        self.hits = 0
        self.misses = 0

    def get(self, pool: str, key: tuple, compute: Callable[[], R]) -> R:
        """The stored value for `key` in `pool`, or `compute()` stored there (when it fits the pool's budget)."""
        with self._lock:
            found = self._lookup(pool, key)
            if found is not None:
                return found.value
            gate = self._computing.setdefault((pool, key), threading.Lock())
        with gate:
            with self._lock:
                found = self._lookup(pool, key)
            if found is not None:
                return found.value
            try:
                value = compute()
                size = sizeof(value)
                with self._lock:
                    self.misses += 1
                    self._put(pool, key, value, size)
                return value
            finally:
                with self._lock:
                    self._computing.pop((pool, key), None)

    def _lookup(self, pool: str, key: tuple) -> _Entry | None:
        entries = self._pools.get(pool)
        entry = entries.get(key) if entries is not None else None
        if entry is not None:
            entries.move_to_end(key)
            entry.used = time.monotonic()
            self.hits += 1
        return entry

    def _put(self, pool: str, key: tuple, value: Any, size: int) -> None:
        budget = self._budget(pool)
        if size > budget:
            return
        entries = self._pools.setdefault(pool, OrderedDict())
        total = self._bytes.get(pool, 0)
        while entries and total + size > budget:
            _old_key, old = entries.popitem(last=False)
            total -= old.size
        entries[key] = _Entry(value, size, time.monotonic())
        self._bytes[pool] = total + size

    def drop_idle(self, seconds: float) -> int:
        """Remove entries unused for `seconds`; returns how many went."""
        cutoff = time.monotonic() - seconds
        gone = 0
        with self._lock:
            for pool, entries in self._pools.items():
                for key in [k for k, e in entries.items() if e.used < cutoff]:
                    self._bytes[pool] -= entries.pop(key).size
                    gone += 1
        return gone

    def clear(self) -> None:
        with self._lock:
            self._pools.clear()
            self._bytes.clear()

    def stats(self) -> dict[str, dict[str, int]]:
        """Entries and bytes per pool, with each pool's budget."""
        with self._lock:
            return {pool: {"entries": len(entries), "bytes": self._bytes.get(pool, 0), "budget": self._budget(pool)}
                    for pool, entries in self._pools.items()}

    def keys(self, pool: str) -> list[tuple]:
        """The keys held in one pool (for tests and the benchmark)."""
        with self._lock:
            return list(self._pools.get(pool, {}))


def _shared_pool_budget(pool: str) -> int:
    total = shared_budget_bytes()
    return int(total * POOL_WEIGHTS.get(pool, 1) / sum(POOL_WEIGHTS.values()))


SHARED = Store(lambda pool: _shared_pool_budget(pool))  # looked up on each use: tests and settings may change it

_PRIVATE: weakref.WeakSet[Store] = weakref.WeakSet()
_janitor_started = threading.Event()


VISITOR = "visitor"  # the one pool of a private store: one budget for all of a visitor's screens


def private_store() -> Store:
    """A new private store for one visitor: one byte budget for all their screens, swept when idle."""
    store = Store(lambda _pool: private_budget_bytes())
    _PRIVATE.add(store)
    _start_janitor()
    return store


def sweep_private(seconds: float = PRIVATE_IDLE_SECONDS) -> int:
    """Drop private entries unused for `seconds` in every visitor's store; returns how many went."""
    return sum(store.drop_idle(seconds) for store in list(_PRIVATE))


def _start_janitor() -> None:
    if _janitor_started.is_set():
        return
    _janitor_started.set()

    def run() -> None:
        while True:
            time.sleep(JANITOR_SECONDS)
            sweep_private()

    threading.Thread(target=run, name="lararresurser-cache-janitor", daemon=True).start()


_resolver: Callable[[], Store | None] = lambda: None  # noqa: E731 — replaced by lib.ui.state


def set_private_resolver(resolver: Callable[[], Store | None]) -> None:
    """Tell the cache how to find the current visitor's private store (lib.ui.state does, from the session)."""
    global _resolver
    _resolver = resolver


# --- the decorator ------------------------------------------------------------------------------------------

def cached(pool: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Cache a module-level function by all its arguments, in `pool` (the screen it serves) for shared data or
    in the visitor's private store for their own. `fn.uncached` is the plain function."""

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        if "<locals>" in fn.__qualname__ or fn.__name__ == "<lambda>":
            raise TypeError(f"{fn.__qualname__}: only module-level functions can be cached (their name is the key)")

        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            key = call_key(fn, args, kwargs)
            if not is_private(args, kwargs):
                return SHARED.get(pool, key, lambda: fn(*args, **kwargs))
            store = _resolver()
            if store is None:
                return fn(*args, **kwargs)
            return store.get(VISITOR, (pool, *key), lambda: fn(*args, **kwargs))

        wrapper.uncached = fn  # type: ignore[attr-defined]
        wrapper.pool = pool  # type: ignore[attr-defined]
        return wrapper

    return decorate
