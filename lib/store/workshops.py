"""Saved scenarios and workshops, with SQLAlchemy: SQLite by default (a file under the configured data
folder), PostgreSQL when DATABASE_URL says so. Scenarios are stored as validated JSON, never pickled.

A workshop code is unguessable (12 characters from 31 unambiguous ones, ≈ 59 bits), expires after a set time,
and only the facilitator (who holds a separate secret) can lock, reset or delete it. Creating codes is
rate-limited when the app runs in public mode: per visitor's session, per client address (when a trusted proxy
passes one) and for the whole service. The counts live in the database (table `workshop_creations`, hashed session
ids and addresses with a time, kept for one hour), so several replicas share them.

Expired workshops and their scenarios are deleted on every workshop creation and on the first access to a workshop
or its scenarios after `PURGE_EVERY` (per process).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import ipaddress
import json
import logging
import math
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, create_engine, delete, func, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from lib.messages import Message
from lib.store import scenarios

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ2345679"  # no 0/O, 1/I, 8/B look-alikes
CODE_LENGTH = 12
DEFAULT_HOURS = 12
MAX_SCENARIOS_PER_WORKSHOP = 200
SEPARATORS = "-‐‑‒–—―−_. "  # what people type between the groups of a code (hyphens, dashes, spaces): ignored
RATE_WINDOW = dt.timedelta(hours=1)  # creation limits count the creations of the last hour
PURGE_EVERY = dt.timedelta(minutes=5)  # expired workshops are deleted at most this often per process on access
_CREATION_LOCK = 7_318_204_511  # the PostgreSQL advisory lock that serialises checking the creation limits
_SCHEMA_LOCK = 7_318_204_512  # … and the one that serialises making the tables (replicas starting at once)

log = logging.getLogger(__name__)


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


class CreationRow(Base):
    """One workshop creation, for the rate limits: when, by which session and from which address (both hashed;
    None when unknown). Rows older than `RATE_WINDOW` are deleted."""

    __tablename__ = "workshop_creations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    session_hash: Mapped[str | None] = mapped_column(String(64), index=True, nullable=True)
    address_hash: Mapped[str | None] = mapped_column(String(64), index=True, nullable=True)


class ScenarioRow(Base):
    __tablename__ = "scenarios"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workshop_code: Mapped[str] = mapped_column(String(16), ForeignKey("workshops.code", ondelete="CASCADE"),
                                               index=True)
    name: Mapped[str] = mapped_column(String(120))
    group_name: Mapped[str] = mapped_column(String(120))
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class AssessmentRow(Base):
    """A self-assessment saved under a workshop (lib.store.assessments), JSON validated on the way in and out."""

    __tablename__ = "assessments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workshop_code: Mapped[str] = mapped_column(String(16), ForeignKey("workshops.code", ondelete="CASCADE"),
                                               index=True)
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
class Limits:
    """How many workshops may be created per `RATE_WINDOW`: by one session, from one client address, in all.
    None: no limit of that kind."""

    per_session: int | None = None
    per_address: int | None = None
    total: int | None = None


@dataclass(frozen=True)
class Requester:
    """Who asks for a new workshop: the visitor's session id and, when a trusted proxy passes it, their address
    (`client_address`). Stored only hashed."""

    session: str | None = None
    address: str | None = None


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


def _digest(kind: str, value: str | None) -> str | None:
    """A session id or an address as stored for the rate limits: a hash, never the value."""
    return None if not value else hashlib.sha256(f"lararresurser:{kind}:{value}".encode()).hexdigest()


def normalise_code(code: str) -> str:
    """What people type: case, hyphens and spaces do not matter ("abcd-efgh-jkmn" → "ABCDEFGHJKMN"). Anything
    else that a code cannot hold, or another length, is a StorageError saying what a code is made of — the
    typed text is never shortened or cleaned into another code."""
    raw = str(code).upper()
    cleaned = "".join(ch for ch in raw if ch not in SEPARATORS and not ch.isspace())
    if len(cleaned) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in cleaned):
        raise StorageError(Message("storage.bad_code", {"length": CODE_LENGTH}, "error"))
    return cleaned


def client_address(forwarded_for: str | None, trusted_proxies: int) -> str | None:
    """The visitor's address from an X-Forwarded-For header, when `trusted_proxies` (≥ 1) reverse proxies that
    append to it stand in front of the app: the address the outermost trusted proxy saw, counted from the right
    (what a client writes itself stands further left and is ignored). IPv6 addresses count by their /64 network
    (one household's or device's range). None without trusted proxies, header or a valid address."""
    if trusted_proxies < 1 or not forwarded_for:
        return None
    hops = [part.strip() for part in str(forwarded_for).split(",")]
    if len(hops) < trusted_proxies:
        return None
    try:
        ip = ipaddress.ip_address(hops[-trusted_proxies])
    except ValueError:
        return None
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def format_code(code: str) -> str:
    """"ABCDEFGHJKMN" → "ABCD-EFGH-JKMN" for reading aloud and typing."""
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def create_tables(engine: Engine) -> None:
    """Make the tables that are missing. Replicas that start at once against an empty PostgreSQL take turns (an
    advisory lock held by the transaction): two concurrent CREATE TABLEs of one name fail there."""
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(select(func.pg_advisory_xact_lock(_SCHEMA_LOCK)))
        Base.metadata.create_all(conn)


class Store:
    """The database behind workshops and scenarios."""

    def __init__(self, url: str, engine: Engine | None = None, clock: Callable[[], dt.datetime] = now,
                 purge_every: dt.timedelta = PURGE_EVERY):
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        connect_args = {"check_same_thread": False} if url.startswith("sqlite") else {}
        self.engine = engine or create_engine(url, pool_pre_ping=True, connect_args=connect_args)
        create_tables(self.engine)
        self.clock = clock  # the time (UTC, aware); tests pass a clock they control
        self.purge_every = purge_every
        self._next_purge: dt.datetime | None = None  # None: at the first access
        self._purging = threading.Lock()

    def _tidy(self) -> None:
        """Delete expired workshops on the first access after `purge_every` (cheap otherwise: one comparison).
        A failed purge is logged and tried again at the next interval; it never fails the access."""
        moment = self.clock()
        if self._next_purge is not None and moment < self._next_purge:
            return
        if not self._purging.acquire(blocking=False):
            return  # another thread of this process is purging right now
        try:
            self._next_purge = moment + self.purge_every
            self.purge_expired()
        except SQLAlchemyError:
            log.exception("purging expired workshops failed")
        finally:
            self._purging.release()

    # Workshops -----------------------------------------------------------------------------------------
    def create_workshop(self, hours: float = DEFAULT_HOURS, limits: Limits | None = None,
                        requester: Requester | None = None) -> tuple[Workshop, str]:
        """A new workshop and the facilitator's secret (shown once). With `limits`, refused (StorageError, saying
        which limit and when to try again) when the requester's session, their address or the whole service has
        created that many in the last hour. Expired workshops are deleted first."""
        self.purge_expired()
        created = self.clock()
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        secret = secrets.token_urlsafe(18)
        row = {"code": code, "secret_hash": _hash(secret), "created_at": created,
               "expires_at": created + dt.timedelta(hours=hours), "locked": False}
        with self.engine.begin() as conn:
            if limits is not None:
                self._count_creation(conn, limits, requester or Requester(), created)
            conn.execute(WorkshopRow.__table__.insert().values(**row))
        return Workshop(code, created, row["expires_at"], False), secret

    def _count_creation(self, conn: Connection, limits: Limits, requester: Requester, moment: dt.datetime) -> None:
        """Record this creation, then check the limits with it counted (in the caller's transaction: a refusal
        rolls the record back). Creations are serialised — an advisory lock on PostgreSQL, the write lock the
        insert takes on SQLite — so concurrent requests cannot all slip under a limit."""
        if conn.dialect.name == "postgresql":
            conn.execute(select(func.pg_advisory_xact_lock(_CREATION_LOCK)))
        session, address = _digest("session", requester.session), _digest("address", requester.address)
        conn.execute(CreationRow.__table__.insert().values(created_at=moment, session_hash=session,
                                                           address_hash=address))
        since = moment - RATE_WINDOW
        checks = (("storage.rate_limited_session", limits.per_session, CreationRow.session_hash == session, session),
                  ("storage.rate_limited_address", limits.per_address, CreationRow.address_hash == address, address),
                  ("storage.rate_limited", limits.total, None, True))
        for key, limit, where, applies in checks:
            if limit is None or not applies:
                continue
            query = select(func.count(), func.min(CreationRow.created_at)).where(CreationRow.created_at > since)
            if where is not None:
                query = query.where(where)
            count, oldest = conn.execute(query).one()
            if count > limit:
                # one more may be created when the oldest of the window leaves it
                wait = (_aware(oldest) + RATE_WINDOW - moment).total_seconds() if oldest is not None else 0
                minutes = max(1, math.ceil(wait / 60))
                raise StorageError(Message(key, {"limit": limit, "minutes": minutes}, "error"))

    def workshop(self, code: str) -> Workshop:
        """The open (not expired) workshop with this code, or StorageError."""
        code = normalise_code(code)
        self._tidy()
        with self.engine.connect() as conn:
            row = conn.execute(select(WorkshopRow.__table__).where(WorkshopRow.code == code)).mappings().first()
        if row is None or _aware(row["expires_at"]) <= self.clock():
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
            conn.execute(delete(AssessmentRow).where(AssessmentRow.workshop_code == code))
            conn.execute(delete(WorkshopRow).where(WorkshopRow.code == code))

    def purge_expired(self) -> int:
        """Delete workshops (with their scenarios and self-assessments) whose time has run out, and creation records
        older than the rate window; returns how many workshops."""
        moment = self.clock()
        with self.engine.begin() as conn:
            codes = [r[0] for r in conn.execute(select(WorkshopRow.code).where(WorkshopRow.expires_at <= moment))]
            if codes:
                conn.execute(delete(ScenarioRow).where(ScenarioRow.workshop_code.in_(codes)))
                conn.execute(delete(AssessmentRow).where(AssessmentRow.workshop_code.in_(codes)))
                conn.execute(delete(WorkshopRow).where(WorkshopRow.code.in_(codes)))
            conn.execute(delete(CreationRow).where(CreationRow.created_at <= moment - RATE_WINDOW))
        return len(codes)

    # Items under a workshop (scenarios here, self-assessments in lib.store.assessments) ------------------
    def insert_item(self, table: type[Base], code: str, limit: int, payload: dict[str, Any], **columns: Any) -> int:
        """A row of `table` (payload as JSON) under an open, unlocked workshop that holds fewer than `limit` of
        them; its id (StorageError saying why not)."""
        ws = self.workshop(code)
        if ws.locked:
            raise StorageError(Message("storage.locked", {"code": format_code(ws.code)}, "error"))
        with self.engine.begin() as conn:
            count = conn.execute(select(func.count()).select_from(table)
                                 .where(table.workshop_code == ws.code)).scalar_one()
            if count >= limit:
                raise StorageError(Message("storage.full", {"limit": limit}, "error"))
            result = conn.execute(table.__table__.insert().values(
                workshop_code=ws.code, payload=json.dumps(payload, ensure_ascii=False), created_at=self.clock(),
                **columns))
            return int(result.inserted_primary_key[0])

    def items(self, table: type[Base], code: str, parse: Callable[[dict[str, Any]], Any],
              invalid: type[Exception]) -> list[tuple[int, Any, dt.datetime]]:
        """(id, item, time) of the rows of `table` under an open workshop, oldest first, each validated again by
        `parse` on the way out: a stored item that no longer validates (`invalid`, or not JSON) is skipped, not
        shown half-read."""
        ws = self.workshop(code)
        with self.engine.connect() as conn:
            rows = conn.execute(select(table.id, table.payload, table.created_at)
                                .where(table.workshop_code == ws.code).order_by(table.id)).all()
        out = []
        for row in rows:
            try:
                out.append((row.id, parse(json.loads(row.payload)), _aware(row.created_at)))
            except (invalid, json.JSONDecodeError):
                continue
        return out

    # Scenarios -----------------------------------------------------------------------------------------
    def save(self, code: str, scenario: scenarios.Scenario) -> int:
        """Store a scenario under an open, unlocked workshop; returns its id."""
        return self.insert_item(ScenarioRow, code, MAX_SCENARIOS_PER_WORKSHOP, scenario.to_dict(),
                                name=scenario.name[:120], group_name=scenario.group[:120])

    def scenarios(self, code: str) -> list[Saved]:
        """The workshop's scenarios, oldest first, each validated again on the way out."""
        return [Saved(*item) for item in self.items(ScenarioRow, code, scenarios.from_dict, scenarios.ScenarioError)]

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
