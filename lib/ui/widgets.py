"""Shared widgets: the page header with demo banner and source, year and indicator pickers, downloads.

Pickers are keyed and kept in the URL by their stable keys (`lib.ui.links`) so a link reopens the same view.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NoReturn

import altair as alt
import pandas as pd
import streamlit as st

from lib import dataset, display
from lib.dataset import Dataset
from lib.documents import exports
from lib.i18n import column_label, fmt_school_year, has, t
from lib.screens.parts import Table
from lib.text import inert
from lib.ui import links, state


def source_line(data: Dataset, lang: str) -> str:
    """"Källa: …" for the active dataset, shown under figures and charts (`lib.dataset.source_line`)."""
    return dataset.source_line(data, lang)


def source_caption(source: str) -> None:
    """The source line as a caption under a screen's figures (uploaded files' names shown as they are written)."""
    st.caption(inert(source))


def file_lines(data: Dataset | None, lang: str) -> tuple[str, ...]:
    """What a file that leaves the app says about its data: the source line and, for the demo, the fiction label."""
    return exports.provenance(data, lang)


def demo_banner(data: Dataset | None, lang: str) -> None:
    """The "fiktiva demodata" notice, on every screen where demo data shows."""
    if data is not None and data.is_demo:
        st.info(t("banner.demo", lang), icon=":material/science:")
    elif data is not None and data.source.kind == "upload":  # every screen says whose data it shows (issue 16)
        st.caption(t("banner.active", lang, source=inert(dataset.source_line(data, lang))))


def bullets(lines: Sequence[str]) -> None:
    """Sentences as bullets, one element each (nothing for none)."""
    for line in lines:
        st.markdown(f"- {line}")


def page_header(title_key: str, lang: str, data: Dataset | None = None, intro_key: str | None = None) -> None:
    """Title, optional one-paragraph intro, and the demo banner."""
    st.title(t(title_key, lang))
    if intro_key:
        st.markdown(t(intro_key, lang))
    demo_banner(data, lang)


class Halt(BaseException):  # like Streamlit's own StopException: a control signal, caught by no "except Exception"
    """A screen has drawn all it can for the data or the choices it has (`halt`)."""


def halt() -> NoReturn:
    """End the screen here, as st.stop() would, but leave the run to the frame: the link layer then still writes
    the link that reopens this view (after st.stop() nothing more can be drawn in the run)."""
    raise Halt


def require_data(lang: str) -> Dataset:
    """The active dataset, or a friendly stop when there is none or it is empty."""
    data = state.active_dataset()
    if data is None or data.frame.empty:
        st.warning(t("common.no_data", lang))
        halt()
    return data


def school_year(data: Dataset, lang: str, key: str = "year", columns: Sequence[str] = (),
                default: int | None = None) -> int:
    """A school-year selectbox (`default`, else the latest year with `columns`, first), kept in the URL as `year`."""
    years = data.school_years
    default = default if default in years else data.latest_year(tuple(columns)) or years[-1]
    return links.selectbox(t("common.school_year", lang), years, param="year", key=key, lang=lang, default=default,
                           label_of=fmt_school_year)


def indicator_picker(options: Sequence[str], lang: str, key: str = "indicator", default: str | None = None,
                     label_key: str = "common.indicator") -> str:
    """A selectbox of canonical indicator columns, labelled in the user's language, kept in the URL as
    `indicator` (its column name)."""
    options = list(options)
    return links.selectbox(t(label_key, lang), options, param="indicator", key=key, lang=lang,
                           default=default if default in options else options[0], label_of=column_label)


def dataframe(table: Table | pd.DataFrame, **kwargs) -> None:
    """`st.dataframe` of a screen's table, every cell written in the visitor's language (`lib.display`: decimal
    comma, no-break space, "–" for missing) while the values stay numbers, so a column still sorts by value."""
    frame = table.frame if isinstance(table, Table) else table
    shown = display.styled(frame, state.lang())
    # The grid draws a missing number with its own placeholder ("None" by default), not with the Styler's text.
    kwargs.setdefault("placeholder", display.MISSING)
    if isinstance(shown, pd.DataFrame) and "column_config" not in kwargs:  # too large to style on every rerun
        kwargs["column_config"] = {c: st.column_config.NumberColumn(format="localized")
                                   for c in display.numeric_columns(frame)}
    st.dataframe(shown, **kwargs)


def table_with_downloads(table: Table | pd.DataFrame, name: str, lang: str, key: str, **dataframe_kwargs) -> None:
    """Show a table and offer it as CSV and Excel (formula cells neutralised, numbers kept numbers)."""
    dataframe(table, hide_index=True, **dataframe_kwargs)
    frame = table.frame if isinstance(table, Table) else table
    c1, c2 = st.columns(2)
    lines = file_lines(state.active_dataset(), lang)
    c1.download_button(t("common.download_csv", lang), data=lambda: exports.to_csv_bytes(frame, lang, lines),
                       file_name=f"{name}.csv", mime="text/csv", key=f"{key}_csv", on_click="ignore",
                       icon=":material/download:")
    c2.download_button(t("common.download_xlsx", lang),
                       data=lambda: exports.to_excel_bytes(frame, name, lines, lang),
                       file_name=f"{name}.xlsx", key=f"{key}_xlsx", on_click="ignore",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       icon=":material/download:")


def chart(chart_obj: alt.TopLevelMixin | dict, name: str, lang: str, key: str, alt_text: str,
          table: pd.DataFrame | None = None, **kwargs) -> object:
    """Show a chart (an Altair chart, or a Vega-Lite spec dict with named datasets such as the maps) with a
    text alternative, PNG/SVG downloads (rendered only when asked for) and optionally its table view."""
    from lib.charts import render

    if not isinstance(chart_obj, dict):
        chart_obj = render.to_spec(chart_obj)
    event = st.vega_lite_chart(chart_obj, width="stretch", key=key, **kwargs)
    st.caption(alt_text)
    c1, c2 = st.columns(2)
    lines = file_lines(state.active_dataset(), lang)
    c1.download_button(t("common.download_png", lang),
                       data=lambda: render.to_png(render.for_file(render.spec_of(chart_obj), lines)),
                       file_name=f"{name}.png", mime="image/png", key=f"{key}_png", on_click="ignore",
                       icon=":material/image:")
    c2.download_button(t("common.download_svg", lang),
                       data=lambda: render.to_svg(render.for_file(render.spec_of(chart_obj), lines)),
                       file_name=f"{name}.svg", mime="image/svg+xml", key=f"{key}_svg", on_click="ignore",
                       icon=":material/image:")
    if table is not None:
        with st.expander(t("common.show_table", lang)):
            dataframe(table, hide_index=True)
    return event


def dataset_sentence(data: Dataset, lang: str) -> str:
    """The active dataset in one sentence (kind, units, municipalities, school years)."""
    from lib.screens import start

    return start.describe(data, lang)


def screen_links(lang: str) -> None:
    """A link with a one-line purpose for every screen (except Start itself), keeping the language."""
    from lib.ui import pages

    for _section, path, title, icon, url in pages.available():
        if url == "start" or not has(f"start.link.{url}"):
            continue
        st.page_link(path, label=f"**{t(title, lang)}** – {t(f'start.link.{url}', lang)}", icon=icon,
                     query_params={"lang": lang})
