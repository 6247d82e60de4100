"""The i18n table and number formats."""

import re

import pytest

from lib import i18n
from lib.i18n import fmt_int, fmt_msek, fmt_number, fmt_pct, fmt_pp, fmt_sek, t


def test_every_key_has_both_languages_and_the_same_placeholders():
    for key, (sv, en) in i18n.table().items():
        assert sv.strip() and en.strip(), key
        assert set(re.findall(r"{(\w+)}", sv)) == set(re.findall(r"{(\w+)}", en)), key


def test_every_schema_column_has_a_label():
    from lib.schema import COLUMNS

    for col in COLUMNS:
        assert i18n.has(f"col.{col.name}"), col.name


def test_t_fills_placeholders_and_falls_back_to_swedish():
    assert t("fmt.pp", "sv", value="12,0") == "12,0 procentenheter"
    assert t("fmt.pp", "en", value="12.0") == "12.0 percentage points"
    assert t("fmt.pp", "de", value="1") == "1 procentenheter"
    assert t("no.such.key") == "no.such.key"


def test_swedish_numbers():
    nbsp = "\u00a0"
    assert fmt_number(1234567.891, "sv", 1) == f"1{nbsp}234{nbsp}567,9"
    assert fmt_number(-3.25, "sv", 2) == "\u22123,25"
    assert fmt_int(10313, "sv") == f"10{nbsp}313"
    assert fmt_pct(71.46, "sv") == f"71,5{nbsp}%"
    assert fmt_pp(-12.04, "sv") == "12,0 procentenheter"
    assert fmt_sek(1200000, "sv") == f"1{nbsp}200{nbsp}000 kr"
    assert fmt_msek(1_240_000, "sv") == "1,2 mnkr"


def test_english_numbers():
    assert fmt_number(1234567.891, "en", 1) == "1,234,567.9"
    assert fmt_pct(71.46, "en") == "71.5%"
    assert fmt_sek(1200000, "en") == "SEK 1,200,000"


@pytest.mark.parametrize("value", [None, float("nan"), float("inf")])
def test_missing_numbers_show_a_dash(value):
    assert fmt_number(value) == "–"
    assert fmt_pct(value) == "–"


FILE_ENDINGS = (".json", ".csv", ".xlsx", ".pdf", ".html", ".png", ".svg")


def test_every_key_written_in_the_code_exists():
    """A key spelled in code (`t("karta.title", …)`, `f"karta.mode.{m}"`, `"insatser.type." + k`) names a key of
    the table: a renamed or misspelt key would otherwise show as its own name on screen."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    keys = list(i18n.table())
    spaces = {k.split(".", 1)[0] for k in keys}
    missing = []
    for path in [*root.joinpath("lib").rglob("*.py"), *root.joinpath("app_pages").glob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # The first argument of t(), has() and Message() is a key whatever its namespace.
        first_args = {id(node.args[0]) for node in ast.walk(tree) if isinstance(node, ast.Call) and node.args
                      and getattr(node.func, "id", getattr(node.func, "attr", None)) in {"t", "has", "Message"}}
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
            else:
                continue
            if id(node) not in first_args and (
                    not re.fullmatch(r"[a-z0-9_]+\.[a-z0-9_.{}]*", text) or text.split(".", 1)[0] not in spaces
                    or text.endswith(FILE_ENDINGS)):
                continue
            pattern = re.compile("^" + re.escape(text).replace(r"\{\}", ".*"))
            if not any(pattern.match(k) for k in keys):
                missing.append(f"{path.relative_to(root)}: {text}")
    assert missing == []
