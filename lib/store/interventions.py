"""The intervention register (Insatser): plain validated records stored with SQLAlchemy in the same database as
the scenarios. Only a named editor (a key from the configuration, or an identity from a trusted single-sign-on
proxy) may change it; every change is logged (who, when, what, before and after) and can be undone.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import pandas as pd
from sqlalchemy import Boolean, DateTime, Integer, String, Text, insert, select, update
from sqlalchemy.orm import Mapped, mapped_column

from lib.messages import Message, Report
from lib.schema import parse_school_year
from lib.store.workshops import Base, Store, now

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
    undone: Mapped[bool] = mapped_column(Boolean, default=False)


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
    """Import a CSV or Excel file in the register's columns (the same readers as the main ingest)."""
    from lib.ingest.readers import ReadError, read_any

    try:
        raw = read_any(name, data)
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


def editor_name(key: str | None, editor_keys: dict[str, str], sso_identity: str | None = None,
                public_mode: bool = False) -> str:
    """The editor's name for a key (or a trusted SSO identity); InterventionError when the change is refused."""
    if public_mode:
        raise InterventionError(Message("insatser.read_only_public", {}, "error"))
    if sso_identity:
        return sso_identity.strip()[:120]
    import hmac

    for known, name in editor_keys.items():
        if key and hmac.compare_digest(known, key):
            return name
    raise InterventionError(Message("insatser.not_editor", {}, "error"))


class Register:
    """The interventions in the database, with a change log and undo."""

    def __init__(self, store: Store):
        self.engine = store.engine
        Base.metadata.create_all(self.engine)

    def all(self) -> list[Intervention]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(InterventionRow.payload).where(InterventionRow.deleted.is_(False))
                                .order_by(InterventionRow.intervention_id)).all()
        return [Intervention(**json.loads(r.payload)) for r in rows]

    def get(self, iid: str) -> Intervention | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(InterventionRow.payload).where(InterventionRow.intervention_id == iid,
                                                                     InterventionRow.deleted.is_(False))).first()
        return Intervention(**json.loads(row.payload)) if row else None

    def _log(self, conn, editor: str, action: str, iid: str, before: Intervention | None,
             after: Intervention | None) -> None:
        conn.execute(insert(ChangeRow).values(at=now(), editor=editor, action=action, intervention_id=iid,
                                              before=json.dumps(asdict(before)) if before else "",
                                              after=json.dumps(asdict(after)) if after else "", undone=False))

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

    def add(self, item: Intervention, editor: str) -> None:
        if self.get(item.intervention_id) is not None:
            raise InterventionError(Message("insatser.exists", {"field": item.intervention_id}, "error"))
        with self.engine.begin() as conn:
            self._write(conn, item, item.intervention_id)
            self._log(conn, editor, "add", item.intervention_id, None, item)

    def edit(self, item: Intervention, editor: str) -> None:
        before = self.get(item.intervention_id)
        if before is None:
            raise InterventionError(Message("insatser.unknown", {"field": item.intervention_id}, "error"))
        with self.engine.begin() as conn:
            self._write(conn, item, item.intervention_id)
            self._log(conn, editor, "edit", item.intervention_id, before, item)

    def end(self, iid: str, end_year: int, editor: str) -> None:
        before = self.get(iid)
        if before is None:
            raise InterventionError(Message("insatser.unknown", {"field": iid}, "error"))
        after = validate({**asdict(before), "end_year": end_year})
        with self.engine.begin() as conn:
            self._write(conn, after, iid)
            self._log(conn, editor, "end", iid, before, after)

    def delete(self, iid: str, editor: str) -> None:
        before = self.get(iid)
        if before is None:
            raise InterventionError(Message("insatser.unknown", {"field": iid}, "error"))
        with self.engine.begin() as conn:
            self._write(conn, None, iid)
            self._log(conn, editor, "delete", iid, before, None)

    def log(self) -> pd.DataFrame:
        """The change log, newest first: id, at, editor, action, intervention, undone."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(ChangeRow.id, ChangeRow.at, ChangeRow.editor, ChangeRow.action,
                                       ChangeRow.intervention_id, ChangeRow.undone).order_by(ChangeRow.id.desc())).all()
        return pd.DataFrame(rows, columns=["id", "at", "editor", "action", "intervention_id", "undone"])

    def undo(self, change_id: int, editor: str) -> None:
        """Put back what a logged change replaced (itself logged as an "undo")."""
        with self.engine.begin() as conn:
            change = conn.execute(select(ChangeRow.__table__).where(ChangeRow.id == int(change_id))).first()
            if change is None or change.undone or change.action == "undo":
                raise InterventionError(Message("insatser.cannot_undo", {}, "error"))
            before = Intervention(**json.loads(change.before)) if change.before else None
            after = Intervention(**json.loads(change.after)) if change.after else None
            self._write(conn, before, change.intervention_id)
            conn.execute(update(ChangeRow).where(ChangeRow.id == change.id).values(undone=True))
            self._log(conn, editor, "undo", change.intervention_id, after, before)

    def import_items(self, items: Sequence[Intervention], editor: str) -> int:
        """Add new records and replace existing ones (each change logged); returns how many were written."""
        for item in items:
            if self.get(item.intervention_id) is None:
                self.add(item, editor)
            else:
                self.edit(item, editor)
        return len(items)
