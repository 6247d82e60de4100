"""The Resursfördelning and Självskattning screens' parts: cached in their own pools, findings in words without
causal claims in both languages, the sentence that says what is needed, and the assessment's report section."""

from __future__ import annotations

import pytest

from lib import cache
from lib.i18n import fmt_pct
from lib.measures import assessment, funding
from lib.screens import resursfordelning, sjalvskattning
from lib.sources import demo
from tests.fixtures import funding_school, small_school

CAUSAL = ("beror på", "leder till", "orsakar", "effekt", "because", "leads to", "causes", "effect")


@pytest.fixture(scope="module")
def data():
    return demo.load_demo()


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_findings_give_the_share_in_q4_and_claim_no_cause(data, lang):
    view = resursfordelning.view(data, 2024, resursfordelning.ALL, lang, "Källa")
    share = funding.quartile_table(data.frame, 2024, "school_id").ses_share_q4
    assert fmt_pct(share, lang, 0) in view.findings[0]
    text = " ".join(view.findings[:-1]).lower()
    assert not any(word in text for word in CAUSAL), text
    assert ("inte vad pengarna har orsakat" if lang == "sv" else "not what the money caused") in view.findings[-1]
    assert view.trend_chart is not None and len(view.table) == 4


def test_views_are_cached_in_their_own_pools(data):
    resursfordelning.view(data, 2024, resursfordelning.ALL, "sv", "Källa")
    sjalvskattning.criteria(data, (), sjalvskattning.ALL, "sv")
    stats = cache.SHARED.stats()
    assert stats["resursfordelning"]["entries"] >= 1 and stats["sjalvskattning"]["entries"] >= 1


def test_needs_says_which_columns_in_one_sentence():
    needs = resursfordelning.needs(small_school.small_school_dataset(), "sv")
    assert not needs.ok and "Tilldelning (kr/år)" in needs.sentence and "Socioekonomisk tilldelning" in needs.sentence
    assert resursfordelning.needs(funding_school.funding_dataset(), "en").ok


def test_unit_table_reads_too_few_for_the_small_school():
    view = resursfordelning.view(funding_school.funding_dataset(), 2024, "Uppsala kommun", "sv", "Källa")
    row = view.units.frame.set_index("Enhet").loc[small_school.SMALL_NAME]
    assert row["Socioekonomisk tilldelning per elev (kr)"] == "för få"
    assert row["Antal elever"] == "< 10"


def test_evidence_in_words_and_the_report_section():
    items = sjalvskattning.criteria(small_school.small_school_dataset(), (), sjalvskattning.ALL, "en")
    levels = next(c for c in items if c.id == "levels")
    assert levels.evidence == "The data has figures per school unit (12 school units) for 3 school years."
    assert levels.suggested == "yes" and levels.suggested_label == "Yes"
    assert levels.reference.startswith("5 of 27 reviewed organisers")
    made = assessment.Assessment("Uppsala kommun", 2024, (assessment.Answer("levels", "partly", "Två skolor"),))
    section = sjalvskattning.report_section(made, "sv")
    assert section.tables[0].rows == [["Följer ni upp lärarresurserna både på övergripande nivå och per skolenhet?",
                                      "Delvis", "Två skolor"]]
    assert "för Uppsala kommun" in section.paragraphs[0] and "inte ett riksurval" in section.paragraphs[1]
