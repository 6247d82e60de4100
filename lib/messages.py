"""The validation report: what ingest found, said in words a person can act on.

A message is an i18n key with named parameters plus where it applies (file, 1-based row in the file,
column as written in the file). Rendering to Swedish or English happens only when shown.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import pandas as pd

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Message:
    """One finding: an i18n key, its parameters, and where it applies."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)
    severity: Severity = "info"
    file: str | None = None
    row: int | None = None
    column: str | None = None

    def text(self, lang: str = "sv") -> str:
        """The message in words, in the given language."""
        from lib.i18n import t

        where = {"file": self.file or "", "row": self.row, "column": self.column or ""}
        return t(self.key, lang, **{**where, **self.params})

    def to_json(self, lang: str = "sv") -> dict[str, Any]:
        """The JSON object of `python -m lib check`: file, row, column, message (and the key for machines)."""
        return {"file": self.file, "row": self.row, "column": self.column, "message": self.text(lang),
                "key": self.key}


@dataclass(frozen=True)
class DroppedRow:
    """A row of an uploaded file that is not in the dataset, and why."""

    file: str
    row: int
    reason_key: str
    params: dict[str, Any] = field(default_factory=dict)

    def reason(self, lang: str = "sv") -> str:
        from lib.i18n import t

        return t(self.reason_key, lang, **self.params)

    def to_json(self, lang: str = "sv") -> dict[str, Any]:
        return {"file": self.file, "row": self.row, "reason": self.reason(lang), "key": self.reason_key}


@dataclass
class Report:
    """Everything ingest has to say about a set of files."""

    messages: list[Message] = field(default_factory=list)
    dropped: list[DroppedRow] = field(default_factory=list)
    mappings: dict[str, dict[str, str]] = field(default_factory=dict)  # file → {column in file: canonical}
    formats: dict[str, str] = field(default_factory=dict)  # file → recognised format key

    @property
    def errors(self) -> list[Message]:
        return [m for m in self.messages if m.severity == "error"]

    @property
    def warnings(self) -> list[Message]:
        return [m for m in self.messages if m.severity == "warning"]

    @property
    def infos(self) -> list[Message]:
        return [m for m in self.messages if m.severity == "info"]

    def add(self, key: str, severity: Severity = "info", *, file: str | None = None, row: int | None = None,
            column: str | None = None, **params: Any) -> None:
        self.messages.append(Message(key, params, severity, file, row, column))

    def drop(self, file: str, row: int, reason_key: str, **params: Any) -> None:
        self.dropped.append(DroppedRow(file, row, reason_key, params))

    def extend(self, other: Report) -> None:
        self.messages.extend(other.messages)
        self.dropped.extend(other.dropped)
        self.mappings.update(other.mappings)
        self.formats.update(other.formats)

    def to_dict(self) -> dict[str, Any]:
        """Plain data (for session state and JSON round trips)."""
        return asdict(self)


def messages_table(messages: list[Message], lang: str = "sv") -> pd.DataFrame:
    """Messages as a table for the screen and downloads: file, row, column, what."""
    from lib.i18n import t

    return pd.DataFrame(
        [{t("data.col.file", lang): m.file or "", t("data.col.row", lang): m.row,
          t("data.col.column", lang): m.column or "", t("data.col.message", lang): m.text(lang)}
         for m in messages],
        columns=[t("data.col.file", lang), t("data.col.row", lang), t("data.col.column", lang),
                 t("data.col.message", lang)]).astype({t("data.col.row", lang): "Int64"})


def dropped_table(report: Report, lang: str = "sv") -> pd.DataFrame:
    """Every row not used, with its reason."""
    from lib.i18n import t

    cols = [t("data.col.file", lang), t("data.col.row", lang), t("data.col.reason", lang)]
    return pd.DataFrame([dict(zip(cols, (d.file, d.row, d.reason(lang)), strict=True)) for d in report.dropped],
                        columns=cols)


def mapping_table(report: Report, lang: str = "sv") -> pd.DataFrame:
    """How each file's columns were read: file, column in the file, canonical column (with its label)."""
    from lib.i18n import column_label, t

    cols = [t("data.col.file", lang), t("data.col.header", lang), t("data.col.canonical", lang)]
    rows = [(f, header, f"{column_label(canon, lang)} ({canon})") for f, m in report.mappings.items()
            for header, canon in m.items()]
    return pd.DataFrame([dict(zip(cols, r, strict=True)) for r in rows], columns=cols)
