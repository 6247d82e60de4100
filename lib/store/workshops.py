"""Saved scenarios and workshops, with SQLAlchemy: SQLite by default (a file under the configured data
folder), PostgreSQL when DATABASE_URL says so. Scenarios are stored as validated JSON, never pickled.

A workshop code is unguessable (12 characters from 31 unambiguous ones, ≈ 59 bits), expires after a set time,
and only the facilitator (who holds a separate secret) can lock, reset or delete it. Creating codes is
rate-limited when the app runs in public mode.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, create_engine, delete, func, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from lib.messages import Message
from lib.store import scenarios

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ2345679"  # no 0/O, 1/I, 8/B look-alikes
CODE_LENGTH = 12
DEFAULT_HOURS = 12
MAX_SCENARIOS_PER_WORKSHOP = 200


class StorageError(ValueError):
    """A storage request that cannot be done; `message` says why in words."""

    def __init__(self, message: Message):
        super().__init__(message)
        self.message = message


class Base(DeclarativeBase):
    pass


class WorkshopRow(Base):
    __tablename__ = "workshops"
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    secret_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    locked: Mapped[bool] = mapped_column(Boolean, default=False)


class ScenarioRow(Base):
    __tablename__ = "scenarios"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workshop_code: Mapped[str] = mapped_column(String(16), ForeignKey("workshops.code", ondelete="CASCADE"),
                                               index=True)
    name: Mapped[str] = mapped_column(String(120))
    group_name: Mapped[str] = mapped_column(String(120))
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


@dataclass(frozen=True)
class Workshop:
    """A workshop as the app sees it."""

    code: str
    created_at: dt.datetime
    expires_at: dt.datetime
    locked: bool


@dataclass(frozen=True)
class Saved:
    """A stored scenario with its id and time."""

    id: int
    scenario: scenarios.Scenario
    created_at: dt.datetime


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _aware(value: dt.datetime) -> dt.datetime:
    """SQLite returns naive datetimes; they were stored in UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def normalise_code(code: str) -> str:
    """What people type: case and separators do not matter ("abcd-efgh-jkmn" → "ABCDEFGHJKMN")."""
    return "".join(ch for ch in str(code).upper() if ch in CODE_ALPHABET)[:CODE_LENGTH]


def format_code(code: str) -> str:
    """"ABCDEFGHJKMN" → "ABCD-EFGH-JKMN" for reading aloud and typing."""
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


class Store:
    """The database behind workshops and scenarios."""

    def __init__(self, url: str, engine: Engine | None = None):
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        connect_args = {"check_same_thread": False} if url.startswith("sqlite") else {}
        self.engine = engine or create_engine(url, pool_pre_ping=True, connect_args=connect_args)
        Base.metadata.create_all(self.engine)

    # Workshops -----------------------------------------------------------------------------------------
    def create_workshop(self, hours: float = DEFAULT_HOURS, rate_limit_per_hour: int | None = None
                        ) -> tuple[Workshop, str]:
        """A new workshop and the facilitator's secret (shown once). Rate-limited when a limit is given."""
        with self.engine.begin() as conn:
            if rate_limit_per_hour is not None:
                recent = conn.execute(select(func.count()).select_from(WorkshopRow)
                                      .where(WorkshopRow.created_at > now() - dt.timedelta(hours=1))).scalar_one()
                if recent >= rate_limit_per_hour:
                    raise StorageError(Message("storage.rate_limited", {"limit": rate_limit_per_hour}, "error"))
            code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
            secret = secrets.token_urlsafe(18)
            created = now()
            row = {"code": code, "secret_hash": _hash(secret), "created_at": created,
                   "expires_at": created + dt.timedelta(hours=hours), "locked": False}
            conn.execute(WorkshopRow.__table__.insert().values(**row))
        return Workshop(code, created, row["expires_at"], False), secret

    def workshop(self, code: str) -> Workshop:
        """The open (not expired) workshop with this code, or StorageError."""
        code = normalise_code(code)
        with self.engine.connect() as conn:
            row = conn.execute(select(WorkshopRow.__table__).where(WorkshopRow.code == code)).mappings().first()
        if row is None or _aware(row["expires_at"]) <= now():
            raise StorageError(Message("storage.no_workshop", {"code": format_code(code)}, "error"))
        return Workshop(row["code"], _aware(row["created_at"]), _aware(row["expires_at"]), bool(row["locked"]))

    def _check_secret(self, code: str, secret: str) -> str:
        code = normalise_code(code)
        with self.engine.connect() as conn:
            stored = conn.execute(select(WorkshopRow.secret_hash).where(WorkshopRow.code == code)).scalar_one_or_none()
        if stored is None or not hmac.compare_digest(stored, _hash(secret or "")):
            raise StorageError(Message("storage.not_facilitator", {}, "error"))
        return code

    def lock(self, code: str, secret: str, locked: bool = True) -> None:
        """Stop (or allow again) saving in a workshop."""
        code = self._check_secret(code, secret)
        with self.engine.begin() as conn:
            conn.execute(update(WorkshopRow).where(WorkshopRow.code == code).values(locked=locked))

    def reset(self, code: str, secret: str) -> int:
        """Delete the workshop's scenarios (the code stays); returns how many were deleted."""
        code = self._check_secret(code, secret)
        with self.engine.begin() as conn:
            return conn.execute(delete(ScenarioRow).where(ScenarioRow.workshop_code == code)).rowcount

    def delete_workshop(self, code: str, secret: str) -> None:
        """Delete the workshop and everything saved in it."""
        code = self._check_secret(code, secret)
        with self.engine.begin() as conn:
            conn.execute(delete(ScenarioRow).where(ScenarioRow.workshop_code == code))
            conn.execute(delete(WorkshopRow).where(WorkshopRow.code == code))

    def purge_expired(self) -> int:
        """Delete workshops (and their scenarios) whose time has run out; returns how many."""
        with self.engine.begin() as conn:
            codes = [r[0] for r in conn.execute(select(WorkshopRow.code).where(WorkshopRow.expires_at <= now()))]
            if codes:
                conn.execute(delete(ScenarioRow).where(ScenarioRow.workshop_code.in_(codes)))
                conn.execute(delete(WorkshopRow).where(WorkshopRow.code.in_(codes)))
        return len(codes)

    # Scenarios -----------------------------------------------------------------------------------------
    def save(self, code: str, scenario: scenarios.Scenario) -> int:
        """Store a scenario under an open, unlocked workshop; returns its id."""
        ws = self.workshop(code)
        if ws.locked:
            raise StorageError(Message("storage.locked", {"code": format_code(ws.code)}, "error"))
        payload = json.dumps(scenario.to_dict(), ensure_ascii=False)
        with self.engine.begin() as conn:
            count = conn.execute(select(func.count()).select_from(ScenarioRow)
                                 .where(ScenarioRow.workshop_code == ws.code)).scalar_one()
            if count >= MAX_SCENARIOS_PER_WORKSHOP:
                raise StorageError(Message("storage.full", {"limit": MAX_SCENARIOS_PER_WORKSHOP}, "error"))
            result = conn.execute(ScenarioRow.__table__.insert().values(
                workshop_code=ws.code, name=scenario.name[:120], group_name=scenario.group[:120], payload=payload,
                created_at=now()))
            return int(result.inserted_primary_key[0])

    def scenarios(self, code: str) -> list[Saved]:
        """The workshop's scenarios, oldest first, each validated again on the way out."""
        ws = self.workshop(code)
        with self.engine.connect() as conn:
            rows = conn.execute(select(ScenarioRow.id, ScenarioRow.payload, ScenarioRow.created_at)
                                .where(ScenarioRow.workshop_code == ws.code).order_by(ScenarioRow.id)).all()
        out = []
        for row in rows:
            try:
                out.append(Saved(row.id, scenarios.from_dict(json.loads(row.payload)), _aware(row.created_at)))
            except (scenarios.ScenarioError, json.JSONDecodeError):
                continue  # a stored item that no longer validates is skipped, not shown half-read
        return out

    def delete_scenario(self, code: str, scenario_id: int) -> None:
        """Delete one saved scenario of a workshop (anyone in the workshop may delete their own group's)."""
        ws = self.workshop(code)
        with self.engine.begin() as conn:
            conn.execute(delete(ScenarioRow).where(ScenarioRow.workshop_code == ws.code,
                                                   ScenarioRow.id == int(scenario_id)))

    def export(self, code: str) -> list[dict[str, Any]]:
        """Everything saved in a workshop as plain data (for download)."""
        return [{"id": s.id, "created_at": s.created_at.isoformat(), **s.scenario.to_dict()}
                for s in self.scenarios(code)]
