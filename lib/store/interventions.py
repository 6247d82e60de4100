"""The intervention register (Insatser): plain validated records stored with SQLAlchemy in the same database as
the scenarios. Only a named editor (a key from the configuration, or an identity from a trusted single-sign-on
proxy that also sends the proxy's shared secret) may change it; wrong keys are logged and slowed down. Every
change is appended to a log (who, when, what, before and after) chained by a keyed hash, so an edited or a
deleted row shows; a change can be undone (by a new change) unless later changes build on it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
import math
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

import pandas as pd
from sqlalchemy import Boolean, DateTime, Integer, String, Text, func, insert, inspect, select, text, update
from sqlalchemy import delete as sql_delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, mapped_column

from lib.messages import Message, Report
from lib.schema import parse_school_year
from lib.store.workshops import Base, Store, _aware, create_tables, now

log = logging.getLogger(__name__)

# The kinds of intervention the register knows (DESIGN, "Interventions"); labels in lib/i18n/insatser.py.
INTERVENTION_TYPES = ("central_recruitment", "targeted_first_teachers", "development_teachers",
                      "qualifying_education", "professional_development", "salary_supplement",
                      "leadership_support", "marketing", "central_resources", "other")
AIMS = ("retain", "attract")
TARGETING = ("targeted", "general")
COLUMNS = ("intervention_id", "school_id", "type", "aim", "targeting", "start_year", "end_year", "cost_sek",
           "funding", "description")


class InterventionRow(Base):
    __tablename__ = "interventions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    intervention_id: Mapped[str] = mapped_column(String(40), index=True)
    payload: Mapped[str] = mapped_column(Text)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class ChangeRow(Base):
    __tablename__ = "intervention_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    editor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(20))  # add, edit, end, delete, undo
    intervention_id: Mapped[str] = mapped_column(String(40))
    before: Mapped[str] = mapped_column(Text)  # JSON or ""
    after: Mapped[str] = mapped_column(Text)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)  # set in place only by logs before the chain
    undoes: Mapped[int | None] = mapped_column(Integer, nullable=True)  # an undo: the change it undid
    prev_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the chained change before this one
    link: Mapped[str | None] = mapped_column(String(64), nullable=True)  # HMAC over the previous link + content


@dataclass(frozen=True)
class Intervention:
    """One intervention at one or more schools (school codes separated by commas)."""

    intervention_id: str
    school_id: str
    type: str
    aim: str
    targeting: str
    start_year: int
    end_year: int | None = None
    cost_sek: float | None = None
    funding: str = ""
    description: str = ""

    @property
    def schools(self) -> list[str]:
        return [s.strip() for s in self.school_id.split(",") if s.strip()]


class InterventionError(ValueError):
    """A record or request that cannot be accepted; `message` says why."""

    def __init__(self, message: Message):
        super().__init__(message)
        self.message = message


def _blank(value: object) -> bool:
    """An empty cell: None, "" or NaN."""
    return value is None or value == "" or (isinstance(value, float) and pd.isna(value))


def validate(data: dict[str, Any]) -> Intervention:
    """An intervention from plain values, every field checked (codes 8 digits, known type/aim/targeting,
    plausible school years, end not before start, cost ≥ 0)."""
    def fail(field: str, key: str = "insatser.bad_field") -> InterventionError:
        return InterventionError(Message(key, {"field": field}, "error"))

    iid = str(data.get("intervention_id") or "").strip()[:40]
    if not iid:
        raise fail("intervention_id")
    schools = [s.strip() for s in str(data.get("school_id") or "").replace(";", ",").split(",") if s.strip()]
    if not schools or not all(s.isdigit() and len(s) == 8 for s in schools):
        raise fail("school_id")
    kind = str(data.get("type") or "").strip()
    if kind not in INTERVENTION_TYPES:
        raise fail("type")
    aim = str(data.get("aim") or "").strip()
    if aim not in AIMS:
        raise fail("aim")
    targeting = str(data.get("targeting") or "").strip()
    if targeting not in TARGETING:
        raise fail("targeting")
    start = parse_school_year(data.get("start_year"))
    if start is None or not 1990 <= start <= 2035:
        raise fail("start_year")
    end = None
    if not _blank(data.get("end_year")):
        end = parse_school_year(data.get("end_year"))
        if end is None or end < start:
            raise fail("end_year")
    cost = None
    if not _blank(data.get("cost_sek")):
        from lib.ingest.values import parse_number

        cost, flag = parse_number(data.get("cost_sek"))
        if flag == "invalid" or pd.isna(cost) or cost < 0:
            raise fail("cost_sek")
    text = {k: "".join(ch for ch in str(data.get(k) or "") if ch.isprintable()).strip()[:500]
            for k in ("funding", "description")}
    return Intervention(iid, ",".join(schools), kind, aim, targeting, start, end, cost, text["funding"],
                        text["description"])


def to_frame(items: Sequence[Intervention]) -> pd.DataFrame:
    """Records as a table with the design's intervention columns."""
    return pd.DataFrame([asdict(i) for i in items], columns=list(COLUMNS))


def from_frame(frame: pd.DataFrame, file: str = "", first_line: int = 2) -> tuple[list[Intervention], Report]:
    """Validate every row of an imported table; bad rows are listed with file, row and the field."""
    report = Report()
    out: list[Intervention] = []
    seen: set[str] = set()
    for i, row in enumerate(frame.to_dict("records")):
        line = first_line + i
        try:
            item = validate(row)
        except InterventionError as exc:
            report.drop(file, line, exc.message.key, **exc.message.params)
            continue
        if item.intervention_id in seen:
            report.drop(file, line, "insatser.duplicate", field=item.intervention_id)
            continue
        seen.add(item.intervention_id)
        out.append(item)
    return out, report


def read_file(name: str, data: bytes) -> tuple[list[Intervention], Report]:
    """Import a CSV or Excel file in the register's columns (the same readers and upload limits as the main
    ingest: size, columns and rows are checked on the server, whatever the browser let through)."""
    from lib.ingest.limits import Limits, refuse_files
    from lib.ingest.readers import ReadError, read_any

    limits = Limits.of_uploads()
    refused = Report()
    if refuse_files([(name, data)], limits, refused):
        return [], refused
    try:
        raw = read_any(name, data, limits.max_rows, limits)
    except ReadError as exc:
        report = Report()
        report.add(exc.key, "error", file=name, **{k: v for k, v in exc.params.items() if k != "file"})
        return [], report
    if not raw.rows:
        report = Report()
        report.add("ingest.empty", "error", file=name)
        return [], report
    header = [h.strip() for h in raw.rows[0]]
    missing = [c for c in ("intervention_id", "school_id", "type", "aim", "targeting", "start_year")
               if c not in header]
    if missing:
        report = Report()
        report.add("insatser.missing_columns", "error", file=name, columns=", ".join(missing))
        return [], report
    rows = [dict(zip(header, r, strict=False)) for r in raw.rows[1:] if any(r)]
    items, report = from_frame(pd.DataFrame(rows), name, raw.lines[1] if len(raw.lines) > 1 else 2)
    return items, report


# Who may change the register ---------------------------------------------------------------------------------


def _digest(text: str) -> bytes:
    """SHA-256 of a key's UTF-8 bytes (NFC, so "å" typed as one or two code points is the same key)."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).digest()


def key_matches(typed: str | None, known: str) -> bool:
    """Whether a typed key is a configured one, in constant time: equal-length digests of the UTF-8 bytes are
    compared, so neither the key's length nor its characters (å, ä, ö) change how the comparison runs."""
    return hmac.compare_digest(_digest(typed or ""), _digest(known)) and bool(typed)


def editor_name(key: str | None, editor_keys: dict[str, str], sso_identity: str | None = None,
                public_mode: bool = False) -> str:
    """The editor's name for a key (or a trusted SSO identity); InterventionError when the change is refused.
    Every configured key is compared (in constant time), so the time taken does not tell which one nearly
    matched."""
    if public_mode:
        raise InterventionError(Message("insatser.read_only_public", {}, "error"))
    if sso_identity:
        return sso_identity.strip()[:120]
    found = None
    for known, name in editor_keys.items():
        if key_matches(key, known) and found is None:
            found = name
    if found is None:
        raise InterventionError(Message("insatser.not_editor", {}, "error"))
    return found


def sso_identity(headers: Mapping[str, str], identity_header: str | None, secret_header: str | None,
                 secret: str | None) -> str | None:
    """The signed-in user a trusted proxy passes on, or None. The identity header counts only with the second
    header carrying the shared secret that only the proxy sets (compared in constant time); without a
    configured secret the identity header is ignored, since any client could send it."""
    if not identity_header:
        return None
    identity = (headers.get(identity_header) or "").strip()
    if not identity:
        return None
    if not (secret_header and secret):
        log.warning("Single sign-on header %s ignored: no shared-secret header is configured", identity_header)
        return None
    if not key_matches(headers.get(secret_header) or "", secret):
        log.warning("Single sign-on header %s ignored: the shared-secret header is missing or wrong",
                    identity_header)
        return None
    return identity


@dataclass(frozen=True)
class Backoff:
    """After `limit` wrong keys within `window`, wait `base` seconds after the last one, doubling with each
    further wrong key up to `cap`."""

    limit: int
    window: dt.timedelta = dt.timedelta(minutes=10)
    base: float = 30.0
    cap: float = 900.0

    def wait(self, failures: Sequence[dt.datetime], at: dt.datetime) -> float:
        """Seconds still to wait at `at` after these failures (0: a key may be tried)."""
        recent = [f for f in failures if at - self.window < f <= at]
        if len(recent) < self.limit:
            return 0.0
        pause = min(self.base * 2 ** (len(recent) - self.limit), self.cap)
        return max(0.0, (max(recent) + dt.timedelta(seconds=pause) - at).total_seconds())


# Wrong keys per session, per client address (all one behind a loopback proxy) and in all.
SESSION_BACKOFF = Backoff(5)
CLIENT_BACKOFF = Backoff(10)
GLOBAL_BACKOFF = Backoff(30)


def backoff_message(seconds: float) -> Message:
    """"Too many wrong keys; try again in …" (whole seconds up to 90, else whole minutes)."""
    seconds = math.ceil(seconds)
    if seconds <= 90:
        return Message("insatser.backoff_seconds", {"n": seconds}, "error")
    return Message("insatser.backoff_minutes", {"n": math.ceil(seconds / 60)}, "error")


# The change log, chained ---------------------------------------------------------------------------------------

GENESIS = "lararresurser-change-log-v1"  # the "previous link" of the first chained row


def _canonical_time(value: dt.datetime) -> str:
    """A stored time the same way on every database: UTC, microseconds."""
    return _aware(value).astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


def row_content(row: Mapping[str, Any]) -> str:
    """What a change's link covers: its number, the chained change before it, time, editor, action,
    intervention, before and after, and which change it undoes."""
    return json.dumps([int(row["id"]), row["prev_id"], _canonical_time(row["at"]), row["editor"], row["action"],
                       row["intervention_id"], row["before"], row["after"], row["undoes"]],
                      ensure_ascii=False, separators=(",", ":"))


def link_of(key: str, prev_link: str, row: Mapping[str, Any]) -> str:
    """HMAC-SHA256 (keyed with the log key) over the previous link and the row's content."""
    return hmac.new(key.encode("utf-8"), f"{prev_link}\n{row_content(row)}".encode(), hashlib.sha256).hexdigest()


def seal_of(key: str, last_id: int, last_link: str) -> str:
    """The keyed seal on the log's end (which change is the last chained one), so removed newest rows show."""
    return hmac.new(key.encode("utf-8"), f"end\n{last_id}\n{last_link}".encode(), hashlib.sha256).hexdigest()


ProblemKind = Literal["changed", "gap", "restart", "unlinked", "end", "missing_end"]


@dataclass(frozen=True)
class Problem:
    """Where the chain breaks: a changed row, rows missing before a row (`other`: the chained row expected
    before it), a row that starts the chain again because the sealed end was gone (`restart`), a row without a
    link after the chain began, or the log's end not matching its seal (`missing_end`: the changes after `other`
    up to `change_id` are gone)."""

    change_id: int | None
    kind: ProblemKind
    other: int | None = None


@dataclass(frozen=True)
class LogCheck:
    """The change log verified against its chain: whether a key is set, the first chained change, which older
    changes were written before the chain began (not verifiable), how many rows, and every break."""

    keyed: bool
    first_verified: int | None = None
    unverified: tuple[int, int] | None = None  # the first and last change written before the chain began
    rows: int = 0
    problems: tuple[Problem, ...] = ()

    @property
    def intact(self) -> bool:
        return self.keyed and not self.problems

    def row_status(self, change_id: int) -> str:
        """One change's state: "ok", "unverified" (before the chain / no key), or the problem's kind."""
        if not self.keyed:
            return "unverified"
        for p in self.problems:
            if p.change_id == change_id and p.kind in ("changed", "gap", "restart", "unlinked"):
                return p.kind
        if self.first_verified is None or change_id < self.first_verified:
            return "unverified"
        return "ok"


class ChangeLogHead(Base):
    """One row: the lock every change takes first (so two editors never fork the chain) and the keyed seal on
    the log's last chained change."""

    __tablename__ = "intervention_log_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    last_link: Mapped[str | None] = mapped_column(String(64), nullable=True)
    seal: Mapped[str | None] = mapped_column(String(64), nullable=True)


class EditorFailureRow(Base):
    """A wrong editor key: when, from which session and client address (never the key)."""

    __tablename__ = "intervention_key_failures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    session: Mapped[str] = mapped_column(String(64))
    client: Mapped[str] = mapped_column(String(64))


_NEW_LOG_COLUMNS = {"link": "VARCHAR(64)", "prev_id": "INTEGER", "undoes": "INTEGER"}


class Register:
    """The interventions in the database, with an append-only change log chained by a keyed hash, and undo.

    The log key comes from the environment (`LARARRESURSER_LOG_KEY`, never the database); `log_key` overrides it
    (tests). A log written before the chain existed keeps its rows; the chain starts at the first new row."""

    def __init__(self, store: Store, log_key: str | None = None):
        self.engine = store.engine
        self.log_key = log_key
        create_tables(self.engine)
        self._migrate()

    def _migrate(self) -> None:
        """Add the chain's columns to a change log made before them, and the head row."""
        columns = {c["name"] for c in inspect(self.engine).get_columns(ChangeRow.__tablename__)}
        # Two replicas starting at once: PostgreSQL can skip a column the other just added (SQLite has one writer).
        guard = "IF NOT EXISTS " if self.engine.dialect.name == "postgresql" else ""
        with self.engine.begin() as conn:
            for name, kind in _NEW_LOG_COLUMNS.items():
                if name not in columns:
                    conn.execute(text(f"ALTER TABLE {ChangeRow.__tablename__} ADD COLUMN {guard}{name} {kind}"))
        self._ensure_head()

    def _ensure_head(self) -> None:
        try:
            with self.engine.begin() as conn:
                if conn.execute(select(ChangeLogHead.id).where(ChangeLogHead.id == 1)).first() is None:
                    conn.execute(insert(ChangeLogHead).values(id=1))
        except IntegrityError:  # another process made it first
            pass

    def _key(self) -> str | None:
        if self.log_key is not None:
            return self.log_key or None
        from lib.config import settings

        return settings().log_key

    # Reading -------------------------------------------------------------------------------------------------
    def all(self) -> list[Intervention]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(InterventionRow.payload).where(InterventionRow.deleted.is_(False))
                                .order_by(InterventionRow.intervention_id)).all()
        return [Intervention(**json.loads(r.payload)) for r in rows]

    def get(self, iid: str) -> Intervention | None:
        with self.engine.connect() as conn:
            return self._get(conn, iid)

    @staticmethod
    def _get(conn, iid: str) -> Intervention | None:
        row = conn.execute(select(InterventionRow.payload).where(InterventionRow.intervention_id == iid,
                                                                 InterventionRow.deleted.is_(False))).first()
        return Intervention(**json.loads(row.payload)) if row else None

    # Who may change it ---------------------------------------------------------------------------------------
    def authorise(self, key: str | None, editor_keys: dict[str, str], *, sso: str | None = None,
                  public_mode: bool = False, session: str = "", client: str = "",
                  at: dt.datetime | None = None) -> str:
        """`editor_name` with back-off: while this session, this client address or everyone together has typed
        too many wrong keys lately, no key is tried and the message says when to try again. Each wrong key is
        logged (never the key itself) and counted in the database."""
        if public_mode or sso:
            return editor_name(key, editor_keys, sso, public_mode)
        if not key:
            raise InterventionError(Message("insatser.not_editor", {}, "error"))
        at = at or now()
        session, client = session[:64], client[:64]
        wait = self._wait(session, client, at)
        if wait > 0:
            log.warning("Editor key not tried: back-off for %.0f s more (session %s, client %s)", wait,
                        session[:8], client)
            raise InterventionError(backoff_message(wait))
        try:
            return editor_name(key, editor_keys)
        except InterventionError:
            with self.engine.begin() as conn:
                conn.execute(sql_delete(EditorFailureRow).where(EditorFailureRow.at < at - dt.timedelta(days=1)))
                conn.execute(insert(EditorFailureRow).values(at=at, session=session, client=client))
            log.warning("Wrong editor key (session %s, client %s)", session[:8], client)
            raise

    def _wait(self, session: str, client: str, at: dt.datetime) -> float:
        since = at - max(b.window for b in (SESSION_BACKOFF, CLIENT_BACKOFF, GLOBAL_BACKOFF))
        with self.engine.connect() as conn:
            rows = conn.execute(select(EditorFailureRow.at, EditorFailureRow.session, EditorFailureRow.client)
                                .where(EditorFailureRow.at > since)).all()
        times = [(_aware(r.at), r.session, r.client) for r in rows]
        return max(SESSION_BACKOFF.wait([t for t, s, _ in times if session and s == session], at),
                   CLIENT_BACKOFF.wait([t for t, _, c in times if client and c == client], at),
                   GLOBAL_BACKOFF.wait([t for t, _, _ in times], at))

    # Changing it ---------------------------------------------------------------------------------------------
    def _lock(self, conn) -> Any:
        """Take the log's lock (an update of the head row) and return the head as it was."""
        if conn.execute(update(ChangeLogHead).where(ChangeLogHead.id == 1)
                        .values(last_id=ChangeLogHead.last_id)).rowcount == 0:
            conn.execute(insert(ChangeLogHead).values(id=1))
        return conn.execute(select(ChangeLogHead.__table__).where(ChangeLogHead.id == 1)).first()

    def _append(self, conn, head, editor: str, action: str, iid: str, before: Intervention | None,
                after: Intervention | None, undoes: int | None = None) -> int:
        """Append one change to the log (never an update or a deletion of a logged change): chained to the last
        chained change when a key is set, and the head's seal moved to it."""
        key = self._key()
        last = conn.execute(select(func.max(ChangeRow.id))).scalar_one_or_none() or 0
        row: dict[str, Any] = {
            "id": max(last, head.last_id or 0) + 1, "at": now(), "editor": editor[:120], "action": action,
            "intervention_id": iid, "before": json.dumps(asdict(before)) if before else "",
            "after": json.dumps(asdict(after)) if after else "", "undone": False, "undoes": undoes,
            "prev_id": None, "link": None}
        if key:
            sealed = _sealed(key, head)
            if head.last_id is not None and not sealed:
                log.error("Change log: its end does not match the seal; change %d starts a new chain", row["id"])
            prev_link = head.last_link if sealed else GENESIS
            row["prev_id"] = head.last_id if sealed else None
            row["link"] = link_of(key, prev_link, row)
        conn.execute(insert(ChangeRow).values(**row))
        if key:
            conn.execute(update(ChangeLogHead).where(ChangeLogHead.id == 1).values(
                last_id=row["id"], last_link=row["link"], seal=seal_of(key, row["id"], row["link"])))
        # The server's log is a witness outside the database: each change's number and link (at warning level, so
        # the default logging, stderr to the service's journal, keeps it; changes to the register are few).
        log.warning("Change log: #%d %s %s by %s, link %s", row["id"], action, iid, row["editor"],
                    row["link"] or "-")
        return row["id"]

    def _write(self, conn, item: Intervention | None, iid: str) -> None:
        exists = conn.execute(select(InterventionRow.id).where(InterventionRow.intervention_id == iid)).first()
        if item is None:
            conn.execute(update(InterventionRow).where(InterventionRow.intervention_id == iid).values(deleted=True))
        elif exists:
            conn.execute(update(InterventionRow).where(InterventionRow.intervention_id == iid)
                         .values(payload=json.dumps(asdict(item)), deleted=False))
        else:
            conn.execute(insert(InterventionRow).values(intervention_id=iid, payload=json.dumps(asdict(item)),
                                                        deleted=False))

    def _change(self, editor: str, action: str, iid: str, new: Callable[[Intervention | None], Intervention | None]
                ) -> None:
        """One change in one transaction under the log's lock: the record as it is, the new one, both logged."""
        with self.engine.begin() as conn:
            head = self._lock(conn)
            before = self._get(conn, iid)
            after = new(before)
            self._write(conn, after, iid)
            self._append(conn, head, editor, action, iid, before, after)

    def add(self, item: Intervention, editor: str) -> None:
        def new(before: Intervention | None) -> Intervention:
            if before is not None:
                raise InterventionError(Message("insatser.exists", {"field": item.intervention_id}, "error"))
            return item
        self._change(editor, "add", item.intervention_id, new)

    def edit(self, item: Intervention, editor: str) -> None:
        def new(before: Intervention | None) -> Intervention:
            _known(before, item.intervention_id)
            return item
        self._change(editor, "edit", item.intervention_id, new)

    def end(self, iid: str, end_year: int, editor: str) -> None:
        self._change(editor, "end", iid,
                     lambda before: validate({**asdict(_known(before, iid)), "end_year": end_year}))

    def delete(self, iid: str, editor: str) -> None:
        def new(before: Intervention | None) -> None:
            _known(before, iid)
        self._change(editor, "delete", iid, new)

    def undo(self, change_id: int, editor: str) -> None:
        """Put back what a logged change replaced, as a new "undo" change (the undone change stays as it was).
        Refused when later changes to the same intervention (not themselves undone) build on it: they are
        named, and must be undone first, newest first."""
        with self.engine.begin() as conn:
            head = self._lock(conn)
            rows = _log_rows(conn)
            undone = _undone_ids(rows)
            change = next((r for r in rows if r["id"] == int(change_id)), None)
            if change is None or change["id"] in undone or change["action"] == "undo":
                raise InterventionError(Message("insatser.cannot_undo", {}, "error"))
            later = [r["id"] for r in rows if r["id"] > change["id"] and r["action"] != "undo"
                     and r["intervention_id"] == change["intervention_id"] and r["id"] not in undone]
            if later:
                raise InterventionError(Message("insatser.undo_depends", {
                    "change": change["id"], "later": ", ".join(f"{i}" for i in sorted(later, reverse=True))},
                    "error"))
            before = Intervention(**json.loads(change["before"])) if change["before"] else None
            after = Intervention(**json.loads(change["after"])) if change["after"] else None
            if self._get(conn, change["intervention_id"]) != after:
                raise InterventionError(Message("insatser.undo_stale", {"change": change["id"]}, "error"))
            self._write(conn, before, change["intervention_id"])
            self._append(conn, head, editor, "undo", change["intervention_id"], after, before, undoes=change["id"])

    def import_items(self, items: Sequence[Intervention], editor: str) -> int:
        """Add new records and replace existing ones (each change logged); returns how many were written."""
        for item in items:
            if self.get(item.intervention_id) is None:
                self.add(item, editor)
            else:
                self.edit(item, editor)
        return len(items)

    # The log -------------------------------------------------------------------------------------------------
    def log(self) -> pd.DataFrame:
        """The change log, newest first: id, at, editor, action, intervention, undone (an undo change names the
        change it undid; logged changes are never updated)."""
        with self.engine.connect() as conn:
            rows = _log_rows(conn, with_content=False)
        undone = _undone_ids(rows)
        out = [(r["id"], r["at"], r["editor"], r["action"], r["intervention_id"], r["id"] in undone)
               for r in reversed(rows)]
        return pd.DataFrame(out, columns=["id", "at", "editor", "action", "intervention_id", "undone"])

    def verify(self) -> LogCheck:
        """Check every chained change against its link and the end against the head's seal (see `LogCheck`)."""
        key = self._key()
        with self.engine.connect() as conn:
            rows = _log_rows(conn)
            head = conn.execute(select(ChangeLogHead.__table__).where(ChangeLogHead.id == 1)).first()
        if not key:
            return LogCheck(False, rows=len(rows))
        problems: list[Problem] = []
        links = {r["id"]: r["link"] for r in rows}
        first = last = None
        unverified: list[int] = []
        for r in rows:
            if not r["link"]:
                if first is None:
                    unverified.append(r["id"])
                else:
                    problems.append(Problem(r["id"], "unlinked"))
                continue
            first = r["id"] if first is None else first
            expected = last["id"] if last else None
            if r["prev_id"] != expected:
                problems.append(Problem(r["id"], "restart" if r["prev_id"] is None else "gap", expected))
                prev_link = GENESIS if r["prev_id"] is None else links.get(r["prev_id"])
            else:
                prev_link = last["link"] if last else GENESIS
            if prev_link is not None and not hmac.compare_digest(r["link"], link_of(key, prev_link, r)):
                problems.append(Problem(r["id"], "changed"))
            last = r
        if (head is not None and head.last_id is not None) or last is not None:
            sealed = _sealed(key, head)
            last_id = last["id"] if last else None
            if sealed and (last is None or head.last_id > last_id):
                problems.append(Problem(head.last_id, "missing_end", last_id))
            elif not sealed or head.last_id != last_id or head.last_link != last["link"]:
                problems.append(Problem(last_id, "end"))
        return LogCheck(True, first, (unverified[0], unverified[-1]) if unverified else None, len(rows),
                        tuple(problems))


def _sealed(key: str, head: Any) -> bool:
    """Whether the head row names a last chained change under a seal made with this key."""
    return bool(head is not None and head.last_id is not None and head.last_link and head.seal
                and hmac.compare_digest(head.seal, seal_of(key, head.last_id, head.last_link)))


def _known(item: Intervention | None, iid: str) -> Intervention:
    if item is None:
        raise InterventionError(Message("insatser.unknown", {"field": iid}, "error"))
    return item


def _log_rows(conn, with_content: bool = True) -> list[dict[str, Any]]:
    """The log's rows, oldest first, as plain dicts."""
    columns = [ChangeRow.id, ChangeRow.at, ChangeRow.editor, ChangeRow.action, ChangeRow.intervention_id,
               ChangeRow.undone, ChangeRow.undoes, ChangeRow.link]
    if with_content:
        columns += [ChangeRow.before, ChangeRow.after, ChangeRow.prev_id]
    return [dict(r._mapping) for r in conn.execute(select(*columns).order_by(ChangeRow.id)).all()]


def _undone_ids(rows: Sequence[Mapping[str, Any]]) -> set[int]:
    """The changes an undo change names, and (a log from before the chain) those flagged undone in place."""
    return {r["undoes"] for r in rows if r["undoes"] is not None} | \
        {r["id"] for r in rows if r["undone"] and not r["link"]}
