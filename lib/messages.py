"""The validation report: what ingest found, said in words a person can act on.

A message is an i18n key with named parameters plus where it applies (file, 1-based row in the file,
column as written in the file). Rendering to Swedish or English happens only when shown.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

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
