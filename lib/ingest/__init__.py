"""Files → the normalised dataset and a report: read (CSV/Excel), locate the table, map columns, normalise
values, merge several files on unit and school year, derive columns. Never raises for bad input: every
problem becomes a message with file, row and column, and every row not used is listed.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from lib import schema
from lib.dataset import Dataset, Source, SourceKind
from lib.ingest.columns import ColumnProposal, propose
from lib.ingest.layout import find_layout, format_key
from lib.ingest.limits import Limits, refuse_files
from lib.ingest.mapping import Plan
from lib.ingest.normalise import normalise_file
from lib.ingest.plan import apply_plan, earlier_years, labels, report_missing, resolve_plan
from lib.ingest.readers import ReadError, read_any
from lib.messages import Report

log = logging.getLogger(__name__)

__all__ = ["ColumnProposal", "IngestResult", "Limits", "Plan", "ingest", "template_bytes", "template_frame"]


@dataclass
class IngestResult:
    """The dataset (None when nothing usable came out), the report and the column proposals per file."""

    dataset: Dataset | None
    report: Report
    proposals: dict[str, ColumnProposal] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Usable: a dataset with rows and no errors."""
        return self.dataset is not None and not self.dataset.frame.empty and not self.report.errors


def ingest(files: Sequence[tuple[str, bytes]], organizer_type: str = "kommunal",
           mappings: dict[str, dict[str, str]] | None = None, max_rows: int | None = None,
           source_kind: SourceKind = "upload", date: str | None = None,
           limits: Limits | None = None, plans: dict[str, Plan] | None = None) -> IngestResult:
    """Read, validate, normalise and merge `files` (name, bytes). `mappings` holds the user's column
    choices per file (header → canonical name) for files whose columns were not recognised for sure. `limits`
    (a visitor's upload: `Limits.of_uploads()`) refuse too many or too large files before anything is read, and
    `max_rows` (or the limits' rows) holds for each file and for the merged table. `plans` (`lib.ingest.mapping`) say
    per file name, or for every file under "*", which column holds which field, the values of every row and
    whether year columns are earlier school years."""
    report = Report()
    limits = limits or Limits.of_files()
    max_rows = max_rows if max_rows is not None else limits.max_rows
    proposals: dict[str, ColumnProposal] = {}
    frames: list[pd.DataFrame] = []
    if organizer_type not in schema.ORGANIZER_TYPES:
        organizer_type = "kommunal"
    if not files:
        report.add("ingest.no_files", "error")
        return IngestResult(None, report)
    if refuse_files(files, limits, report):
        return IngestResult(None, report)
    for name, data in files:
        try:
            plan = (plans or {}).get(name) or (plans or {}).get("*")
            frame = _one_file(name, data, organizer_type, (mappings or {}).get(name), max_rows, report, proposals,
                              limits, plan)
        except ReadError as exc:
            report.add(exc.key, "error", file=name, row=exc.params.get("line"), **_without_file(exc.params))
            continue
        except Exception as exc:  # a last guard: a file no rule foresaw is refused with a message, never a crash
            log.exception("unexpected error reading %s", name)
            report.add("ingest.unexpected", "error", file=name, kind=type(exc).__name__)
            continue
        if frame is not None:
            frames.append(frame)
    if not frames:
        if not report.errors:
            report.add("ingest.nothing_usable", "error")
        return IngestResult(None, report, proposals)
    merged = _merge(frames, report)
    if merged is None:
        return IngestResult(None, report, proposals)
    if max_rows is not None and len(merged) > max_rows:  # each file within the limit, the merged table not
        report.add("ingest.too_many_rows_merged", "error", rows=len(merged), limit=max_rows)
        return IngestResult(None, report, proposals)
    level = schema.detect_level(merged)
    merged, notes = schema.add_derived(merged)
    report.messages.extend(notes)
    merged = schema.order_columns(merged.reset_index(drop=True))
    source = Source(source_kind, tuple(name for name, _ in files), date or dt.date.today().isoformat())
    dataset = Dataset(merged, level, source, report)
    report.add(f"ingest.summary_{level}", "info", rows=len(merged), units=dataset.n_units,
               years=", ".join(schema.school_year_label(y) for y in dataset.school_years))
    return IngestResult(dataset, report, proposals)


def _one_file(name: str, data: bytes, organizer_type: str, user: dict[str, str] | None, max_rows: int | None,
              report: Report, proposals: dict[str, ColumnProposal], limits: Limits,
              plan: Plan | None = None) -> pd.DataFrame | None:
    raw = read_any(name, data, max_rows, limits)
    for key, params in raw.notes:
        report.add(key, "info", file=name, **_without_file(params))
    layout = find_layout(raw)
    if layout.header_index is None:
        report.add("ingest.no_header", "error", file=name)
        return None
    plan = plan or Plan()
    if plan.complete and user is None:
        user = {h: c for h, c in plan.columns.items() if c}
    constants = resolve_plan(name, plan, report)
    if constants is None:
        return None
    proposal = propose(name, layout, user, layout.school_year is not None or "school_year" in constants)
    apply_plan(proposal, plan, constants, layout.school_year is not None, report)
    proposals[name] = proposal
    used = {h: c for h, c in proposal.guesses.items() if c is not None}
    report.mappings[name] = used
    is_template = all(h in schema.BY_NAME for h in used)
    report.formats[name] = format_key(layout, set(used.values()), is_template and bool(used))
    for header in proposal.unknown:
        report.add("ingest.column_unknown", "info", file=name, column=header, row=raw.lines[layout.header_index])
    for header, canon in proposal.duplicates:
        report.add("ingest.column_duplicate", "warning", file=name, column=header, canonical=labels([canon]))
    if not proposal.sure:
        report_missing(name, raw.lines[layout.header_index], used, constants, layout.school_year, report)
        return None
    data_rows = len(raw.rows) - layout.header_index - 1
    if max_rows is not None and data_rows > max_rows:
        raise ReadError("ingest.too_many_rows", file=name, limit=max_rows)
    if "school_id" not in used.values() and "municipality_code" not in used.values():
        report.add("ingest.no_key", "error", file=name)
        return None
    years = earlier_years(name, layout, plan, used, report)
    return normalise_file(raw, layout, proposal, organizer_type, report, constants, years)


def _without_file(params: dict) -> dict:
    """Message parameters minus `file`, which every message carries in its own field."""
    return {k: v for k, v in params.items() if k != "file"}


def _merge(frames: list[pd.DataFrame], report: Report) -> pd.DataFrame | None:
    """Several files → one table on unit and school year; conflicting values keep the first file's."""
    levels = {("school" if "school_id" in f else "municipality") for f in frames}
    if len(levels) > 1:
        files = {lvl: sorted({str(n) for f in frames for n in f["_file"].unique()
                              if ("school" if "school_id" in f else "municipality") == lvl}) for lvl in levels}
        report.add("ingest.mixed_levels", "error", schools=", ".join(files["school"]),
                   municipalities=", ".join(files["municipality"]))
        return None
    key = ["school_id" if "school_id" in frames[0] else "municipality_code", "school_year"]
    if len(frames) == 1:
        return frames[0].drop(columns=["_file", "_line"])
    combined = pd.concat(frames, ignore_index=True)
    files_per_key = combined.groupby(key, sort=False)["_file"].nunique()
    matched = int((files_per_key > 1).sum())
    if matched == 0:
        report.add("ingest.merge_no_match", "warning", files=len(frames))
    else:
        report.add("ingest.merge_matched", "info", files=len(frames), n=matched)
    value_cols = [c for c in combined.columns if c not in (*key, "_file", "_line")]
    for col in value_cols:
        sources = combined.loc[combined[col].notna(), ["_file", *key, col]]
        if sources["_file"].nunique() < 2:
            continue
        distinct = sources.groupby(key, sort=False)[col].nunique()
        n_conflicts = int((distinct > 1).sum())
        if n_conflicts:
            report.add("ingest.merge_conflict", "warning", column=col, n=n_conflicts,
                       file=str(sources["_file"].iloc[0]))
    merged = combined.drop(columns=["_file", "_line"]).groupby(key, sort=False, as_index=False).first()
    for col in merged.columns:
        if col in schema.TEXT_COLUMNS:
            merged[col] = merged[col].astype("string")
    return merged


def template_frame(lang: str = "sv") -> pd.DataFrame:
    """The upload template: every input column, labelled in the user's language, and no rows (an example
    row would be uploaded by mistake; the Excel template explains each column on a second sheet)."""
    from lib.i18n import column_label

    return pd.DataFrame(columns=[column_label(c, lang) for c in schema.INPUT_COLUMNS])


def template_bytes(kind: str, lang: str = "sv") -> bytes:
    """The template as CSV (Swedish conventions) or Excel with an explanation sheet."""
    from lib.documents.exports import to_csv_bytes
    from lib.i18n import column_label, t

    frame = template_frame(lang)
    if kind == "csv":
        return to_csv_bytes(frame, lang)
    rows = [{t("template.col_column", lang): column_label(c, lang), t("template.col_name", lang): c,
             t("template.col_meaning", lang): t(f"template.kind.{schema.BY_NAME[c].kind}", lang),
             t("template.col_range", lang): _range(schema.BY_NAME[c])} for c in schema.INPUT_COLUMNS]
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        frame.to_excel(writer, sheet_name=t("template.sheet_data", lang)[:31], index=False)
        pd.DataFrame(rows).to_excel(writer, sheet_name=t("template.sheet_help", lang)[:31], index=False)
    return buffer.getvalue()


def _range(col: schema.Column) -> str:
    if col.lo is None and col.hi is None:
        return ""
    lo = "" if col.lo is None else f"{col.lo:g}"
    hi = "" if col.hi is None else f"{col.hi:g}"
    return f"{lo}–{hi}"
