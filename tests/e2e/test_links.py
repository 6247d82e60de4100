"""A journalist shares a view: a link with the app's keys reopens the same view in a fresh browser in either
language, on every screen with choices; the screen's own "link to this view" reopens it; links shared before the
keys (skola, kommun, huvudman, "2024/25") still open; Karta opens fitted to its municipalities and zooms out."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from lib.i18n import column_label
from tests.e2e.conftest import goto, screenshot, start_server, stop_server, wait_for_app


@pytest.fixture(scope="module")
def app_url() -> Iterator[str]:
    """A server of its own with an empty register: what other browser tests register would replace the demo's
    interventions (INS-002) in the Insatser follow-up."""
    proc, url = start_server({"LARARRESURSER_VAR_DIR": tempfile.mkdtemp(prefix="lararresurser-links-")})
    try:
        yield url
    finally:
        stop_server(proc)


ASPHOJDEN = "99103108"  # Asphöjdens skola (fiktiv), Göteborgs kommun, in the demo
PICK = "Välj en skola (eller klicka på kartan)"
DOTS = ".vega-embed svg g.mark-symbol.role-mark path"  # the schools drawn on the map

# Screen → a link's choices, and a text each language must show for them (in a picker or on the screen).
VIEWS = {
    "likvardighet": ("indicator=pupils_per_teacher&year=2023", {"sv": "Elever per lärare", "en": "Pupils per teacher"}),
    "karta": (f"mode=deviation&indicator=pupils_per_teacher&year=2023&municipality=1480&school={ASPHOJDEN}",
              {"sv": "Asphöjdens skola (fiktiv)", "en": "Asphöjdens skola (fiktiv)"}),
    "profiler": ("year=2023&k=4", {"sv": "Profil 4", "en": "Profile 4"}),
    "klasser": ("school=99100185", {"sv": "99100185", "en": "99100185"}),
    "forstelarare": ("year=2022&organizer=all&alpha=2&mode=redistribute",
                     {"sv": "Fördela om alla", "en": "Redistribute all"}),
    "skolblad": (f"school={ASPHOJDEN}&year=2023", {"sv": "Skolblad: Asphöjdens skola (fiktiv)",
                                                    "en": "School sheet: Asphöjdens skola (fiktiv)"}),
    "insatser": ("intervention=INS-002&indicator=pupils_per_teacher",
                 {"sv": "INS-002", "en": "INS-002"}),
}


def choices(page: Page) -> dict[str, str]:
    """What each picker of the screen shows: label → shown value (selectbox, multiselect, slider, radio)."""
    return page.evaluate("""() => {
        const root = document.querySelector('[data-testid="stMain"]') || document;
        const out = {};
        const kinds = '[data-testid="stSelectbox"], [data-testid="stMultiSelect"], [data-testid="stSlider"], '
                    + '[data-testid="stRadio"]';
        for (const el of root.querySelectorAll(kinds)) {
            const labelEl = el.querySelector('[data-testid="stWidgetLabel"]');
            const label = labelEl ? labelEl.innerText.trim() : '';
            let value;
            if (el.matches('[data-testid="stRadio"]')) {
                const checked = el.querySelector('input:checked');
                value = checked ? checked.closest('label').innerText.trim() : '';
            } else if (el.matches('[data-testid="stSlider"]')) {
                const thumb = el.querySelector('[data-testid="stSliderThumbValue"]');
                value = thumb ? thumb.innerText.trim() : '';
            } else if (el.matches('[data-testid="stMultiSelect"]')) {
                value = [...el.querySelectorAll('[data-tag] span[title]')].map(t => t.title).join(', ');
            } else {
                const input = el.querySelector('input[role="combobox"]');
                value = input ? (input.value || input.placeholder) : '';  // None shows as the placeholder
            }
            out[label] = value;
        }
        return out;
    }""")


def copy_link(page: Page) -> str:
    """The screen's "link to this view" (the last code block, which has a copy button)."""
    block = page.get_by_test_id("stCode").last
    expect(block).to_be_visible()
    return block.inner_text().strip()


def fresh(browser: Browser) -> Page:
    """A new browser context: nothing of another visit's session."""
    context = browser.new_context(locale="sv-SE", viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.set_default_timeout(60_000)
    return pg


def query_of(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_issue_link_reopens_likvardighet_in_a_fresh_browser(page: Page, app_url: str, lang: str):
    goto(page, f"{app_url}/likvardighet?lang={lang}&indicator=pupils_per_teacher&year=2023")
    shown = choices(page)
    indicator = "Indikator" if lang == "sv" else "Indicator"
    year = "Läsår" if lang == "sv" else "School year"
    assert shown[indicator] == column_label("pupils_per_teacher", lang), shown
    assert shown[year] == "2023/24", shown
    expect(page.get_by_test_id("stMarkdown").filter(has_text="2023/24").first).to_be_visible()  # the findings
    assert query_of(page.url)["indicator"] == ["pupils_per_teacher"]  # the key, not a label
    screenshot(page, f"link-likvardighet-{lang}")


@pytest.mark.parametrize("screen", list(VIEWS))
def test_every_screen_reopens_from_its_keys_and_from_its_own_copy_link(browser: Browser, app_url: str, screen: str):
    query, expected = VIEWS[screen]
    shown: dict[str, dict[str, str]] = {}
    for lang in ("sv", "en"):
        pg = fresh(browser)
        try:
            goto(pg, f"{app_url}/{screen}?{query}&lang={lang}")
            shown[lang] = choices(pg)
            if not any(expected[lang].casefold() in value.casefold() for value in shown[lang].values()):
                expect(pg.get_by_text(expected[lang], exact=False).first).to_be_visible()
            link = copy_link(pg)
        finally:
            pg.context.close()
        assert link.startswith(f"{app_url}/{screen}?"), link  # absolute
        written = query_of(link)
        for key, values in parse_qs(query).items():
            assert written[key] == values, (key, link)  # every choice written out, as keys
        assert written["lang"] == [lang] and written["data"] == ["demo"]
        again = fresh(browser)
        try:
            goto(again, link)
            assert choices(again) == shown[lang], screen  # the copy link reopens the same view
        finally:
            again.context.close()
    # The same choices in both languages: the same number of pickers, and the language-free ones agree.
    assert len(shown["sv"]) == len(shown["en"])
    assert sorted(v for v in shown["sv"].values() if re.fullmatch(r"[\d/,. ]+", v)) == \
        sorted(v for v in shown["en"].values() if re.fullmatch(r"[\d/,. ]+", v))


def test_links_shared_before_the_keys_still_open(page: Page, app_url: str):
    goto(page, f"{app_url}/karta?kommun=1480&huvudman={quote('Göteborgs kommun')}&year=2024/25"
               f"&skola={quote('Asphöjdens skola (fiktiv)')}")
    shown = choices(page)
    assert "Göteborg" in shown["Kommuner"] and "Göteborgs kommun" in shown["Huvudmän"], shown
    assert shown["Läsår"] == "2024/25" and shown[PICK] == "Asphöjdens skola (fiktiv)", shown
    written = query_of(page.url)
    assert written["municipality"] == ["1480"] and written["school"] == [ASPHOJDEN] and "skola" not in written

    goto(page, f"{app_url}/skolblad?skola={quote(f'Asphöjdens skola (fiktiv) ({ASPHOJDEN})')}&year=2023/24")
    expect(page.get_by_role("heading", name="Skolblad: Asphöjdens skola (fiktiv)")).to_be_visible()
    assert choices(page)["Läsår"] == "2023/24"


def test_karta_opens_fitted_to_its_municipalities_and_zooms_out_to_the_country(page: Page, app_url: str):
    drawn = "document.querySelectorAll('.vega-embed svg g.mark-shape.role-mark path').length"  # boundaries
    goto(page, f"{app_url}/karta?municipality=1480")
    page.wait_for_function(f"{drawn} > 0 && document.querySelectorAll({DOTS!r}).length > 10")
    assert page.evaluate(drawn) == 1  # Göteborg alone fills the map
    screenshot(page, "link-karta-one-municipality")
    page.get_by_test_id("stRadio").filter(has_text="Kartutsnitt").get_by_text("Hela Sverige").click()
    wait_for_app(page)
    page.wait_for_function(f"{drawn} >= 290")
    assert query_of(page.url)["extent"] == ["country"]
    screenshot(page, "link-karta-country")


def test_a_school_clicked_on_the_map_goes_into_the_picker_and_the_url(page: Page, app_url: str):
    goto(page, f"{app_url}/karta?municipality=1480")
    assert choices(page)[PICK] == "– ingen vald –"
    dots = page.locator(DOTS)
    page.wait_for_function(f"document.querySelectorAll({DOTS!r}).length > 10")
    dots.nth(5).click(force=True)
    wait_for_app(page)
    page.wait_for_function("() => new URL(location.href).searchParams.get('school') !== null", timeout=30_000)
    school = query_of(page.url)["school"][0]
    assert re.fullmatch(r"\d{8}", school)
    assert choices(page)[PICK] != "– ingen vald –"
    expect(page.get_by_text(f"({school})").first).to_be_visible()
    screenshot(page, "link-karta-clicked-school")
