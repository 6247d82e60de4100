"""Bytes → rows of text cells, with the line number of each row in the file.

CSV: encoding (UTF-8 with or without BOM, Windows-1252) and separator (; , tab |) are detected. Excel
(.xlsx): guarded against zip bombs (total size, each part's unpacked size, compression ratio, member count) and XML
attacks (defusedxml is installed, which openpyxl uses when present); formulas are never evaluated. A file wider than
`Limits.max_columns` is refused before any work per column.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field

from lib.ingest.limits import MB, Limits, width

MAX_XLSX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_XLSX_RATIO = 150
MAX_XLSX_MEMBERS = 2000
SMALL_PART_SHARE = 10  # parts other than worksheets: a tenth of the unpacked limit (5 MB public, 10 MB internal)
SEPARATORS = (";", ",", "\t", "|")
csv.field_size_limit(10 * 1024 * 1024)


class ReadError(Exception):
    """The file cannot be read at all; `key` is the i18n message key, `params` its parameters."""

    def __init__(self, key: str, **params: object):
        super().__init__(key)
        self.key, self.params = key, params


@dataclass
class RawFile:
    """A file as rows of text cells; `lines[i]` is the 1-based line (CSV) or row (Excel) of `rows[i]`."""

    name: str
    kind: str  # "csv" or "xlsx"
    rows: list[list[str]]
    lines: list[int]
    encoding: str = ""
    separator: str = ""
    notes: list[tuple[str, dict]] = field(default_factory=list)


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding used: UTF-8 (BOM or not), else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def detect_separator(text: str) -> str:
    """The separator that splits the most sample lines into the same number (> 1) of fields."""
    sample = [ln for ln in text.splitlines()[:80] if ln.strip()]
    best, best_score = ";", -1.0
    for sep in SEPARATORS:
        counts = [ln.count(sep) for ln in sample]
        if not counts or max(counts) == 0:
            continue
        mode = max(set(counts), key=counts.count)
        if mode == 0:
            continue
        score = counts.count(mode) * (1 + min(mode, 30) / 30)
        if score > best_score:
            best, best_score = sep, score
    return best


def read_csv(name: str, data: bytes, limits: Limits | None = None) -> RawFile:
    """Rows of a delimited text file (refused when wider than the column limit)."""
    limits = limits or Limits.of_files()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError("ingest.not_text", file=name)
    text, encoding = decode(data)
    if encoding != "utf-8-sig" and encoding != "utf-8" and "\ufffd" in text:
        raise ReadError("ingest.bad_encoding", file=name)
    sep = detect_separator(text)
    # A cheap look first: the widest of the first lines, before the parser builds a cell per column.
    widest = max((ln.rstrip(sep + " \r").count(sep) + 1 for ln in text[:1_000_000].splitlines()[:80]), default=0)
    if widest > limits.max_columns:
        raise ReadError("ingest.too_many_columns", file=name, n=widest, limit=limits.max_columns)
    rows: list[list[str]] = []
    lines: list[int] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    start = 1
    try:
        for row in reader:
            if len(row) > limits.max_columns and width(row) > limits.max_columns:
                raise ReadError("ingest.too_many_columns", file=name, n=width(row), limit=limits.max_columns)
            rows.append([c.strip() for c in row])
            lines.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ReadError("ingest.csv_broken", file=name, line=start, detail=str(exc)[:80]) from None
    notes = [("ingest.note_encoding", {"file": name, "encoding": encoding, "separator": _sep_name(sep)})]
    return RawFile(name, "csv", rows, lines, encoding, sep, notes)


def _sep_name(sep: str) -> str:
    return {"\t": "tab", ";": ";", ",": ",", "|": "|"}[sep]


def check_zip(name: str, data: bytes, limits: Limits | None = None) -> None:
    """Refuse archives that would expand too much (zip bombs) before any XML is parsed: the whole, the ratio and
    each part (a shared-strings part of millions of tiny strings costs minutes however well it packs). The sizes
    are those the archive declares; `zipfile` never unpacks a part beyond its declared size (it stops with a CRC
    error), so a lying archive cannot slip past."""
    limits = limits or Limits.of_files()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_XLSX_MEMBERS:
                raise ReadError("ingest.xlsx_too_many_parts", file=name)
            total = sum(i.file_size for i in infos)
            packed = sum(max(i.compress_size, 1) for i in infos)
            if total > MAX_XLSX_UNCOMPRESSED or total / packed > MAX_XLSX_RATIO:
                raise ReadError("ingest.xlsx_bomb", file=name, mb=round(total / 1e6, 1))
            for info in infos:
                allowed = part_limit(info.filename, limits)
                if info.file_size > allowed:
                    raise ReadError("ingest.xlsx_part_too_large", file=name, part=info.filename[:80],
                                    mb=-(-info.file_size // MB), limit=max(1, round(allowed / MB)))
            if not any(i.filename.startswith("xl/") for i in infos):
                raise ReadError("ingest.xlsx_not_excel", file=name)
    except (zipfile.BadZipFile, NotImplementedError, EOFError, OSError, ValueError, RuntimeError):
        # BadZipFile, or a damaged header claiming an unknown zip version or compression (found by fuzzing)
        raise ReadError("ingest.xlsx_broken", file=name) from None


def part_limit(part: str, limits: Limits) -> float:
    """The bytes a part of a workbook may unpack to: a worksheet (read as a stream, row by row) the full limit,
    any other part a tenth of it — openpyxl holds shared strings and styles whole, one Python object per entry, so
    a 50 MB shared-strings part of tiny strings costs a minute (real exports have well under a megabyte)."""
    share = 1 if part.startswith("xl/worksheets/") else SMALL_PART_SHARE
    return limits.max_unpacked_mb * MB / share


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value).strip()


def read_xlsx(name: str, data: bytes, max_rows: int | None = None, limits: Limits | None = None) -> RawFile:
    """Rows of the first worksheet of an .xlsx workbook (values as stored; formulas not evaluated); refused when
    wider than the column limit."""
    limits = limits or Limits.of_files()
    check_zip(name, data, limits)
    import defusedxml  # noqa: F401 — openpyxl guards its XML parsing with defusedxml when it is installed
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for broken workbooks; all mean "cannot read"
        raise ReadError("ingest.xlsx_broken", file=name, detail=type(exc).__name__) from None
    try:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            raise ReadError("ingest.empty", file=name)
        if (ws.max_column or 0) > limits.max_columns:
            ws.reset_dimensions()  # a declared range as wide as XFD would pad every row: read the cells there are
        rows: list[list[str]] = []
        lines: list[int] = []
        limit = (max_rows or 10_000_000) + 200
        for i, row in enumerate(ws.iter_rows(values_only=True), start=1):
            if i > limit:
                raise ReadError("ingest.too_many_rows", file=name, limit=max_rows)
            cells = [_cell_text(v) for v in row]
            if len(cells) > limits.max_columns and width(cells) > limits.max_columns:
                raise ReadError("ingest.too_many_columns", file=name, n=width(cells), limit=limits.max_columns)
            rows.append(cells)
            lines.append(i)
    except ReadError:
        raise
    except Exception as exc:  # malformed sheet XML and the like
        raise ReadError("ingest.xlsx_broken", file=name, detail=type(exc).__name__) from None
    finally:
        wb.close()
    notes = [("ingest.note_excel", {"file": name, "sheet": ws.title})]
    return RawFile(name, "xlsx", rows, lines, notes=notes)


def read_any(name: str, data: bytes, max_rows: int | None = None, limits: Limits | None = None) -> RawFile:
    """Choose the reader by content (a zip is Excel), not only by the file name. `limits` default to those that
    guard every reading (columns, unpacked Excel parts)."""
    if not data or not data.strip():
        raise ReadError("ingest.empty", file=name)
    if data[:4] == b"PK\x03\x04":
        return read_xlsx(name, data, max_rows, limits)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ReadError("ingest.xls_old", file=name)
    if name.lower().endswith((".xlsx", ".xlsm")):
        raise ReadError("ingest.xlsx_broken", file=name)
    raw = read_csv(name, data, limits)
    if max_rows is not None and len(raw.rows) > max_rows + 200:
        raise ReadError("ingest.too_many_rows", file=name, limit=max_rows)
    return raw
