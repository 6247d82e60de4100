"""Words that match the figures: the strength word of a concentration index is read from Erreygers' E for a share,
each indicator is compared in its own words ("färre elever per lärare", "fler förstelärare per 100 elever", "lägre
andel …"), in both languages, and the help text writes Erreygers' general formula."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from lib import schema
from lib.i18n import NBSP, t
from lib.measures import findings, indicators


def need_ranked(indicator: str, values: list[float]) -> pd.DataFrame:
    """Four units of 100 pupils each, need 50 < 90 < 110 < 150, `values` in that order."""
    return pd.DataFrame({"school_year": [2024] * 4, "school_id": ["10000001", "10000002", "10000003", "10000004"],
                         "need_index": [50.0, 90.0, 110.0, 150.0], "pupils": [100.0] * 4, indicator: values})


# --- the strength word ------------------------------------------------------------------------------------------

def test_a_shares_strength_word_is_read_from_erreygers_not_from_the_raw_index():
    # Equal weights: fractional ranks 1/8, 3/8, 5/8, 7/8 (mean 1/2); qualified 90, 80, 70, 60 (mean 75).
    # cov = (15·−3/8 + 5·−1/8 − 5·1/8 − 15·3/8)/4 = −12.5/4 = −3.125; C = 2·−3.125/75 = −0.0833 (|C| < 0.10:
    # "något" if read raw); E = 4·75·−0.0833/100 = −0.25 (|E| ≥ 0.10: "tydligt").
    c = indicators.concentration(need_ranked("qualified_share", [90.0, 80.0, 70.0, 60.0]), "qualified_share", 2024)
    assert c.ci == pytest.approx(-1 / 12) and c.erreygers == pytest.approx(-0.25)
    text = findings.ci_finding(c, "sv").text
    assert text == ("Koncentrationsindex för andel lärare med legitimation och behörighet är −0,083, med Erreygers "
                    "korrektion för andelar −0,250 (läsåret 2024/25): resursen finns tydligt mer där behoven är "
                    "mindre.")


def test_a_burden_share_with_a_small_mean_is_not_called_clearly_for_its_raw_index():
    # Turnover 2, 4, 6, 8 % (mean 5): cov = (−3·−3/8 − 1·−1/8 + 1·1/8 + 3·3/8)/4 = 2.5/4 = 0.625;
    # C = 2·0.625/5 = 0.25 ("tydligt" if read raw); E = 4·5·0.25/100 = 0.05 → "något".
    c = indicators.concentration(need_ranked("teacher_turnover", [2.0, 4.0, 6.0, 8.0]), "teacher_turnover", 2024)
    assert c.ci == pytest.approx(0.25) and c.erreygers == pytest.approx(0.05)
    assert findings.ci_finding(c, "sv").text.endswith("0,050 (läsåret 2024/25): bördan är något större där behoven "
                                                      "är större.")
    assert "somewhat heavier" in findings.ci_finding(c, "en").text


@pytest.mark.parametrize(("indicator", "ci", "e", "word"), [
    ("qualified_share", -0.052, -0.144, "tydligt"),  # the demo's 2024/25 figures named in the issue
    ("teacher_turnover", 0.175, 0.085, "något"),
    ("pupils_per_teacher", -0.12, None, "tydligt"),  # unbounded: read from the index itself
    ("first_teachers_per_100_pupils", 0.079, None, "något"),
])
def test_strength_words_of_the_issues_figures(indicator, ci, e, word):
    text = findings.ci_finding(indicators.Concentration(indicator, 2024, ci, e, 240), "sv").text
    assert f" {word} " in text


def test_a_share_is_about_even_only_when_erreygers_is():
    # C 0.015 would read "about even" (< 0.02), but E = 0.06 does not.
    text = findings.ci_finding(indicators.Concentration("qualified_share", 2024, 0.015, 0.06, 4), "sv").text
    assert "något mer där behoven är större" in text and "jämnt" not in text


def test_outcomes_are_read_as_results_not_as_a_resource():
    text = findings.ci_finding(indicators.Concentration("merit_value", 2024, -0.12, None, 4), "sv").text
    assert text.endswith("resultaten är tydligt högre där behoven är mindre.")


# --- comparisons in each indicator's own words --------------------------------------------------------------------

def rates_frame() -> pd.DataFrame:
    """Four schools, one per need quartile. Q1: 125 pupils / 10 FTE = 12.5 per teacher, 1 first teacher per 125
    pupils = 0.80 per 100; Q4: 100 / 10 = 10.0 per teacher, 2 per 100 pupils = 2.00."""
    return pd.DataFrame({
        "school_year": [2024] * 4, "school_id": ["10000001", "10000002", "10000003", "10000004"],
        "need_index": [50.0, 90.0, 110.0, 150.0], "pupils": [125.0, 110.0, 110.0, 100.0],
        "teacher_fte": [10.0] * 4, "first_teachers": [1.0, 1.0, 1.0, 2.0],
        "pupils_per_teacher": [12.5, 11.0, 11.0, 10.0],
        "first_teachers_per_100_pupils": [0.8, 100 / 110, 100 / 110, 2.0],
    })


def test_fewer_pupils_per_teacher_and_more_first_teachers():
    f = rates_frame()
    ppt = findings.gap_finding(indicators.need_quartiles(f, "pupils_per_teacher", 2024, "school_id"), "school", "sv")
    # 10.0 − 12.5 = −2.5: a lower burden is "färre elever per lärare", not "lägre elever per lärare".
    assert ppt.text == ("Skolorna med störst behov (kvartil 4) har 2,5 färre elever per lärare än skolorna med minst "
                        "behov (kvartil 1): 10,0 mot 12,5, läsåret 2024/25.")
    first = findings.gap_finding(indicators.need_quartiles(f, "first_teachers_per_100_pupils", 2024, "school_id"),
                                 "school", "sv")
    # 2.00 − 0.80 = +1.20 förstelärare per 100 elever: "fler", not "högre".
    assert first.text == ("Skolorna med störst behov (kvartil 4) har 1,20 fler förstelärare per 100 elever än "
                          "skolorna med minst behov (kvartil 1): 2,00 mot 0,80, läsåret 2024/25.")
    en = findings.gap_finding(indicators.need_quartiles(f, "pupils_per_teacher", 2024, "school_id"), "school", "en")
    assert "have 2.5 fewer pupils per teacher than" in en.text


def quartiles_of(indicator: str, q1: float, q4: float) -> indicators.QuartileTable:
    rows = pd.DataFrame({"q": [1, 2, 3, 4], "units": [1] * 4, "pupils": [100.0] * 4, "need": [50.0, 90, 110, 150],
                         "value": [q1, (q1 + q4) / 2, (q1 + q4) / 2, q4]})
    return indicators.QuartileTable(indicator, 2024, rows, q4 - q1, q4 / q1, 0)


@pytest.mark.parametrize(("indicator", "q1", "q4", "sv", "en"), [
    ("qualified_share", 77.6, 62.1, "15,5 procentenheter lägre andel lärare med legitimation och behörighet",
     "a share of teachers with certification and qualification 15.5 percentage points lower"),
    ("teacher_turnover", 7.3, 16.6, "9,3 procentenheter högre personalomsättning",
     "staff turnover 9.3 percentage points higher"),
    ("first_teachers_per_100_teachers", 12.0, 10.0, "2,00 färre förstelärare per 100 lärare",
     "2.00 fewer first teachers per 100 teachers"),
    # 11.7 − 16.4 = −4.7 years of experience.
    ("teacher_experience_years", 16.4, 11.7, "lärare med i genomsnitt 4,7 år kortare erfarenhet",
     "teachers with 4.7 years less experience on average"),
    ("merit_value", 244.9, 203.7, "41,2 poäng lägre genomsnittligt meritvärde i årskurs 9",
     "an average year-9 merit value 41.2 points lower"),
])
def test_each_indicator_is_compared_in_its_own_words(indicator, q1, q4, sv, en):
    table = quartiles_of(indicator, q1, q4)
    assert f" har {sv} än skolorna med minst behov" in findings.gap_finding(table, "school", "sv").text
    assert f" have {en} than the schools with the least needs" in findings.gap_finding(table, "school", "en").text


def test_the_share_below_says_more_or_fewer_per_indicator():
    burden = findings.below_finding(indicators.BelowShare("pupils_per_teacher", 2024, 18, 60, 30.0), "school", "sv")
    assert burden.text == (f"18 av 60 skolor i kvartil 4 (30{NBSP}%) har fler elever per lärare än sin huvudmans "
                           "skolor i genomsnitt, läsåret 2024/25.")
    rate = findings.below_finding(indicators.BelowShare("first_teachers_per_100_pupils", 2024, 26, 60, 43.3),
                                  "school", "en")
    assert rate.text == ("26 of 60 schools in quartile 4 (43%) have fewer first teachers per 100 pupils than their "
                         "organiser's schools on average, school year 2024/25.")
    profile = findings.below_profile_finding(indicators.BelowShare("qualified_share", 2024, 4, 4, 100.0), "P1", "sv")
    assert " har lägre andel lärare med legitimation och behörighet än sin huvudmans" in profile.text


# "högre/lägre" (higher/lower) straight before a count noun is the mistake: "1,9 lägre elever per lärare".
WRONG = re.compile(r"\b(högre|lägre|higher|lower) (elever|förstelärare|lärarnas|pupils|first teachers|teachers')")


@pytest.mark.parametrize("indicator", [*schema.RESOURCE_INDICATORS, *schema.OUTCOME_INDICATORS])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_no_indicator_reads_higher_or_lower_before_a_count(indicator, lang):
    for q1, q4 in ((10.0, 12.0), (12.0, 10.0)):
        gap = findings.gap_finding(quartiles_of(indicator, q1, q4), "school", lang).text
        below = findings.below_finding(indicators.BelowShare(indicator, 2024, 1, 2, 50.0), "school", lang).text
        for text in (gap, below):
            assert not WRONG.search(text), text


def test_the_help_text_writes_erreygers_general_formula():
    assert "E = 4·μ·C/(b − a)" in t("likvardighet.ci_help", "sv")
    assert "E = 4·μ·C/(b − a)" in t("likvardighet.ci_help", "en")
