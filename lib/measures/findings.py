"""Findings in words: two or three plain sentences per screen, generated from the measures by templates
(no language model), each carrying its exact figure and school year. The same sentences are printed by the
headless commands.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from lib import schema
from lib.i18n import column_label, fmt_int, fmt_number, fmt_pct, fmt_pp, fmt_school_year, higher_lower, t
from lib.measures import indicators

# Reading thresholds for the concentration index (|CI|): below the first "about even", below the second
# "somewhat", above it "clearly". They only choose words; the number is always printed beside them.
CI_EVEN, CI_CLEAR = 0.02, 0.10


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
    """The size of a difference in the indicator's unit: percentage points for shares."""
    if schema.BY_NAME[indicator].kind == "share":
        return fmt_pp(abs(gap), lang)
    return fmt_number(abs(gap), lang, decimals(indicator))


def gap_finding(table: indicators.QuartileTable, level: str, lang: str) -> Finding | None:
    """"Skolorna med störst behov (kvartil 4) har 15,6 procentenheter lägre andel … än skolorna med minst
    behov (kvartil 1): 62,1 mot 77,6, läsåret 2024/25." None when a quartile is empty."""
    values = table.rows.set_index("q")["value"]
    if table.gap is None or values.isna().any():
        return None
    ind, d = table.indicator, decimals(table.indicator)
    q1, q4 = float(values.loc[1]), float(values.loc[4])
    year = fmt_school_year(table.year, lang)
    if table.gap == 0:
        text = t(f"likvardighet.find.gap_equal_{level}", lang, indicator=plain_label(ind, lang), year=year)
    else:
        text = t(f"likvardighet.find.gap_{level}", lang, size=size_text(ind, table.gap, lang),
                 direction=higher_lower(table.gap, lang), indicator=plain_label(ind, lang),
                 q4=fmt_number(q4, lang, d), q1=fmt_number(q1, lang, d), year=year)
    return Finding("gap", text, table.gap, table.year)


def ci_reading(indicator: str, ci: float) -> str:
    """Which way the indicator leans: "even", "needs" (more where needs are greater) or "advantaged"."""
    if math.isnan(ci) or abs(ci) < CI_EVEN:
        return "even"
    return "needs" if ci > 0 else "advantaged"


def ci_finding(c: indicators.Concentration, lang: str) -> Finding | None:
    """The concentration index with a one-sentence reading that follows the indicator (resource or burden)."""
    if math.isnan(c.ci):
        return None
    reading = ci_reading(c.indicator, c.ci)
    strength = "clearly" if abs(c.ci) >= CI_CLEAR else "somewhat"
    role = "burden" if indicators.is_burden(c.indicator) else "resource"
    key = "likvardighet.find.ci_even" if reading == "even" else f"likvardighet.find.ci_{role}_{reading}"
    text = t(key, lang, ci=fmt_number(c.ci, lang, 3), indicator=plain_label(c.indicator, lang),
             strength=t(f"likvardighet.strength.{strength}", lang), year=fmt_school_year(c.year, lang))
    if c.erreygers is not None:
        text += " " + t("likvardighet.find.erreygers", lang, e=fmt_number(c.erreygers, lang, 3))
    return Finding("concentration", text, c.ci, c.year)


def below_finding(b: indicators.BelowShare, level: str, lang: str) -> Finding | None:
    """"48 av 60 skolor i kvartil 4 (80 %) har lägre andel … än sin huvudmans skolor i genomsnitt." Shown
    with the inspectorate's figure as context only (its schools were selected, not a benchmark)."""
    if b.share is None or level != "school":
        return None
    worse = "higher" if indicators.is_burden(b.indicator) else "lower"
    text = t(f"likvardighet.find.below_{worse}", lang, below=fmt_int(b.below, lang), units=fmt_int(b.units, lang),
             share=fmt_pct(b.share, lang, 0), indicator=plain_label(b.indicator, lang),
             year=fmt_school_year(b.year, lang))
    return Finding("below_organizer", text, b.share, b.year)


def below_profile_finding(b: indicators.BelowShare, profile_name: str, lang: str) -> Finding | None:
    """The share-below sentence for the schools of challenge profile 1 instead of need quartile 4."""
    if b.share is None:
        return None
    worse = "higher" if indicators.is_burden(b.indicator) else "lower"
    text = t(f"likvardighet.find.below_profile_{worse}", lang, below=fmt_int(b.below, lang), units=fmt_int(b.units,
                                                                                                           lang),
             share=fmt_pct(b.share, lang, 0), indicator=plain_label(b.indicator, lang), profile=profile_name,
             year=fmt_school_year(b.year, lang))
    return Finding("below_organizer_profile", text, b.share, b.year)


def equity_findings(table: indicators.QuartileTable, concentration: indicators.Concentration,
                    below: indicators.BelowShare, level: str, lang: str) -> list[Finding]:
    """The Likvärdighet screen's sentences for one indicator and year: gap, concentration, share below."""
    out = [gap_finding(table, level, lang), ci_finding(concentration, lang), below_finding(below, level, lang)]
    return [f for f in out if f is not None]
