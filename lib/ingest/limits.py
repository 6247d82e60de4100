"""What a visitor's files may cost, checked on the server for every uploader (Data, Klasskillnader, the register's
import) whatever the browser let through: the size of each file, the number of files, the rows after merging, the
columns of a file and the unpacked size of each part of an Excel file (`lib.config` gives each mode's values)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from lib.messages import Report

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """The limits in force: None means no limit (the command line reads the operator's own files)."""

    max_mb: float | None = None  # each file
    max_files: int | None = None  # files in one upload
    max_rows: int | None = None  # rows of a file, and rows after merging the files
    max_columns: int = 500  # columns of a file
    max_unpacked_mb: float = 100  # each part of an Excel file, unpacked

    @classmethod
    def of_uploads(cls) -> Limits:
        """The limits of a visitor's upload in this deployment's mode (public: 10 MB, 8 files, 50 000 rows)."""
        from lib.config import settings

        cfg = settings()
        return cls(cfg.max_upload_mb, cfg.max_files, cfg.max_rows, cfg.max_columns, cfg.max_unpacked_mb)

    @classmethod
    def of_files(cls) -> Limits:
        """The limits that guard any reading, uploads or not: columns and unpacked Excel parts only."""
        from lib.config import settings

        cfg = settings()
        return cls(max_columns=cfg.max_columns, max_unpacked_mb=cfg.max_unpacked_mb)


def refuse_files(files: Sequence[tuple[str, bytes]], limits: Limits, report: Report) -> bool:
    """Add an error for too many files and for each file over the size limit (naming it and the limit); True when
    anything was refused, and then nothing of the upload may be read."""
    refused = False
    if limits.max_files is not None and len(files) > limits.max_files:
        report.add("ingest.too_many_files", "error", n=len(files), limit=limits.max_files)
        refused = True
    if limits.max_mb is not None:
        for name, data in files:
            if len(data) > limits.max_mb * MB:
                report.add("ingest.file_too_large", "error", file=name, mb=_mb(len(data)),
                           limit=_mb(limits.max_mb * MB))
                refused = True
    return refused


def width(row: Sequence[str]) -> int:
    """The columns a row uses: its length without empty cells at the end."""
    n = len(row)
    while n and not row[n - 1]:
        n -= 1
    return n


def _mb(size: float) -> int:
    """Whole megabytes, rounded up (a file just over the limit never reads as the limit itself)."""
    return math.ceil(size / MB)
