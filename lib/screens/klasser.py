"""What the Klasskillnader screen shows: one school's classes compared subject by subject — range, variance share,
charts, tables, cohorts, teacher history and flags — for the active dataset's class results or a visitor's
uploaded class files. `python -m lib classes` reads the same functions (`read_upload`, `found_flags`,
`document`).

Class results are not a `Dataset`, so they travel as `ClassResults`: the frame with a content fingerprint, which
`lib.cache` treats like a dataset. The dataset's own results are cached as the dataset is (shared for the demo);
an upload only in its visitor's session, never in the shared pools. One code path serves both.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from lib.cache import cached
from lib.charts import klasser as charts
from lib.charts import render
from lib.dataset import Dataset
from lib.i18n import fmt_int, fmt_number, fmt_pct, t
from lib.ingest.classes import read_classes
from lib.measures import classes
from lib.messages import Report
from lib.screens import data as data_screen
from lib.screens.parts import Table
from lib.text import inert


@dataclass(frozen=True, eq=False)
class ClassResults:
    """Class results the screen compares, known by the fingerprint of their content. `shared` says whether every
    visitor sees them alike (the demo's) — `lib.cache` then keeps their views for all — or they are one visitor's
    (an upload), kept in that visitor's session only."""

    frame: pd.DataFrame
    fingerprint: str
    shared: bool
    files: tuple[str, ...] = ()  # the uploaded files' names; () for the dataset's own results

    def cache_key(self) -> tuple[str, str]:
        """How lib.cache tells class results apart: by their content."""
        return ("class-results", self.fingerprint)

    @property
    def file_list(self) -> str:
        """The uploaded files' names, comma-separated."""
        return ", ".join(self.files)


def own_results(data: Dataset | None) -> ClassResults | None:
    """The active dataset's own class results (the demo has some), or None."""
    if data is None or data.classes is None:
        return None
    return ClassResults(data.classes, data.fingerprint, data.shared)


# --- uploads ----------------------------------------------------------------------------------------------------

Files = tuple[tuple[str, bytes], ...]


def upload_digest(files: Files) -> str:
    """A SHA-256 of the files' names and contents: an edited file is a new upload, whatever its size."""
    h = hashlib.sha256()
    for name, content in files:
        for part in (name.encode("utf-8"), content):
            h.update(len(part).to_bytes(8, "big"))
            h.update(part)
    return h.hexdigest()


@dataclass(frozen=True)
class Upload:
    """Uploaded class files read: the results (None when nothing usable came out) and the reader's report."""

    results: ClassResults | None
    report: Report

    def report_view(self, lang: str) -> data_screen.ReportView:
        """The reader's report in words, as every screen that reads files shows one (`data.report_view`)."""
        return data_screen.report_view(self.report, lang)


def read_upload(files: Files) -> Upload:
    """Read class-result files (`ingest.classes.read_classes`) into results known by their content. Not cached
    here: an upload is a visitor's own (the screen keeps it in their session, the CLI reads it once)."""
    frame, report = read_classes(list(files))
    results = ClassResults(frame, upload_digest(files), False, tuple(n for n, _ in files)) \
        if frame is not None else None
    return Upload(results, report)


def using_upload(results: ClassResults, lang: str) -> str:
    """"Visar uppladdade klassresultat (…)." above the screen, the files' names inert in Markdown."""
    return t("klasser.using_upload", lang, files=", ".join(inert(f) for f in results.files))


def upload_source(results: ClassResults, lang: str) -> str:
    """The source line of uploaded results."""
    return t("source.upload", lang, files=results.file_list)


# --- measures and choices ---------------------------------------------------------------------------------------

@cached("klasser")
def measured(results: ClassResults) -> pd.DataFrame:
    """Every class row measured (`classes.class_measures`)."""
    return classes.class_measures(results.frame)


@cached("klasser")
def school_rows(results: ClassResults, school: str | None) -> pd.DataFrame:
    """The measured rows of one school (all rows when `school` is None)."""
    rows = measured(results)
    return rows if school is None else rows[rows["school_id"].astype(str) == school]


@cached("klasser")
def school_names(data: Dataset) -> dict[str, str]:
    """School id → school name across the dataset's years (the last name wins)."""
    frame = data.frame
    if "school_name" not in frame or "school_id" not in frame:
        return {}
    return dict(zip(frame["school_id"].astype(str), frame["school_name"].astype(str), strict=False))


@cached("klasser")
def schools(results: ClassResults, data: Dataset | None) -> dict[str, str]:
    """The schools in the class results, by code → "Name (code)" where the active dataset names them."""
    names = school_names(data) if data is not None else {}
    ids = sorted(measured(results)["school_id"].astype(str).unique())
    return {s: data_screen.named(names[s], s) if s in names else s for s in ids}


@dataclass(frozen=True)
class Choices:
    """What can be chosen at one school: subjects, grade levels, periods (labels in time order), the default."""

    subjects: tuple[str, ...]
    grades: tuple[int, ...]
    periods: tuple[str, ...]
    latest: int  # the index of the latest period, chosen first


@cached("klasser")
def _school(results: ClassResults, school: str) -> dict[str, Any]:
    return classes.school_choices(measured(results), school)


@cached("klasser")
def choices(results: ClassResults, school: str) -> Choices:
    """The subjects, grade levels and periods of one school's class results."""
    found = _school(results, school)
    periods = tuple(found["periods"])
    return Choices(tuple(found["subjects"]), tuple(found["grades"]), periods, max(len(periods) - 1, 0))


# --- one subject, grade level and term --------------------------------------------------------------------------

@dataclass(frozen=True)
class TermView:
    """The classes of one subject, grade level and term compared: headline figures (formatted), the bar chart
    with its text alternative, the class table and the class × subject heat map."""

    range: str
    between: str
    between_note: str  # the share chance alone gives beside it, and whether the share is above it ("" unknown)
    between_above: bool  # the share is above what chance stays under in 95 of 100 groups: flagged
    test_diff: str
    comparison: dict[str, Any]
    comparison_alt: str
    comparison_name: str  # the downloads' file-name stems
    table: Table
    table_name: str
    heatmap: dict[str, Any]
    heatmap_name: str


def class_values(group: pd.DataFrame, lang: str) -> str:
    """"9A 14,0, 9B 8,5": each class with its mean grade points (the chart's text alternative, Markdown: the class
    names inert)."""
    return ", ".join(t("klasser.class_value", lang, class_name=inert(c), value=fmt_number(v, lang, 1))
                     for c, v in zip(group["class_name"], group["mean_points"], strict=True))


def chance_note(row: pd.Series | None, group: pd.DataFrame, lang: str) -> str:
    """The between-class share beside what chance alone gives for these classes: "Slumpen ensam ger i genomsnitt
    2,9 % med 3 klasser och 69 elever med betyg …", or that the share is above it. "" when either is unknown."""
    if row is None or pd.isna(row["between_class_share"]) or pd.isna(row["between_class_chance"]):
        return ""
    k, n = classes.chance_basis(group)
    key = "klasser.between_above_chance" if row["between_class_above"] else "klasser.between_within_chance"
    return t(key, lang, share=fmt_pct(100 * row["between_class_share"], lang, 1),
             chance=fmt_pct(100 * row["between_class_chance"], lang, 1),
             limit=fmt_pct(100 * row["between_class_limit"], lang, 1), classes=fmt_int(k, lang),
             pupils=fmt_int(n, lang))


@cached("klasser")
def term_view(results: ClassResults, school: str, subject: str, grade: int, period: str, lang: str,
              source: str) -> TermView:
    """One school's classes in one subject, grade level and period (a label of `choices`)."""
    found = _school(results, school)
    year, term = found["periods"][period]
    compared = classes.comparison_group(found["classes"], subject, grade, year, term)
    group, stats = compared["group"], compared["stats"]
    row = stats.iloc[0] if len(stats) else None
    spread = fmt_number(row["range"] if row is not None else None, lang, 2)
    between = fmt_pct(100 * row["between_class_share"] if row is not None else None, lang, 1)
    above = bool(row is not None and pd.notna(row["between_class_above"]) and row["between_class_above"])
    test_diff = fmt_number(row["grade_minus_test"] if row is not None else None, lang, 2)
    comparison = charts.comparison(group, t("klasser.compare_title", lang, subject=subject, grade=grade,
                                            period=period), lang, source)
    heatmap = charts.heatmap(compared["all_subjects"], t("klasser.heatmap_title", lang, grade=grade, period=period),
                             lang, source)
    return TermView(spread, between, chance_note(row, group, lang), above, test_diff, render.ready(comparison),
                    t("klasser.compare_alt", lang, values=class_values(group, lang), range=spread),
                    f"klasser-{school}-{subject}", Table.of(classes.class_table(group, lang)),
                    f"klasser-{school}-{subject}-{grade}", render.ready(heatmap), f"klasser-amnen-{school}")


# --- one subject over the terms ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class SubjectView:
    """One subject at one school over all terms: the cohorts' chart and the teacher history per cohort."""

    cohorts: dict[str, Any]
    history: Table
    name: str


def history_table(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Per cohort: terms, terms with an unqualified teacher, teacher changes, latest class — in words."""
    return classes.teacher_history(rows).rename(columns={
        "cohort": t("klasser.cohort", lang), "terms": t("klasser.col.terms", lang),
        "terms_unqualified": t("klasser.col.terms_unqualified", lang),
        "teacher_changes": t("klasser.col.changes", lang), "latest_class": t("klasser.class", lang),
    }).drop(columns=["school_id", "subject"], errors="ignore")


@cached("klasser")
def subject_view(results: ClassResults, school: str, subject: str, lang: str, source: str) -> SubjectView:
    """One school's subject term by term: cohorts (7B → 8B → 9B) and their teachers' qualification."""
    mine = _school(results, school)["classes"]
    rows = mine[mine["subject"] == subject]
    chart = charts.cohorts(rows, t("klasser.trend_title", lang, subject=subject), lang, source)
    return SubjectView(render.ready(chart), Table.of(history_table(rows, lang)), f"arskullar-{school}-{subject}")


# --- flags and the command's document ---------------------------------------------------------------------------

@cached("klasser")
def found_flags(results: ClassResults, school: str | None, margin: float) -> tuple[classes.Flag, ...]:
    """Classes to look at (one school, or all when `school` is None): below the group mean by more than `margin`
    in consecutive terms, or the lowest class with an unqualified teacher."""
    rows = school_rows(results, school)
    return tuple(classes.flags(rows, classes.group_measures(rows), margin))


def flag_text(flag: classes.Flag, lang: str) -> str:
    """Why a class is flagged, in words (`classes.flag_reason`: the margin in the language's number format, "1
    termin" / "2 terminer")."""
    return classes.flag_reason(flag, lang)


@cached("klasser")
def flag_lines(results: ClassResults, school: str, margin: float, lang: str) -> tuple[str, ...]:
    """The flags of one school, one line each: "- **Matematik 9B** – why"."""
    return tuple(t("klasser.flag_line", lang, subject=inert(f.subject), class_name=inert(f.class_name),
                   reason=flag_text(f, lang))
                 for f in found_flags(results, school, margin))


def document(results: ClassResults, school: str | None, margin: float, lang: str) -> dict[str, Any]:
    """The document of `python -m lib classes`: per group its classes, range and variance share; the flags,
    each with its reason in words."""
    found: Sequence[classes.Flag] = found_flags(results, school, margin)
    doc = classes.to_json(school_rows(results, school), found)
    for flag, f in zip(doc["flags"], found, strict=True):
        flag["text"] = flag_text(f, lang)
    return doc
