"""What the Data screen shows: the validation report of an upload or a fetch in plain words (one rendering, used
by every screen that reads files), the preview of the data read, the open-data choices and Kolada's KPIs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from lib import schema
from lib.cache import cached
from lib.dataset import Dataset
from lib.i18n import column_label, fmt_school_year, t
from lib.messages import Message, Report
from lib.screens.parts import Table
from lib.text import inert

PREVIEW_ROWS = 50
YEARS_BACK = 8  # school years offered for a fetch, besides "all"


# --- the validation report ----------------------------------------------------------------------------------

def named(label: str, code: str) -> str:
    """A label with the code it stands for, as pickers and tables show it: "Västerås (1980)"."""
    return f"{label} ({code})"


def where(file: str | None, row: int | None, column: str | None, lang: str) -> str:
    """Where a message applies, in words: "elever.csv, rad 12, kolumn Antal elever" (empty when nowhere)."""
    parts = [file or "", t("data.at_row", lang, row=row) if row else "",
             t("data.at_column", lang, column=column) if column else ""]
    return ", ".join(p for p in parts if p)


def message_line(message: Message, lang: str) -> str:
    """A message on one line, with where it applies: "elever.csv, rad 12: Värdet saknas."."""
    place = where(message.file, message.row, message.column, lang)
    text = message.text(lang)
    return t("data.message_line", lang, where=place, text=text) if place else text


def messages_table(messages: list[Message] | tuple[Message, ...], lang: str) -> pd.DataFrame:
    """Messages as a table for the screen and downloads: file, row, column, what."""
    cols = [t("data.col.file", lang), t("data.col.row", lang), t("data.col.column", lang),
            t("data.col.message", lang)]
    rows = [(m.file or "", m.row, m.column or "", m.text(lang)) for m in messages]
    return pd.DataFrame(rows, columns=cols).astype({cols[1]: "Int64"})


def dropped_table(report: Report, lang: str) -> pd.DataFrame:
    """Every row not used, with its reason."""
    cols = [t("data.col.file", lang), t("data.col.row", lang), t("data.col.reason", lang)]
    return pd.DataFrame([(d.file, d.row, d.reason(lang)) for d in report.dropped], columns=cols)


def mapping_table(report: Report, lang: str) -> pd.DataFrame:
    """How each file's columns were read: file, column in the file, canonical column (with its label)."""
    cols = [t("data.col.file", lang), t("data.col.header", lang), t("data.col.canonical", lang)]
    rows = [(f, header, named(column_label(canon, lang), canon))
            for f, m in report.mappings.items() for header, canon in m.items()]
    return pd.DataFrame(rows, columns=cols)


@dataclass(frozen=True)
class ReportSection:
    """One part of the report: its heading (with the count), its table, and whether it starts open."""

    heading: str
    table: Table
    expanded: bool = False


@dataclass(frozen=True)
class ReportView:
    """A report ready to show: the counts in a sentence, the recognised formats, the sections that have
    something to say (errors, warnings, notes, rows not used, how the columns were read), each warning in words
    and every error and warning on one line with where it applies."""

    counts: str
    formats: str | None
    sections: tuple[ReportSection, ...]
    warnings: tuple[str, ...]
    lines: tuple[str, ...]


def report_view(report: Report, lang: str) -> ReportView:
    """The one rendering of a validation report (the Data screen's upload and fetch, Klasskillnader's class file)."""
    counts = t("data.report_counts", lang, errors=len(report.errors), warnings=len(report.warnings),
               infos=len(report.infos), dropped=len(report.dropped))
    sections = [ReportSection(t("data.section", lang, heading=t(key, lang), n=len(found)),
                              Table.of(messages_table(found, lang)), expanded)
                for key, found, expanded in (("data.errors", report.errors, True),
                                             ("data.warnings", report.warnings, True),
                                             ("data.infos", report.infos, False)) if found]
    if report.dropped:
        sections.append(ReportSection(t("data.section", lang, heading=t("data.dropped", lang), n=len(report.dropped)),
                                      Table.of(dropped_table(report, lang))))
    if report.mappings:
        sections.append(ReportSection(t("data.mapping_used", lang), Table.of(mapping_table(report, lang))))
    formats = t("data.formats", lang, formats="; ".join(
        t("data.format_of", lang, file=inert(f), format=t(k, lang)) for f, k in report.formats.items())) \
        if report.formats else None
    return ReportView(counts, formats, tuple(sections), tuple(inert(m.text(lang)) for m in report.warnings),
                      tuple(message_line(m, lang) for m in [*report.errors, *report.warnings]))


@dataclass(frozen=True)
class Preview:
    """The first rows of the data read, labelled in the visitor's language, under its heading."""

    heading: str
    table: Table


@cached("data")
def preview(data: Dataset, lang: str, rows: int = PREVIEW_ROWS) -> Preview:
    """The first `rows` rows with columns labelled in the visitor's language."""
    head = data.frame.head(rows)
    return Preview(t("data.preview_heading", lang, rows=rows),
                   Table.of(head.rename(columns={c: column_label(c, lang) for c in head.columns})))


def organizer_type_labels(lang: str) -> dict[str, str]:
    """Organiser type → its name in the upload's picker."""
    return {o: t(f"orgtype.{o}", lang) for o in schema.ORGANIZER_TYPES}


# --- open data ----------------------------------------------------------------------------------------------

def latest_school_year(today: dt.date | None = None) -> int:
    """The latest school year whose statistics can exist: the one that started last autumn or earlier."""
    today = today or dt.date.today()
    return today.year - 1 if today.month < 10 else today.year


def year_options(today: dt.date | None = None) -> list[int | None]:
    """None (all years the API has) and the recent school years, latest first."""
    latest = latest_school_year(today)
    return [None, *range(latest, latest - YEARS_BACK, -1)]


@dataclass(frozen=True)
class FetchChoices:
    """What a fetch can ask for: municipalities (in the order of their names) and school years, with labels."""

    municipalities: tuple[str, ...]
    names: dict[str, str]
    all_years: str

    def municipality_label(self, code: str) -> str:
        """"Västerås (1980)"."""
        return named(self.names.get(code, code), code)

    def year_label(self, year: int | None) -> str:
        """A school year, or "all school years available"."""
        return self.all_years if year is None else fmt_school_year(year)


@cached("data")
def fetch_choices(lang: str) -> FetchChoices:
    """Sweden's municipalities by name, for the fetch panel."""
    names = schema.municipality_names()
    return FetchChoices(tuple(sorted(names, key=names.get)), names, t("fetch.ui.all_years", lang))


def kolada_table(kpis: pd.DataFrame, lang: str) -> Table:
    """Kolada's KPIs of the fetched municipalities: municipality, KPI (name and id), year, value."""
    names = schema.municipality_names()
    return Table.of(pd.DataFrame({
        t("fetch.kpi.col.municipality", lang): kpis["municipality_code"].map(lambda c: names.get(c, c)),
        t("fetch.kpi.col.kpi", lang): kpis["kpi"].map(lambda k: named(t(f"fetch.kpi.{k}", lang), k)),
        t("fetch.kpi.col.year", lang): kpis["year"],
        t("fetch.kpi.col.value", lang): kpis["value"],
    }))


def municipality_codes(data: Dataset) -> list[str]:
    """The municipalities the data covers (for Kolada's KPIs)."""
    return sorted(data.frame["municipality_code"].dropna().astype(str).unique())
