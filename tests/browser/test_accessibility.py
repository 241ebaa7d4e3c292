"""Accessibility: axe-core finds nothing serious or critical on any page (in both palettes on one
page of each kind), and the keyboard alone reaches search, the language switcher and the copy buttons.

Material's defaults had two serious findings, fixed with small theme overrides rather than by
turning rules off: the search dialog had no accessible name (overrides/partials/search.html), and
the footer text was 4.47:1 against its background (overrides/assets/stylesheets/published.css).
Code colours under 4.5:1 and links told apart by colour alone are fixed in the same stylesheet.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from tests.browser.conftest import PAGES, page_id

BLOCKING = {"serious", "critical"}
PALETTES = {"light": "default", "dark": "slate"}
axe = Axe()


def describe(violations: list[dict]) -> str:
    return "\n".join(
        f"{v['impact']}: {v['id']} ({v['help']}) at {[n['target'] for n in v['nodes'][:3]]}" for v in violations
    )


# Every page in the light palette; the dark palette on one page of each kind (same templates, same
# code colours), which halves the time without leaving a palette unchecked.
DARK_TOO = {"", "gather/", "claims/", "reference/", "glossary/"}


@pytest.mark.parametrize("path", PAGES, ids=page_id)
def test_axe_finds_nothing_serious(page: Page, path: str) -> None:
    page.emulate_media(color_scheme="light")
    page.goto(path)
    page.wait_for_load_state("load")
    palettes = PALETTES if path.removeprefix("zh/") in DARK_TOO else {"light": PALETTES["light"]}
    found, measured = {}, []
    for palette, scheme in palettes.items():
        if palette != "light":  # the palette toggle in the header, as a reader switches
            page.locator("label.md-header__button[for^=__palette]:visible").click()
        expect(page.locator("body")).to_have_attribute("data-md-color-scheme", scheme)
        # Settled, as a reader's next look would be: code blocks are checked again a frame and a task
        # after they start or stop being rendered (partials/javascripts/scrollable-code.html), and
        # the previous run may have changed which are. Before this wait, gather's dark run found a
        # block that scrolls without its tabindex in one CI run (cause not confirmed: see measure).
        page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done))))")
        results = axe.run(page)
        found[palette] = [v for v in results.response["violations"] if v["impact"] in BLOCKING]
        measured += measure(page, found[palette])
    failures = [f"{p}: {describe(v)}" for p, v in found.items() if v]
    assert not failures, "\n".join(failures + measured)


def measure(page: Page, violations: list[dict]) -> list[str]:
    """How each block axe found scrolling without a tabindex is laid out now. gather's dark run
    failed this way once in CI, never here: if it comes back, the failure says more."""
    targets = [n["target"][0] for v in violations if v["id"] == "scrollable-region-focusable" for n in v["nodes"]]
    script = """selector => {
        const e = document.querySelector(selector), s = getComputedStyle(e)
        return `${selector}: scroll ${e.scrollWidth}x${e.scrollHeight}, client ${e.clientWidth}x${e.clientHeight}, `
            + `tabindex ${e.getAttribute("tabindex")}, font ${s.fontSize} ${s.fontFamily}, `
            + `window scrolled to ${scrollX},${scrollY}`
    }"""
    return [page.evaluate(script, target) for target in targets if isinstance(target, str)]


def test_axe_finds_nothing_serious_on_the_404_page(page: Page) -> None:
    page.goto("no-such-page/")
    results = axe.run(page)
    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING]
    assert not blocking, describe(blocking)


def focus_path(page: Page, presses: int) -> list[str]:
    """What Tab reaches from the top of the page, in order, as short descriptions."""
    reached = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        reached.append(
            page.evaluate(
                """() => {
                const e = document.activeElement
                if (e.matches('input.md-search__input')) return 'search'
                if (e.closest('.md-header .md-select')) return 'language'
                if (e.matches('button.md-code__button[data-md-type=copy]')) return 'copy'
                return e.tagName.toLowerCase()
            }"""
            )
        )
    return reached


@pytest.mark.parametrize("path", ["gather/", "zh/gather/"], ids=page_id)
def test_keyboard_reaches_search_language_and_copy(page: Page, path: str) -> None:
    page.goto(path)
    page.wait_for_load_state("networkidle")  # copy buttons are added by script
    reached = focus_path(page, 80)
    for stop in ("search", "language", "copy"):
        assert stop in reached, f"Tab never reaches the {stop} control: {reached}"
    # The language menu opens from the keyboard too: its links become visible when focused.
    page.goto(path)
    while page.evaluate("!document.activeElement.closest('.md-header .md-select')"):
        page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.matches('a.md-select__link')")
    assert page.locator("a.md-select__link:focus").is_visible()


@pytest.mark.parametrize("path", ["errors/", "zh/errors/", "gather/"], ids=page_id)
def test_code_blocks_that_scroll_sideways_are_focusable_before_they_render(page: Page, path: str) -> None:
    # Material sets a code block up (tabindex when it scrolls sideways) only as it comes into view,
    # and a block far off screen is not rendered (content-visibility), so it measures as not
    # scrolling: partials/javascripts/scrollable-code.html decides for those. axe cannot tell (to it, a
    # block not yet rendered does not scroll), so the truth here is every block rendered and measured.
    page.goto(path)
    page.wait_for_load_state("load")
    focusable = page.eval_on_selector_all("pre > code", "blocks => blocks.map(b => b.tabIndex === 0)")
    scrolls = page.eval_on_selector_all(
        "pre > code",
        """blocks => {
            blocks.forEach(b => { b.style.contentVisibility = "visible" })
            return blocks.map(b => b.offsetWidth > 0 && b.scrollWidth > b.offsetWidth)
        }""",
    )
    assert any(scrolls), "no code block scrolls sideways here: the test checks nothing"
    wrong = [i for i, (f, s) in enumerate(zip(focusable, scrolls, strict=True)) if f != s]
    assert not wrong, (
        f"{len(wrong)} of {len(scrolls)} code blocks are focusable but do not scroll, or the reverse: {wrong}"
    )
