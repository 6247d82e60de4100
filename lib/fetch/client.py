"""A small, polite HTTP client for open-data APIs.

- a timeout on every request (10 s by default) and an overall deadline per request, so nothing hangs;
- retries with exponential back-off on 429 (honouring a short Retry-After), 5xx and timeouts;
- at most `max_workers` (4) requests at a time when work is spread over a thread pool;
- an on-disk JSON cache keyed by URL (and Accept header), so a second fetch of the same data costs no requests;
- counters of requests made, cache hits and retries.

Failures become a `FetchError` carrying an i18n key (`fetch.unreachable`, `fetch.timeout`, …) and parameters,
so the CLI and the app can say what happened in Swedish or English.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlencode

import httpx

from lib import __version__

T = TypeVar("T")
R = TypeVar("R")

USER_AGENT = f"Lararresurser/{__version__} (+open data; polite client)"
DEFAULT_TIMEOUT = 10.0
MAX_WORKERS = 4
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 5.0  # seconds: a longer Retry-After is not waited for (the fetch fails instead of hanging)


class FetchError(Exception):
    """A fetch that could not be done: an i18n key (prefix "fetch."), parameters, and the URL concerned."""

    def __init__(self, key: str, url: str = "", **params: Any):
        self.key = key
        self.url = url
        self.params = {"url": url, **params}
        super().__init__(f"{key}: {url} {params}".strip())

    def text(self, lang: str = "sv") -> str:
        from lib.i18n import t

        return t(self.key, lang, **self.params)


class Cancelled(Exception):
    """Raised inside worker threads when another task has already failed."""


@dataclass
class Stats:
    """What a client has done: requests sent (including retries), cache hits, retries, seconds spent waiting."""

    requests: int = 0
    cache_hits: int = 0
    retries: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def bump(self, name: str, by: int = 1) -> None:
        with self._lock:
            setattr(self, name, getattr(self, name) + by)

    def as_dict(self) -> dict[str, int]:
        return {"requests": self.requests, "cache_hits": self.cache_hits, "retries": self.retries}


def full_url(url: str, params: dict[str, Any] | None = None) -> str:
    """The URL with its query parameters in a stable order (the cache key)."""
    if not params:
        return url
    clean = sorted((k, str(v)) for k, v in params.items() if v is not None)
    return f"{url}{'&' if '?' in url else '?'}{urlencode(clean)}"


class JsonCache:
    """One JSON file per URL under `directory`, with the time it was stored; entries older than `ttl` are stale."""

    def __init__(self, directory: Path, ttl: float | None = 7 * 24 * 3600):
        self.directory = Path(directory)
        self.ttl = ttl

    def _path(self, key: str) -> Path:
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
        return self.directory / digest[:2] / f"{digest}.json"

    def get(self, key: str) -> tuple[bool, Any]:
        """(found, value). A missing, stale or unreadable entry counts as not found."""
        path = self._path(key)
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False, None
        if not isinstance(entry, dict) or entry.get("key") != key:
            return False, None
        if self.ttl is not None and time.time() - float(entry.get("stored", 0)) > self.ttl:
            return False, None
        return True, entry.get("value")

    def put(self, key: str, value: Any) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{threading.get_ident()}.tmp")
            tmp.write_text(json.dumps({"key": key, "stored": time.time(), "value": value}, ensure_ascii=False),
                           encoding="utf-8")
            tmp.replace(path)
        except OSError:
            pass  # a cache that cannot be written only costs requests next time


class Client:
    """GET JSON politely. Thread-safe: one client may serve the tasks of `map`."""

    def __init__(self, *, headers: dict[str, str] | None = None, timeout: float = DEFAULT_TIMEOUT,
                 retries: int = 3, backoff: float = 0.5, max_workers: int = MAX_WORKERS,
                 cache_dir: Path | str | None = None, cache_ttl: float | None = 7 * 24 * 3600,
                 deadline: float | None = None, transport: httpx.BaseTransport | None = None):
        self.timeout = float(timeout)
        self.retries = max(0, int(retries))
        self.backoff = float(backoff)
        self.max_workers = max(1, min(int(max_workers), MAX_WORKERS))
        # The longest one logical request may take, retries and waits included.
        self.deadline = float(deadline) if deadline is not None else 2 * self.timeout + 2 * self.backoff
        self.cache = JsonCache(Path(cache_dir), cache_ttl) if cache_dir is not None else None
        self.stats = Stats()
        self._cancel = threading.Event()
        self._http = httpx.Client(headers={"User-Agent": USER_AGENT, **(headers or {})},
                                  timeout=httpx.Timeout(self.timeout), follow_redirects=True, transport=transport,
                                  limits=httpx.Limits(max_connections=self.max_workers))

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def get_json(self, url: str, params: dict[str, Any] | None = None, *, missing_ok: bool = False) -> Any:
        """The JSON document at `url` (from the cache when there). With `missing_ok`, 404 gives None (cached)."""
        target = full_url(url, params)
        key = f"{self._http.headers.get('Accept', '')} {target}"
        if self.cache is not None:
            found, value = self.cache.get(key)
            if found:
                self.stats.bump("cache_hits")
                return value
        value = self._get(target, missing_ok)
        if self.cache is not None:
            self.cache.put(key, value)
        return value

    def _get(self, url: str, missing_ok: bool) -> Any:
        start = time.monotonic()
        attempt = 0
        while True:
            if self._cancel.is_set():
                raise Cancelled(url)
            remaining = self.deadline - (time.monotonic() - start)
            if remaining <= 0:
                raise FetchError("fetch.timeout", url, seconds=_secs(self.timeout))
            self.stats.bump("requests")
            retry_after: float | None = None
            try:
                per_try = min(self.timeout, max(remaining, 0.05))
                response = self._http.get(url, timeout=httpx.Timeout(per_try))
            except httpx.TimeoutException as exc:
                if isinstance(exc, httpx.ConnectTimeout):
                    raise FetchError("fetch.unreachable", url, detail="connect timeout") from exc
                failure: FetchError = FetchError("fetch.timeout", url, seconds=_secs(self.timeout))
            except httpx.ConnectError as exc:
                # Refused or no such host: retrying does not help and would only delay the message.
                raise FetchError("fetch.unreachable", url, detail=_short(exc)) from exc
            except httpx.HTTPError as exc:
                failure = FetchError("fetch.unreachable", url, detail=_short(exc))
            else:
                if response.status_code == 404 and missing_ok:
                    return None
                if response.status_code in RETRY_STATUSES:
                    key = "fetch.rate_limited" if response.status_code == 429 else "fetch.server_error"
                    failure = FetchError(key, url, status=response.status_code)
                    retry_after = _retry_after(response.headers.get("Retry-After"))
                elif response.status_code >= 400:
                    raise FetchError("fetch.http_error", url, status=response.status_code)
                else:
                    try:
                        return response.json()
                    except ValueError as exc:
                        raise FetchError("fetch.bad_response", url, detail=_short(exc)) from exc
            if attempt >= self.retries:
                raise failure
            wait_for = retry_after if retry_after is not None else self.backoff * (2 ** attempt)
            if retry_after is not None and retry_after > MAX_RETRY_AFTER:
                raise failure
            if time.monotonic() - start + wait_for >= self.deadline:
                raise failure
            attempt += 1
            self.stats.bump("retries")
            if self._cancel.wait(wait_for):
                raise Cancelled(url)

    def map(self, fn: Callable[[T], R], items: Iterable[T],
            progress: Callable[[int, int], None] | None = None) -> list[R]:
        """`fn` over `items` with at most `max_workers` at a time, results in input order. The first failure
        stops the rest (tasks not started are dropped, waits are cut short) and is raised."""
        items = list(items)
        total = len(items)
        if total == 0:
            return []
        self._cancel.clear()
        results: list[Any] = [None] * total
        done = 0
        pool = ThreadPoolExecutor(max_workers=self.max_workers, thread_name_prefix="fetch")
        try:
            futures = {pool.submit(fn, item): i for i, item in enumerate(items)}
            pending = set(futures)
            while pending:
                finished, pending = wait(pending, return_when=FIRST_EXCEPTION)
                for fut in finished:
                    exc = fut.exception()
                    if exc is not None and not isinstance(exc, Cancelled):
                        self._cancel.set()
                        for other in pending:
                            other.cancel()
                        raise exc
                    results[futures[fut]] = fut.result() if exc is None else None
                    done += 1
                    if progress is not None:
                        progress(done, total)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            self._cancel.clear()
        return results


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def _secs(value: float) -> str:
    return f"{value:g}"


def _short(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return text[:200]
