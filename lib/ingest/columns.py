"""Which canonical column each column of a file holds: the user's own mapping first, then Skolverket's
grouped columns, then the synonym table. Decides whether recognition is sure enough to go on without asking.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lib.ingest.layout import Layout, grouped_column
from lib.ingest.synonyms import canonical_for, is_ignored
from lib.schema import BY_NAME

KEY_COLUMNS = ("school_id", "municipality_code")


@dataclass
class ColumnProposal:
    """What the app believes each column of one file holds; `sure` False means the user should confirm."""

    file: str
    headers: list[str]
    guesses: dict[str, str | None] = field(default_factory=dict)  # header → canonical (None: not used)
    sure: bool = True
    ignored: list[str] = field(default_factory=list)  # known columns the app does not use
    unknown: list[str] = field(default_factory=list)  # columns nobody recognised
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (header, canonical) already taken


def propose(file: str, layout: Layout, user: dict[str, str] | None, has_year_metadata: bool) -> ColumnProposal:
    """Map every header of the file; with a user mapping, that mapping is the whole truth for the file."""
    proposal = ColumnProposal(file, list(layout.headers))
    taken: set[str] = set()
    for j, header in enumerate(layout.headers):
        if user is not None:
            canon = user.get(header)
            if canon not in BY_NAME:
                canon = None
        else:
            group, raw = layout.groups[j], layout.raw_headers[j]
            known, canon = grouped_column(group, raw) if group else (False, None)
            if not known:
                canon = canonical_for(raw)
                if canon is None and is_ignored(raw):
                    proposal.ignored.append(header)
                elif canon is None and raw:
                    proposal.unknown.append(header)
            elif canon is None:
                proposal.ignored.append(header)
        if canon is not None and canon in taken:
            proposal.duplicates.append((header, canon))
            canon = None
        if canon is not None:
            taken.add(canon)
        proposal.guesses[header] = canon
    has_key = any(k in taken for k in KEY_COLUMNS)
    has_year = "school_year" in taken or has_year_metadata
    has_value = any(BY_NAME[c].role not in ("key", "label") for c in taken)
    proposal.sure = user is not None or (has_key and has_year and has_value)
    return proposal
