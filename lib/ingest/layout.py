"""Where the table sits inside a file: metadata lines on top (Skolverket's "Valt läsår: 2024/25"), an
optional group row ("#Heltidstjänster" above "Totalt antal"), the column row, the data rows and a footer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lib.ingest.readers import RawFile
from lib.ingest.synonyms import canonical_for, is_ignored, normalise_header
from lib.schema import parse_school_year

HEADER_SCAN_ROWS = 60
_YEAR_LINE = re.compile(r"(valt\s+läsår|läsår|school\s+year)\s*:?\s*(\d{4}\s*[/\-–]\s*\d{2,4})", re.IGNORECASE)
_TITLE = re.compile(r"^(grundskola|gymnasieskola|förskoleklass|grundsärskola|anpassad grundskola)\s*-\s*(.+)$",
                    re.IGNORECASE)


@dataclass
class Layout:
    """The parts of a file: metadata, the header row index, group labels per column, data row indices."""

    header_index: int | None
    headers: list[str] = field(default_factory=list)  # unique display names, "Group / Column" when grouped
    raw_headers: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)  # group label per column ("" when none)
    title: str = ""  # e.g. "Personalstatistik med lärarlegitimation och behörighet"
    school_year: int | None = None  # from "Valt läsår: 2024/25"
    metadata_rows: int = 0


def _recognised(row: list[str]) -> int:
    """How many cells of a row are known column names (used or deliberately ignored)."""
    return sum(1 for c in row if c and (canonical_for(c) is not None or is_ignored(c)))


def _filled(row: list[str]) -> int:
    return sum(1 for c in row if c)


def find_layout(raw: RawFile) -> Layout:
    """Locate the column row: the row among the first rows with the most recognised names (at least two),
    else the first row with two or more filled cells. Metadata above it is read for year and title."""
    scan = raw.rows[:HEADER_SCAN_ROWS]
    best, best_score = None, 1
    for i, row in enumerate(scan):
        score = _recognised(row)
        if score > best_score:
            best, best_score = i, score
    if best is None:
        best = next((i for i, row in enumerate(scan) if _filled(row) >= 2), None)
    layout = Layout(header_index=best)
    if best is None:
        return layout
    for row in raw.rows[:best]:
        text = " ".join(c for c in row if c).strip()
        if not text:
            continue
        m = _YEAR_LINE.search(text)
        if m and layout.school_year is None:
            layout.school_year = parse_school_year(re.sub(r"\s+", "", m.group(2)))
        t = _TITLE.match(text)
        if t and not layout.title:
            layout.title = t.group(2).strip()
    layout.metadata_rows = best
    header = raw.rows[best]
    while header and not header[-1]:  # Skolverket ends every line with ";"
        header = header[:-1]
    groups = [""] * len(header)
    if best > 0:
        above = raw.rows[best - 1]
        if any(c.startswith("#") for c in above):
            for j in range(len(header)):
                cell = above[j] if j < len(above) else ""
                groups[j] = cell.lstrip("#").strip()
    layout.raw_headers = header
    layout.groups = groups
    layout.headers = _unique([f"{g} / {h}" if g and h else h or f"({j + 1})" for j, (g, h)
                              in enumerate(zip(groups, header, strict=True))])
    return layout


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for n in names:
        seen[n] = seen.get(n, 0) + 1
        out.append(n if seen[n] == 1 else f"{n} ({seen[n]})")
    return out


# Columns under a Skolverket group row: (group, column) → canonical name, or None for known-but-unused.
GROUPED: dict[tuple[str, str], str | None] = {
    ("heltidstjänster", "totalt antal"): "teacher_fte",
    ("heltidstjänster", "andel med lärarlegitimation och behörighet"): "qualified_share",
    ("heltidstjänster", "antal med lärarlegitimation och behörighet"): None,
    ("heltidstjänster", "förstelärare"): None,  # förstelärare as FTE: the headcount is used (see report note)
    ("tjänstgörande lärare", "totalt antal"): "teachers",
    ("tjänstgörande lärare", "förstelärare"): "first_teachers",
    ("tjänstgörande lärare", "andel med lärarlegitimation och behörighet i minst ett ämne"): None,
    ("tjänstgörande lärare", "antal med lärarlegitimation och behörighet i minst ett ämne"): None,
    ("tjänstgörande lärare", "andel med lärarlegitimation och behörighet"): None,
    ("tjänstgörande lärare", "antal med lärarlegitimation och behörighet"): None,
}


def grouped_column(group: str, header: str) -> tuple[bool, str | None]:
    """(known, canonical) for a column under a group label."""
    key = (normalise_header(group), normalise_header(header))
    if key in GROUPED:
        return True, GROUPED[key]
    return False, None


def format_key(layout: Layout, canonical: set[str], is_template: bool) -> str:
    """The i18n key naming what kind of file this is, for the report."""
    title = normalise_header(layout.title)
    if is_template:
        return "ingest.format.template"
    if "personalstatistik" in title:
        return "ingest.format.skolverket_personal"
    if "antal elever" in title:
        return "ingest.format.skolverket_pupils"
    if layout.title:
        return "ingest.format.skolverket_other"
    return "ingest.format.table"
