"""One file's rows → canonical columns: codes kept as text and checked, numbers read the Swedish way,
ranges and 0–1 shares checked, Skolverket's per-organiser rows chosen. Every row not used is reported.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from lib.ingest.columns import ColumnProposal
from lib.ingest.layout import Layout
from lib.ingest.readers import RawFile
from lib.ingest.values import parse_bool, parse_series
from lib.messages import Report
from lib.schema import BY_NAME, NUMERIC_KINDS, SHARE_COLUMNS, municipality_names, parse_school_year

MAX_CELL_MESSAGES = 15  # per column and file; the rest are summed up in one message
_CODE_LIKE = re.compile(r"^\d{3,10}$")

# What a file's own id column says in a totals row ("Totalt;;370"): a row with values, never footer, not a school.
_TOTALS = frozenset({"totalt", "total", "totals", "summa", "sum", "samtliga", "alla", "all", "riket", "kommunen",
                     "hela kommunen", "grand total"})


def _is_total(text: str) -> bool:
    """Whether an id cell of a file with its own ids names a totals row ("Totalt", "Summa:", "TOTAL")."""
    return re.sub(r"[\s:.\-–]+", " ", text).strip().casefold() in _TOTALS


ORGTYPE_WORDS = {"samtliga": "samtliga", "alla": "samtliga", "all": "samtliga", "total": "samtliga",
                 "kommunal": "kommunal", "kommun": "kommunal", "municipal": "kommunal",
                 "enskild": "enskild", "fristående": "enskild", "independent": "enskild", "private": "enskild",
                 "statlig": "statlig", "state": "statlig", "region": "region", "regional": "region",
                 "internationell": "internationell", "international": "internationell"}


def orgtype_value(text: object) -> str | None:
    """"Kommunal" → "kommunal"; unknown words → None."""
    if text is None or pd.isna(text):
        return None
    word = str(text).strip().lower().split(" ")[0] if str(text).strip() else ""
    return ORGTYPE_WORDS.get(word)


def _code(text: str) -> str:
    return re.sub(r"[\s\u00a0]", "", text or "").removesuffix(".0")


def normalise_file(raw: RawFile, layout: Layout, proposal: ColumnProposal, organizer_type: str,
                   report: Report, constants: dict[str, str] | None = None,
                   years: list[tuple[int, dict[str, str]]] | None = None) -> pd.DataFrame | None:
    """The canonical frame of one file (with `_file` and `_line`), or None when nothing usable is in it.
    `constants` (field → value) hold for every row; `years` add rows of earlier school years from year columns."""
    name = raw.name
    constants = constants or {}
    mapped = {h: c for h, c in proposal.guesses.items() if c is not None}
    index_of = {h: j for j, h in enumerate(layout.headers)}
    start = (layout.header_index or 0) + 1
    rows, lines = raw.rows[start:], raw.lines[start:]
    header_by_canon = {c: h for h, c in mapped.items()}
    key = "school_id" if "school_id" in header_by_canon else "municipality_code"
    if key not in header_by_canon:  # the unit is the municipality set for every row
        header_by_canon[key] = f"{key}={constants.get(key, '')}"
    key_j = index_of.get(header_by_canon[key])
    value_js = [index_of[h] for h, c in mapped.items() if BY_NAME[c].role not in ("key", "label")]

    def cell(row: list[str], j: int | None) -> str:
        if j is None:
            return constants.get(key, "")
        return row[j] if j < len(row) else ""

    def has_values(row: list[str]) -> bool:
        return any(cell(row, j).strip() for j in value_js)

    # Skolverket's codes, or a file of its own ids (any unique text): decided by what most keyed rows hold.
    keyed = [_code(cell(row, key_j)) for row in rows if cell(row, key_j).strip() and has_values(row)]
    local_ids = key == "school_id" and bool(keyed) and sum(bool(_CODE_LIKE.match(k)) for k in keyed) < len(keyed) / 2

    def is_data(row: list[str]) -> bool:
        text = cell(row, key_j).strip()
        return bool(text) and has_values(row) if local_ids else bool(_CODE_LIKE.match(_code(text)))

    # Footer: everything after the last data row; blank rows are not data. A row with values is never footer.
    last = -1
    for i, row in enumerate(rows):
        if is_data(row) or (has_values(row) and any(row)):
            last = i
    footer = [ln for row, ln in zip(rows[last + 1:], lines[last + 1:], strict=True) if any(row)]
    if footer:
        report.add("ingest.footer_skipped", "info", file=name, row=footer[0], n=len(footer))
    if local_ids:
        report.add("mapping.local_ids", "info", file=name, column=header_by_canon[key])
    keep_rows, keep_lines, short = [], [], []
    width = max(index_of[h] for h in mapped) + 1  # a CSV row shorter than this was cut off (Excel omits
    # trailing empty cells, so only CSV rows are checked)
    for row, ln in zip(rows[:last + 1], lines[:last + 1], strict=True):
        if not any(row):
            continue
        if local_ids and not cell(row, key_j).strip():
            report.drop(name, ln, "mapping.drop_no_id", column=header_by_canon[key])
            continue
        if local_ids and not has_values(row):
            report.drop(name, ln, "mapping.drop_no_values", value=cell(row, key_j)[:40])
            continue
        if local_ids and _is_total(cell(row, key_j)):
            report.drop(name, ln, "mapping.drop_total", value=cell(row, key_j)[:40])
            continue
        if not local_ids and not _CODE_LIKE.match(_code(cell(row, key_j))):
            report.drop(name, ln, "ingest.drop_no_code", column=header_by_canon[key],
                        value=cell(row, key_j)[:40])
            continue
        if raw.kind == "csv" and len(row) < width:
            short.append((ln, len(row)))
        keep_rows.append(row)
        keep_lines.append(ln)
    for ln, cells in short[:MAX_CELL_MESSAGES]:
        report.add("ingest.row_short", "error", file=name, row=ln, column=layout.headers[cells], cells=cells,
                   expected=width)
    if len(short) > MAX_CELL_MESSAGES:
        report.add("ingest.more_rows_short", "error", file=name, n=len(short) - MAX_CELL_MESSAGES)
    if not keep_rows:
        report.add("ingest.no_data_rows", "error", file=name)
        return None

    frame = pd.DataFrame({c: [cell(r, index_of[h]) for r in keep_rows] for h, c in mapped.items()})
    frame["_line"] = keep_lines
    frame["_file"] = name
    for field, value in constants.items():
        frame[field] = value
        header_by_canon.setdefault(field, f"{field}={value}")
    if years:
        frame = _earlier_years(frame, keep_rows, years, index_of, layout)
        header_by_canon.update({c: h for _, cols in years for h, c in cols.items() if c not in header_by_canon})
    frame = _codes(frame, name, header_by_canon, report, local_ids)
    frame = _organizer_rows(frame, name, organizer_type, key, report)
    frame = _years(frame, name, layout, header_by_canon, report)
    frame = _values(frame, name, header_by_canon, report)
    frame = _duplicates(frame, name, key, report)
    if frame.empty:
        report.add("ingest.no_data_rows", "error", file=name)
        return None
    return frame


def _earlier_years(frame: pd.DataFrame, rows: list[list[str]], years: list[tuple[int, dict[str, str]]],
                   index_of: dict[str, int], layout: Layout) -> pd.DataFrame:
    """The same schools' rows of earlier school years, from columns such as `2223TotalNumberOfStudents`: the
    identity columns repeated, the year's columns under their field's name, the rest empty."""
    if "school_year" not in frame and layout.school_year is not None:
        frame["school_year"] = str(layout.school_year)
    identity = [c for c in frame.columns if c in ("_line", "_file") or (BY_NAME.get(c) and
                BY_NAME[c].role in ("key", "label") and c != "school_year")]
    parts = [frame]
    for year, columns in years:
        part = frame[identity].copy()
        for header, field in columns.items():
            j = index_of[header]
            part[field] = [r[j] if j < len(r) else "" for r in rows]
        filled = part[list(columns.values())].apply(lambda c: c.str.strip() != "").any(axis=1)
        part["school_year"] = str(year)
        parts.append(part[filled.to_numpy()])
    out = pd.concat(parts, ignore_index=True)
    for col in out.columns:
        if col not in ("_line",):
            out[col] = out[col].astype("object").where(out[col].notna(), "")
    return out


def _codes(frame: pd.DataFrame, name: str, headers: dict[str, str], report: Report,
           local_ids: bool = False) -> pd.DataFrame:
    """School codes: 8 digits as text (or, in a file of its own ids, any text). Municipality codes: 4 digits, a
    real municipality, leading zero restored."""
    drop = pd.Series(False, index=frame.index)
    if "school_id" in frame and local_ids:
        frame["school_id"] = frame["school_id"].astype(str).str.strip()
    elif "school_id" in frame:
        codes = frame["school_id"].map(_code)
        short = codes.str.fullmatch(r"\d{6,7}")
        if short.any():
            codes = codes.where(~short, codes.str.zfill(8))
            report.add("ingest.school_code_padded", "warning", file=name, column=headers["school_id"],
                       n=int(short.sum()))
        bad = ~codes.str.fullmatch(r"\d{8}")
        for i in frame.index[bad]:
            report.drop(name, int(frame.at[i, "_line"]), "ingest.drop_bad_school_code",
                        column=headers["school_id"], value=str(frame.at[i, "school_id"])[:40])
        drop |= bad
        frame["school_id"] = codes
    if "municipality_code" in frame:
        codes = frame["municipality_code"].map(_code)
        short = codes.str.fullmatch(r"\d{3}")
        if short.any():
            codes = codes.where(~short, codes.str.zfill(4))
            report.add("ingest.municipality_code_padded", "info", file=name, column=headers["municipality_code"],
                       n=int(short.sum()))
        names = municipality_names()
        unknown = ~codes.isin(list(names)) & ~drop
        if "school_id" in frame:  # a school's municipality is optional: an empty code is no reason to drop it
            unknown &= codes != ""
            codes = codes.where(codes != "", None)
        for i in frame.index[unknown]:
            report.drop(name, int(frame.at[i, "_line"]), "ingest.drop_unknown_municipality",
                        column=headers["municipality_code"], value=str(codes[i])[:40])
        drop |= unknown
        frame["municipality_code"] = codes
        if "municipality_name" not in frame:
            frame["municipality_name"] = codes.map(names)
    return frame[~drop].copy()


def _organizer_rows(frame: pd.DataFrame, name: str, organizer_type: str, key: str, report: Report) -> pd.DataFrame:
    """Skolverket's files carry one row per unit and organiser type (Samtliga, Kommunal, Enskild, …): keep
    the chosen type and list the others. In a file with one row per school the type is an attribute."""
    if "organizer_type" not in frame:
        return frame
    kinds = frame["organizer_type"].map(orgtype_value)
    aggregated = (kinds == "samtliga").any() or (frame[key].duplicated().any() and kinds.nunique() > 1)
    if not aggregated:
        frame["organizer_type"] = kinds.astype("object").where(kinds.notna(), frame["organizer_type"])
        return frame
    chosen = kinds == organizer_type
    if not chosen.any():
        present = ", ".join(sorted({str(v) for v in frame["organizer_type"].dropna().unique()}))
        report.add("ingest.orgtype_absent", "error", file=name, column="Typ av huvudman",
                   chosen=organizer_type, present=present)
    others = frame.loc[~chosen, ["_line", "organizer_type"]]  # read as columns: by cell it was most of the load
    for line, kind in zip(others["_line"].tolist(), others["organizer_type"].tolist(), strict=True):
        report.drop(name, int(line), "ingest.drop_orgtype", kind=str(kind), chosen=organizer_type)
    if chosen.any() and (~chosen).any():
        report.add("ingest.orgtype_chosen", "info", file=name, chosen=organizer_type, n=int((~chosen).sum()))
    out = frame[chosen].copy()
    out["organizer_type"] = organizer_type
    return out


def _years(frame: pd.DataFrame, name: str, layout: Layout, headers: dict[str, str], report: Report) -> pd.DataFrame:
    """The school year of each row: its own column, else the file's "Valt läsår"."""
    if "school_year" in frame:
        years = frame["school_year"].map(parse_school_year)
        bad = years.isna() | (years < BY_NAME["school_year"].lo) | (years > BY_NAME["school_year"].hi)
        if layout.school_year is not None:
            fill = bad & (frame["school_year"].str.strip() == "")
            years = years.where(~fill, layout.school_year)
            bad &= ~fill
        for i in frame.index[bad]:
            report.drop(name, int(frame.at[i, "_line"]), "ingest.drop_bad_year", column=headers["school_year"],
                        value=str(frame.at[i, "school_year"])[:40])
        frame = frame[~bad].copy()
        frame["school_year"] = years[~bad].astype("int64")
    elif layout.school_year is not None:
        frame["school_year"] = layout.school_year
        report.add("ingest.year_from_metadata", "info", file=name, year=_label(layout.school_year))
    else:
        report.add("ingest.no_year", "error", file=name)
        return frame.iloc[0:0]
    return frame


def _label(year: int) -> str:
    return f"{year}/{(year + 1) % 100:02d}"


def _values(frame: pd.DataFrame, name: str, headers: dict[str, str], report: Report) -> pd.DataFrame:
    """Numbers (markers counted, unreadable cells and out-of-range values reported and left empty)."""
    for col in list(frame.columns):
        spec = BY_NAME.get(col)
        if spec is None:
            continue
        header = headers.get(col)
        if spec.kind == "bool":
            parsed = frame[col].map(parse_bool)
            bad = parsed.isna() & (frame[col].str.strip() != "")
            _cell_messages(frame, bad, name, header, report, "ingest.bad_bool", raw=frame[col])
            frame[col] = parsed.astype("boolean")
            continue
        if spec.kind in ("id", "year"):
            continue
        if spec.kind == "text":
            frame[col] = frame[col].str.strip().replace("", pd.NA).astype("string")
            continue
        if spec.kind not in NUMERIC_KINDS:
            continue
        values, stats = parse_series(frame[col], frame["_line"])
        if stats.invalid_rows:
            bad = frame["_line"].isin(stats.invalid_rows)
            _cell_messages(frame, bad, name, header, report, "ingest.bad_number", raw=frame[col], severity="error")
        for marker, n in sorted(stats.markers.items()):
            report.add(f"ingest.marker_{marker}", "info", file=name, column=header, n=n)
        if stats.rounded:
            report.add("ingest.rounded", "info", file=name, column=header, n=stats.rounded)
        if spec.kind == "share":
            filled = values.dropna()
            if len(filled) and filled.max() <= 1.0 and filled.max() > 0:
                values = values * 100
                report.add("ingest.share_scaled", "warning", file=name, column=header)
        scale_check(col, values, name, header, report)
        too_low = values < spec.lo if spec.lo is not None else pd.Series(False, index=values.index)
        too_high = values > spec.hi if spec.hi is not None else pd.Series(False, index=values.index)
        out = (too_low | too_high).fillna(False)
        if out.any():
            _cell_messages(frame, out, name, header, report, "ingest.out_of_range", raw=values,
                           lo=_bound(spec.lo), hi=_bound(spec.hi))
            values = values.where(~out, np.nan)
        frame[col] = values.astype(float)
    return frame


# Values that sit on another scale than the field's: (field, test on the column's values, message key).
SCALES = (("merit_value", lambda v: v.max() <= 20.5, "mapping.scale_grade_average"),
          *((c, lambda v: (v > 100).mean() > 0.5, "mapping.scale_share_counts") for c in SHARE_COLUMNS),
          ("pupils_per_teacher", lambda v: v.max() < 1.0, "mapping.scale_ratio_inverse"))


def scale_check(col: str, values: pd.Series, name: str, header: str | None, report: Report) -> None:
    """A column whose values look like another scale than the field's (a grade average 0–20 mapped to merit
    value 0–340, counts mapped to a share) is said, with what its values look like, so the person can leave it
    out."""
    filled = values.dropna()
    if filled.empty:
        return
    for field, test, key in SCALES:
        if field == col and bool(test(filled)):
            report.add(key, "warning", file=name, column=header, header=header or "", field=col,
                       lo=_both(filled.min()), hi=_both(filled.max()))


def _both(value: float) -> dict[str, str]:
    """A number as each language writes it, for a message parameter."""
    return {"sv": f"{value:g}".replace(".", ","), "en": f"{value:g}"}


def _bound(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:g}"


def _cell_messages(frame: pd.DataFrame, bad: pd.Series, name: str, header: str | None, report: Report, key: str,
                   raw: pd.Series, severity: str = "warning", **params: object) -> None:
    """One message per bad cell (file, row, column, value), the first few; then one summary."""
    idx = frame.index[bad.fillna(False).to_numpy(dtype=bool)]
    for i in idx[:MAX_CELL_MESSAGES]:
        value = raw.get(i, "")
        value = f"{value:g}" if isinstance(value, float) else str(value)[:40]
        report.add(key, severity, file=name, row=int(frame.at[i, "_line"]), column=header, value=value, **params)
    if len(idx) > MAX_CELL_MESSAGES:
        report.add("ingest.more_cells", severity, file=name, column=header, n=len(idx) - MAX_CELL_MESSAGES)


def _duplicates(frame: pd.DataFrame, name: str, key: str, report: Report) -> pd.DataFrame:
    """The same unit and school year twice in one file: the first row is used, the others listed."""
    dup = frame.duplicated([key, "school_year"], keep="first")
    if dup.any():
        first_line = frame.drop_duplicates([key, "school_year"]).set_index([key, "school_year"])["_line"]
        for i in frame.index[dup]:
            k = (frame.at[i, key], frame.at[i, "school_year"])
            report.drop(name, int(frame.at[i, "_line"]), "ingest.drop_duplicate", unit=str(k[0]),
                        year=_label(int(k[1])), first=int(first_line.loc[k]))
    return frame[~dup].copy()
