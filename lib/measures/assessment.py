"""The organiser's self-assessment against the criteria Skolinspektionen used (report §4c, p.15–27; R28): each
criterion's answer (yes / partly / no / unknown) suggested from the evidence the app holds, and the assessment a
person makes of it as plain, validated data (a JSON file, a stored row), never pickled.

What the data can show, and the rule that turns it into a suggestion:
- levels: school-level data for 2 or more school years → yes; for 1 year → partly; municipality level only → no
  (school-level follow-up is not shown by the data);
- breadth: how many of the review's measures the data has (pupils per teacher, turnover, qualification, teaching
  degree, experience, förstelärare): 4 or more → yes, 2–3 → partly, 0–1 → no;
- preconditions: a need index in use → yes, none → no;
- identifying measures: interventions of 2 or more types registered → yes, of 1 type → partly;
- targeting: targeted interventions at units in the highest need quartile (the year before they start): 2 or
  more → yes, 1 → partly, none → no;
- follow-up of interventions: every intervention has a year before and a year after its start in the data →
  yes, some → partly, none → no;
- follow-up of the allocation model: an allocation column in 2 or more school years → yes, in 1 → partly,
  none → no.
Without a register of interventions the three intervention criteria are unknown. What data cannot show —
documentation, system support, the governance chain up to the board, dialogue with principals, ownership — is
always unknown, and the screen asks.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lib import schema
from lib.dataset import Dataset
from lib.measures import funding, indicators
from lib.measures.followup import window
from lib.store.interventions import Intervention

ANSWERS: tuple[str, ...] = ("yes", "partly", "no", "unknown")
CRITERIA: tuple[str, ...] = ("levels", "breadth", "documentation", "systems", "preconditions", "governance_chain",
                             "dialogue", "identifying_measures", "targeting", "followup_interventions",
                             "followup_allocation", "ownership")
ASKED: frozenset[str] = frozenset({"documentation", "systems", "governance_chain", "dialogue", "ownership"})
# The review's measures of teacher resources (p.16, p.23) that the canonical columns hold.
BREADTH_COLUMNS: tuple[str, ...] = ("pupils_per_teacher", "teacher_turnover", "qualified_share", "ped_degree_share",
                                    "teacher_experience_years", "first_teachers")
MAX_NOTE = 2000
MAX_SCOPE = 200
FILE_KIND = "lararresurser-sjalvskattning"


@dataclass(frozen=True)
class Suggestion:
    """One criterion's suggested answer and the evidence for it: an i18n key (`sjalvskattning.evidence.<key>`)
    with its parameters as pairs, so the sentence is made in the reader's language."""

    criterion: str
    suggested: str
    evidence: str
    params: tuple[tuple[str, Any], ...] = ()


def _school_years(data: Dataset) -> list[int]:
    if data.level != "school" or data.frame.empty:
        return []
    rows = data.frame[data.frame["school_id"].notna()]
    return sorted(int(y) for y in rows["school_year"].dropna().unique())


def _levels(data: Dataset) -> Suggestion:
    years = _school_years(data)
    if not years:
        return Suggestion("levels", "no", "levels_municipality")
    units = int(data.frame["school_id"].nunique())
    return Suggestion("levels", "yes" if len(years) >= 2 else "partly", "levels_school",
                      (("units", units), ("years", len(years))))


def _breadth(data: Dataset) -> Suggestion:
    have = tuple(data.present(list(BREADTH_COLUMNS)))
    n = len(have)
    answer = "yes" if n >= 4 else "partly" if n >= 2 else "no"
    return Suggestion("breadth", answer, "breadth", (("n", n), ("of", len(BREADTH_COLUMNS)), ("columns", have)))


def _preconditions(data: Dataset) -> Suggestion:
    if "need_index" in data.frame and data.frame["need_index"].notna().any():
        ses = "ses_index" in data.frame and data.frame["ses_index"].notna().any()
        return Suggestion("preconditions", "yes", "preconditions_ses" if ses else "preconditions_computed")
    return Suggestion("preconditions", "no", "preconditions_none")


def _high_need(data: Dataset, year: int) -> set[str]:
    base = data.year_frame(year)
    if base.empty or "need_index" not in base or data.level != "school":
        return set()
    q = indicators.quartiles(base["need_index"], base["school_id"])
    return set(base["school_id"].astype(str)[(q == 4).fillna(False).astype(bool)])


def _interventions(data: Dataset, items: Sequence[Intervention]) -> list[Suggestion]:
    if not items:
        return [Suggestion(c, "unknown", "no_register") for c in
                ("identifying_measures", "targeting", "followup_interventions")]
    types = len({i.type for i in items})
    identifying = Suggestion("identifying_measures", "yes" if types >= 2 else "partly", "identifying",
                             (("n", len(items)), ("types", types)))
    targeted = sum(1 for i in items
                   if i.targeting == "targeted" and set(i.schools) & _high_need(data, i.start_year - 1))
    targeting = Suggestion("targeting", "yes" if targeted >= 2 else "partly" if targeted == 1 else "no",
                           "targeting", (("n", targeted), ("of", len(items))))
    years = set(data.school_years)
    followable = 0
    for item in items:
        before, after = window(data, item)
        followable += before in years and after is not None
    answer = "yes" if followable == len(items) else "partly" if followable else "no"
    followup = Suggestion("followup_interventions", answer, "followup", (("n", followable), ("of", len(items))))
    return [identifying, targeting, followup]


def _allocation(data: Dataset) -> Suggestion:
    years = funding.years_with_funding(data.frame)
    if not years:
        return Suggestion("followup_allocation", "no", "allocation_none")
    return Suggestion("followup_allocation", "yes" if len(years) >= 2 else "partly", "allocation",
                      (("years", len(years)),))


def suggest(data: Dataset, items: Sequence[Intervention] = ()) -> tuple[Suggestion, ...]:
    """Every criterion, in the order of `CRITERIA`, with its suggested answer and evidence (see the module's
    docstring for the rules). `items`: the interventions registered for the data's units (none: unknown)."""
    found = {s.criterion: s for s in (_levels(data), _breadth(data), _preconditions(data), _allocation(data),
                                      *_interventions(data, items))}
    return tuple(found.get(c) or Suggestion(c, "unknown", f"asked_{c}") for c in CRITERIA)


def until(data: Dataset, year: int) -> Dataset:
    """The data up to and including `year` (what an assessment made that year could have held)."""
    return Dataset(data.frame[data.frame["school_year"] <= year], data.level, data.source, data.report,
                   data.classes, data.interventions)


# --- the assessment a person makes -------------------------------------------------------------------------------

class AssessmentError(ValueError):
    """A file or stored row that is not a valid self-assessment."""


@dataclass(frozen=True)
class Answer:
    """One criterion's answer and the person's note."""

    criterion: str
    answer: str
    note: str = ""


@dataclass(frozen=True)
class Assessment:
    """A self-assessment: whose (the scope, e.g. an organiser), the school year of the data, one answer per
    criterion."""

    scope: str
    year: int | None
    answers: tuple[Answer, ...]

    def answer(self, criterion: str) -> Answer | None:
        return next((a for a in self.answers if a.criterion == criterion), None)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": FILE_KIND, "version": 1, "scope": self.scope, "year": self.year,
                "answers": [{"id": a.criterion, "answer": a.answer, "note": a.note} for a in self.answers]}


def from_suggestions(suggestions: Sequence[Suggestion], scope: str = "", year: int | None = None) -> Assessment:
    """An assessment that takes every suggestion as its answer (the starting point of the screen)."""
    return Assessment(scope, year, tuple(Answer(s.criterion, s.suggested) for s in suggestions))


def from_dict(raw: Any) -> Assessment:
    """Validate plain data (a file's or a stored row's) into an Assessment; AssessmentError says what is wrong.
    Unknown criteria are refused, missing ones are left out, notes and the scope are capped."""
    if not isinstance(raw, dict) or raw.get("kind") != FILE_KIND:
        raise AssessmentError("not a self-assessment file")
    answers = raw.get("answers")
    if not isinstance(answers, list):
        raise AssessmentError("answers must be a list")
    out: list[Answer] = []
    seen: set[str] = set()
    for item in answers:
        if not isinstance(item, dict):
            raise AssessmentError("each answer must be an object")
        cid, answer, note = item.get("id"), item.get("answer"), item.get("note", "")
        if cid not in CRITERIA or cid in seen:
            raise AssessmentError(f"unknown or repeated criterion: {str(cid)[:40]!r}")
        if answer not in ANSWERS:
            raise AssessmentError(f"answer must be one of {', '.join(ANSWERS)}")
        if not isinstance(note, str):
            raise AssessmentError("a note must be text")
        seen.add(cid)
        out.append(Answer(cid, answer, note[:MAX_NOTE]))
    year = raw.get("year")
    bounds = schema.BY_NAME["school_year"]  # the years the data itself may hold
    if year is not None and (not isinstance(year, int) or isinstance(year, bool) or not bounds.lo <= year <= bounds.hi):
        raise AssessmentError("year must be a school year's start year")
    scope = raw.get("scope", "")
    if not isinstance(scope, str):
        raise AssessmentError("scope must be text")
    order = {c: i for i, c in enumerate(CRITERIA)}
    return Assessment(scope[:MAX_SCOPE], year, tuple(sorted(out, key=lambda a: order[a.criterion])))


def to_bytes(assessment: Assessment) -> bytes:
    """The assessment as a UTF-8 JSON file."""
    return (json.dumps(assessment.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def from_bytes(content: bytes) -> Assessment:
    """A downloaded file read back (AssessmentError for anything else)."""
    try:
        raw = json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AssessmentError("not a JSON file") from exc
    return from_dict(raw)
