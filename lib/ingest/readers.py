"""Bytes → rows of text cells, with the line number of each row in the file.

CSV: encoding (UTF-8 with or without BOM, Windows-1252) and separator (; , tab |) are detected. Excel
(.xlsx): guarded against zip bombs (total size, compression ratio, member count) and XML attacks
(defusedxml is installed, which openpyxl uses when present); formulas are never evaluated.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field

MAX_XLSX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_XLSX_RATIO = 150
MAX_XLSX_MEMBERS = 2000
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


def read_csv(name: str, data: bytes) -> RawFile:
    """Rows of a delimited text file."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError("ingest.not_text", file=name)
    text, encoding = decode(data)
    if encoding != "utf-8-sig" and encoding != "utf-8" and "\ufffd" in text:
        raise ReadError("ingest.bad_encoding", file=name)
    sep = detect_separator(text)
    rows: list[list[str]] = []
    lines: list[int] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    start = 1
    try:
        for row in reader:
            rows.append([c.strip() for c in row])
            lines.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ReadError("ingest.csv_broken", file=name, line=start, detail=str(exc)[:80]) from None
    notes = [("ingest.note_encoding", {"file": name, "encoding": encoding, "separator": _sep_name(sep)})]
    return RawFile(name, "csv", rows, lines, encoding, sep, notes)


def _sep_name(sep: str) -> str:
    return {"\t": "tab", ";": ";", ",": ",", "|": "|"}[sep]


def check_zip(name: str, data: bytes) -> None:
    """Refuse archives that would expand too much (zip bombs) before any XML is parsed."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_XLSX_MEMBERS:
                raise ReadError("ingest.xlsx_too_many_parts", file=name)
            total = sum(i.file_size for i in infos)
            packed = sum(max(i.compress_size, 1) for i in infos)
            if total > MAX_XLSX_UNCOMPRESSED or total / packed > MAX_XLSX_RATIO:
                raise ReadError("ingest.xlsx_bomb", file=name, mb=round(total / 1e6, 1))
            if not any(i.filename.startswith("xl/") for i in infos):
                raise ReadError("ingest.xlsx_not_excel", file=name)
    except (zipfile.BadZipFile, NotImplementedError, EOFError, OSError, ValueError, RuntimeError):
        # BadZipFile, or a damaged header claiming an unknown zip version or compression (found by fuzzing)
        raise ReadError("ingest.xlsx_broken", file=name) from None


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value).strip()


def read_xlsx(name: str, data: bytes, max_rows: int | None = None) -> RawFile:
    """Rows of the first worksheet of an .xlsx workbook (values as stored; formulas not evaluated)."""
    check_zip(name, data)
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
        rows: list[list[str]] = []
        lines: list[int] = []
        limit = (max_rows or 10_000_000) + 200
        for i, row in enumerate(ws.iter_rows(values_only=True), start=1):
            if i > limit:
                raise ReadError("ingest.too_many_rows", file=name, limit=max_rows)
            rows.append([_cell_text(v) for v in row])
            lines.append(i)
    except ReadError:
        raise
    except Exception as exc:  # malformed sheet XML and the like
        raise ReadError("ingest.xlsx_broken", file=name, detail=type(exc).__name__) from None
    finally:
        wb.close()
    notes = [("ingest.note_excel", {"file": name, "sheet": ws.title})]
    return RawFile(name, "xlsx", rows, lines, notes=notes)


def read_any(name: str, data: bytes, max_rows: int | None = None) -> RawFile:
    """Choose the reader by content (a zip is Excel), not only by the file name."""
    if not data or not data.strip():
        raise ReadError("ingest.empty", file=name)
    if data[:4] == b"PK\x03\x04":
        return read_xlsx(name, data, max_rows)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ReadError("ingest.xls_old", file=name)
    if name.lower().endswith((".xlsx", ".xlsm")):
        raise ReadError("ingest.xlsx_broken", file=name)
    raw = read_csv(name, data)
    if max_rows is not None and len(raw.rows) > max_rows + 200:
        raise ReadError("ingest.too_many_rows", file=name, limit=max_rows)
    return raw
