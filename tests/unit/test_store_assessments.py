"""Self-assessments saved under a workshop code: saved and read back validated, refused in a locked or unknown
workshop, and gone with their workshop."""

from __future__ import annotations

import datetime as dt

import pytest

from lib.measures.assessment import Answer, Assessment
from lib.store import assessments, workshops

MADE = Assessment("Uppsala kommun", 2024, (Answer("levels", "yes", "Per skolenhet sedan 2021"),
                                           Answer("dialogue", "no", "")))


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def store(tmp_path):
    return workshops.Store(f"sqlite:///{tmp_path / 'test.sqlite'}", clock=Clock())


def test_saved_and_read_back_latest_first(store):
    ws, _secret = store.create_workshop()
    assert assessments.latest(store, ws.code) is None
    assessments.save(store, ws.code, MADE)
    second = Assessment("Uppsala kommun", 2024, (Answer("levels", "partly", ""),))
    assessments.save(store, workshops.format_code(ws.code).lower(), second)  # the code as people type it
    assert [s.assessment for s in assessments.saved(store, ws.code)] == [MADE, second]
    assert assessments.latest(store, ws.code) == second


def test_refused_in_a_locked_or_unknown_workshop(store):
    ws, secret = store.create_workshop()
    store.lock(ws.code, secret)
    with pytest.raises(workshops.StorageError) as locked:
        assessments.save(store, ws.code, MADE)
    assert locked.value.message.key == "storage.locked"
    with pytest.raises(workshops.StorageError):
        assessments.save(store, "ABCD-EFGH-JKLM", MADE)


def test_gone_with_the_workshop(store):
    ws, secret = store.create_workshop(hours=1)
    other, _ = store.create_workshop(hours=1)
    assessments.save(store, ws.code, MADE)
    assessments.save(store, other.code, MADE)
    store.delete_workshop(ws.code, secret)
    assert assessments.latest(store, other.code) == MADE  # reading tidies the deleted workshop's row away
    with store.engine.connect() as conn:
        codes = [r[0] for r in conn.execute(workshops.select(assessments.AssessmentRow.workshop_code))]
    assert codes == [other.code]
    store.clock.now += dt.timedelta(hours=2)
    with pytest.raises(workshops.StorageError):
        assessments.latest(store, other.code)  # expired


def test_public_mode_stores_an_uploads_assessment_without_its_organiser_name():
    from lib.screens import sjalvskattning
    from tests.fixtures import small_school

    upload = small_school.small_school_dataset()
    assert sjalvskattning.for_storage(MADE, upload, public=True).scope == ""
    assert sjalvskattning.for_storage(MADE, upload, public=True).answers == MADE.answers
    assert sjalvskattning.for_storage(MADE, upload, public=False) == MADE
