"""Findings in words: two or three plain sentences per screen, generated from the measures by templates
(no language model), each carrying its exact figure and school year. The same sentences are printed by the
headless commands.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from lib import schema
from lib.i18n import column_label, fmt_int, fmt_number, fmt_pct, fmt_pp, fmt_school_year, normalise_lang, t
from lib.measures import indicators

# Reading thresholds for the concentration index: below the first "about even", below the second "somewhat",
# above it "clearly". They only choose words; the number is always printed beside them. For shares (bounded
# 0–100) they are read from Erreygers' E, not from the raw index, whose size depends on the mean of the share.
CI_EVEN, CI_CLEAR = 0.02, 0.10


@dataclass(frozen=True)
class Words:
    """How one language compares an indicator: more / less of it, plain ("fler elever per lärare") and with the
    size of the difference in `{size}` ("1,9 färre elever per lärare")."""

    more: str
    less: str
    more_by: str
    less_by: str


# The comparative words of each indicator a finding compares: a burden that is lower reads "färre elever per
# lärare", a rate "fler förstelärare", a share "lägre andel". Indicators not listed read "högre/lägre" + label.
COMPARATIVES: dict[str, dict[str, Words]] = {
    "qualified_share": {
        "sv": Words("högre andel lärare med legitimation och behörighet",
                    "lägre andel lärare med legitimation och behörighet",
                    "{size} högre andel lärare med legitimation och behörighet",
                    "{size} lägre andel lärare med legitimation och behörighet"),
        "en": Words("a higher share of teachers with certification and qualification",
                    "a lower share of teachers with certification and qualification",
                    "a share of teachers with certification and qualification {size} higher",
                    "a share of teachers with certification and qualification {size} lower")},
    "pupils_per_teacher": {
        "sv": Words("fler elever per lärare", "färre elever per lärare",
                    "{size} fler elever per lärare", "{size} färre elever per lärare"),
        "en": Words("more pupils per teacher", "fewer pupils per teacher",
                    "{size} more pupils per teacher", "{size} fewer pupils per teacher")},
    "first_teachers_per_100_pupils": {
        "sv": Words("fler förstelärare per 100 elever", "färre förstelärare per 100 elever",
                    "{size} fler förstelärare per 100 elever", "{size} färre förstelärare per 100 elever"),
        "en": Words("more first teachers per 100 pupils", "fewer first teachers per 100 pupils",
                    "{size} more first teachers per 100 pupils", "{size} fewer first teachers per 100 pupils")},
    "first_teachers_per_100_teachers": {
        "sv": Words("fler förstelärare per 100 lärare", "färre förstelärare per 100 lärare",
                    "{size} fler förstelärare per 100 lärare", "{size} färre förstelärare per 100 lärare"),
        "en": Words("more first teachers per 100 teachers", "fewer first teachers per 100 teachers",
                    "{size} more first teachers per 100 teachers", "{size} fewer first teachers per 100 teachers")},
    "teacher_experience_years": {
        "sv": Words("lärare med längre erfarenhet", "lärare med kortare erfarenhet",
                    "lärare med i genomsnitt {size} längre erfarenhet", "lärare med i genomsnitt {size} kortare "
                                                                        "erfarenhet"),
        "en": Words("more experienced teachers", "less experienced teachers",
                    "teachers with {size} more experience on average",
                    "teachers with {size} less experience on average")},
    "teacher_turnover": {
        "sv": Words("högre personalomsättning", "lägre personalomsättning",
                    "{size} högre personalomsättning", "{size} lägre personalomsättning"),
        "en": Words("higher staff turnover", "lower staff turnover",
                    "staff turnover {size} higher", "staff turnover {size} lower")},
    "ped_degree_share": {
        "sv": Words("högre andel lärare med pedagogisk högskoleexamen",
                    "lägre andel lärare med pedagogisk högskoleexamen",
                    "{size} högre andel lärare med pedagogisk högskoleexamen",
                    "{size} lägre andel lärare med pedagogisk högskoleexamen"),
        "en": Words("a higher share of teachers with a teaching degree",
                    "a lower share of teachers with a teaching degree",
                    "a share of teachers with a teaching degree {size} higher",
                    "a share of teachers with a teaching degree {size} lower")},
    "merit_value": {
        "sv": Words("högre genomsnittligt meritvärde i årskurs 9", "lägre genomsnittligt meritvärde i årskurs 9",
                    "{size} högre genomsnittligt meritvärde i årskurs 9",
                    "{size} lägre genomsnittligt meritvärde i årskurs 9"),
        "en": Words("a higher average year-9 merit value", "a lower average year-9 merit value",
                    "an average year-9 merit value {size} higher", "an average year-9 merit value {size} lower")},
    "eligible_share": {
        "sv": Words("högre andel elever behöriga till gymnasiet", "lägre andel elever behöriga till gymnasiet",
                    "{size} högre andel elever behöriga till gymnasiet",
                    "{size} lägre andel elever behöriga till gymnasiet"),
        "en": Words("a higher share of pupils eligible for upper secondary",
                    "a lower share of pupils eligible for upper secondary",
                    "a share of pupils eligible for upper secondary {size} higher",
                    "a share of pupils eligible for upper secondary {size} lower")},
}
# The unit a difference is said in, by the indicator's kind (shares: percentage points, `fmt_pp`).
SIZE_UNITS: dict[str, dict[str, str]] = {"years": {"sv": "{value} år", "en": "{value} years"},
                                         "points": {"sv": "{value} poäng", "en": "{value} points"}}


@dataclass(frozen=True)
class Finding:
    """One sentence with the figure it states and the school year it is about."""

    key: str
    text: str
    value: float | None
    year: int


def plain_label(indicator: str, lang: str) -> str:
    """The column label in lower case without its unit in brackets, for use inside a sentence."""
    return re.sub(r"\s*\([^)]*\)$", "", column_label(indicator, lang)).lower()


def decimals(indicator: str) -> int:
    """Decimals to show: rates per 100 pupils need two, everything else one."""
    return 2 if schema.BY_NAME[indicator].kind == "rate" else 1


def size_text(indicator: str, gap: float, lang: str) -> str:
    """The size of a difference in the indicator's unit: percentage points for shares, years, points."""
    kind = schema.BY_NAME[indicator].kind
    if kind == "share":
        return fmt_pp(abs(gap), lang)
    number = fmt_number(abs(gap), lang, decimals(indicator))
    unit = SIZE_UNITS.get(kind)
    return unit[normalise_lang(lang)].format(value=number) if unit else number


def words(indicator: str, lang: str) -> Words:
    """The comparative words of `indicator` in `lang` (`COMPARATIVES`; else "högre/lägre" + its label)."""
    lang = normalise_lang(lang)
    known = COMPARATIVES.get(indicator)
    if known is not None:
        return known[lang]
    label = plain_label(indicator, lang)
    more, less = t("fmt.higher", lang), t("fmt.lower", lang)
    return Words(f"{more} {label}", f"{less} {label}", f"{{size}} {more} {label}", f"{{size}} {less} {label}")


def comparison(indicator: str, more: bool, lang: str, size: str | None = None) -> str:
    """"1,9 färre elever per lärare" (`more` False, with a size) or "fler förstelärare per 100 elever" (plain):
    the indicator compared in its own words."""
    w = words(indicator, lang)
    if size is None:
        return w.more if more else w.less
    return (w.more_by if more else w.less_by).format(size=size)


def gap_finding(table: indicators.QuartileTable, level: str, lang: str) -> Finding | None:
    """"Skolorna med störst behov (kvartil 4) har 15,6 procentenheter lägre andel … än skolorna med minst
    behov (kvartil 1): 62,1 mot 77,6, läsåret 2024/25." — "1,9 färre elever per lärare", "0,32 fler förstelärare
    per 100 elever" (the indicator's own words, `COMPARATIVES`). None when a quartile is empty."""
    values = table.rows.set_index("q")["value"]
    if table.gap is None or values.isna().any():
        return None
    ind, d = table.indicator, decimals(table.indicator)
    q1, q4 = float(values.loc[1]), float(values.loc[4])
    year = fmt_school_year(table.year, lang)
    if table.gap == 0:
        text = t(f"likvardighet.find.gap_equal_{level}", lang, indicator=plain_label(ind, lang), year=year)
    else:
        text = t(f"likvardighet.find.gap_{level}", lang,
                 comparison=comparison(ind, table.gap > 0, lang, size_text(ind, table.gap, lang)),
                 q4=fmt_number(q4, lang, d), q1=fmt_number(q1, lang, d), year=year)
    return Finding("gap", text, table.gap, table.year)


def ci_reading(indicator: str, ci: float) -> str:
    """Which way the indicator leans: "even", "needs" (more where needs are greater) or "advantaged"."""
    if math.isnan(ci) or abs(ci) < CI_EVEN:
        return "even"
    return "needs" if ci > 0 else "advantaged"


def read_index(c: indicators.Concentration) -> float:
    """The index the words are read from: Erreygers' E for a share (bounded 0–100), else the raw index."""
    return c.erreygers if c.erreygers is not None and not math.isnan(c.erreygers) else c.ci


def ci_strength(c: indicators.Concentration) -> str:
    """"clearly" or "somewhat", from |E| for shares and |CI| otherwise (`CI_CLEAR`)."""
    return "clearly" if abs(read_index(c)) >= CI_CLEAR else "somewhat"


def ci_role(indicator: str) -> str:
    """How a concentration is read: "burden" (pupils per teacher, turnover), "outcome" (merit value, eligibility)
    or "resource" (everything else)."""
    if indicators.is_burden(indicator):
        return "burden"
    spec = schema.BY_NAME.get(indicator)
    return "outcome" if spec is not None and spec.role == "outcome" else "resource"


def ci_finding(c: indicators.Concentration, lang: str) -> Finding | None:
    """The concentration index with a one-sentence reading that follows the indicator (resource or burden). For
    a share the sentence gives Erreygers' E beside the index and reads its words from E."""
    if math.isnan(c.ci):
        return None
    reading = ci_reading(c.indicator, read_index(c))
    role = ci_role(c.indicator)
    key = "likvardighet.find.ci_even" if reading == "even" else f"likvardighet.find.ci_{role}_{reading}"
    label, ci = plain_label(c.indicator, lang), fmt_number(c.ci, lang, 3)
    index = t("likvardighet.find.ci_value", lang, indicator=label, ci=ci) if c.erreygers is None else \
        t("likvardighet.find.ci_value_erreygers", lang, indicator=label, ci=ci, e=fmt_number(c.erreygers, lang, 3))
    text = t(key, lang, index=index, strength=t(f"likvardighet.strength.{ci_strength(c)}", lang),
             year=fmt_school_year(c.year, lang))
    return Finding("concentration", text, c.ci, c.year)


def below_finding(b: indicators.BelowShare, level: str, lang: str) -> Finding | None:
    """"48 av 60 skolor i kvartil 4 (80 %) har lägre andel … än sin huvudmans skolor i genomsnitt." Shown
    with the inspectorate's figure as context only (its schools were selected, not a benchmark)."""
    if b.share is None or level != "school":
        return None
    text = t("likvardighet.find.below", lang, below=fmt_int(b.below, lang), units=fmt_int(b.units, lang),
             share=fmt_pct(b.share, lang, 0), comparison=comparison(b.indicator, indicators.is_burden(b.indicator),
                                                                    lang),
             year=fmt_school_year(b.year, lang))
    return Finding("below_organizer", text, b.share, b.year)


def below_profile_finding(b: indicators.BelowShare, profile_name: str, lang: str) -> Finding | None:
    """The share-below sentence for the schools of challenge profile 1 instead of need quartile 4."""
    if b.share is None:
        return None
    text = t("likvardighet.find.below_profile", lang, below=fmt_int(b.below, lang), units=fmt_int(b.units, lang),
             share=fmt_pct(b.share, lang, 0), comparison=comparison(b.indicator, indicators.is_burden(b.indicator),
                                                                    lang),
             profile=profile_name, year=fmt_school_year(b.year, lang))
    return Finding("below_organizer_profile", text, b.share, b.year)


def equity_findings(table: indicators.QuartileTable, concentration: indicators.Concentration,
                    below: indicators.BelowShare, level: str, lang: str) -> list[Finding]:
    """The Likvärdighet screen's sentences for one indicator and year: gap, concentration, share below."""
    out = [gap_finding(table, level, lang), ci_finding(concentration, lang), below_finding(below, level, lang)]
    return [f for f in out if f is not None]
