"""Self-assessments saved under a workshop code, in the same database as the workshops (table `assessments`).

They live as long as their workshop: saving needs an open, unlocked workshop; reading needs an open one; the
workshop store deletes them with their workshop (expired and purged, or deleted by its facilitator). The table is
`workshops.AssessmentRow`, made with the others.
Stored as validated JSON (`lib.measures.assessment`), never pickled. In public mode this is the only way an
assessment is kept on the server (see docs/DEPLOYMENT.md); a downloaded file is the way to keep it longer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lib.measures import assessment
from lib.measures.assessment import Assessment
from lib.store.workshops import AssessmentRow, Store

MAX_PER_WORKSHOP = 200


@dataclass(frozen=True)
class Saved:
    """A stored self-assessment with its id and time."""

    id: int
    assessment: Assessment
    created_at: dt.datetime


def save(store: Store, code: str, made: Assessment) -> int:
    """Store `made` under an open, unlocked workshop; returns its id (StorageError saying why not)."""
    return store.insert_item(AssessmentRow, code, MAX_PER_WORKSHOP, made.to_dict())


def saved(store: Store, code: str) -> list[Saved]:
    """The workshop's self-assessments, oldest first, each validated again on the way out (a row that no longer
    validates is skipped)."""
    return [Saved(*item) for item in store.items(AssessmentRow, code, assessment.from_dict,
                                                 assessment.AssessmentError)]


def latest(store: Store, code: str) -> Assessment | None:
    """The workshop's most recently saved self-assessment, or None."""
    items = saved(store, code)
    return items[-1].assessment if items else None
