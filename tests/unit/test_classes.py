"""Klasskillnader: every measure pinned by hand (10-pupil exclusion, variance share), cohorts, teacher
history, flags, privacy of pseudonyms, the class-file reader and the command."""

from __future__ import annotations

import itertools
import json

import numpy as np
import pandas as pd
import pytest

from lib.cli import main
from lib.ingest.classes import read_classes, template_bytes
from lib.measures import classes


def row(cls, term="HT", year=2024, grade=9, subject="Matematik", counts=(0, 0, 0, 0, 0, 0), teacher="L-1",
        qualified=True, test=None):
    a, b, c, d, e, f = counts
    return {"school_id": "12345678", "school_year": year, "term": term, "grade_level": grade, "class_name": cls,
            "subject": subject, "pupils": sum(counts), "grade_a": a, "grade_b": b, "grade_c": c, "grade_d": d,
            "grade_e": e, "grade_f": f, "mean_points": None, "national_test_mean": test, "teacher_id": teacher,
            "teacher_qualified": qualified, "teacher_experience_years": 5}


def three_classes(term="HT", year=2024) -> list[dict]:
    return [
        # 9A: A 2, C 4, E 4 → (40 + 60 + 40)/10 = 14.0; all pass.
        row("9A", term, year, counts=(2, 0, 4, 0, 4, 0), teacher="L-1", test=13.0),
        # 9B: B 2, D 4, F 4 → (35 + 50 + 0)/10 = 8.5; pass 6/10 = 60 %.
        row("9B", term, year, counts=(0, 2, 0, 4, 0, 4), teacher="L-2", qualified=False),
        # 9C: 8 pupils, all A → 20.0, but under 10 graded pupils: left out of range and η².
        row("9C", term, year, counts=(8, 0, 0, 0, 0, 0), teacher="L-3"),
    ]


def test_class_means_pass_share_and_test_difference():
    m = classes.class_measures(pd.DataFrame(three_classes())).set_index("class_name")
    assert m.loc["9A", "mean_points"] == 14.0 and m.loc["9B", "mean_points"] == 8.5 and m.loc["9C", "mean_points"] == 20
    assert m.loc["9A", "pass_share"] == 100.0 and m.loc["9B", "pass_share"] == 60.0
    assert m.loc["9A", "grade_minus_test"] == 1.0  # 14.0 − 13.0
    assert bool(m.loc["9C", "small"]) and not bool(m.loc["9A", "small"])
    assert m.loc["9B", "cohort"] == "B 2022/23"  # in year 9 in 2024/25 → started year 7 in 2022/23


def test_range_and_variance_share_leave_out_small_classes():
    groups = classes.group_measures(classes.class_measures(pd.DataFrame(three_classes())))
    g = groups.iloc[0]
    assert g["range"] == 5.5  # 14.0 − 8.5, not 20 − 8.5: 9C has 8 pupils
    # Grand mean (140 + 85)/20 = 11.25; SS between = 10·2.75² + 10·2.75² = 151.25;
    # SS total = 215.625 (9A) + 590.625 (9B) = 806.25; η² = 151.25/806.25.
    assert g["between_class_share"] == pytest.approx(151.25 / 806.25)
    assert g["lowest_class"] == "9B" and bool(g["lowest_unqualified"])
    assert g["grade_minus_test"] == 1.0  # only 9A has a test mean: 14.0 − 13.0 (each class counts once)


def test_configurable_grade_points():
    points = {**classes.GRADE_POINTS, "f": 5.0}
    m = classes.class_measures(pd.DataFrame(three_classes()), points).set_index("class_name")
    assert m.loc["9B", "mean_points"] == (35 + 50 + 20) / 10


def test_flags_below_in_consecutive_terms_and_unqualified_lowest():
    frame = pd.DataFrame(three_classes("HT", 2024) + three_classes("VT", 2024))
    measured = classes.class_measures(frame)
    found = classes.flags(measured, classes.group_measures(measured), margin=1.0)
    keys = {(f.class_name, f.key, f.params["terms"]) for f in found}
    # Group mean (weighted by graded pupils) = (140 + 85 + 160)/28 = 13.75; 9B at 8.5 is more than 1 below in
    # both terms → 2 in a row; it is also the lowest class with an unqualified teacher in both terms.
    assert ("9B", "klasser.flag_below", 2) in keys
    assert ("9B", "klasser.flag_unqualified_lowest", 2) in keys
    assert not any(f.class_name == "9C" for f in found)  # small classes are never flagged as below


def test_school_choices_and_the_compared_group():
    other = {**row("9X", counts=(10, 0, 0, 0, 0, 0)), "school_id": "87654321"}
    rows = [*three_classes("HT", 2024), *three_classes("VT", 2024), *three_classes("HT", 2023),
            row("8A", grade=8, subject="Svenska", counts=(0, 0, 10, 0, 0, 0)), other]
    measured = classes.class_measures(pd.DataFrame(rows))
    choices = classes.school_choices(measured, "12345678")
    assert set(choices["classes"]["school_id"]) == {"12345678"}
    assert choices["subjects"] == ["Matematik", "Svenska"] and choices["grades"] == [8, 9]
    # In time order: HT 2023, then HT 2024, then VT 2025 (the spring term of school year 2024/25).
    assert choices["periods"] == {"HT 2023": (2023, "HT"), "HT 2024": (2024, "HT"), "VT 2025": (2024, "VT")}
    compared = classes.comparison_group(choices["classes"], "Matematik", 9, 2024, "VT")
    assert sorted(compared["group"]["class_name"]) == ["9A", "9B", "9C"]
    assert compared["stats"].iloc[0]["range"] == 5.5  # 14.0 − 8.5; 9C is under 10 pupils
    assert set(compared["all_subjects"]["subject"]) == {"Matematik"}  # no Swedish in grade 9 that term
    assert len(compared["subject"]) == 9  # Matematik over the three terms


def test_teacher_history_counts_unqualified_terms_and_changes():
    frame = pd.DataFrame([row("7B", "HT", 2022, 7, teacher="L-1", qualified=False, counts=(0, 0, 10, 0, 0, 0)),
                          row("7B", "VT", 2022, 7, teacher="L-1", qualified=False, counts=(0, 0, 10, 0, 0, 0)),
                          row("8B", "HT", 2023, 8, teacher="L-2", qualified=False, counts=(0, 0, 10, 0, 0, 0)),
                          row("8B", "VT", 2023, 8, teacher="L-3", qualified=True, counts=(0, 0, 10, 0, 0, 0))])
    history = classes.teacher_history(classes.class_measures(frame)).iloc[0]
    assert (history["cohort"], history["terms"], history["terms_unqualified"], history["teacher_changes"]) == \
        ("B 2022/23", 4, 3, 2)


def test_pseudonyms_hidden_where_a_subject_has_one_class():
    frame = pd.DataFrame([row("9A", counts=(0, 0, 12, 0, 0, 0)), *three_classes()[:2]])
    frame.loc[0, "subject"] = "Svenska"
    table = classes.class_table(classes.class_measures(frame), "sv")
    assert table["Lärare (pseudonym)"].tolist() == ["dold", "L-1", "L-2"]


def test_class_file_reader_reports_row_and_column():
    text = ("Skolenhetskod;Läsår;Termin;Klass;Ämne;A;B;C;D;E;F;Behörig lärare\n"
            "12345678;2024/25;HT;9A;Matematik;2;0;4;0;4;0;ja\n"
            "12345678;2024/25;HT;9B;Matematik;0;2;0;4;0;fyra;nej\n"
            "1234;2024/25;HT;9C;Matematik;1;1;1;1;1;1;ja\n")
    frame, report = read_classes([("klass.csv", text.encode())])
    assert frame is None
    error = report.errors[0]
    assert (error.key, error.row, error.column) == ("ingest.bad_number", 3, "F")
    assert [(d.row, d.reason_key) for d in report.dropped] == [(4, "klasser.drop_bad_code")]
    ok, report = read_classes([("klass.csv", text.replace("fyra", "4").encode())])
    assert len(ok) == 2 and ok["grade_level"].tolist() == [9, 9]  # taken from the class name
    empty, report = read_classes([("mall.csv", template_bytes("sv"))])
    assert empty is None and [m.key for m in report.errors] == ["ingest.no_data_rows"]


def test_classes_command(capsys, tmp_path):
    code = main(["classes", "demo", "--school", "99100000", "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0 and doc["groups"] and doc["flags"]
    group = doc["groups"][0]
    assert {"class", "pupils", "mean_points", "teacher_qualified"} <= set(group["classes"][0])
    assert "range" in group and "between_class_share" in group
    assert {"class", "reason"} <= set(doc["flags"][0])
    path = tmp_path / "k.csv"
    path.write_text("Skolenhetskod;Läsår;Termin;Klass;Ämne;A\n", encoding="utf-8")
    assert main(["classes", str(path), "--json"]) == 1
    assert main(["classes", str(tmp_path / "saknas.csv")]) == 2


# --- the between-class share expected by chance ------------------------------------------------------------------

def eta_squared(points: np.ndarray, labels: np.ndarray) -> float:
    """η² written out for the enumeration below (not the code under test)."""
    grand = points.mean()
    between = sum(points[labels == c].size * (points[labels == c].mean() - grand) ** 2 for c in np.unique(labels))
    return between / ((points - grand) ** 2).sum()


def test_chance_share_by_hand():
    # (k − 1)/(n − 1): three classes of 20, 23 and 26 graded pupils: 2/68 = 0.0294; two classes of 10: 1/19.
    assert classes.variance_by_chance(3, 69) == pytest.approx(2 / 68)
    assert classes.variance_by_chance(2, 20) == pytest.approx(1 / 19)
    assert np.isnan(classes.variance_by_chance(1, 25)) and np.isnan(classes.variance_by_chance(3, 3))


def test_chance_share_is_exact_over_every_way_of_dealing_the_pupils():
    # Six pupils (grade points 0, 10, 10, 15, 20, 20) dealt to three classes of two in every one of the 6! orders:
    # the mean η² is (3 − 1)/(6 − 1) = 0.4 exactly, whatever the grades.
    points = np.array([0.0, 10.0, 10.0, 15.0, 20.0, 20.0])
    labels = np.array([0, 0, 1, 1, 2, 2])
    shares = [eta_squared(points[list(order)], labels) for order in itertools.permutations(range(6))]
    assert np.mean(shares) == pytest.approx(0.4, abs=1e-12)
    assert classes.variance_by_chance(3, 6) == pytest.approx(0.4)


def test_chance_limit_by_hand():
    # Three classes, 69 pupils: Beta(1, 33), whose 95 % quantile is 1 − 0.05^(1/33) = 0.0868.
    assert classes.variance_chance_limit(3, 69) == pytest.approx(1 - 0.05 ** (1 / 33))
    # Two classes of 10: η² = t²/(t² + 18); the two-sided 5 % t of 18 df is 2.1009 (t table) → 4.4139/22.4139.
    assert classes.variance_chance_limit(2, 20) == pytest.approx(2.100922 ** 2 / (2.100922 ** 2 + 18), abs=1e-6)


def test_permutation_check_of_the_chance_share_on_realistic_classes():
    # Three classes of 20, 23 and 26 graded pupils with the same pool of grades dealt at random 2 000 times: the
    # mean of variance_share is 2/68 = 0.0294 (within 3 standard errors) and 95 % of shares stay under the limit
    # 1 − 0.05^(1/33) = 0.0868 (quantile within 0.01).
    rng = np.random.default_rng(15)
    pool = np.repeat(np.arange(6), [8, 12, 18, 14, 10, 7])  # grade index a..f for 69 pupils
    columns = [f"grade_{g}" for g in classes.GRADES]
    shares = []
    for _ in range(2000):
        parts = np.split(rng.permutation(pool), [20, 43])
        counts = pd.DataFrame([np.bincount(p, minlength=6) for p in parts], columns=columns).assign(small=False)
        shares.append(classes.variance_share(counts))
    shares = np.array(shares)
    expected, limit = classes.variance_by_chance(3, 69), classes.variance_chance_limit(3, 69)
    assert expected == pytest.approx(2 / 68) and limit == pytest.approx(1 - 0.05 ** (1 / 33))
    assert abs(shares.mean() - expected) < 3 * shares.std() / np.sqrt(len(shares))  # 0.0287 here
    assert np.quantile(shares, 0.95) == pytest.approx(limit, abs=0.01)  # 0.081 here


def test_group_measures_give_the_chance_share_and_flag_only_above_the_limit():
    g = classes.group_measures(classes.class_measures(pd.DataFrame(three_classes()))).iloc[0]
    # 9A and 9B (10 graded pupils each; 9C's 8 left out): chance 1/19 = 0.0526; limit 0.1969 (two classes of 10);
    # η² 151.25/806.25 = 0.1876 is under it: not flagged.
    assert g["between_class_chance"] == pytest.approx(1 / 19)
    assert g["between_class_limit"] == pytest.approx(0.196926, abs=1e-6)
    assert bool(g["between_class_above"]) is False
    twice = ("grade_a", "grade_b", "grade_c", "grade_d", "grade_e", "grade_f", "pupils")
    doubled = [r if r["class_name"] == "9C" else {**r, **{k: 2 * r[k] for k in twice}} for r in three_classes()]
    big = classes.group_measures(classes.class_measures(pd.DataFrame(doubled))).iloc[0]
    # Twice the pupils, same grades: η² still 0.1876; chance 1/39 = 0.0256; limit 2.0244²/(2.0244² + 38) = 0.0973
    # (t table, 38 df): flagged.
    assert big["between_class_share"] == pytest.approx(151.25 / 806.25)
    assert big["between_class_chance"] == pytest.approx(1 / 39)
    assert big["between_class_limit"] == pytest.approx(2.024394 ** 2 / (2.024394 ** 2 + 38), abs=1e-6)
    assert bool(big["between_class_above"]) is True


def test_the_command_json_carries_the_chance_share():
    measured = classes.class_measures(pd.DataFrame(three_classes()))
    group = classes.to_json(measured, [])["groups"][0]
    assert group["between_class_share_by_chance"] == pytest.approx(1 / 19)  # two classes, 20 graded pupils
    assert group["between_class_share_chance_limit"] == pytest.approx(0.196926, abs=1e-6)
    assert group["between_class_share_above_chance"] is False
    json.dumps(group)  # plain JSON values


def test_terms_agree_in_number():
    assert [classes.terms_text(n, "sv") for n in (1, 2)] == ["1 termin", "2 terminer"]
    assert [classes.terms_text(n, "en") for n in (1, 2)] == ["1 term", "2 terms"]
    one = classes.Flag("12345678", "Svenska", "7A", "klasser.flag_unqualified_lowest",
                       {"terms": 1, "cohort": "A 2024/25"})
    assert classes.flag_reason(one, "sv") == "A 2024/25: obehörig lärare i klassen med lägst betygspoäng (1 termin)."
    below = classes.Flag("12345678", "Matematik", "9B", "klasser.flag_below",
                         {"terms": 2, "margin": 1.0, "cohort": "B 2022/23"})
    assert classes.flag_reason(below, "sv") == ("B 2022/23: under skolans ämnesmedel med mer än 1,0 poäng 2 terminer "
                                                "i rad.")
    assert classes.flag_table([one], "en")["Why"].tolist() == ["A 2024/25: unqualified teacher in the class with the "
                                                              "lowest grade points (1 term)."]
