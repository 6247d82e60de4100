"""Visitors' text made inert where Streamlit reads Markdown.

Text that came from a file, a form or a URL (school, organiser and municipality names, scenario names and groups,
workshop codes, file names, class names, subjects, intervention descriptions and notes, column headers) goes
through `inert` wherever it is composed into a string that Streamlit renders as Markdown: `st.markdown`,
`st.caption`, alerts, metric labels, expander and tab labels, button and widget labels, radio options, page links.
It then shows exactly as typed: no image is fetched, no link made, no bold, colour, maths, HTML, emoji, icon,
heading or list.

How: every ASCII punctuation character gets a backslash (CommonMark's escape, which Streamlit's parser honours),
which stops every construct the parser knows (images, links, emphasis, `:color[…]` directives, `$…$`, HTML,
headings, lists, tables). A few of Streamlit's rewrites act on the parsed text, after escapes are gone, so they
are broken with an invisible WORD JOINER (U+2060): after a colon followed by a letter, digit, `_`, `+`, `-` or `/`
or ending the text (emoji shortcodes, `:material_…:` icons, `:streamlit:`, `http://` links: no shortcode can open
inside the text, and none of the app's templates puts a colon just before a placeholder — tests/unit/test_text.py),
after `@` (e-mail links), before the dot of `www.` (web links) and inside the pairs Streamlit turns into arrows and
dashes (`->`, `<-`, `--`, `>=`, `<=`, `~=`). "Källa: skolor.csv" gets none. Runs of white space, line
breaks included, become one space, which is how a browser shows them anyway (no paragraph, heading or code
block can start inside a name).

Not for tables (`st.dataframe`), charts (Vega), selectbox or multiselect options, the PDF or CSV/Excel files:
those show text literally already and would show the backslashes. HTML documents use `html.escape`.
"""

from __future__ import annotations

import re
import string

WORD_JOINER = "\u2060"
_PUNCTUATION = frozenset(string.punctuation)  # CommonMark: any ASCII punctuation may be backslash-escaped
# What may stand beside the colons of a shortcode (`:+1:`, `:smile:`, `:material_home:`) in Streamlit's patterns.
_SHORTCODE = frozenset(string.ascii_letters + string.digits + "_+-")
_SPACE = re.compile(r"[ \t\r\n\f\v]+")
# Pairs that Streamlit's typographic rewrite turns into a single symbol (→ ← — ≥ ≤ ≈ ↔).
_PAIRS = frozenset({("-", ">"), ("<", "-"), ("-", "-"), (">", "="), ("<", "="), ("~", "=")})


def inert(value: object) -> str:
    """`value` as Markdown that Streamlit shows as the literal text (one line; None → empty)."""
    if value is None:
        return ""
    text = _SPACE.sub(" ", str(value))
    out: list[str] = []
    previous = ""
    for i, ch in enumerate(text):
        if (previous, ch) in _PAIRS:
            out.append(WORD_JOINER)
        if ch == ":":
            after = WORD_JOINER if i == len(text) - 1 or text[i + 1] in _SHORTCODE or text[i + 1] == "/" else ""
            out.append("\\:" + after)
        elif ch == "@":
            out.append("\\@" + (WORD_JOINER if i == len(text) - 1 or text[i + 1] in _SHORTCODE else ""))
        elif ch == "." and text[max(0, i - 3):i].lower() == "www":
            out.append(WORD_JOINER + "\\.")
        elif ch in _PUNCTUATION:
            out.append("\\" + ch)
        else:
            out.append(ch)
        previous = ch
    return "".join(out)


def visible(markdown: str) -> str:
    """What `inert`'s output shows as text: escapes resolved, word joiners dropped (for tests and checks)."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown).replace(WORD_JOINER, "")
