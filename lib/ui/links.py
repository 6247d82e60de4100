"""The URL of a screen in our own hands: pickers bound to the link's stable keys (`lib.links`), so the URL holds
keys and not translated labels; a gentle note for a value a link gave that is not on offer; the data a link names;
and, under every screen with such choices, the link that reopens it with every choice written out.

How a picker and the URL agree: a value in the URL that is news (the URL changed since this session last wrote it,
as when a link is opened, or the picker is new on the screen) sets the picker; otherwise the picker's own state
holds. After the picker, its value is written back under its key (aliases removed), so the address bar is a link
too. Values are kept as keys in the session, so switching language rebuilds every label.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

from lib import links
from lib.config import BUNDLED_DATA
from lib.i18n import LANGS, t
from lib.text import inert
from lib.ui import state

_SEEN = "links_seen"  # param → the values this session last read from or wrote to the URL
_BEFORE = "links_before"  # param → the URL's value before this session's latest write of it
_RUN = "links_run"  # param → value chosen in this run, for the copy link (None before a page runs)
Label = Callable[[Any, str], str]  # an option's label in a language


def _query() -> dict[str, list[str]]:
    return {name: st.query_params.get_all(name) for name in st.query_params}


def _seen() -> dict[str, tuple[str, ...] | None]:
    seen = state.get(_SEEN)
    if seen is None:
        seen = {}
        state.put(_SEEN, seen)
    return seen


def _before() -> dict[str, tuple[str, ...] | None]:
    """What this session had in the URL for each key before its latest write: a rerun the browser asked for while
    that write was on its way still carries the older address, which is not a link's news."""
    before = state.get(_BEFORE)
    if before is None:
        before = {}
        state.put(_BEFORE, before)
    return before


def incoming(param: str, key: str | None = None) -> tuple[tuple[str, ...], bool] | None:
    """The URL's values of `param` (or its alias) when they are news for the widget `key`, and whether they came
    from outside (a link opened, an address edited: not what this session last read or wrote there, nor the address
    it had just before its latest write — two quick choices must not undo the first). A widget new on the screen
    also takes the URL's value, but one the screen itself wrote earlier is not worth a note."""
    raw = links.read(_query()).get(param)
    if raw is None:
        return None
    external = raw != _seen().get(param) and raw != _before().get(param)
    if external or (key is not None and key not in st.session_state):
        _seen()[param] = raw
        return raw, external
    return None


def note(param: str, values: Sequence[str], lang: str) -> None:
    """Say, quietly, that a link's value is not on offer here and the screen shows its default instead."""
    st.caption(t("links.ignored", lang, name=param, value=inert(links.shown(", ".join(values)))),
               help=t("links.ignored_help", lang))


def keep(param: str, value: Any, explicit_none: bool = False) -> None:
    """Write a choice into the URL under its key (an alias removed) and remember it for the copy link. None is
    written as `links.ALL` with `explicit_none` (e.g. every organiser), else leaves the key out (no school chosen);
    an empty tuple leaves it out."""
    for alias, canonical in links.ALIASES.items():
        if canonical == param and alias in st.query_params:
            del st.query_params[alias]
    shown_value = () if value is None and not explicit_none else value
    texts = [text for _key, text in links.query_pairs({param: shown_value})]
    if not texts:
        if param in st.query_params:
            del st.query_params[param]
    elif st.query_params.get_all(param) != texts:
        st.query_params[param] = texts[0] if len(texts) == 1 else texts
    written = links.read({param: texts}).get(param)
    if written != _seen().get(param):
        _before()[param] = _seen().get(param)
    _seen()[param] = written
    run = state.get(_RUN)
    if run is not None:
        run[param] = shown_value


def _inside(where: Any) -> Any:
    """A container to write a note into (the page itself when the picker has none)."""
    return contextlib.nullcontext() if where is st else where


def _labels(label_of: Label | None) -> tuple[Callable[[Any], str], ...]:
    if label_of is None:
        return ()
    return tuple((lambda o, lang=lang: label_of(o, lang)) for lang in LANGS)


def _format(label_of: Label | None, lang: str) -> Callable[[Any], str]:
    return str if label_of is None else (lambda o: label_of(o, lang))


def selectbox(label: str, options: Sequence[Any], *, param: str, key: str, lang: str, default: Any = links.NOTHING,
              label_of: Label | None = None, explicit_none: bool = False, container: Any = None,
              **kwargs: Any) -> Any:
    """A selectbox whose choice lives in the URL under `param` as its key (`label_of(option, lang)` its label in
    each language, also read from older links). `default` when neither the URL nor the visitor chose."""
    return _single("selectbox", label, options, param=param, key=key, lang=lang, default=default,
                   label_of=label_of, explicit_none=explicit_none, container=container, **kwargs)


def radio(label: str, options: Sequence[Any], *, param: str, key: str, lang: str, default: Any = links.NOTHING,
          label_of: Label | None = None, container: Any = None, **kwargs: Any) -> Any:
    """A radio group whose choice lives in the URL under `param` (see `selectbox`)."""
    return _single("radio", label, options, param=param, key=key, lang=lang, default=default, label_of=label_of,
                   container=container, **kwargs)


def _single(kind: str, label: str, options: Sequence[Any], *, param: str, key: str, lang: str, default: Any,
            label_of: Label | None, explicit_none: bool = False, container: Any = None, **kwargs: Any) -> Any:
    options = list(options)
    where = container if container is not None else st
    current = st.session_state.get(key, links.NOTHING)
    news = incoming(param, key)
    if news is not None and options:
        value = links.choose(news[0][0], options, _labels(label_of))
        if value is not links.NOTHING:
            current = value
        elif news[1]:
            with _inside(where):
                note(param, news[0], lang)
    if options:
        if current is links.NOTHING or current not in options:
            current = default if default is not links.NOTHING and default in options else options[0]
        # Set on every run: a widget of the same key on another screen has another id, and would start over.
        st.session_state[key] = current
    if kind == "selectbox" and None in options and label_of is not None:
        # Streamlit shows a None value as "nothing chosen", with the placeholder: make that the option's own label.
        kwargs.setdefault("placeholder", label_of(None, lang))
    if kind == "selectbox":
        kwargs.setdefault("placeholder", t("takeaway.choose_one", lang))  # never Streamlit's English text
    widget = getattr(where, kind)
    value = widget(label, options, key=key, format_func=_format(label_of, lang), **kwargs)
    keep(param, value, explicit_none)
    return value


def multiselect(label: str, options: Sequence[Any], *, param: str, key: str, lang: str,
                label_of: Label | None = None, container: Any = None, **kwargs: Any) -> list[Any]:
    """A multiselect whose choices live in the URL under `param` (empty: none chosen, left out of the URL)."""
    options = list(options)
    where = container if container is not None else st
    current = list(st.session_state.get(key, []))
    news = incoming(param, key)
    if news is not None:
        chosen, rejected = links.choose_many(news[0], options, _labels(label_of))
        if rejected and news[1]:
            with _inside(where):
                note(param, rejected, lang)
        if chosen or not rejected:
            current = list(chosen)
    st.session_state[key] = [o for o in current if o in options]
    kwargs.setdefault("placeholder", t("takeaway.choose_many", lang))
    value = where.multiselect(label, options, key=key, format_func=_format(label_of, lang), **kwargs)
    keep(param, tuple(value))
    return value


def slider(label: str, low: float, high: float, default: float, step: float, *, param: str, key: str, lang: str,
           container: Any = None, **kwargs: Any) -> Any:
    """A slider whose value lives in the URL under `param`; a link's number outside the range is not taken."""
    where = container if container is not None else st
    kind = type(default)
    current = st.session_state.get(key, default)
    news = incoming(param, key)
    if news is not None:
        value = links.number_in(news[0][0], low, high, step)
        if value is not None:
            current = value
        elif news[1]:
            with _inside(where):
                note(param, news[0], lang)
    st.session_state[key] = kind(min(max(current, low), high))
    value = where.slider(label, kind(low), kind(high), step=kind(step), key=key, **kwargs)
    keep(param, value)
    return value


# --- the data a link names, and the link itself ----------------------------------------------------------------

def begin() -> None:
    """Before a screen runs: start this run's list of choices and open the data a link names (`data=`) when it is
    news (not what this session last read or wrote there, so the visitor's own choice afterwards stands); a name this
    server does not offer gets a note."""
    from lib.ui import resources

    state.put(_RUN, {})
    news = incoming("data")
    if news is None or news[0][0] == state.data_key():
        return
    if news[0][0] in BUNDLED_DATA:
        state.set_active_dataset(resources.bundled_dataset(news[0][0]))
    else:
        note("data", news[0], state.lang())


def finish(lang: str, page: str) -> None:
    """After a screen ran: the data's key in the URL, keys this screen did not use taken out of it, and — on a
    screen with choices — the link that reopens it, every choice written out, with a copy button."""
    run = state.get(_RUN)
    state.put(_RUN, None)
    data = state.data_key()
    keep("data", data)
    if not run:  # a screen without choices leaves the link's other keys as they are (a link may pass through)
        return
    for name in (*links.KEYS, *links.ALIASES):
        if name not in run and name not in ("data", "lang") and name in st.query_params:
            del st.query_params[name]
    copy_link(lang, {"data": data or (), **run, "lang": lang}, page, data is None)


def copy_link(lang: str, values: dict[str, Any], page: str, unlinked_data: bool) -> None:
    """The link that reopens this view (absolute, copied with the code block's button); with a visitor's own data,
    the note that a link cannot carry it."""
    st.header(t("links.heading", lang))
    st.caption(t("links.intro", lang))
    st.code(links.absolute(st.context.url, values, page), language=None, wrap_lines=True)
    if unlinked_data:
        st.caption(t("links.upload_note", lang))


def page_url(query: str, page: str) -> str:
    """An absolute address of this page with `query` (starting with "?"), for links a screen builds itself."""
    base = st.context.url
    where = base.split("?", 1)[0] if base else f"/{page}"
    return f"{where}{query}"
