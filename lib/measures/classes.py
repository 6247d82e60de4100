"""Klasskillnader: result differences between classes within a school (Skolinspektionen's second report).

Per school × school year × term × grade level × subject: class mean grade points (A 20, B 17,5, C 15, D 12,5,
E 10, F 0; F counts as 0), the share with a passing grade, "variationsvidd" (highest minus lowest class mean,
classes under 10 graded pupils left out, as the report does), the between-class share of variance (η², from
the grade counts, same exclusion), grade minus national test; per class cohort (7B → 8B → 9B): terms below the
group mean by more than a margin in a row, terms with an unqualified teacher, teacher changes; and the flag
"obehörig lärare i klassen med lägst betygspoäng". Teachers appear only as pseudonyms.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

GRADES: tuple[str, ...] = ("a", "b", "c", "d", "e", "f")
GRADE_POINTS: dict[str, float] = {"a": 20.0, "b": 17.5, "c": 15.0, "d": 12.5, "e": 10.0, "f": 0.0}
MIN_CLASS = 10  # classes under 10 graded pupils are left out of the range and the variance share
GROUP_KEYS: list[str] = ["school_id", "school_year", "term", "grade_level", "subject"]
TERM_ORDER = {"HT": 0, "VT": 1}
COLUMNS: tuple[str, ...] = ("school_id", "school_year", "term", "grade_level", "class_name", "subject", "pupils",
                            *(f"grade_{g}" for g in GRADES), "mean_points", "national_test_mean", "teacher_id",
                            "teacher_qualified", "teacher_experience_years")


def class_measures(classes: pd.DataFrame, points: dict[str, float] | None = None) -> pd.DataFrame:
    """Per class row: graded pupils, mean grade points (from the counts, else the given mean), pass share (%),
    small (under 10 graded pupils), grade minus national test, cohort (class letter + year it started year 7)."""
    points = points or GRADE_POINTS
    out = classes.copy()
    counts = out[[f"grade_{g}" for g in GRADES]].apply(pd.to_numeric, errors="coerce")
    has_counts = counts.notna().any(axis=1)
    graded = counts.fillna(0).sum(axis=1)
    weighted = sum(counts[f"grade_{g}"].fillna(0) * points[g] for g in GRADES)
    from_counts = (weighted / graded.where(graded > 0)).where(has_counts)
    given = pd.to_numeric(out.get("mean_points"), errors="coerce") if "mean_points" in out else np.nan
    out["graded"] = graded.where(has_counts, pd.to_numeric(out["pupils"], errors="coerce"))
    out["mean_points"] = from_counts.fillna(given) if isinstance(given, pd.Series) else from_counts
    out["pass_share"] = (100 * (graded - counts["grade_f"].fillna(0)) / graded.where(graded > 0)).where(has_counts)
    out["small"] = out["graded"] < MIN_CLASS
    nt = pd.to_numeric(out.get("national_test_mean"), errors="coerce") if "national_test_mean" in out else np.nan
    out["grade_minus_test"] = out["mean_points"] - nt
    letter = out["class_name"].astype(str).str.replace(r"^\d+", "", regex=True).str.strip()
    start = pd.to_numeric(out["school_year"], errors="coerce") - (pd.to_numeric(out["grade_level"], errors="coerce")
                                                                   - 7)
    start_i = start.astype("Int64")
    out["cohort"] = letter + " " + start_i.astype(str) + "/" + ((start_i + 1) % 100).astype(str).str.zfill(2)
    out["period"] = pd.to_numeric(out["school_year"], errors="coerce") * 2 + out["term"].map(TERM_ORDER).fillna(0)
    return out


def variance_share(group: pd.DataFrame, points: dict[str, float] | None = None) -> float:
    """η² = SS between classes / SS total, pupils' grade points from the counts, classes ≥ 10 graded pupils.

    SS between = Σ_c n_c (mean_c − grand)²; SS total = Σ_c Σ_g count_cg (points_g − grand)². NaN when fewer
    than two classes qualify or every pupil has the same grade.
    """
    points = points or GRADE_POINTS
    g = group[~group["small"]]
    counts = g[[f"grade_{x}" for x in GRADES]].apply(pd.to_numeric, errors="coerce")
    if len(g) < 2 or counts.isna().any().any():
        return np.nan
    values = np.array([points[x] for x in GRADES])
    n = counts.sum(axis=1).to_numpy()
    sums = counts.to_numpy() @ values
    grand = sums.sum() / n.sum()
    ss_between = float((n * (sums / n - grand) ** 2).sum())
    ss_total = float((counts.to_numpy() * (values - grand) ** 2).sum())
    return ss_between / ss_total if ss_total > 0 else np.nan


# The share of chance outcomes the flag lets through: η² is flagged only above what chance alone stays under in
# 95 of 100 groups of the same class sizes.
CHANCE_LEVEL = 0.95


def variance_by_chance(k: int, n: float) -> float:
    """The between-class share η² expected by chance alone for k classes and n graded pupils: (k − 1)/(n − 1).

    Derivation: with no real difference between classes, the pupils' grade points are as if dealt at random to
    classes of the given sizes n_1 … n_k (n in all). A class mean is then the mean of n_c points drawn without
    replacement from the n, so E[(mean_c − grand)²] = σ²/n_c · (n − n_c)/(n − 1), σ² = SS total / n. Summing
    n_c times that over the classes: E[SS between] = σ² · Σ_c (n − n_c)/(n − 1) = σ² · n(k − 1)/(n − 1)
    = SS total · (k − 1)/(n − 1). SS total is the same however the pupils are dealt, so E[η²] = (k − 1)/(n − 1)
    exactly, whatever the class sizes and grades. Three classes of 23: 2/68 = 0,029. NaN for fewer than two
    classes or no more pupils than classes.
    """
    if k < 2 or n <= k:
        return np.nan
    return (k - 1) / (n - 1)


def variance_chance_limit(k: int, n: float, level: float = CHANCE_LEVEL) -> float:
    """The η² that chance alone stays under in `level` of groups with k classes and n graded pupils: the quantile
    of Beta((k − 1)/2, (n − k)/2), η²'s distribution when grade points vary normally within classes with no real
    difference between them (its mean is (k − 1)/(n − 1), as `variance_by_chance`). Three classes of 23 pupils:
    Beta(1, 33), whose quantile is 1 − 0,05^(1/33) = 0,087. NaN where `variance_by_chance` is."""
    if k < 2 or n <= k:
        return np.nan
    from scipy.special import betaincinv  # SciPy comes with scikit-learn; imported only when a limit is asked

    return float(betaincinv((k - 1) / 2, (n - k) / 2, level))


def chance_basis(group: pd.DataFrame) -> tuple[int, float]:
    """The classes and graded pupils η² is computed over (classes of at least 10 graded pupils, as
    `variance_share`): (k, n). (0, 0) where `variance_share` gives NaN for want of grade counts."""
    g = group[~group["small"]]
    counts = g[[f"grade_{x}" for x in GRADES]].apply(pd.to_numeric, errors="coerce")
    if counts.isna().any().any():
        return 0, 0.0
    return len(g), float(counts.to_numpy().sum())


def group_measures(measured: pd.DataFrame) -> pd.DataFrame:
    """Per school × year × term × grade level × subject: classes, range (variationsvidd), η² with the value chance
    alone gives (`variance_by_chance`), the level chance stays under in 95 of 100 groups and whether η² is above
    it (None when either is unknown), group mean,
    the classes' mean grade minus national test (over the classes that have a test mean, each class counting
    once), the lowest class and whether its teacher is unqualified."""
    rows = []
    for key, g in measured.groupby(GROUP_KEYS, sort=True):
        big = g[~g["small"]]
        lowest = big.loc[big["mean_points"].idxmin()] if big["mean_points"].notna().any() else None
        qualified = lowest.get("teacher_qualified") if lowest is not None else None
        share, basis = variance_share(g), chance_basis(g)
        limit = variance_chance_limit(*basis)
        rows.append({**dict(zip(GROUP_KEYS, key, strict=True)), "classes": len(g), "classes_in_range": len(big),
                     "range": float(big["mean_points"].max() - big["mean_points"].min()) if len(big) >= 2 else np.nan,
                     "between_class_share": share, "between_class_chance": variance_by_chance(*basis),
                     "between_class_limit": limit,
                     "between_class_above": None if np.isnan(share) or np.isnan(limit) else bool(share > limit),
                     "mean_points": float((g["mean_points"] * g["graded"]).sum() / g["graded"].sum())
                     if g["graded"].sum() > 0 else np.nan,
                     "grade_minus_test": float(g["grade_minus_test"].mean()),
                     "lowest_class": lowest["class_name"] if lowest is not None else None,
                     "lowest_unqualified": bool(lowest is not None and qualified is not None and not pd.isna(qualified)
                                                and not bool(qualified) and len(big) >= 2)})
    return pd.DataFrame(rows)


def teacher_history(measured: pd.DataFrame) -> pd.DataFrame:
    """Per school × subject × cohort: terms taught, terms with an unqualified teacher, teacher changes."""
    rows = []
    for (school, subject, cohort), g in measured.sort_values("period").groupby(["school_id", "subject", "cohort"]):
        ids = g["teacher_id"].astype("string").fillna("") if "teacher_id" in g else pd.Series("", index=g.index)
        changes = int((ids != ids.shift()).iloc[1:].sum()) if len(ids) > 1 else 0
        unqualified = int((g["teacher_qualified"].astype("boolean") == False).sum()) \
            if "teacher_qualified" in g else 0  # noqa: E712 — a nullable boolean column
        rows.append({"school_id": school, "subject": subject, "cohort": cohort, "terms": len(g),
                     "terms_unqualified": unqualified, "teacher_changes": changes,
                     "latest_class": g["class_name"].iloc[-1]})
    return pd.DataFrame(rows)


@dataclass(frozen=True)
class Flag:
    """A class to look at, and why (an i18n key with its parameters)."""

    school_id: str
    subject: str
    class_name: str
    key: str
    params: dict


def flags(measured: pd.DataFrame, groups: pd.DataFrame, margin: float = 1.0, min_terms: int = 2) -> list[Flag]:
    """Per class cohort and subject: below its group's mean by more than `margin` points in at least
    `min_terms` consecutive terms; and terms in which it was the lowest class with an unqualified teacher
    ("obehörig lärare i klassen med lägst betygspoäng")."""
    out: list[Flag] = []
    merged = measured.merge(groups[[*GROUP_KEYS, "mean_points", "lowest_class", "lowest_unqualified"]]
                            .rename(columns={"mean_points": "group_mean"}), on=GROUP_KEYS, how="left")
    merged["below"] = (merged["mean_points"] < merged["group_mean"] - margin) & ~merged["small"]
    merged["lowest_unq"] = merged["lowest_unqualified"].fillna(False).astype(bool) & (
        merged["class_name"] == merged["lowest_class"])
    for (school, subject, cohort), g in merged.sort_values("period").groupby(["school_id", "subject", "cohort"]):
        run = best = 0
        for below in g["below"]:
            run = run + 1 if below else 0
            best = max(best, run)
        latest = str(g["class_name"].iloc[-1])
        if best >= min_terms:
            out.append(Flag(str(school), str(subject), latest, "klasser.flag_below",
                            {"terms": best, "margin": margin, "cohort": cohort}))
        n_unq = int(g["lowest_unq"].sum())
        if n_unq:
            out.append(Flag(str(school), str(subject), latest, "klasser.flag_unqualified_lowest",
                            {"terms": n_unq, "cohort": cohort}))
    return out


def teachers_visible(measured: pd.DataFrame) -> pd.Series:
    """Whether a teacher pseudonym may be shown for a row: only where its school, year, term, grade level and
    subject have at least two classes (DESIGN, Trust and privacy)."""
    counts = measured.groupby(GROUP_KEYS)["class_name"].transform("nunique")
    return counts >= 2


def period_label(year: int, term: str) -> str:
    """(2024, "VT") → "VT 2025"; (2024, "HT") → "HT 2024": the calendar year the term falls in."""
    return f"{term} {int(year) + (1 if term == 'VT' else 0)}"


def school_choices(measured: pd.DataFrame, school: str) -> dict:
    """One school's measured classes and what can be chosen among them: subjects, grade levels and the periods
    (label → (school year, term), in time order)."""
    mine = measured[measured["school_id"].astype(str) == school]
    periods = mine.drop_duplicates(["school_year", "term"]).sort_values("period")
    return {"classes": mine, "subjects": sorted(mine["subject"].unique()),
            "grades": sorted(int(g) for g in mine["grade_level"].dropna().unique()),
            "periods": {period_label(r.school_year, r.term): (r.school_year, r.term) for r in periods.itertuples()}}


def comparison_group(mine: pd.DataFrame, subject: str, grade: int, year: int, term: str) -> dict:
    """The classes compared on the screen (one subject, grade level and term), their group measures, every
    subject of that grade and term (the heat map) and the subject over all terms (cohorts, teacher history)."""
    same_term = mine[(mine["grade_level"] == grade) & (mine["school_year"] == year) & (mine["term"] == term)]
    group = same_term[same_term["subject"] == subject]
    return {"group": group, "stats": group_measures(group), "all_subjects": same_term,
            "subject": mine[mine["subject"] == subject]}


def class_table(measured: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The classes of one group with labelled columns; teacher pseudonyms only where the group has two or more
    classes; small classes marked."""
    from lib.i18n import t

    visible = teachers_visible(measured)
    qualified = measured["teacher_qualified"].astype("boolean") if "teacher_qualified" in measured else None
    return pd.DataFrame({
        t("klasser.class", lang): measured["class_name"].to_numpy(),
        t("klasser.cohort", lang): measured["cohort"].to_numpy(),
        t("col.pupils", lang): measured["graded"].to_numpy(),
        t("klasser.mean_points", lang): measured["mean_points"].round(2).to_numpy(),
        t("klasser.pass_share", lang): measured["pass_share"].round(1).to_numpy(),
        t("klasser.test_diff", lang): measured["grade_minus_test"].round(2).to_numpy(),
        t("klasser.qualified", lang): [t("klasser.qualified.unknown", lang) if q is None or pd.isna(q) else
                                       t("klasser.qualified.yes" if q else "klasser.qualified.no", lang)
                                       for q in (qualified if qualified is not None else [None] * len(measured))],
        t("klasser.teacher", lang): [str(tid) if vis and pd.notna(tid) else t("klasser.teacher_hidden", lang)
                                     for tid, vis in zip(measured.get("teacher_id", pd.Series(pd.NA,
                                                                                             index=measured.index)),
                                                         visible, strict=True)],
        t("klasser.small", lang): [t("common.yes", lang) if s else "" for s in measured["small"]],
    })


def terms_text(n: int, lang: str) -> str:
    """"1 termin", "2 terminer" ("1 term", "2 terms"): a number of terms with the noun agreeing."""
    from lib.i18n import fmt_int, t

    return t("klasser.terms_one" if n == 1 else "klasser.terms_many", lang, n=fmt_int(n, lang))


def flag_reason(flag: Flag, lang: str) -> str:
    """Why a class is flagged, in words: the margin in the language's number format, the terms agreeing in
    number ("1 termin", "2 terminer i rad")."""
    from lib.i18n import fmt_number, t

    params = dict(flag.params)
    if "margin" in params:
        params["margin"] = fmt_number(params["margin"], lang, 1)
    if "terms" in params:
        params["terms"] = terms_text(int(params["terms"]), lang)
    return t(flag.key, lang, **params)


def flag_table(found: list[Flag], lang: str) -> pd.DataFrame:
    """Flags with their reasons in words."""
    from lib.i18n import t

    return pd.DataFrame({t("klasser.subject", lang): [f.subject for f in found],
                         t("klasser.class", lang): [f.class_name for f in found],
                         t("klasser.col.reason", lang): [flag_reason(f, lang) for f in found]})


def _plain(value: object) -> object:
    """numpy scalars → Python values for JSON."""
    return value.item() if hasattr(value, "item") else value


def to_json(measured: pd.DataFrame, found: Sequence[Flag]) -> dict:
    """The document of `python -m lib classes`: per group of the measured class rows its classes, range and
    variance share with the share chance alone gives (`between_class_share_by_chance`, (k − 1)/(n − 1)), the
    level chance stays under in 95 of 100 groups (`between_class_share_chance_limit`) and whether the share is
    above it (`between_class_share_above_chance`, null when unknown); and the flags found among them."""
    groups = group_measures(measured)
    out_groups = []
    for row in groups.itertuples():
        g = measured
        for k in GROUP_KEYS:
            g = g[g[k] == getattr(row, k)]
        out_groups.append({
            **{k: _plain(getattr(row, k)) for k in GROUP_KEYS},
            "classes": [{"class": c.class_name, "pupils": float(c.graded), "mean_points": float(c.mean_points),
                         "pass_share": None if pd.isna(c.pass_share) else float(c.pass_share),
                         "small": bool(c.small),
                         "teacher_qualified": None if pd.isna(c.teacher_qualified) else bool(c.teacher_qualified)}
                        for c in g.itertuples()],
            "range": None if pd.isna(row.range) else float(row.range),
            "between_class_share": None if pd.isna(row.between_class_share) else float(row.between_class_share),
            "between_class_share_by_chance": None if pd.isna(row.between_class_chance)
            else float(row.between_class_chance),
            "between_class_share_chance_limit": None if pd.isna(row.between_class_limit)
            else float(row.between_class_limit),
            "between_class_share_above_chance": None if pd.isna(row.between_class_above)
            else bool(row.between_class_above),
        })
    return {"groups": out_groups,
            "flags": [{"school_id": f.school_id, "subject": f.subject, "class": f.class_name,
                       "reason": reason_code(f.key), **f.params} for f in found]}


def reason_code(key: str) -> str:
    """A flag's reason as the command's JSON has always named it ("classes.flag_range"): a public code that does
    not follow the i18n key's screen prefix."""
    return "classes." + key.split(".", 1)[1]
