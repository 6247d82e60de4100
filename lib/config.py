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
    workshop_hours: float = 12.0  # how long a workshop code stays open
    workshop_rate_limit: int | None = None  # new workshop codes per hour (public mode only)


def _editor_keys(raw: str) -> dict[str, str]:
    """LARARRESURSER_EDITOR_KEYS="Anna:key1,Bo:key2" → {"key1": "Anna", "key2": "Bo"}."""
    keys: dict[str, str] = {}
    for part in raw.split(","):
        if ":" in part:
            name, key = part.split(":", 1)
            if name.strip() and len(key.strip()) >= 8:
                keys[key.strip()] = name.strip()
    return keys


def settings() -> Settings:
    """The settings now in force (read on each call so tests can set environment variables)."""
    var = Path(os.environ.get("LARARRESURSER_VAR_DIR", ROOT / "var"))
    db_path = os.environ.get("LARARRESURSER_DB_PATH", str(var / "lararresurser.sqlite"))
    public = _flag("LARARRESURSER_PUBLIC")
    return Settings(
        public_mode=public,
        database_url=os.environ.get("DATABASE_URL") or f"sqlite:///{db_path}",
        max_upload_mb=int(os.environ.get("LARARRESURSER_MAX_UPLOAD_MB", "10" if public else "200")),
        max_rows=int(os.environ.get("LARARRESURSER_MAX_ROWS", "50000" if public else "2000000")),
        skolverket_api_url=os.environ.get("SKOLVERKET_API_URL",
                                          "https://api.skolverket.se/planned-educations").rstrip("/"),
        kolada_api_url=os.environ.get("KOLADA_API_URL", "https://api.kolada.se").rstrip("/"),
        cache_dir=Path(os.environ.get("LARARRESURSER_CACHE_DIR", var / "cache")),
        editor_keys=_editor_keys(os.environ.get("LARARRESURSER_EDITOR_KEYS", "")),
        sso_header=os.environ.get("LARARRESURSER_SSO_HEADER") or None,
        workshop_hours=float(os.environ.get("LARARRESURSER_WORKSHOP_HOURS", "12")),
        workshop_rate_limit=int(os.environ.get("LARARRESURSER_WORKSHOP_RATE_LIMIT", "20")) if public else None,
    )
