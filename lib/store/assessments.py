"""Self-assessments saved under a workshop code, in the same database as the workshops (table `assessments`).

They live as long as their workshop: saving needs an open, unlocked workshop; reading needs an open one; the
workshop store deletes them with their workshop (expired and purged, or deleted by its facilitator). The table is
`workshops.AssessmentRow`, made with the others.
Stored as validated JSON (`lib.measures.assessment`), never pickled. In public mode this is the only way an
assessment is kept on the server (see docs/DEPLOYMENT.md); a downloaded file is the way to keep it longer.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import func, select

from lib.measures import assessment
from lib.measures.assessment import Assessment
from lib.messages import Message
from lib.store import workshops
from lib.store.workshops import AssessmentRow, StorageError, Store

MAX_PER_WORKSHOP = 200


@dataclass(frozen=True)
class Saved:
    """A stored self-assessment with its id and time."""

    id: int
    assessment: Assessment
    created_at: dt.datetime


def save(store: Store, code: str, made: Assessment) -> int:
    """Store `made` under an open, unlocked workshop; returns its id (StorageError saying why not)."""
    ws = store.workshop(code)
    if ws.locked:
        raise StorageError(Message("storage.locked", {"code": workshops.format_code(ws.code)}, "error"))
    payload = json.dumps(made.to_dict(), ensure_ascii=False)
    with store.engine.begin() as conn:
        count = conn.execute(select(func.count()).select_from(AssessmentRow)
                             .where(AssessmentRow.workshop_code == ws.code)).scalar_one()
        if count >= MAX_PER_WORKSHOP:
            raise StorageError(Message("storage.full", {"limit": MAX_PER_WORKSHOP}, "error"))
        result = conn.execute(AssessmentRow.__table__.insert().values(workshop_code=ws.code, payload=payload,
                                                                      created_at=store.clock()))
        return int(result.inserted_primary_key[0])


def saved(store: Store, code: str) -> list[Saved]:
    """The workshop's self-assessments, oldest first, each validated again on the way out (a row that no longer
    validates is skipped)."""
    ws = store.workshop(code)
    with store.engine.connect() as conn:
        rows = conn.execute(select(AssessmentRow.id, AssessmentRow.payload, AssessmentRow.created_at)
                            .where(AssessmentRow.workshop_code == ws.code).order_by(AssessmentRow.id)).all()
    out = []
    for row in rows:
        try:
            out.append(Saved(row.id, assessment.from_dict(json.loads(row.payload)),
                             workshops._aware(row.created_at)))
        except (assessment.AssessmentError, json.JSONDecodeError):
            continue
    return out


def latest(store: Store, code: str) -> Assessment | None:
    """The workshop's most recently saved self-assessment, or None."""
    items = saved(store, code)
    return items[-1].assessment if items else None
