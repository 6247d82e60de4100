"""Heavy computations of one visitor (a grouping of thousands of units, the reading of large files) kept from
stalling the others.

- **One at a time**: `slot()` holds one of the process's heavy-job slots (`settings().heavy_jobs`, 1 by default on
  two cores); others wait their turn, and `lib.ui.jobs` shows each waiting or running visitor a spinner saying so.
- **In a worker with a time limit**: `run_limited(fn, *args)` runs a module-level function in a fresh process
  (from a fork server that has the measures loaded), with one thread for NumPy/scikit-learn, and stops it after
  `settings().heavy_job_seconds` (20 s): `JobRefused` with the reason in words. The server's own threads only wait
  for the answer, so the Python interpreter lock stays free for other visitors, and the worker's memory goes back
  to the system when it ends.

Pure Python: no Streamlit here (the spinner is `lib.ui.jobs`, which registers itself with `set_reporter`).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager as ContextManager
from typing import Any, TypeVar

from lib.messages import Message

log = logging.getLogger(__name__)
R = TypeVar("R")

WAIT_SECONDS = 300.0  # how long a visitor waits for a slot before the job is refused as busy
PRELOAD = ["lib.measures.profiles", "lib.ingest"]  # what the fork server imports once, so workers start at once

Reporter = Callable[[str, str], ContextManager[Any]]  # (state "waiting"/"running", kind) → a context shown meanwhile
_reporter: Reporter | None = None
_slots: threading.BoundedSemaphore | None = None
_slots_lock = threading.Lock()
_held = threading.local()
_context: Any = None
stats = {"started": 0, "stopped": 0, "waited": 0}  # counts for tests and the load benchmark


class JobRefused(Exception):
    """The heavy job was not done: too slow (stopped at the time limit), busy (no slot in time) or the worker
    failed. `message` says so in words."""

    def __init__(self, message: Message):
        super().__init__(message)
        self.message = message


def set_reporter(reporter: Reporter | None) -> None:
    """Tell the jobs how to show a visitor that their job waits or runs (lib.ui.jobs does, with a spinner)."""
    global _reporter
    _reporter = reporter


def _report(state: str, kind: str) -> ContextManager[Any]:
    if _reporter is None:
        return contextlib.nullcontext()
    try:
        return _reporter(state, kind)
    except Exception:  # showing progress must never stop the job
        log.exception("job reporter failed")
        return contextlib.nullcontext()


def _semaphore() -> threading.BoundedSemaphore:
    global _slots
    with _slots_lock:
        if _slots is None:
            from lib.config import settings

            _slots = threading.BoundedSemaphore(settings().heavy_jobs)
        return _slots


def reset(slots: int | None = None) -> None:
    """Forget the slots (tests: a new number of slots, read again from the settings when None)."""
    global _slots
    with _slots_lock:
        _slots = threading.BoundedSemaphore(slots) if slots else None


@contextlib.contextmanager
def slot(kind: str) -> Iterator[None]:
    """Hold a heavy-job slot while the block runs (re-entrant within a thread); wait for one when all are taken,
    showing the visitor they wait, and raise JobRefused("jobs.busy") after WAIT_SECONDS."""
    if getattr(_held, "depth", 0):
        _held.depth += 1
        try:
            yield
        finally:
            _held.depth -= 1
        return
    slots = _semaphore()
    if not slots.acquire(blocking=False):
        stats["waited"] += 1
        with _report("waiting", kind):
            if not slots.acquire(timeout=WAIT_SECONDS):
                raise JobRefused(Message("jobs.busy", {"seconds": round(WAIT_SECONDS)}, "error"))
    _held.depth = 1
    try:
        with _report("running", kind):
            yield
    finally:
        _held.depth = 0
        slots.release()


def _mp() -> Any:
    """The fork-server context (a clean, single-threaded parent for workers; never a fork of the server itself)."""
    global _context
    with _slots_lock:
        if _context is None:
            method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
            _context = multiprocessing.get_context(method)
            if method == "forkserver":
                _context.set_forkserver_preload(PRELOAD)
        return _context


def _work(conn: Any, fn: Callable[..., Any], args: tuple) -> None:
    """In the worker: run `fn(*args)` with one NumPy/BLAS/OpenMP thread and send back (ok, value or error)."""
    try:
        from threadpoolctl import threadpool_limits

        with threadpool_limits(1):
            out: tuple[bool, Any] = (True, fn(*args))
    except BaseException as exc:  # the caller re-raises it in the server (a ProfileError is an answer)
        out = (False, exc)
    try:
        conn.send(out)
    except Exception as exc:  # an answer that does not pickle
        conn.send((False, RuntimeError(f"{type(exc).__name__}: {exc}")))
    finally:
        conn.close()


def run_limited(fn: Callable[..., R], *args: Any, seconds: float | None = None) -> R:
    """`fn(*args)` in a worker process, stopped after `seconds` (default: the settings' heavy-job limit). Raises
    what `fn` raised, or JobRefused: "jobs.too_slow" when stopped, "jobs.failed" when the worker died."""
    if seconds is None:
        from lib.config import settings

        seconds = settings().heavy_job_seconds
    ctx = _mp()
    receive, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_work, args=(send, fn, args), daemon=True)
    started = time.perf_counter()
    proc.start()
    send.close()
    stats["started"] += 1
    try:
        if not receive.poll(seconds):
            stats["stopped"] += 1
            log.warning("heavy job %s stopped after %.0f s", getattr(fn, "__qualname__", fn), seconds)
            raise JobRefused(Message("jobs.too_slow", {"seconds": max(1, round(seconds))}, "error"))
        ok, value = receive.recv()
    except EOFError:
        raise JobRefused(Message("jobs.failed", {}, "error")) from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(timeout=10)
        receive.close()
        log.info("heavy job %s: %.1f s", getattr(fn, "__qualname__", fn), time.perf_counter() - started)
    if not ok:
        raise value
    return value
