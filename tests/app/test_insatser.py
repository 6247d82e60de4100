"""AppTest: Insatser — the follow-up of the demo's interventions (figures, table per type, the sentence the
`followup` command prints the same figures for), the register refusing changes without a key, a refused form
field, an import's rows left out, and the change log in words."""

from __future__ import annotations

from tests.app.conftest import assert_no_errors, open_page

# The demo's 26 interventions cycle over the ten types: the first six types get 3, the last four 2 (6·3 + 4·2).
BY_TYPE_SV = {"Central rekrytering": 3, "Riktade förstelärare": 3, "Utvecklingslärare": 3,
              "Behörighetsgivande utbildning": 3, "Annan kompetensutveckling": 3, "Lönetillägg": 3,
              "Stöd till skolledning": 2, "Marknadsföring": 2, "Elevhälsa eller andra centrala resurser": 2,
              "Annat": 2}


def test_follow_up_of_demo_interventions_in_swedish():
    at = open_page("app_pages/insatser.py")
    assert_no_errors(at)
    assert any("fiktiva insatser" in c.value for c in at.caption)
    assert [m.label for m in at.metric] == ["Insatser", "Når skolor med störst behov",
                                            "Andel av pengarna till skolor med störst behov"]
    assert at.metric[0].value == "26" and at.metric[2].value.endswith("\u00a0%")
    by_type = at.dataframe[0].value
    assert dict(zip(by_type["Typ"], by_type["Insatser"], strict=True)) == BY_TYPE_SV
    # INS-001 on the qualified share, as `python -m lib followup demo --interventions data/demo/interventions.csv`
    # reports it: before 61.3 (2022/23), after 53.4 (2024/25), 50 comparison schools 59.49 → 62.15.
    assert any(m.value == "INS-001: andel lärare med legitimation och behörighet (%) på insatsens skolor 61,3 "
               "läsåret 2022/23 och 53,4 läsåret 2024/25; jämförbara skolor (50 st, samma behovskvartil, utan egen "
               "insats) 59,5 och 62,1." for m in at.markdown)
    assert any("inte en effektskattning" in w.value for w in at.warning)
    series = at.dataframe[1].value
    assert list(series.columns) == ["Läsår", "Insatsens skolor", "Jämförbara skolor"]
    assert series.set_index("Läsår").loc["2022/23", "Insatsens skolor"] == 61.3


def test_follow_up_in_english():
    at = open_page("app_pages/insatser.py", lang="en")
    assert_no_errors(at)
    assert (at.metric[0].label, at.metric[0].value) == ("Interventions", "26")
    assert at.dataframe[0].value.columns.tolist() == ["Type", "Interventions"]
    assert any(m.value.startswith("INS-001: share of teachers") and "61.3 in 2022/23" in m.value for m in at.markdown)
    assert any("not an effect estimate" in w.value for w in at.warning)


def test_a_wrong_field_is_named_before_the_key_is_asked_for():
    at = open_page("app_pages/insatser.py")
    at.text_input(key="iv_f_id").set_value("INS-901")
    at.text_input(key="iv_f_school").set_value("123")
    next(b for b in at.button if b.label == "Spara").click().run()
    assert [e.value for e in at.error] == ["Fältet school_id saknas eller är ogiltigt."]


def test_an_import_lists_the_rows_left_out():
    at = open_page("app_pages/insatser.py")
    text = ("intervention_id;school_id;type;aim;targeting;start_year\n"
            "IMP-1;99100000;marketing;attract;general;2022\n"
            "IMP-2;1000;marketing;attract;general;2022\n")
    at.file_uploader(key="iv_import").set_value(("ins.csv", text.encode(), "text/csv"))
    at.run()
    at.button(key="iv_do_import").click().run()
    assert any(m.value.startswith("0 fel, 0 varningar, 0 noteringar, 1 rad") for m in at.markdown)
    dropped = next(d.value for d in at.dataframe if "Varför" in d.value.columns)
    assert dropped.to_dict("records") == [{"Fil": "ins.csv", "Rad": 3,
                                           "Varför": "Fältet school_id saknas eller är ogiltigt."}]
    assert any("redaktörsnyckel" in e.value for e in at.error)  # no key: nothing imported


def test_adding_needs_an_editor_key(monkeypatch):
    monkeypatch.setenv("LARARRESURSER_EDITOR_KEYS", "Anna:anna-key-12345")
    at = open_page("app_pages/insatser.py")
    at.text_input(key="iv_f_id").set_value("INS-900")
    at.text_input(key="iv_f_school").set_value("99100000")
    next(b for b in at.button if b.label == "Spara").click().run()
    assert any("redaktörsnyckel" in e.value for e in at.error)
    at.text_input(key="iv_key").set_value("anna-key-12345").run()
    at.text_input(key="iv_f_id").set_value("INS-900")
    at.text_input(key="iv_f_school").set_value("99100000")
    next(b for b in at.button if b.label == "Spara").click().run()
    assert_no_errors(at)
    assert any("Klart" in s.value for s in at.success)
    log = at.dataframe[-1].value
    assert list(log.columns) == ["Nr", "Tid", "Redaktör", "Ändring", "Insats", "Ångrad"]
    newest = log.iloc[0]
    assert (newest["Redaktör"], newest["Ändring"], newest["Insats"], newest["Ångrad"]) == \
        ("Anna", "tillägg", "INS-900", "nej")
    # The register now holds INS-900, so the follow-up shows it instead of the demo's interventions.
    assert at.metric[0].value == "1"
    assert at.selectbox(key="iv_choose").options == ["INS-900: Central rekrytering"]
    assert at.selectbox(key="iv_undo_id").value == newest["Nr"]
