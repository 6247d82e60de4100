"""Challenge profiles ("utmaningsprofiler"): schools grouped by their indicators with scikit-learn, numbered
from the highest to the lowest mean need and named in words from their centroids; with the evidence for k
(silhouette), the stability of the grouping (adjusted Rand index) and a rule-based alternative flag.

By default the schools are grouped by their pupils' needs only (the need index and the background measures the
data has), so that a profile's teacher resources and outcomes, described beside it (`describe`), are not part of
what made the profile. The suggested k prefers profiles that differ in kind over "high need / low need" (see
`suggest_k`).

Results do not depend on the order of the input rows: units are sorted by their id before anything is fitted.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pandas as pd

from lib import schema
from lib.messages import Message

Method = Literal["kmeans", "ward"]
# The default features: the pupils' needs (those the data has values for), never resources or outcomes.
DEFAULT_FEATURES: tuple[str, ...] = schema.NEED_INDICATORS
# Described beside each profile (not grouped on by default): teacher resources and outcomes, as the measures
# weigh them (lib.measures.indicators.group_values: ratio of sums, FTE- or pupil-weighted).
DESCRIBED: tuple[str, ...] = ("qualified_share", "pupils_per_teacher", "first_teachers_per_100_pupils",
                              "merit_value", "eligible_share")
DESCRIBED_INPUTS: tuple[str, ...] = ("pupils", "teacher_fte", "teachers", "first_teachers")  # their weights
K_RANGE: tuple[int, ...] = tuple(range(2, 9))
WARD_MAX_UNITS = 10_000  # Ward needs memory and time quadratic in the units
SILHOUETTE_SAMPLE = 2_000  # silhouette on a fixed-seed sample beyond this many units
SEED = 20261122
N_INIT = 10
NAME_THRESHOLD = 0.5  # |z| of a centroid coordinate that is worth a word in the name
STABILITY_WORDS: tuple[tuple[float, str], ...] = ((0.8, "high"), (0.6, "moderate"), (-1.0, "low"))
# The rule for the suggested k (`suggest_k`): the smallest k ≥ RULE_K_MIN whose silhouette is at least
# RULE_SILHOUETTE_SHARE of the best silhouette (any k ≥ 2) and whose stability is high; else the best silhouette.
RULE_K_MIN = 3
RULE_SILHOUETTE_SHARE = 0.8
RULE_STABILITY = STABILITY_WORDS[0][0]  # "high"


@dataclass
class Prepared:
    """The standardised feature matrix of one school year, with what was dropped or imputed."""

    units: pd.Index  # unit ids, sorted
    features: list[str]
    raw: pd.DataFrame  # unit × feature in the data's units (after imputation)
    z: np.ndarray
    need: pd.Series  # need index per unit (for numbering), may be all missing
    rows: pd.DataFrame  # unit × the DESCRIBED indicators and their weights, as in the data (nothing imputed)
    imputed: dict[str, int] = field(default_factory=dict)
    messages: list[Message] = field(default_factory=list)


# Indicators a person can cluster on: need, background, outcome and resource columns.
CANDIDATES = (*schema.NEED_INDICATORS, *schema.OUTCOME_INDICATORS, *schema.RESOURCE_INDICATORS)


def candidate_features(frame: pd.DataFrame) -> list[str]:
    """Those of CANDIDATES with values in `frame`."""
    return schema.present(frame, CANDIDATES)


def default_features(frame: pd.DataFrame) -> list[str]:
    """The features grouped on unless a person chooses others: the need index and the background measures with
    values in `frame` (schema.NEED_INDICATORS), never resources or outcomes."""
    return schema.present(frame, DEFAULT_FEATURES)


def prepare(frame: pd.DataFrame, year: int, unit_column: str, features: list[str] | tuple[str, ...]) -> Prepared:
    """Units of `year` sorted by id; features that are absent, all missing or constant are dropped with a
    message; missing values imputed with the feature's median (counted); then standardised."""
    from sklearn.impute import SimpleImputer  # scikit-learn loads with the first grouping, not with a screen
    from sklearn.preprocessing import StandardScaler

    sub = schema.year_rows(frame, year).drop_duplicates(unit_column)
    sub = sub.assign(_unit=sub[unit_column].astype(str)).sort_values("_unit").set_index("_unit")
    messages: list[Message] = []
    kept: list[str] = []
    for col in features:
        if col not in sub.columns or sub[col].isna().all():
            messages.append(Message("profiler.feature_missing", {"feature": col}, "warning"))
        elif sub[col].nunique(dropna=True) < 2:
            messages.append(Message("profiler.feature_constant", {"feature": col}, "warning"))
        else:
            kept.append(col)
    raw = sub[kept].apply(pd.to_numeric, errors="coerce").astype(float)
    imputed = {c: int(raw[c].isna().sum()) for c in kept if raw[c].isna().any()}
    if kept:
        filled = SimpleImputer(strategy="median").fit_transform(raw)
        raw = pd.DataFrame(filled, index=raw.index, columns=kept)
        z = StandardScaler().fit_transform(filled)
    else:
        z = np.empty((len(sub), 0))
    need = pd.to_numeric(sub["need_index"], errors="coerce") if "need_index" in sub else pd.Series(np.nan, sub.index)
    rows = sub[[c for c in (*DESCRIBED, *DESCRIBED_INPUTS) if c in sub.columns]]
    return Prepared(raw.index, kept, raw, z, need, rows, imputed, messages)


def fit_labels(z: np.ndarray, k: int, method: Method, seed: int = SEED, n_init: int = N_INIT) -> np.ndarray:
    """Cluster labels 0..k−1: k-means (fixed seed, several initialisations) or Ward agglomerative."""
    from sklearn.cluster import AgglomerativeClustering, KMeans

    if method == "ward":
        return AgglomerativeClustering(n_clusters=k, linkage="ward").fit_predict(z)
    return KMeans(n_clusters=k, n_init=n_init, random_state=seed).fit_predict(z)


def silhouette(z: np.ndarray, labels: np.ndarray, seed: int = SEED) -> float:
    """Mean silhouette (−1…1), on a fixed-seed sample when there are many units."""
    from sklearn.metrics import silhouette_score

    if len(set(labels.tolist())) < 2:
        return math.nan
    sample = SILHOUETTE_SAMPLE if len(z) > SILHOUETTE_SAMPLE else None
    return float(silhouette_score(z, labels, sample_size=sample, random_state=seed))


def silhouette_by_k(z: np.ndarray, method: Method, ks: tuple[int, ...] = K_RANGE) -> dict[int, float]:
    """Silhouette for each k the data allows (k < number of units): the evidence for a suggested k."""
    out = {}
    for k in ks:
        if k >= len(z):
            break
        out[k] = silhouette(z, fit_labels(z, k, method, n_init=4))
    return out


def best_k(scores: dict[int, float]) -> int | None:
    """The k with the highest silhouette (the smaller k on a tie); None when no k could be scored."""
    valid = {k: s for k, s in scores.items() if not math.isnan(s)}
    if not valid:
        return None
    return max(sorted(valid), key=lambda k: valid[k])


def rule_candidates(scores: dict[int, float]) -> list[int]:
    """The k ≥ RULE_K_MIN whose silhouette is at least RULE_SILHOUETTE_SHARE of the best one, smallest first:
    the ks whose stability the rule asks for."""
    best = best_k(scores)
    if best is None or scores[best] <= 0:
        return []
    floor = RULE_SILHOUETTE_SHARE * scores[best]
    return [k for k in sorted(scores) if k >= RULE_K_MIN and not math.isnan(scores[k]) and scores[k] >= floor]


def rule_k(scores: dict[int, float], stabilities: dict[int, float]) -> int | None:
    """The rule's k: the smallest candidate (`rule_candidates`) whose stability is high (≥ RULE_STABILITY);
    None when none is (a k without a stability does not qualify)."""
    return next((k for k in rule_candidates(scores) if stabilities.get(k, math.nan) >= RULE_STABILITY), None)


def suggest_k(scores: dict[int, float], stabilities: dict[int, float]) -> int | None:
    """The suggested k. Two groups ("high need / low need") say no more than the need quartiles, so the rule
    prefers profiles that differ in kind: the smallest k ≥ 3 whose silhouette is at least 80 % of the best
    silhouette over every k ≥ 2 and whose stability is high (adjusted Rand index ≥ 0.8); when no k qualifies, the
    k with the highest silhouette. None when no k could be scored."""
    return rule_k(scores, stabilities) or best_k(scores)


def rule_stabilities(z: np.ndarray, method: Method, scores: dict[int, float]
                     ) -> tuple[dict[int, float], dict[int, np.ndarray]]:
    """The stability (and labels) of the rule's candidates, smallest k first, up to the first high one: all the
    rule needs (a larger k is never chosen before a smaller one qualifies), so its cost is mostly one k."""
    stabilities: dict[int, float] = {}
    labels: dict[int, np.ndarray] = {}
    for k in rule_candidates(scores):
        labels[k] = fit_labels(z, k, method)
        stabilities[k] = stability(z, k, method, labels[k])
        if stabilities[k] >= RULE_STABILITY:
            break
    return stabilities, labels


def stability(z: np.ndarray, k: int, method: Method, labels: np.ndarray, runs: int = 3) -> float:
    """Mean adjusted Rand index between the grouping and (a) k-means runs with other seeds, (b) groupings of
    bootstrap samples (compared on the sampled units). 1 = identical groupings; about 0 = chance."""
    from sklearn.metrics import adjusted_rand_score

    rng = np.random.default_rng(SEED)
    scores = []
    if method == "kmeans":
        for seed in range(1, runs + 1):
            scores.append(adjusted_rand_score(labels, fit_labels(z, k, method, seed=SEED + seed)))
    for _ in range(runs):
        idx = np.unique(rng.integers(0, len(z), len(z)))
        if len(idx) <= k:
            continue
        scores.append(adjusted_rand_score(labels[idx], fit_labels(z[idx], k, method, seed=SEED)))
    return float(np.mean(scores)) if scores else math.nan


def stability_word(value: float) -> str:
    """"high", "moderate" or "low" for an adjusted Rand index."""
    if math.isnan(value):
        return "low"
    return next(word for limit, word in STABILITY_WORDS if value >= limit)


def number_by_need(labels: np.ndarray, need: pd.Series, z: np.ndarray) -> np.ndarray:
    """Profile ids 1..k: 1 = the highest mean need index. Ties (or no need index) are ordered by the
    centroid's coordinates, so the numbering never depends on the arbitrary cluster labels."""
    clusters = sorted(set(labels.tolist()))
    keys = []
    for c in clusters:
        mask = labels == c
        mean_need = need.to_numpy()[mask]
        mean_need = float(np.nanmean(mean_need)) if np.isfinite(mean_need).any() else -math.inf
        keys.append((-mean_need, tuple(np.round(z[mask].mean(axis=0), 9).tolist()), c))
    order = {c: i + 1 for i, (_, _, c) in enumerate(sorted(keys))}
    return np.array([order[c] for c in labels.tolist()])


def describe_centroid(z_centroid: pd.Series, lang: str, words: int = 2) -> str:
    """The profile's name from its standardised centroid: the (at most two) features furthest from the mean,
    |z| ≥ 0.5, as "Hög andel nyanlända · låg behörighet"; "Nära genomsnittet" when none stands out."""
    from lib.i18n import t

    strong = z_centroid[z_centroid.abs() >= NAME_THRESHOLD]
    strong = strong.reindex(strong.abs().sort_values(ascending=False, kind="mergesort").index)[:words]
    if strong.empty:
        return t("profiler.name_average", lang)
    parts = [t(f"profiler.word.{col}.{'high' if value > 0 else 'low'}", lang) for col, value in strong.items()]
    text = " · ".join(parts)
    return text[0].upper() + text[1:]


@dataclass
class Described:
    """Each profile's teacher resources and outcomes (DESCRIBED, those with values), weighted as the measures
    weigh them, beside the value over every grouped unit; and how many units of each profile have a value."""

    values: pd.DataFrame  # profile id × indicator
    overall: dict[str, float]  # indicator → value over all grouped units
    units: pd.DataFrame  # profile id × indicator: units with a value


def describe(rows: pd.DataFrame, assignments: pd.Series) -> Described:
    """The DESCRIBED indicators per profile: qualified share Σ FTE·x / Σ FTE, pupils per teacher Σ pupils / Σ FTE,
    förstelärare per 100 pupils 100 · Σ förstelärare / Σ pupils, merit value and eligible share pupil-weighted
    (lib.measures.indicators.group_values), over the units that have a value; nothing is imputed. `rows`: one
    row per unit (index: unit id), `assignments`: unit id → profile id."""
    from lib.measures import indicators

    profile = assignments.reindex(rows.index).rename("profile")
    present = schema.present(rows, DESCRIBED)
    ids = pd.Index(sorted(assignments.unique().tolist()), name="profile")
    values = pd.DataFrame({c: indicators.group_values(rows, c, [profile]).reindex(ids) for c in present}, index=ids)
    overall = {c: indicators.group_value(rows, c) for c in present}
    units = pd.DataFrame({c: rows[c].notna().groupby(profile).sum().reindex(ids, fill_value=0).astype(int)
                          for c in present}, index=ids)
    return Described(values, overall, units)


@dataclass
class ProfileResult:
    """A grouping of one school year's units into k profiles, with its evidence and, beside it, the profiles'
    teacher resources and outcomes (`described`)."""

    year: int
    method: Method
    k: int
    features: list[str]
    assignments: pd.Series  # unit id → profile id (1 = highest mean need)
    centroids: pd.DataFrame  # profile id × feature, in the data's units
    z_centroids: pd.DataFrame  # profile id × feature, standardised
    sizes: pd.Series
    names: dict[int, dict[str, str]]
    silhouette: float
    silhouette_by_k: dict[int, float]
    stability: float
    imputed: dict[str, int]
    messages: list[Message]
    mean_need: pd.Series  # profile id → mean need index
    described: Described
    stability_by_k: dict[int, float] = field(default_factory=dict)  # the ks the rule for k looked at
    suggested_by_rule: bool = False  # the suggested k came from the rule (not the best-silhouette fallback)


def overall_means(result: ProfileResult) -> dict[str, float]:
    """Each feature's mean over all grouped units (the size-weighted mean of the profiles' centroids), which a
    profile card shows beside the profile's own value."""
    weights = result.sizes / result.sizes.sum()
    return {c: float(result.centroids[c].mul(weights).sum()) for c in result.features}


def unique_names(z_centroids: pd.DataFrame) -> dict[int, dict[str, str]]:
    """Names in both languages; when two profiles would share a name, a third word (or the number) is added."""
    out: dict[int, dict[str, str]] = {}
    for lang in ("sv", "en"):
        names = {p: describe_centroid(z_centroids.loc[p], lang) for p in z_centroids.index}
        seen: dict[str, int] = {}
        for p in z_centroids.index:
            seen[names[p]] = seen.get(names[p], 0) + 1
        for p in z_centroids.index:
            if seen[names[p]] > 1:
                longer = describe_centroid(z_centroids.loc[p], lang, words=3)
                names[p] = longer if list(names.values()).count(longer) == 0 else f"{names[p]} ({p})"
            out.setdefault(int(p), {})[lang] = names[p]
    return out


class ProfileError(ValueError):
    """Profiles cannot be computed; `message` says why in words."""

    def __init__(self, message: Message):
        super().__init__(message)  # the message itself as the argument, so the error pickles (st.cache_data)
        self.message = message


@dataclass
class Evidence:
    """What every k of one grouping shares: the prepared units of the school year, the silhouette per k and the
    stability of the ks the rule for k looked at (with their labels, which `group` reuses)."""

    year: int
    method: Method
    prepared: Prepared
    silhouette_by_k: dict[int, float]
    stability_by_k: dict[int, float] = field(default_factory=dict)
    labels_by_k: dict[int, np.ndarray] = field(default_factory=dict)

    @property
    def suggested_k(self) -> int:
        """The rule's k (`suggest_k`); 2 when no k could be scored."""
        return suggest_k(self.silhouette_by_k, self.stability_by_k) or 2

    @property
    def suggested_by_rule(self) -> bool:
        """Whether the suggested k is the rule's (False: the best-silhouette fallback)."""
        return rule_k(self.silhouette_by_k, self.stability_by_k) is not None


def evidence(frame: pd.DataFrame, year: int, unit_column: str, features: list[str] | tuple[str, ...],
             method: Method = "kmeans") -> Evidence:
    """Prepare the units of `year` and score every k. Raises ProfileError when the features cannot be grouped
    (fewer than two usable) or Ward is asked beyond its limit; too few units is `group`'s to say."""
    prep = prepare(frame, year, unit_column, features)
    if len(prep.features) < 2:
        raise ProfileError(Message("profiler.too_few_features", {"n": len(prep.features)}, "error"))
    if method == "ward" and len(prep.units) > WARD_MAX_UNITS:
        raise ProfileError(Message("profiler.ward_too_many", {"n": len(prep.units), "limit": WARD_MAX_UNITS},
                                   "error"))
    scores = silhouette_by_k(prep.z, method)
    if len(prep.units) < 3:
        return Evidence(year, method, prep, scores)
    stabilities, labels = rule_stabilities(prep.z, method, scores)
    return Evidence(year, method, prep, scores, stabilities, labels)


def group(ev: Evidence, k: int | None = None) -> ProfileResult:
    """The grouping into k profiles (k=None: the suggested k). Raises ProfileError with too few units."""
    prep, method = ev.prepared, ev.method
    n = len(prep.units)
    if n < 3 or (k is not None and n <= k):
        raise ProfileError(Message("profiler.too_few_units", {"n": n, "k": k or 2}, "error"))
    k = k if k is not None else ev.suggested_k
    labels = ev.labels_by_k[k] if k in ev.labels_by_k else fit_labels(prep.z, k, method)
    ids = number_by_need(labels, prep.need, prep.z)
    assignments = pd.Series(ids, index=prep.units, name="profile")
    raw_c = prep.raw.groupby(ids).mean()
    z_c = pd.DataFrame(prep.z, index=prep.units, columns=prep.features).groupby(ids).mean()
    sizes = assignments.value_counts().sort_index()
    mean_need = prep.need.groupby(ids).mean()
    sil = ev.silhouette_by_k.get(k)
    if sil is None:
        sil = silhouette(prep.z, labels)
    stab = ev.stability_by_k[k] if k in ev.stability_by_k else stability(prep.z, k, method, labels)
    return ProfileResult(ev.year, method, k, prep.features, assignments, raw_c, z_c, sizes, unique_names(z_c), sil,
                         ev.silhouette_by_k, stab, prep.imputed, prep.messages, mean_need,
                         describe(prep.rows, assignments), dict(ev.stability_by_k),
                         ev.suggested_by_rule and k == ev.suggested_k)


def compute(frame: pd.DataFrame, year: int, unit_column: str, features: list[str] | tuple[str, ...] | None = None,
            k: int | None = None, method: Method = "kmeans") -> ProfileResult:
    """Group the units of `year` (`evidence`, then `group`) on `features` (None: `default_features`, the pupils'
    needs). k=None takes the suggested k. Raises ProfileError with a message for input that cannot be grouped
    (too few units, fewer than two usable features, Ward beyond its limit)."""
    features = default_features(frame) if features is None else features
    return group(evidence(frame, year, unit_column, features, method), k)


def profile_label(profile: int, names: dict[int, dict[str, str]], lang: str) -> str:
    """"1: Högt behov · låg behörighet": a profile as the map, tables and pickers show it."""
    from lib.i18n import t

    return t("profiler.profile_label", lang, id=int(profile), name=names[int(profile)][lang])


def recovery(labels_true: np.ndarray | pd.Series, labels_found: np.ndarray | pd.Series) -> float:
    """Adjusted Rand index between a known grouping and the found one (used by tests and benchmarks)."""
    from sklearn.metrics import adjusted_rand_score

    return float(adjusted_rand_score(np.asarray(labels_true), np.asarray(labels_found)))


# Rule-based flag ------------------------------------------------------------------------------------------

Operator = Literal[">=", "<="]


@dataclass(frozen=True)
class Rule:
    """One threshold: indicator, operator (">=" or "<="), value."""

    column: str
    op: Operator
    value: float


def flag(frame: pd.DataFrame, year: int, unit_column: str, rules: list[Rule]) -> pd.Series:
    """"Skola med utmaningar": True where every rule holds (units lacking a value for a rule are not flagged).
    Index: unit id, sorted."""
    sub = schema.year_rows(frame, year).drop_duplicates(unit_column)
    sub = sub.assign(_unit=sub[unit_column].astype(str)).sort_values("_unit").set_index("_unit")
    result = pd.Series(bool(rules), index=sub.index)
    for rule in rules:
        values = pd.to_numeric(sub[rule.column], errors="coerce") if rule.column in sub else pd.Series(np.nan,
                                                                                                      sub.index)
        holds = values >= rule.value if rule.op == ">=" else values <= rule.value
        result &= holds.fillna(False)
    return result.rename("flag")


def rule_text(rules: list[Rule], lang: str) -> str:
    """The thresholds written out: "Behovsindex ≥ 120 och Andel … ≤ 60"."""
    from lib.i18n import column_label, fmt_number, t

    sign = {">=": "≥", "<=": "≤"}
    joiner = f" {t('profiler.and', lang)} "
    return joiner.join(f"{column_label(r.column, lang)} {sign[r.op]} {fmt_number(r.value, lang, 1)}" for r in rules)
