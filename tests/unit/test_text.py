"""`lib.text.inert`: any visitor's text shows literally where Streamlit reads Markdown.

The model of Streamlit's renderer used here: CommonMark (a backslash before ASCII punctuation is that character),
then Streamlit's and GFM's rewrites of parsed text (emoji shortcodes, `:material_…:` icons, `:streamlit:`, bare
URLs and e-mail addresses, typographic arrows), whose patterns are copied from Streamlit 1.67's frontend bundle.
The browser test `tests/e2e/test_inert_text.py` checks the real thing; markdown-it-py, when installed, checks a
real CommonMark parser too."""

from __future__ import annotations

import re
import string

from hypothesis import example, given, settings
from hypothesis import strategies as st

from lib.text import WORD_JOINER, inert

ISSUE_PAYLOAD = "![](http://evil/n.png)[**Logga in**](http://evil/p)"
# Text rich in what Markdown and Streamlit read: punctuation, shortcodes, URLs, line breaks, a few letters.
MARKDOWNISH = st.lists(st.sampled_from(
    list(string.punctuation) + list(" \n\t\r") + list("aZ9_åä") + ["http", "www.", ":smile:", ":material_home:",
                                                                   ":red[", "->", "<img ", "$x$", "# ", "1. "]),
    max_size=40).map("".join)
PARSED_TEXT_REWRITES = (
    re.compile(r":[A-Za-z0-9_+-]+:"),  # emoji shortcodes (remark-emoji), :material_…:, :streamlit:
    re.compile(r"(https?://|www(?=\.))", re.IGNORECASE),  # GFM bare links
    re.compile(r"[-.\w+]+@[-\w]+(?:\.[-\w]+)+"),  # GFM e-mail links
    re.compile(r"(^|\s)(<->|->|<-|--|>=|<=|~=)(\s|$)"),  # Streamlit's typographic symbols
)


def parsed(markdown: str) -> str:
    """The text a CommonMark parser makes of `markdown` when every punctuation character is escaped."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown)


def shown(text: str) -> str:
    """What a browser shows of plain text in a paragraph: runs of white space as one space, without the invisible
    word joiner (CommonMark shows NUL as U+FFFD)."""
    return re.sub(r"[ \t\r\n\f\v]+", " ", text).replace(WORD_JOINER, "").replace("\x00", "\ufffd")


def bare_punctuation(markdown: str) -> list[str]:
    """ASCII punctuation not escaped by a backslash (what Markdown could read as syntax)."""
    found, i = [], 0
    while i < len(markdown):
        if markdown[i] == "\\" and i + 1 < len(markdown) and markdown[i + 1] in string.punctuation:
            i += 2
            continue
        if markdown[i] in string.punctuation:
            found.append(markdown[i])
        i += 1
    return found


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(), MARKDOWNISH))
@example(ISSUE_PAYLOAD)
@example(":red[röd] **fet** _kursiv_ $x^2$ <b>html</b> <img src=x> :smile: :material/home: :streamlit:")
@example("# Rubrik\n\n- lista\n1. lista\n    kod\n> citat\n| a | b |\n---")
@example("a -> b <- c -- d >= e <= f ~= g <-> h http://x.se www.x.se a@b.se &amp; &#60; [x][1]\n\n[1]: /r")
@example("slut med bakstreck \\")
def test_inert_shows_the_text_as_typed_and_nothing_else(text: str) -> None:
    markdown = inert(text)
    assert bare_punctuation(markdown) == []  # no image, link, emphasis, directive, maths, HTML, heading or list
    assert "\n" not in markdown and "\r" not in markdown  # one line: no block can start inside it
    assert not markdown.startswith("    ")  # no indented code block
    text_node = parsed(markdown)
    assert shown(text_node) == shown(text)  # the visible text is the typed text
    for pattern in PARSED_TEXT_REWRITES:  # nothing left for Streamlit to turn into an emoji, icon, link or arrow
        assert not pattern.search(text_node), (pattern.pattern, text_node)


def test_plain_names_are_unchanged_and_none_is_empty():
    for name in ("Centralskolan", "Behov först", "Grupp A", "Skola 7 i Västerås", "Åsa Öberg"):
        assert inert(name) == name
    assert inert(None) == "" and inert(2024) == "2024"


def test_the_issue_payload_is_escaped_as_expected():
    assert inert(ISSUE_PAYLOAD) == (
        "\\!\\[\\]\\(http\\:\u2060\\/\\/evil\\/n\\.png\\)\\[\\*\\*Logga in\\*\\*\\]"
        "\\(http\\:\u2060\\/\\/evil\\/p\\)")
    assert inert("Källa: skolor.csv") == "Källa\\: skolor\\.csv"  # no joiner where none is needed


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), MARKDOWNISH))
@example(ISSUE_PAYLOAD)
@example("<http://evil/x> <b>fet</b> &lt; **x** `kod` ~~s~~")
def test_a_commonmark_parser_renders_inert_text_as_one_plain_paragraph(text: str) -> None:
    import markdown_it  # pinned in requirements-dev.txt: the CommonMark parser Streamlit's Markdown follows
    tokens = markdown_it.MarkdownIt("commonmark").enable("strikethrough").enable("table").parse(inert(text))
    if not shown(text).strip():
        return
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    children = tokens[1].children or []
    assert all(c.type == "text" for c in children), [c.type for c in children]
    rendered = shown("".join(c.content for c in children))
    assert rendered.strip() == shown(text).strip()  # a paragraph does not keep its leading or trailing spaces


def test_no_template_puts_a_colon_or_a_symbol_pair_just_before_a_placeholder():
    # inert breaks every shortcode that opens inside a visitor's text; one opened by the template just before it
    # (":{name}") could close inside it, and "-{name}" could make an arrow of a name starting with ">".
    from lib.i18n import table

    found = [k for k, pair in table().items() for text in pair if re.search(r"[:@<>~-]\{", text)]
    assert found == []
