"""What the Data screen's mapping shows (issue 16): one row per app field, grouped (identity, year and place,
pupils, teachers, needs, outcomes), each choosing a file column with the app's suggestion and how sure it is;
the file's unused columns listed once; values for every row; the year-column choice; and the plan the choices
make (the mapping file). Pure: the widgets are in lib/ui/mapping.py."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from lib import schema
from lib.dataset import Dataset
from lib.geo import placement
from lib.i18n import column_label, fmt_int, fmt_school_year, t
from lib.ingest.columns import ColumnProposal
from lib.ingest.mapping import GROUPS, Plan, Suggestion, ambiguous, suggest, year_columns
from lib.messages import Report
from lib.text import inert

NONE = ""  # the option "not in the file"
SCALE_KEYS = ("mapping.scale_grade_average", "mapping.scale_share_counts", "mapping.scale_ratio_inverse")
FIRST_YEAR, YEARS_SHOWN = 2010, 17


@dataclass(frozen=True)
class FieldRow:
    """One app field: its label, the column chosen now (NONE when none) and the app's suggestion."""

    field: str
    label: str
    chosen: str
    suggestion: Suggestion | None


@dataclass(frozen=True)
class MappingForm:
    """The form of one file: its columns as options, the field rows by group, the unused columns, the year
    columns found (and whether some carry only a bare year), the values for every row already given."""

    file: str
    layout: tuple[str, ...]
    options: tuple[str, ...]
    groups: tuple[tuple[str, tuple[FieldRow, ...]], ...]
    unused: tuple[str, ...]
    year_columns: tuple[str, ...]
    ambiguous_years: bool
    constants: dict[str, str]
    years: str | None

    @property
    def key(self) -> str:
        """A short key for the file's widgets."""
        return file_key(self.file)


def file_key(name: str) -> str:
    """A short key for a file's widgets (its name may hold any character)."""
    return hashlib.sha1(name.encode()).hexdigest()[:8]


def layout_key(headers: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The layout a mapping is made for: the file's set of columns (order and case of the file do not matter)."""
    return tuple(sorted(str(h) for h in headers))


def form(proposal: ColumnProposal, plan: Plan | None, lang: str) -> MappingForm:
    """The mapping form of one file: the plan's choices when there is one, else what the app recognised."""
    headers = list(proposal.headers)
    years = year_columns(headers)
    year_headers = {y.header for y in years}
    suggestions = suggest(headers, frozenset(proposal.ignored) | {h for h, f in proposal.guesses.items() if f})
    if plan is not None and plan.complete:
        chosen = {f: h for h, f in plan.columns.items() if f}
    else:
        chosen = {f: h for h, f in proposal.guesses.items() if f}
        for f, s in suggestions.items():  # unsure suggestions only fill in a file the app could not read
            if f not in chosen and s.header not in chosen.values() and not proposal.sure:
                chosen[f] = s.header
        for h, f in (plan.columns.items() if plan is not None else ()):
            chosen = {k: v for k, v in chosen.items() if v != h}
            if f:
                chosen[f] = h
    constants = dict(plan.constants) if plan is not None else {}
    for f in constants:
        chosen.pop(f, None)
    groups = tuple((t(f"mapping.group.{g}", lang),
                    tuple(FieldRow(f, column_label(f, lang), chosen.get(f, NONE), suggestions.get(f))
                          for f in fields)) for g, fields in GROUPS.items())
    used = set(chosen.values()) | year_headers
    if plan is not None and not plan.empty:
        default_years = plan.years
    else:  # unambiguous year columns are read unless the person says no
        default_years = "yes" if years and not ambiguous(years) else None
    return MappingForm(proposal.file, tuple(headers), (NONE, *headers), groups,
                       tuple(h for h in headers if h not in used), tuple(sorted(year_headers)), ambiguous(years),
                       constants, default_years)


def option_label(form_: MappingForm, row: FieldRow, header: str, lang: str) -> str:
    """A column as the field's picker shows it: "(inte i filen)", or the column with the suggestion's
    certainty when the app suggested it."""
    if header == NONE:
        return t("mapping.not_in_file", lang)
    if row.suggestion is not None and row.suggestion.header == header:
        confidence = t(f"mapping.confidence.{row.suggestion.confidence}", lang)
        return t("mapping.suggested", lang, column=header, confidence=confidence)
    return header


def unused_line(form_: MappingForm, lang: str) -> str:
    """The file's columns no field uses, once, as text."""
    return t("mapping.unused", lang, n=len(form_.unused), columns=inert(", ".join(form_.unused) or "–"))


def year_options(form_: MappingForm) -> tuple[str | None, ...]:
    """The year-column choices: not read, read (bare years as start year or spring term when there are any)."""
    return (None, "start", "spring") if form_.ambiguous_years else (None, "yes")


def year_option_label(choice: str | None, lang: str) -> str:
    return t(f"mapping.years.{choice or 'no'}", lang)


def school_year_options(today_year: int) -> tuple[str, ...]:
    """The school years one can set for every row ("" = from the file), latest first."""
    return ("", *(str(y) for y in range(today_year, today_year - YEARS_SHOWN, -1) if y >= FIRST_YEAR))


def school_year_label(value: str, lang: str) -> str:
    return t("mapping.from_file", lang) if not value else fmt_school_year(int(value))


def municipality_options() -> tuple[str, ...]:
    """Every municipality's code by name ("" = from the file)."""
    names = schema.municipality_names()
    return ("", *sorted(names, key=names.get))


def municipality_label(code: str, lang: str) -> str:
    return t("mapping.from_file", lang) if not code else f"{schema.municipality_names()[code]} ({code})"


def plan_from(form_: MappingForm, chosen: dict[str, str], constants: dict[str, str], years: str | None) -> Plan:
    """The plan the person's choices make: field → column turned round to column → field, the values for every
    row that were given, the year choice, made for this layout."""
    columns = {h: f for f, h in chosen.items() if h}
    return Plan(columns, {k: v for k, v in constants.items() if v}, years, True, layout_key(form_.layout))


def without_column(plan: Plan, header: str) -> Plan:
    """The plan with one column left out (the scale check's offer)."""
    columns = {h: f for h, f in plan.columns.items() if h != header}
    if not plan.complete:
        columns[header] = ""
    return Plan(columns, plan.constants, plan.years, plan.complete, plan.layout)


@dataclass(frozen=True)
class ScaleOffer:
    """A column whose values sit on another scale than its field: the sentence and the column to leave out."""

    file: str
    header: str
    text: str


def scale_offers(report: Report, lang: str) -> tuple[ScaleOffer, ...]:
    """The scale checks of a report, each offering to leave its column out."""
    return tuple(ScaleOffer(m.file or "", str(m.params.get("header", "")), m.text(lang))
                 for m in report.messages if m.key in SCALE_KEYS and m.params.get("header"))


def year_notes(report: Report, file: str, lang: str) -> tuple[str, ...]:
    """What the year columns gave for a file: each earlier school year read, and the indicators it lacks."""
    return tuple(inert(m.text(lang)) for m in report.messages
                 if m.file == file and m.key in ("mapping.years_read", "mapping.years_ambiguous"))


def file_name(plan_file: str) -> str:
    """The mapping file's name for a data file: "skolor.csv" → "skolor.mapping.json"."""
    stem = plan_file.rsplit(".", 1)[0] if "." in plan_file else plan_file
    return f"{stem}.mapping.json"


def placement_note(data: Dataset, year: int, lang: str) -> str | None:
    """What a school map says when it places schools without coordinates within their municipality."""
    n = placement.n_placed(schema.year_rows(data.frame, year)) if data.level == "school" else 0
    return t("mapping.placed_note", lang, schools=schools(n, lang)) if n else None


def schools(n: int, lang: str) -> str:
    """"1 skola", "44 skolor" (the count agrees with its number)."""
    return t(f"mapping.schools_{'one' if n == 1 else 'many'}", lang, n=fmt_int(n, lang))
