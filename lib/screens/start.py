"""What the Start screen says about the active dataset: where it came from, its size, its headline figures."""

from __future__ import annotations

from dataclasses import dataclass

from lib import schema
from lib.cache import cached
from lib.dataset import Dataset
from lib.i18n import fmt_count, fmt_int, fmt_school_year, t
from lib.text import inert

HEADLINE_INDICATORS: tuple[str, ...] = ("qualified_share", "pupils_per_teacher", "first_teachers_per_100_pupils")


@dataclass(frozen=True)
class Summary:
    """The active dataset in a few facts."""

    kind: str
    files: tuple[str, ...]
    date: str
    level: str
    units: int
    municipalities: int
    rows: int
    years: tuple[int, ...]


@dataclass(frozen=True)
class Headline:
    """One headline figure: the gap between the highest- and lowest-need quarter for an indicator."""

    indicator: str
    year: int
    q1: float
    q4: float
    gap: float
    sentence: str


def summarize(data: Dataset) -> Summary:
    """Source, level and size of the dataset."""
    return Summary(data.source.kind, data.source.files, data.source.date, data.level, data.n_units,
                   data.n_municipalities, len(data.frame), tuple(data.school_years))


def describe(data: Dataset, lang: str) -> str:
    """One sentence: "Aktiva data: demodata – 240 skolenheter i 6 kommuner, läsåren 2020/21–2024/25."""
    s = summarize(data)
    years = (fmt_school_year(s.years[0]) if len(s.years) == 1
             else f"{fmt_school_year(s.years[0])}–{fmt_school_year(s.years[-1])}") if s.years else "–"
    key = "start.describe" if s.level == "school" else "start.describe_municipal"
    return t(key, lang, kind=t(f"source.kind.{s.kind}", lang).capitalize(), units=fmt_int(s.units, lang),
             level=t(f"level.{s.level}", lang), municipalities=fmt_count(s.municipalities, "municipalities", lang),
             years=years, n_years=fmt_count(len(s.years), "school_years", lang))


@cached("start")
def headlines(data: Dataset, lang: str, year: int | None = None) -> tuple[Headline, ...]:
    """Gap Q4 − Q1 for each headline indicator present, in the latest year that has need and the indicator."""
    from lib.measures import findings, indicators

    out: list[Headline] = []
    for ind in schema.present(data.frame, list(HEADLINE_INDICATORS)):
        y = year if year is not None else data.latest_year(("need_index", ind))
        if y is None:
            continue
        table = indicators.need_quartiles(data.frame, ind, y, data.unit_column)
        finding = findings.gap_finding(table, data.level, lang)
        if finding is None:
            continue
        rows = table.rows.set_index("q")["value"]
        out.append(Headline(ind, y, float(rows.loc[1]), float(rows.loc[4]), float(table.gap or 0.0), finding.text))
    return tuple(out)


def bullet_list(lines: tuple[str, ...] | list[str]) -> str:
    """Sentences as one Markdown bullet list (empty text for none)."""
    return "\n".join(f"- {line}" for line in lines)


@dataclass(frozen=True)
class StartView:
    """What the Start screen says: the active data in a sentence (and its files), the headline figures as a
    list, and the note on reading them."""

    description: str
    files: str | None
    headlines: tuple[Headline, ...]
    headline_list: str
    note: str
    data_note: str | None = None  # for Sweden's municipalities: how the need index is made, organisers, costs


@cached("start")
def view(data: Dataset, lang: str) -> StartView:
    """The Start screen's texts for the active dataset."""
    found = headlines(data, lang)
    return StartView(
        describe(data, lang),
        t("start.files", lang, files=", ".join(inert(f) for f in data.source.files)) if data.source.files else None,
        found, bullet_list([h.sentence for h in found]),
        t("start.reading_note", lang, need=t("start.need_note", lang), caution=t("start.caution", lang)),
        data_note(data, lang))


def data_note(data: Dataset, lang: str) -> str | None:
    """For the bundled real data (`sverige`): the need index from background only, the same way every year; its
    organiser type; costs a calendar year's. None for other data."""
    if data.source.kind != "sverige":
        return None
    orgtype = data.source.detail or "samtliga"
    return " ".join((t("sverige.need_note", lang), t(f"sverige.organizer.{orgtype}", lang),
                     t("sverige.cost_note", lang)))
