"""A protocol-level Streamlit visitor: speaks the app's websocket protocol with Streamlit's own message
classes (BackMsg, ForwardMsg, ClientState, WidgetStates), so a load test measures the server, not browsers.

Used by benchmarks/load.py and tests/e2e/test_load_short.py. Loopback servers only.
"""

from __future__ import annotations

import asyncio
import re
import time
from dataclasses import dataclass, field

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

ERROR_TEXTS = ("Något gick fel", "Something went wrong")


@dataclass
class Widget:
    """A widget seen in the last run: its id, kind, label, and what values it can take."""

    id: str
    kind: str
    label: str
    options: list[str] = field(default_factory=list)
    lo: float = 0.0
    hi: float = 0.0
    step: float = 1.0
    value: object = None


@dataclass
class RunResult:
    """One rerun: how long from the request to `script_finished`, and what went wrong."""

    seconds: float
    ok: bool
    error: str = ""
    widgets: dict[str, Widget] = field(default_factory=dict)


class Visitor:
    """One visitor's websocket session."""

    def __init__(self, base_url: str, timeout: float = 60.0, headers: dict[str, str] | None = None,
                 resume: str = ""):
        self.headers = dict(headers or {})  # e.g. {"Cookie": "LARARSERVER=r2"}: a balancer's sticky-session cookie
        self.resume = resume  # a session id to ask for again, as a browser does when it reconnects
        self.ws_url = base_url.replace("http://", "ws://").rstrip("/") + "/_stcore/stream"
        self.origin = base_url.rstrip("/")
        self.timeout = timeout
        self.pages: dict[str, str] = {}  # url path → page script hash ("start" for the default page)
        self.ws = None
        self.widgets: dict[str, Widget] = {}
        self.states: dict[str, WidgetState] = {}
        self.once: set[str] = set()  # widget ids whose state is sent with the next run only (button presses)
        self.texts: list[str] = []  # the Markdown, alerts and captions the last run showed
        self.session_id = ""

    async def __aenter__(self) -> Visitor:
        # Streamlit reads the subprotocol list as ["streamlit", XSRF token, session id to resume].
        protocols = ["streamlit", "PLACEHOLDER_AUTH_TOKEN", self.resume] if self.resume else ["streamlit"]
        self.ws = await websockets.connect(self.ws_url, subprotocols=protocols, origin=self.origin,
                                           max_size=None, open_timeout=self.timeout,
                                           additional_headers=self.headers or None)
        return self

    async def __aexit__(self, *exc) -> None:
        if self.ws is not None:
            await self.ws.close()

    async def run(self, page: str | None = None, query: str = "lang=sv") -> RunResult:
        """Rerun the script (on `page`, a url path like "karta") with the current widget states."""
        msg = BackMsg()
        msg.rerun_script.query_string = query
        if page is not None:
            msg.rerun_script.page_script_hash = self.pages.get(page, "")
            msg.rerun_script.page_name = page
        for state in self.states.values():
            msg.rerun_script.widget_states.widgets.append(state)
        for wid in self.once:
            self.states.pop(wid, None)
        self.once.clear()
        start = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        widgets: dict[str, Widget] = {}
        texts: list[str] = []
        error = ""
        try:
            while True:
                data = await asyncio.wait_for(self.ws.recv(), self.timeout)
                fm = ForwardMsg()
                fm.ParseFromString(data)
                kind = fm.WhichOneof("type")
                if kind == "navigation":
                    for p in fm.navigation.app_pages:
                        self.pages[p.url_pathname or "start"] = p.page_script_hash
                elif kind == "new_session":
                    self.session_id = fm.new_session.initialize.session_id
                elif kind == "delta":
                    error = error or _delta_error(fm)
                    texts.extend(_texts(fm))
                    w = _widget(fm)
                    if w is not None:
                        widgets[w.label] = w
                elif kind == "script_finished":
                    status = ForwardMsg.ScriptFinishedStatus.Name(fm.script_finished)
                    if status in ("FINISHED_SUCCESSFULLY", "FINISHED_FRAGMENT_RUN_SUCCESSFULLY"):
                        break
                    if status == "FINISHED_EARLY_FOR_RERUN":
                        continue
                    error = error or status
                    break
        except (TimeoutError, websockets.ConnectionClosed) as exc:
            error = f"{type(exc).__name__}"
        seconds = time.perf_counter() - start
        self.widgets, self.texts = widgets, texts
        return RunResult(seconds, not error, error, widgets)

    def change(self, label_pattern: str) -> bool:
        """Set the first widget whose label matches to its next value (selectbox/radio) or a new slider value."""
        rx = re.compile(label_pattern, re.IGNORECASE)
        for w in self.widgets.values():
            if not rx.search(w.label):
                continue
            state = WidgetState(id=w.id)
            if w.kind in ("selectbox", "radio") and len(w.options) > 1:
                # Both send the option's text in this Streamlit version (string_value, as the browser does).
                current = w.value if isinstance(w.value, int) else 0
                state.string_value = w.options[(current + 1) % len(w.options)]
            elif w.kind == "slider" and w.hi > w.lo:
                current = w.value if isinstance(w.value, float) else w.lo
                nxt = current + w.step
                state.double_array_value.data.append(nxt if nxt <= w.hi else w.lo)
            else:
                continue
            self.states[w.id] = state
            return True
        return False

    def type(self, label_pattern: str, text: str) -> bool:
        """Type `text` into the first text input whose label matches (sent with every later run)."""
        for w in self.widgets.values():
            if w.kind == "text_input" and re.search(label_pattern, w.label, re.IGNORECASE):
                self.states[w.id] = WidgetState(id=w.id, string_value=text)
                return True
        return False

    def press(self, label_pattern: str) -> bool:
        """Press the first button (or form submit button) whose label matches, for the next run only."""
        for w in self.widgets.values():
            if w.kind == "button" and re.search(label_pattern, w.label, re.IGNORECASE):
                self.states[w.id] = WidgetState(id=w.id, trigger_value=True)
                self.once.add(w.id)
                return True
        return False

    def hold_shown(self) -> None:
        """Keep the values of the widgets the last run showed, as a browser does (it sends them with every rerun,
        and again after a reconnect): selectboxes and radios by option text, sliders, text inputs."""
        for w in self.widgets.values():
            if w.id in self.states:
                continue
            if w.kind in ("selectbox", "radio") and w.options and isinstance(w.value, int):
                self.states[w.id] = WidgetState(id=w.id, string_value=w.options[w.value])
            elif w.kind == "slider" and isinstance(w.value, float):
                state = WidgetState(id=w.id)
                state.double_array_value.data.append(w.value)
                self.states[w.id] = state
            elif w.kind == "text_input" and isinstance(w.value, str):
                self.states[w.id] = WidgetState(id=w.id, string_value=w.value)

    def forget_widgets(self) -> None:
        """Clear widget states (a page switch: the new page's widgets start from their defaults)."""
        self.states.clear()


def _delta_error(fm: ForwardMsg) -> str:
    if fm.delta.WhichOneof("type") != "new_element":
        return ""
    el = fm.delta.new_element
    kind = el.WhichOneof("type")
    if kind == "exception":
        return f"exception: {el.exception.type}"
    if kind == "alert" and any(t in el.alert.body for t in ERROR_TEXTS):
        return "error box"
    return ""


def _texts(fm: ForwardMsg) -> list[str]:
    """What a delta shows as text: Markdown (headings, captions, notes) and alerts."""
    if fm.delta.WhichOneof("type") != "new_element":
        return []
    el = fm.delta.new_element
    kind = el.WhichOneof("type")
    if kind == "markdown":
        return [el.markdown.body]
    if kind == "alert":
        return [el.alert.body]
    if kind == "heading":
        return [el.heading.body]
    return []


def _widget(fm: ForwardMsg) -> Widget | None:
    if fm.delta.WhichOneof("type") != "new_element":
        return None
    el = fm.delta.new_element
    kind = el.WhichOneof("type")
    if kind == "selectbox":
        p = el.selectbox
        value = list(p.options).index(p.raw_value) if p.raw_value in p.options else p.default
        return Widget(p.id, kind, p.label, list(p.options), value=value)
    if kind == "radio":
        p = el.radio
        return Widget(p.id, kind, p.label, list(p.options), value=p.default)
    if kind == "text_input":
        return Widget(el.text_input.id, kind, el.text_input.label, value=el.text_input.value)
    if kind == "button":
        return Widget(el.button.id, kind, el.button.label)
    if kind == "slider":
        p = el.slider
        value = float(p.value[0]) if len(p.value) else (float(p.default[0]) if len(p.default) else p.min)
        return Widget(p.id, kind, p.label, lo=p.min, hi=p.max, step=p.step or 1.0, value=value)
    return None
