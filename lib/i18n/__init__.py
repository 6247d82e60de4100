"""One i18n table (Swedish, English) and the number formats of each language.

The table is split by screen into modules of this package (`core`, `data`, `equity`, …), each holding
`STRINGS = {key: (swedish, english)}`; they are merged here and a key defined twice is an error.
Placeholders are named: `t("equity.gap_sentence", "sv", gap=12)`.
"""

from __future__ import annotations

import importlib
import math
import pkgutil
from functools import lru_cache
from typing import Any

LANGS: tuple[str, ...] = ("sv", "en")
DEFAULT_LANG = "sv"
NBSP = "\u00a0"
MINUS = "\u2212"


@lru_cache(maxsize=1)
def table() -> dict[str, tuple[str, str]]:
    """All strings of all screens: key → (sv, en)."""
    merged: dict[str, tuple[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for key, pair in getattr(module, "STRINGS", {}).items():
            if key in merged:
                raise ValueError(f"i18n key defined twice: {key} (in {info.name})")
            if not (isinstance(pair, tuple) and len(pair) == 2):
                raise ValueError(f"i18n key {key} needs (sv, en)")
            merged[key] = pair
    return merged


def normalise_lang(lang: str | None) -> str:
    """A supported language code; anything else falls back to Swedish."""
    return lang if lang in LANGS else DEFAULT_LANG


def t(key: str, lang: str = DEFAULT_LANG, /, **params: Any) -> str:
    """The text for `key` in `lang` with `params` filled in. An unknown key is returned as itself."""
    pair = table().get(key)
    if pair is None:
        return key
    text = pair[LANGS.index(normalise_lang(lang))]
    if params:
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text
    return text


def has(key: str) -> bool:
    return key in table()


def fmt_number(value: float | int | None, lang: str = DEFAULT_LANG, decimals: int = 1) -> str:
    """A number in the language's convention: Swedish "1 234,5" (no-break space, decimal comma, real minus)."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    text = f"{float(value):,.{decimals}f}"
    if normalise_lang(lang) == "sv":
        text = text.replace(",", NBSP).replace(".", ",").replace("-", MINUS)
    return text


def fmt_int(value: float | int | None, lang: str = DEFAULT_LANG) -> str:
    """A whole number with thousands grouped."""
    return fmt_number(value, lang, 0)


def fmt_count(n: int, noun: str, lang: str = DEFAULT_LANG) -> str:
    """A count with its noun in the right number: "1 kommun", "3 kommuner" (keys `count.<noun>_one/_many`)."""
    return t(f"count.{noun}_{'one' if n == 1 else 'many'}", lang, n=fmt_int(n, lang))


def fmt_pct(value: float | None, lang: str = DEFAULT_LANG, decimals: int = 1) -> str:
    """A share stored 0–100: "71,5 %" / "71.5%"."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    sep = NBSP if normalise_lang(lang) == "sv" else ""
    return f"{fmt_number(value, lang, decimals)}{sep}%"


def fmt_pp(value: float | None, lang: str = DEFAULT_LANG, decimals: int = 1) -> str:
    """A difference between shares: "12,0 procentenheter" / "12.0 percentage points" (absolute value)."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    return t("fmt.pp", lang, value=fmt_number(abs(value), lang, decimals))


def fmt_sek(value: float | None, lang: str = DEFAULT_LANG) -> str:
    """Kronor, whole: "1 200 000 kr" / "SEK 1,200,000"."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    return t("fmt.sek", lang, value=fmt_int(value, lang))


def fmt_msek(value: float | None, lang: str = DEFAULT_LANG, decimals: int = 1) -> str:
    """Millions of kronor: "1,2 mnkr" / "SEK 1.2 m"."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    return t("fmt.msek", lang, value=fmt_number(value / 1e6, lang, decimals))


def fmt_school_year(year: int | None, lang: str = DEFAULT_LANG) -> str:
    """2024 → "2024/25" in both languages."""
    if year is None:
        return "–"
    return f"{int(year)}/{(int(year) + 1) % 100:02d}"


def column_label(name: str, lang: str = DEFAULT_LANG) -> str:
    """The label of a canonical column shown to people (with its unit)."""
    return t(f"col.{name}", lang)


def higher_lower(value: float, lang: str = DEFAULT_LANG) -> str:
    """"högre"/"lägre" (or "higher"/"lower") for the sign of a difference."""
    return t("fmt.higher" if value > 0 else "fmt.lower", lang)
