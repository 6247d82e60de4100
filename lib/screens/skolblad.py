"""What the Skolblad screen shows: the schools of a year to pick from, one school's sheet (compared with the
challenge profile of the visitor's grouping, when there is one), the organisers for the board report, and both
documents as PDF and HTML — the same functions `python -m lib sheet` and `python -m lib report` call."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from lib import dataset
from lib.cache import cached
from lib.dataset import Dataset
from lib.documents import board_report, formats, school_sheet
from lib.documents.formats import Document
from lib.i18n import t
from lib.measures import profiles
from lib.measures.assessment import Assessment
from lib.screens import profiler


@dataclass(frozen=True)
class SchoolChoices:
    """The schools of one school year for a picker: ids in the order of their names, and each id's label."""

    ids: tuple[str, ...]
    labels: dict[str, str]  # id → "name (id)"


@cached("skolblad")
def school_choices(data: Dataset, year: int, lang: str) -> SchoolChoices:
    """The schools of one school year, labelled "name (code)" (the label is also the school's value in the URL)
    and ordered by name, so a principal finds their school by its name."""
    frame = data.year_frame(year)
    ids = frame["school_id"].astype(str)
    names = dict(zip(ids, frame["school_name"].astype(str) if "school_name" in frame else ids, strict=True))
    order = tuple(sorted(names, key=lambda i: names[i]))
    return SchoolChoices(order, {i: t("skolblad.school_option", lang, name=names[i], code=i) for i in order})


@dataclass(frozen=True)
class OrganizerChoices:
    """The organisers of one school year for the board report's picker, and which one to preselect."""

    options: tuple[str, ...]
    index: int  # the chosen school's organiser, else the first


@cached("skolblad")
def organizer_choices(data: Dataset, year: int, school_id: str | None) -> OrganizerChoices:
    """The organisers with schools in the year, the chosen school's own organiser preselected (a principal's
    sheet and their organiser's report belong together)."""
    options = tuple(dataset.organizers(data, year))
    frame = data.year_frame(year)
    own = frame.loc[frame["school_id"].astype(str) == str(school_id), "organizer"] if "organizer" in frame else ()
    default = own.iloc[0] if len(own) else None
    return OrganizerChoices(options, options.index(default) if default in options else 0)


def profile_of(data: Dataset, year: int, grouping: profiler.Grouping | None) -> pd.Series | None:
    """School id → challenge profile of the visitor's grouping, when it grouped this year's schools and
    succeeded; otherwise None (the sheet then has no profile column)."""
    if grouping is None or grouping.year != year:
        return None
    result = profiler.grouping_result(data, grouping)
    return result.assignments if isinstance(result, profiles.ProfileResult) else None


@cached("skolblad")
def sheet(data: Dataset, school_id: str, year: int, lang: str, source: str,
          grouping: profiler.Grouping | None) -> Document:
    """One school's sheet for the principal dialogue; `source` is the source line under it. KeyError for a school
    without a row in the year."""
    return school_sheet.school_sheet(data, school_id, year, lang, source, profile_of(data, year, grouping))


@cached("skolblad")
def sheet_pdf(data: Dataset, school_id: str, year: int, lang: str, source: str,
              grouping: profiler.Grouping | None) -> bytes:
    """The school sheet as an A4 PDF."""
    return formats.to_pdf(sheet(data, school_id, year, lang, source, grouping))


@cached("skolblad")
def sheet_html(data: Dataset, school_id: str, year: int, lang: str, source: str,
               grouping: profiler.Grouping | None) -> bytes:
    """The school sheet as a self-contained, accessible HTML page (UTF-8)."""
    return formats.to_html(sheet(data, school_id, year, lang, source, grouping)).encode("utf-8")


def sheet_file_name(school_id: str, year: int) -> str:
    """The downloaded sheet's file name, without the extension."""
    return f"skolblad-{school_id}-{year}"


def report(data: Dataset, year: int, lang: str, source: str, organizer: str | None,
           municipality: str | None = None, target: float | None = None,
           assessment: Assessment | None = None) -> Document:
    """The board report of one organiser (or of the schools in one municipality); `target` the share of qualified
    teachers (0–100) its high-need schools are compared with, None for their organiser's average; `assessment`
    the self-assessment to include, when one has been made. KeyError when it has no schools. Not cached itself:
    only its files are asked for, and its map's boundaries are large."""
    return board_report.board_report(data, year, lang, source, organizer=organizer, municipality=municipality,
                                     target=target, assessment=assessment)


@cached("skolblad")
def report_pdf(data: Dataset, year: int, lang: str, source: str, organizer: str | None,
               municipality: str | None, target: float | None, assessment: Assessment | None = None) -> bytes:
    """The board report as an A4 PDF."""
    return formats.to_pdf(report(data, year, lang, source, organizer, municipality, target, assessment))


@cached("skolblad")
def report_html(data: Dataset, year: int, lang: str, source: str, organizer: str | None,
                municipality: str | None, target: float | None, assessment: Assessment | None = None) -> bytes:
    """The board report as a self-contained, accessible HTML page (UTF-8)."""
    return formats.to_html(report(data, year, lang, source, organizer, municipality, target,
                                  assessment)).encode("utf-8")


def report_file_name(year: int) -> str:
    """The downloaded board report's file name, without the extension."""
    return f"namndrapport-{year}"
