"""A person's reading of a file (issue 16): which column holds which field, values that hold for every row
(school year, municipality, organiser), and whether year-prefixed columns are earlier school years. The Data
screen and the command line (`--map`, `--set`, `--years-in-columns`, `--mapping`) build the same `Plan`, and the
Data screen's mapping file is its JSON (`to_json`/`from_json`, documented in the README).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from lib import schema
from lib.ingest.synonyms import canonical_for, normalise_header

FORMAT = "lararresurser-mapping"
VERSION = 1
CONSTANT_FIELDS: tuple[str, ...] = ("school_year", "municipality_code", "organizer", "organizer_type")
YEAR_CHOICES: tuple[str, ...] = ("start", "spring")  # a bare year in a column name: start year or spring term
# Fields grouped as the Data screen shows them (one row per field).
GROUPS: dict[str, tuple[str, ...]] = {
    "identity": ("school_id", "school_name", "organizer", "organizer_type"),
    "place": ("school_year", "municipality_code", "municipality_name", "lat", "lon"),
    "pupils": ("pupils", "pupils_per_teacher"),
    "teachers": ("teacher_fte", "teachers", "qualified_share", "first_teachers", "teacher_experience_years",
                 "teacher_turnover", "ped_degree_share"),
    "needs": ("ses_index", "parents_higher_ed_share", "foreign_background_share", "newly_arrived_share",
              "parents_education_level", "pott2"),
    "outcomes": ("merit_value", "eligible_share", "pass_all_subjects_y6_share", "eligible_y9_share"),
    "money": ("allocation_sek", "ses_allocation_sek", "assistant_fte", "cost_per_pupil_sek",
              "teaching_cost_per_pupil_sek"),
}


class PlanError(ValueError):
    """A --map, --set or mapping file that cannot be read; the message says which part and why."""


@dataclass(frozen=True)
class Plan:
    """How to read one layout: `columns` header → field ("" leaves the column out), `constants` field → value for
    every row, `years` None (year columns not read), "yes", or for bare years "start"/"spring"; `complete` True
    when `columns` is the whole truth (the Data screen's form), False when it only overrides the recognition
    (the command line's --map); `layout` the file's columns it was made for."""

    columns: dict[str, str] = field(default_factory=dict)
    constants: dict[str, str] = field(default_factory=dict)
    years: str | None = None
    complete: bool = False
    layout: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.columns or self.constants or self.years)

    def to_json(self) -> str:
        """The mapping file: format, version, layout, columns, constants, years_in_columns, complete."""
        return json.dumps({"format": FORMAT, "version": VERSION, "layout": list(self.layout),
                           "columns": self.columns, "constants": self.constants, "years_in_columns": self.years,
                           "complete": self.complete}, ensure_ascii=False, indent=2)

    def merged(self, other: Plan) -> Plan:
        """This plan with `other`'s entries on top (the command line's --map/--set over a --mapping file)."""
        return Plan({**self.columns, **other.columns}, {**self.constants, **other.constants},
                    other.years or self.years, self.complete, self.layout or other.layout)


def from_json(text: str | bytes) -> Plan:
    """A mapping file → Plan; PlanError when it is not one."""
    try:
        doc = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise PlanError(f"the mapping file is not JSON ({exc})") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise PlanError(f"the mapping file has no \"format\": \"{FORMAT}\"")
    columns, constants = doc.get("columns") or {}, doc.get("constants") or {}
    if not isinstance(columns, dict) or not isinstance(constants, dict):
        raise PlanError("\"columns\" and \"constants\" must be objects")
    plan = Plan({str(k): str(v or "") for k, v in columns.items()}, {str(k): str(v) for k, v in constants.items()},
                doc.get("years_in_columns") or None, bool(doc.get("complete", False)),
                tuple(str(h) for h in doc.get("layout") or ()))
    check(plan)
    return plan


def parse_map(options: list[str] | None) -> dict[str, str]:
    """`--map "COLUMN=field"` options → {column: field}; split at the last "=" so a column name may hold "=" and
    spaces; an empty field leaves the column out."""
    out: dict[str, str] = {}
    for option in options or []:
        column, sep, name = option.rpartition("=")
        if not sep or not column.strip():
            raise PlanError(f"--map {option!r}: write COLUMN=field")
        name = name.strip()
        if name and name not in schema.INPUT_COLUMNS:
            raise PlanError(f"--map {option!r}: unknown field {name!r}; fields: {', '.join(schema.INPUT_COLUMNS)}")
        out[column.strip()] = name
    return out


def parse_set(options: list[str] | None) -> dict[str, str]:
    """`--set field=value` options → {field: value}."""
    out: dict[str, str] = {}
    for option in options or []:
        name, sep, value = option.partition("=")
        if not sep or not value.strip():
            raise PlanError(f"--set {option!r}: write field=value")
        out[name.strip()] = value.strip()
    check(Plan(constants=out))
    return out


def check(plan: Plan) -> None:
    """PlanError for fields the app does not know, constants that cannot be set, an unknown year choice."""
    for name in plan.columns.values():
        if name and name not in schema.INPUT_COLUMNS:
            raise PlanError(f"unknown field {name!r}")
    for name in plan.constants:
        if name not in CONSTANT_FIELDS:
            raise PlanError(f"{name!r} cannot be set for every row; these can: {', '.join(CONSTANT_FIELDS)}")
    if plan.years not in (None, "yes", *YEAR_CHOICES):
        raise PlanError(f"years_in_columns must be null, \"yes\", \"start\" or \"spring\", not {plan.years!r}")


# --- constants ----------------------------------------------------------------------------------------------

def municipality_code(value: str) -> str | None:
    """A municipality by code ("780", "0780") or name ("Växjö", "växjö kommun") → its 4-digit code, or None."""
    names = schema.municipality_names()
    text = str(value).strip()
    if text.isdigit() and text.zfill(4) in names:
        return text.zfill(4)
    wanted = normalise_header(re.sub(r"\s+kommun$", "", text, flags=re.IGNORECASE))
    for code, name in names.items():
        if normalise_header(name) == wanted:
            return code
    return None


def resolve_constants(constants: dict[str, str]) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """Constants as the rows will hold them (school year as start year, municipality as code with its name),
    and the problems: (message key, field, value)."""
    out: dict[str, str] = {}
    problems: list[tuple[str, str, str]] = []
    for name, value in constants.items():
        if name == "school_year":
            year = schema.parse_school_year(value)
            col = schema.BY_NAME["school_year"]
            if year is None or not (col.lo <= year <= col.hi):
                problems.append(("mapping.constant_bad_year", name, value))
                continue
            out[name] = str(year)
        elif name == "municipality_code":
            code = municipality_code(value)
            if code is None:
                problems.append(("mapping.constant_bad_municipality", name, value))
                continue
            out[name] = code
            out["municipality_name"] = schema.municipality_names()[code]
        elif value.strip():
            out[name] = value.strip()
    return out, problems


# --- years in columns ---------------------------------------------------------------------------------------

_PREFIX = re.compile(r"^(\d{2})(\d{2})[\s_\-]*(?=[A-Za-zÅÄÖåäö])(.+)$")  # 2223TotalNumberOfStudents
_SUFFIX_PAIR = re.compile(r"^(.+?)[\s_\-]*(\d{4})\s*[/\-–]\s*(\d{2}|\d{4})$")  # X_2022/2023, X 2022-23
_SUFFIX_BARE = re.compile(r"^(.+?)[\s_\-]+(\d{4})$")  # X_2022: start year or spring term?
_PREFIX_PAIR = re.compile(r"^(\d{4})\s*[/\-–]\s*(\d{2}|\d{4})[\s_\-]+(.+)$")  # 2022/23 X


@dataclass(frozen=True)
class YearColumn:
    """A column holding an earlier school year of another column: its header, the header without the year (the
    base), the start year (None when only the bare year is known, `bare`)."""

    header: str
    base: str
    year: int | None
    bare: int | None = None

    def school_year(self, choice: str | None) -> int | None:
        """The start year: known, or from a bare year read as start year ("start") or spring term ("spring")."""
        if self.year is not None:
            return self.year
        if self.bare is None or choice not in YEAR_CHOICES:
            return None
        return self.bare if choice == "start" else self.bare - 1


def _pair(a: int, b_text: str) -> int | None:
    b = int(b_text)
    if (len(b_text) == 2 and b == (a + 1) % 100) or b == a + 1:
        return a
    return None


def year_column(header: str) -> YearColumn | None:
    """The year a column name carries, if any: `2223X` and `X_2022/2023` are 2022/23; `X_2022` is bare."""
    text = str(header).strip()
    m = _PREFIX.match(text)
    if m and (int(m.group(1)) + 1) % 100 == int(m.group(2)):
        return YearColumn(header, m.group(3).strip(), 2000 + int(m.group(1)))
    m = _PREFIX_PAIR.match(text)
    if m and _pair(int(m.group(1)), m.group(2)) is not None:
        return YearColumn(header, m.group(3).strip(), int(m.group(1)))
    m = _SUFFIX_PAIR.match(text)
    if m and _pair(int(m.group(2)), m.group(3)) is not None:
        return YearColumn(header, m.group(1).strip(), int(m.group(2)))
    m = _SUFFIX_BARE.match(text)
    if m and 1990 <= int(m.group(2)) <= 2036:
        return YearColumn(header, m.group(1).strip(), None, int(m.group(2)))
    return None


def year_columns(headers: list[str]) -> list[YearColumn]:
    """Every column of a file whose name carries a school year."""
    return [y for y in (year_column(h) for h in headers) if y is not None]


def ambiguous(columns: list[YearColumn]) -> bool:
    """Some column carries only a bare year, so the person must say what it means."""
    return any(c.year is None for c in columns)


def base_field(column: YearColumn, current: dict[str, str]) -> str | None:
    """The field an earlier-year column holds: the field of the current column of the same base name, else what
    the base name itself is recognised as."""
    for header, name in current.items():
        if name and normalise_header(header) == normalise_header(column.base):
            return name
    return canonical_for(column.base)


# --- suggestions --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Suggestion:
    """A file column suggested for a field, with how sure the app is: "high" (a known name), "low" (a word of the
    field's names appears in it)."""

    header: str
    confidence: str


_WORDS: dict[str, tuple[str, ...]] = {
    "pupils": ("students", "pupils", "elever"),
    "teacher_fte": ("fte", "fulltime", "heltid"), "qualified_share": ("qualif", "certif", "behörig"),
    "foreign_background_share": ("foreign", "utländsk"), "parents_higher_ed_share": ("parent", "förälder"),
    "merit_value": ("merit",), "eligible_share": ("eligib",),
}


def suggest(headers: list[str], known: set[str] | frozenset[str] = frozenset()) -> dict[str, Suggestion]:
    """Field → the column suggested for it: recognised names first (sure), then names holding a telling word
    (unsure; never a column in `known`, those the app already knows as something else)."""
    out: dict[str, Suggestion] = {}
    years = {y.header for y in year_columns(headers)}
    for header in headers:
        if header in years:
            continue
        name = canonical_for(header)
        if name is not None and name not in out:
            out[name] = Suggestion(header, "high")
    taken = {s.header for s in out.values()}
    for name, words in _WORDS.items():
        if name in out:
            continue
        for header in headers:
            key = normalise_header(header).replace(" ", "")
            if header not in taken | years | set(known) and any(w in key for w in words):
                out[name] = Suggestion(header, "low")
                taken.add(header)
                break
    return out
