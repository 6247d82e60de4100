"""A person's `Plan` (lib.ingest.mapping) applied to one file during ingest: constants resolved, the column
proposal overridden, what is still missing said with the fields' Swedish and English names, and which earlier
school years the year columns hold (and which indicators those years lack).
"""

from __future__ import annotations

from lib import schema
from lib.ingest.columns import KEY_COLUMNS, ColumnProposal
from lib.ingest.layout import Layout
from lib.ingest.mapping import Plan, ambiguous, base_field, resolve_constants, year_columns
from lib.messages import Report

LABEL_FIELDS = ("school_name", "municipality_name", "organizer", "organizer_type")


def labels(fields: list[str] | tuple[str, ...]) -> dict[str, str]:
    """Fields by their names in both languages with the canonical name, for bilingual message parameters:
    {"sv": "Antal elever (pupils), …", "en": "Pupils (pupils), …"}."""
    from lib.i18n import column_label

    return {lang: ", ".join(f"{column_label(f, lang)} ({f})" for f in fields) or "–" for lang in ("sv", "en")}


def resolve_plan(name: str, plan: Plan, report: Report) -> dict[str, str] | None:
    """The plan's constants as rows will hold them; None (with an error per bad value) when one cannot be read."""
    constants, problems = resolve_constants(plan.constants)
    for key, field, value in problems:
        report.add(key, "error", file=name, value=value, field=labels([field]))
    if problems:
        return None
    for field, value in constants.items():
        if field != "municipality_name":
            report.add("mapping.constant_set", "info", file=name, value=value, field=labels([field]))
    return constants


def apply_plan(proposal: ColumnProposal, plan: Plan, constants: dict[str, str], has_meta_year: bool,
               report: Report | None = None) -> None:
    """Override the recognition with the plan's columns (unless the plan is the whole truth, already applied),
    give constants precedence over columns, and decide again whether the file can be read."""
    if not plan.complete:
        for header, field in plan.columns.items():
            if header not in proposal.guesses:
                if report is not None:
                    report.add("mapping.no_such_column", "warning", file=proposal.file, column=header)
                continue
            if field:
                for other, guess in proposal.guesses.items():
                    if guess == field and other != header:
                        proposal.guesses[other] = None
            proposal.guesses[header] = field or None
            if header in proposal.unknown:
                proposal.unknown.remove(header)
    for field in constants:
        for header, guess in proposal.guesses.items():
            if guess == field:
                proposal.guesses[header] = None
    years = {y.header for y in year_columns(proposal.headers)}
    for header in years:
        if header in proposal.unknown:
            proposal.unknown.remove(header)
    taken = {c for c in proposal.guesses.values() if c}
    has_key = any(k in taken for k in KEY_COLUMNS) or "municipality_code" in constants
    has_year = "school_year" in taken or "school_year" in constants or has_meta_year
    has_value = any(schema.BY_NAME[c].role not in ("key", "label") for c in taken)
    if plan.complete:
        proposal.sure = True
    elif not plan.empty:
        proposal.sure = has_key and has_year and has_value


def report_missing(name: str, row: int, used: dict[str, str], constants: dict[str, str], meta_year: int | None,
                   report: Report) -> None:
    """The file cannot be read yet: say what is missing by the fields' names (never the internal names alone)."""
    missing: list[str] = []
    if not any(c in used.values() for c in KEY_COLUMNS):
        missing.append("school_id")
    if "school_year" not in used.values() and "school_year" not in constants and meta_year is None:
        missing.append("school_year")
    if not any(schema.BY_NAME[c].role not in ("key", "label") for c in used.values()):
        missing.append("pupils")
    report.add("ingest.needs_mapping", "error", file=name, row=row, missing=labels(missing))


def earlier_years(name: str, layout: Layout, plan: Plan, used: dict[str, str],
                  report: Report) -> list[tuple[int, dict[str, str]]]:
    """The earlier school years the file's year columns hold, each as (start year, {header: field}), when the
    plan says to read them; otherwise a note that they were found. Says which indicators those years lack."""
    found = year_columns(layout.headers)
    if not found:
        return []
    if plan.years is None:
        report.add("mapping.years_found", "info", file=name, n=len(found))
        return []
    if ambiguous(found) and plan.years not in ("start", "spring"):
        report.add("mapping.years_ambiguous", "warning", file=name, column=next(c.header for c in found
                                                                                 if c.year is None))
    # The year of the file's other columns: a year column for it holds what they hold, and is not read again.
    current = schema.parse_school_year(plan.constants.get("school_year", "")) or layout.school_year
    by_year: dict[int, dict[str, str]] = {}
    for column in found:
        year = column.school_year(plan.years)
        field = plan.columns.get(column.header) or base_field(column, used)
        if year is None or not field or field in LABEL_FIELDS or field in KEY_COLUMNS or field == "school_year":
            continue
        if year == current:
            report.add("mapping.years_current", "info", file=name, column=column.header,
                       year=schema.school_year_label(year))
            continue
        taken = by_year.setdefault(year, {})
        first = next((header for header, f in taken.items() if f == field), None)
        if first is None:
            taken[column.header] = field
        else:
            report.add("mapping.years_twice", "warning", file=name, column=column.header, first=first,
                       year=schema.school_year_label(year), field=labels([field]))
    measures = [f for f in used.values() if schema.BY_NAME[f].role not in ("key", "label")]
    for year in sorted(by_year):
        held = list(by_year[year].values())
        # pupils per teacher is computed from pupils and teacher FTE where the year has them (schema.add_derived)
        made = {"pupils_per_teacher"} if {"pupils", "teacher_fte"} <= set(held) else set()
        lacking = [f for f in measures if f not in held and f not in made]
        report.add("mapping.years_read", "info", file=name, year=schema.school_year_label(year),
                   fields=labels(held), lacking=labels(lacking))
    return sorted(by_year.items())
