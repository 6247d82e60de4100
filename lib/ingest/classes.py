"""Class-result files (Klasskillnader): one row per school × school year × term × class × subject, with the
pupil count and the counts per grade A–F (or a class mean), optional national-test mean, a teacher pseudonym
and whether the teacher is qualified. Same standards as the main ingest: every problem has file, row and
column; every unused row is listed; nothing is written to disk."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

import pandas as pd

from lib.ingest.limits import Limits, refuse_files
from lib.ingest.readers import ReadError, read_any
from lib.ingest.synonyms import normalise_header
from lib.ingest.values import parse_bool, parse_series
from lib.measures.classes import COLUMNS, GRADES
from lib.messages import Report
from lib.schema import parse_school_year

SYNONYMS: dict[str, tuple[str, ...]] = {
    "school_id": ("skolenhetskod", "skolkod", "school unit code", "school id"),
    "school_year": ("läsår", "school year", "år"),
    "term": ("termin", "term"),
    "grade_level": ("årskurs", "åk", "grade", "grade level", "year group"),
    "class_name": ("klass", "undervisningsgrupp", "grupp", "class", "teaching group", "class name"),
    "subject": ("ämne", "subject"),
    "pupils": ("antal elever", "elever", "pupils"),
    **{f"grade_{g}": (g, f"antal {g}", f"betyg {g}", f"grade {g}") for g in GRADES},
    "mean_points": ("genomsnittlig betygspoäng", "betygspoäng", "mean grade points", "mean points"),
    "national_test_mean": ("nationellt prov", "np", "national test", "nationella prov medel", "national test mean"),
    "teacher_id": ("lärare", "lärare pseudonym", "lärarpseudonym", "teacher", "teacher pseudonym", "teacher id"),
    "teacher_qualified": ("behörig lärare", "behörig", "lärare behörig", "teacher qualified", "qualified"),
    "teacher_experience_years": ("lärarens erfarenhet", "erfarenhet", "erfarenhet år", "teacher experience"),
}
REQUIRED = ("school_id", "school_year", "term", "class_name", "subject")
RANGES = {"pupils": (0, 200), "grade_level": (1, 9), "mean_points": (0, 20), "national_test_mean": (0, 20),
          "teacher_experience_years": (0, 50), **{f"grade_{g}": (0, 200) for g in GRADES}}
TERMS = {"ht": "HT", "höst": "HT", "hösttermin": "HT", "autumn": "HT", "fall": "HT",
         "vt": "VT", "vår": "VT", "vårtermin": "VT", "spring": "VT"}


def _canonical(header: str) -> str | None:
    key = normalise_header(header)
    for col, names in SYNONYMS.items():
        if key == col.replace("_", " ") or key == col or key in {normalise_header(n) for n in names}:
            return col
    return None


def read_classes(files: Sequence[tuple[str, bytes]],
                 limits: Limits | None = None) -> tuple[pd.DataFrame | None, Report]:
    """The class results of all files (concatenated) and the report. None when nothing usable came out. Class
    files are always a visitor's own: the upload limits of the mode hold (files, size, rows in all)."""
    report = Report()
    limits = limits or Limits.of_uploads()
    if refuse_files(files, limits, report):
        return None, report
    frames = []
    for name, data in files:
        try:
            raw = read_any(name, data, limits.max_rows, limits)
        except ReadError as exc:
            report.add(exc.key, "error", file=name, row=exc.params.get("line"),
                       **{k: v for k, v in exc.params.items() if k != "file"})
            continue
        header_i = next((i for i, row in enumerate(raw.rows[:30]) if sum(1 for c in row if _canonical(c)) >= 3), None)
        if header_i is None:
            report.add("klasser.no_header", "error", file=name)
            continue
        headers = raw.rows[header_i]
        mapping = {j: _canonical(h) for j, h in enumerate(headers) if _canonical(h)}
        report.mappings[name] = {headers[j]: c for j, c in mapping.items()}
        missing = [c for c in REQUIRED if c not in mapping.values()]
        if missing:
            report.add("klasser.missing_columns", "error", file=name, columns=", ".join(missing))
            continue
        rows = [(r, ln) for r, ln in zip(raw.rows[header_i + 1:], raw.lines[header_i + 1:], strict=True) if any(r)]
        if not rows:
            report.add("ingest.no_data_rows", "error", file=name)
            continue
        frame = pd.DataFrame({c: [r[j] if j < len(r) else "" for r, _ in rows] for j, c in mapping.items()},
                             dtype="object")
        frame["_line"] = [ln for _, ln in rows]
        header_of = {c: headers[j] for j, c in mapping.items()}
        frame = _normalise(frame, name, header_of, report)
        if frame is not None and not frame.empty:
            frames.append(frame)
    if not frames or report.errors:
        return None, report
    out = pd.concat(frames, ignore_index=True)
    if limits.max_rows is not None and len(out) > limits.max_rows:
        report.add("ingest.too_many_rows_merged", "error", rows=len(out), limit=limits.max_rows)
        return None, report
    for col in COLUMNS:
        if col not in out:
            out[col] = pd.NA
    dup = out.duplicated(["school_id", "school_year", "term", "class_name", "subject"], keep="first")
    for i in out.index[dup]:
        report.drop(str(out.at[i, "_file"]), int(out.at[i, "_line"]), "klasser.drop_duplicate")
    out = out[~dup]
    report.add("klasser.summary", "info", rows=len(out), schools=out["school_id"].nunique(),
               classes=out["class_name"].nunique())
    return out[list(COLUMNS)].reset_index(drop=True), report


def _normalise(frame: pd.DataFrame, name: str, header_of: dict[str, str], report: Report) -> pd.DataFrame | None:
    frame["_file"] = name
    drop = pd.Series(False, index=frame.index)

    def drop_rows(mask: pd.Series, key: str, column: str) -> None:
        for i in frame.index[mask & ~drop]:
            report.drop(name, int(frame.at[i, "_line"]), key, column=header_of.get(column, column),
                        value=str(frame.at[i, column])[:40])

    codes = frame["school_id"].str.replace(r"\s", "", regex=True)
    bad = ~codes.str.fullmatch(r"\d{8}")
    drop_rows(bad, "klasser.drop_bad_code", "school_id")
    drop |= bad
    frame["school_id"] = codes
    years = frame["school_year"].map(parse_school_year)
    bad = years.isna()
    drop_rows(bad, "klasser.drop_bad_year", "school_year")
    drop |= bad
    frame["school_year"] = years
    terms = frame["term"].str.strip().str.lower().map(TERMS)
    bad = terms.isna()
    drop_rows(bad, "klasser.drop_bad_term", "term")
    drop |= bad
    frame["term"] = terms
    for col in ("class_name", "subject"):
        frame[col] = frame[col].str.strip()
        bad = frame[col] == ""
        drop_rows(bad, "klasser.drop_empty", col)
        drop |= bad
    frame = frame[~drop].copy()
    if "grade_level" not in frame:
        frame["grade_level"] = frame["class_name"].str.extract(r"^(\d)")[0]
    for col, (lo, hi) in RANGES.items():
        if col not in frame:
            continue
        values, stats = parse_series(frame[col], frame["_line"])
        for ln in stats.invalid_rows[:15]:
            report.add("ingest.bad_number", "error", file=name, row=ln, column=header_of.get(col, col),
                       value=str(frame.loc[frame["_line"] == ln, col].iloc[0])[:40])
        out = (values < lo) | (values > hi)
        for i in frame.index[out.fillna(False)][:15]:
            report.add("ingest.out_of_range", "warning", file=name, row=int(frame.at[i, "_line"]),
                       column=header_of.get(col, col), value=f"{values[i]:g}", lo=f"{lo:g}", hi=f"{hi:g}")
        frame[col] = values.where(~out.fillna(False))
    if "teacher_qualified" in frame:
        frame["teacher_qualified"] = frame["teacher_qualified"].map(parse_bool).astype("boolean")
    if "teacher_id" in frame:
        frame["teacher_id"] = frame["teacher_id"].str.strip().replace("", pd.NA)
    grade_cols = [f"grade_{g}" for g in GRADES if f"grade_{g}" in frame]
    if grade_cols and "pupils" in frame:
        over = frame[grade_cols].sum(axis=1) > frame["pupils"]
        for i in frame.index[over.fillna(False)][:15]:
            report.add("klasser.counts_exceed_pupils", "warning", file=name, row=int(frame.at[i, "_line"]))
    if not grade_cols and "mean_points" not in frame:
        report.add("klasser.no_results", "error", file=name)
        return None
    return frame


def template_bytes(lang: str = "sv") -> bytes:
    """An empty class-results template (CSV, Swedish conventions) with the recognised column names."""
    from lib.documents.exports import to_csv_bytes

    names_sv = ["Skolenhetskod", "Läsår", "Termin", "Årskurs", "Klass", "Ämne", "Antal elever", "A", "B", "C", "D",
                "E", "F", "Genomsnittlig betygspoäng", "Nationellt prov", "Lärare (pseudonym)", "Behörig lärare",
                "Lärarens erfarenhet (år)"]
    names_en = ["School unit code", "School year", "Term", "Grade level", "Class", "Subject", "Pupils", "A", "B", "C",
                "D", "E", "F", "Mean grade points", "National test", "Teacher pseudonym", "Teacher qualified",
                "Teacher experience"]
    return to_csv_bytes(pd.DataFrame(columns=names_sv if lang == "sv" else names_en), lang)


def to_csv(frame: pd.DataFrame) -> bytes:
    """Class results in the template's shape (for tests and the demo download)."""
    buffer = io.StringIO()
    frame.to_csv(buffer, sep=";", index=False, decimal=",")
    return re.sub(r"\r\n", "\n", buffer.getvalue()).encode("utf-8")
