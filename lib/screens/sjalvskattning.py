"""What the Självskattning screen shows: the review's criteria as questions, each with the answer suggested from
the data and the evidence for it, the review's count as a reference, and the assessment's summary, file and
board-report section — the same suggestions `python -m lib assess` prints (`to_json`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lib.cache import cached
from lib.dataset import Dataset
from lib.documents.formats import Section, Table
from lib.i18n import column_label, fmt_count, fmt_int, t
from lib.measures import assessment
from lib.measures.assessment import Assessment, Suggestion
from lib.screens import resursfordelning
from lib.store.interventions import Intervention

ALL = ""  # the organiser choice "every unit in the data"
Items = tuple[Intervention, ...]


@cached("sjalvskattning")
def scope_choices(data: Dataset, lang: str) -> dict[str, str]:
    """The organisers in the data → their labels, "every unit" first."""
    names = sorted(data.frame["organizer"].dropna().astype(str).unique()) if "organizer" in data.frame else []
    return {ALL: t("sjalvskattning.all_units", lang), **{n: n for n in names}}


def scope_items(data: Dataset, items: Items) -> Items:
    """The interventions at the data's units (an organiser's register may hold others')."""
    if data.level != "school" or "school_id" not in data.frame:
        return ()
    units = set(data.frame["school_id"].dropna().astype(str))
    return tuple(i for i in items if set(i.schools) & units)


@dataclass(frozen=True)
class Criterion:
    """One criterion as the screen shows it: the question, the suggested answer and the evidence in words, and
    the review's count as a reference."""

    id: str
    question: str
    suggested: str
    suggested_label: str
    evidence: str
    reference: str


def evidence_text(s: Suggestion, lang: str) -> str:
    """The evidence behind a suggestion in words (column names as labels, counts with their nouns)."""
    params = dict(s.params)
    if "columns" in params:
        params["columns"] = ", ".join(column_label(c, lang) for c in params["columns"]) or "–"
    if s.evidence == "levels_school":
        params = {"units": fmt_count(params["units"], "sjalvskattning_units", lang),
                  "years": fmt_count(params["years"], "school_years", lang)}
    if s.evidence == "allocation":
        params = {"years": fmt_count(params["years"], "school_years", lang)}
    return t(f"sjalvskattning.evidence.{s.evidence}", lang, **{k: fmt_int(v, lang) if isinstance(v, int) else v
                                                                for k, v in params.items()})


def suggestions(data: Dataset, items: Items, organizer: str) -> tuple[Suggestion, ...]:
    """The suggestions for one organiser's units (`ALL`: every unit) and their interventions."""
    scope = resursfordelning.scoped(data, organizer or None)
    return assessment.suggest(scope, scope_items(scope, items))


@cached("sjalvskattning")
def criteria(data: Dataset, items: Items, organizer: str, lang: str) -> tuple[Criterion, ...]:
    """Every criterion, ready to draw, in the order of `assessment.CRITERIA`."""
    return tuple(Criterion(s.criterion, t(f"sjalvskattning.q.{s.criterion}", lang), s.suggested,
                           answer_label(s.suggested, lang), evidence_text(s, lang),
                           t(f"sjalvskattning.ref.{s.criterion}", lang))
                 for s in suggestions(data, items, organizer))


def answer_label(answer: str, lang: str) -> str:
    """Ja / Delvis / Nej / Vet inte än."""
    return t(f"sjalvskattning.answer.{answer}", lang)


def answer_options(lang: str) -> dict[str, str]:
    """The answers a person can give → their labels, in the order shown."""
    return {a: answer_label(a, lang) for a in assessment.ANSWERS}


def made(answers: Sequence[tuple[str, str, str]], scope: str, year: int | None) -> Assessment:
    """The assessment the screen's answers make: (criterion, answer, note) per criterion, validated."""
    return assessment.from_dict({"kind": assessment.FILE_KIND, "scope": scope, "year": year,
                                 "answers": [{"id": c, "answer": a, "note": n or ""} for c, a, n in answers]})


def for_storage(made_assessment: Assessment, data: Dataset, public: bool) -> Assessment:
    """The assessment as saved under a workshop code: in public mode nothing written in a visitor's upload is
    kept, so an assessment of uploaded data loses its scope (an organiser's name from the file); the answers and
    the notes the visitor typed on purpose stay."""
    if public and data.source.kind == "upload":
        return Assessment("", made_assessment.year, made_assessment.answers)
    return made_assessment


def summary(made_assessment: Assessment, lang: str) -> str:
    """How many answers of each kind."""
    counts = {a: sum(1 for x in made_assessment.answers if x.answer == a) for a in assessment.ANSWERS}
    return t("sjalvskattning.summary", lang, **{k: fmt_int(v, lang) for k, v in counts.items()})


def file_name(lang: str) -> str:
    return f"{t('sjalvskattning.file_name', lang)}.json"


def report_section(made_assessment: Assessment, lang: str) -> Section:
    """The assessment as a section of the board report: each question with its answer and note, and the
    review's caution."""
    scope = t("sjalvskattning.report_scope", lang, scope=made_assessment.scope) if made_assessment.scope else ""
    rows = [[t(f"sjalvskattning.q.{a.criterion}", lang), answer_label(a.answer, lang), a.note or "–"]
            for a in made_assessment.answers]
    table = Table([t("sjalvskattning.col.criterion", lang), t("sjalvskattning.col.answer", lang),
                   t("sjalvskattning.col.note", lang)], rows)
    return Section(t("sjalvskattning.report_heading", lang),
                   paragraphs=[t("sjalvskattning.report_intro", lang, scope=scope), t("sjalvskattning.caution", lang)],
                   tables=[table])


def to_json(data: Dataset, items: Items, lang: str) -> dict[str, Any]:
    """The criteria of `python -m lib assess`: id, question, evidence, suggested (yes|partly|no|unknown) and the
    review's reference, for the data as given (already scoped and cut at the year)."""
    out = []
    for s in assessment.suggest(data, scope_items(data, items)):
        out.append({"id": s.criterion, "question": t(f"sjalvskattning.q.{s.criterion}", lang),
                    "evidence": evidence_text(s, lang), "suggested": s.suggested,
                    "reference": t(f"sjalvskattning.ref.{s.criterion}", lang)})
    return {"criteria": out, "caution": t("sjalvskattning.caution", lang)}
