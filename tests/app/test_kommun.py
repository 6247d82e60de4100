"""AppTest: the Kommun screen on the bundled real municipality data (a link with a code opens a municipality's own
view, in Swedish and English), on the demo's school data (it says what it needs), and Karta's choropleth on the
real data."""

from __future__ import annotations

from functools import cache

from streamlit.testing.v1 import AppTest

from tests.app.conftest import APP, assert_no_errors


@cache
def sverige_data():
    from lib.sources import sverige

    return sverige.load()


def open_sverige(page: str, lang: str = "sv", query: dict[str, str] | None = None) -> AppTest:
    """The app on the real municipality data (`?data=sverige`; the dataset also set for the session, so the test
    holds whichever way the app reads the link), then `page`."""
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["_active_dataset"] = sverige_data()
    for k, v in {"lang": lang, "data": "sverige", **(query or {})}.items():
        at.query_params[k] = v
    at.run()
    at.switch_page(page).run()
    return at


def texts(at: AppTest) -> str:
    return "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption] + [h.value for h in at.header]
                     + [s.value for s in at.subheader])


def test_a_link_with_a_code_opens_the_municipalitys_own_view_in_swedish():
    at = open_sverige("app_pages/kommun.py", "sv", {"kommun": "0780"})
    assert_no_errors(at)
    assert "Växjö (0780)" in [h.value for h in at.header]
    text = texts(at)
    assert "i Växjö läsåret 2024/25" in text
    assert "kommunerna med liknande behov" in text and "samma behovskvartil" in text
    assert "Brott i statistiken" in text
    assert "Alla kommuner" in [h.value for h in at.header]
    assert len(at.metric) >= 4
    assert any(len(d.value) == 290 for d in at.dataframe)  # every municipality in the table
    assert at.selectbox[0].value == "0780"
    # its trend, its municipal and independent organisers over the years, the nation's need quartiles
    assert len(at.get("vega_lite_chart")) == 3
    assert "hos kommunala huvudmän och" in text


def test_the_municipality_alias_and_english():
    at = open_sverige("app_pages/kommun.py", "en", {"municipality": "780"})
    assert_no_errors(at)
    assert "Växjö (0780)" in [h.value for h in at.header]
    text = texts(at)
    assert "in Växjö in school year 2024/25" in text
    assert "All municipalities" in [h.value for h in at.header]
    assert at.query_params["municipality"] in (["0780"], "0780")  # the link key; `kommun` is its alias


def test_picking_a_municipality_shows_it_and_an_unknown_code_is_said():
    at = open_sverige("app_pages/kommun.py", "sv", {"kommun": "9999"})
    assert_no_errors(at)
    assert any("9999" in w.value for w in at.warning)
    assert not any("(0780)" in h.value for h in at.header)
    at.selectbox[0].set_value("1480").run()
    assert_no_errors(at)
    assert "Göteborg (1480)" in [h.value for h in at.header]


def test_on_school_data_the_screen_says_it_needs_municipality_data():
    from tests.app.conftest import open_page

    at = open_page("app_pages/kommun.py", "sv")  # the demo: schools
    assert_no_errors(at)
    assert any("data per kommun" in i.value for i in at.info)


def test_karta_draws_the_municipality_choropleth_of_the_real_data_with_its_source():
    at = open_sverige("app_pages/karta.py", "sv")
    assert_no_errors(at)
    captions = "\n".join(c.value for c in at.caption)
    assert "290 kommuner har värde" in captions
    assert "Källa" in captions
    assert len(at.get("vega_lite_chart")) >= 1
