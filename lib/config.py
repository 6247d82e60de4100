"""Settings from the environment, read in one place. Nothing secret is ever stored in the repository."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "ja", "on"}


@dataclass(frozen=True)
class Settings:
    """Deployment settings. `public_mode` is the one switch for the public demo (see docs/DEPLOYMENT.md)."""

    public_mode: bool
    database_url: str
    max_upload_mb: int
    max_rows: int
    skolverket_api_url: str
    kolada_api_url: str
    cache_dir: Path
    editor_keys: dict[str, str]  # editor key → editor's name (internal deployment only)
    sso_header: str | None
    sso_secret_header: str | None = None  # the header with the secret only the proxy sets (with sso_header)
    sso_secret: str | None = None  # that secret (16+ characters; without it the SSO header is ignored)
    log_key: str | None = None  # the register's change-log HMAC key (16+ characters; never in the database)
    workshop_hours: float = 12.0  # how long a workshop code stays open
    workshop_rate_limit: int | None = None  # new workshop codes per hour in the whole service (public mode only)
    workshop_rate_limit_session: int | None = None  # … per visitor's session (public mode only)
    workshop_rate_limit_address: int | None = None  # … per client address, with a trusted proxy (public mode only)
    trusted_proxies: int = 0  # reverse proxies in front that append the client to X-Forwarded-For (0: trust none)
    max_files: int = 40  # files in one upload
    max_columns: int = 500  # columns of a file (real exports have up to about 130)
    max_unpacked_mb: int = 100  # one part of an Excel file, unpacked
    heavy_jobs: int = 1  # heavy computations (a visitor's grouping of many units) at a time in one process
    heavy_job_seconds: float = 20.0  # a heavy computation's time limit


def _editor_keys(raw: str) -> dict[str, str]:
    """LARARRESURSER_EDITOR_KEYS="Anna:key1,Bo:key2" → {"key1": "Anna", "key2": "Bo"}."""
    keys: dict[str, str] = {}
    for part in raw.split(","):
        if ":" in part:
            name, key = part.split(":", 1)
            if name.strip() and len(key.strip()) >= 8:
                keys[key.strip()] = name.strip()
    return keys


def _proxy_count(raw: str) -> int:
    """LARARRESURSER_TRUSTED_PROXY: how many trusted reverse proxies stand in front ("1", "2"; "yes" = 1; "0",
    "no" or unset = none, and X-Forwarded-For is ignored)."""
    raw = raw.strip().lower()
    if raw.isdigit():
        return int(raw)
    return 1 if raw in {"true", "yes", "ja", "on"} else 0


def _int(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


def _secret(name: str) -> str | None:
    """A secret from the environment, or None when unset or shorter than 16 characters (too easy to guess)."""
    value = (os.environ.get(name) or "").strip()
    return value if len(value) >= 16 else None


BUNDLED_DATA: tuple[str, ...] = ("demo", "sverige")  # the bundled sources a visitor (or a link's `data`) can choose


def default_data() -> str:
    """The bundled source a new visitor opens on (LARARRESURSER_DEFAULT_DATA; the test suite sets "demo", so a
    test that wants another source chooses it explicitly)."""
    value = os.environ.get("LARARRESURSER_DEFAULT_DATA", "sverige").strip().lower()
    return value if value in BUNDLED_DATA else "sverige"


def settings() -> Settings:
    """The settings now in force (read on each call so tests can set environment variables)."""
    var = Path(os.environ.get("LARARRESURSER_VAR_DIR", ROOT / "var"))
    db_path = os.environ.get("LARARRESURSER_DB_PATH", str(var / "lararresurser.sqlite"))
    public = _flag("LARARRESURSER_PUBLIC")
    max_upload_mb = _int("LARARRESURSER_MAX_UPLOAD_MB", 10 if public else 200)
    return Settings(
        public_mode=public,
        database_url=os.environ.get("DATABASE_URL") or f"sqlite:///{db_path}",
        max_upload_mb=max_upload_mb,
        max_rows=int(os.environ.get("LARARRESURSER_MAX_ROWS", "50000" if public else "2000000")),
        skolverket_api_url=os.environ.get("SKOLVERKET_API_URL",
                                          "https://api.skolverket.se/planned-educations").rstrip("/"),
        kolada_api_url=os.environ.get("KOLADA_API_URL", "https://api.kolada.se").rstrip("/"),
        cache_dir=Path(os.environ.get("LARARRESURSER_CACHE_DIR", var / "cache")),
        editor_keys=_editor_keys(os.environ.get("LARARRESURSER_EDITOR_KEYS", "")),
        sso_header=os.environ.get("LARARRESURSER_SSO_HEADER") or None,
        sso_secret_header=os.environ.get("LARARRESURSER_SSO_SECRET_HEADER") or None,
        sso_secret=_secret("LARARRESURSER_SSO_SECRET"),
        log_key=_secret("LARARRESURSER_LOG_KEY"),
        workshop_hours=float(os.environ.get("LARARRESURSER_WORKSHOP_HOURS", "12")),
        workshop_rate_limit=int(os.environ.get("LARARRESURSER_WORKSHOP_RATE_LIMIT", "200")) if public else None,
        workshop_rate_limit_session=int(os.environ.get("LARARRESURSER_WORKSHOP_RATE_LIMIT_SESSION", "3"))
        if public else None,
        workshop_rate_limit_address=int(os.environ.get("LARARRESURSER_WORKSHOP_RATE_LIMIT_ADDRESS", "10"))
        if public else None,
        trusted_proxies=_proxy_count(os.environ.get("LARARRESURSER_TRUSTED_PROXY", "")),
        max_files=_int("LARARRESURSER_MAX_FILES", 8 if public else 40),
        max_columns=_int("LARARRESURSER_MAX_COLUMNS", 500),
        # An Excel part may unpack to five times the upload limit (50 MB public), never more than 100 MB.
        max_unpacked_mb=_int("LARARRESURSER_MAX_UNPACKED_MB", min(5 * max_upload_mb, 100)),
        heavy_jobs=max(1, _int("LARARRESURSER_HEAVY_JOBS", 1)),
        heavy_job_seconds=float(os.environ.get("LARARRESURSER_HEAVY_JOB_SECONDS") or 20),
    )
