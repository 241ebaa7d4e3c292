"""The palette toggle in the header, as a reader uses it: with the mouse and the keyboard, in both
languages, and a choice that follows the reader to the next page and to the other language.

The toggle is run by overrides/partials/javascripts/palette.html rather than by Material's palette
component (see overrides/partials/palette.html for why). The first visit, which follows the
operating system's preference, is checked on every page type by test_screenshots.py.
"""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import MOUNT, open_page

SCHEMES = {"light": "default", "dark": "slate"}
TOGGLE = "label.md-header__button[for^=__palette]:visible"
TITLES = {  # the visible toggle's title in each palette (mkdocs.yml, and its zh override)
    "en": {"default": "Switch to dark mode", "slate": "Switch to light mode"},
    "zh": {"default": "切换到深色模式", "slate": "切换到浅色模式"},
}


def palette(page: Page) -> dict[str, str]:
    """What a reader and the browser see of the palette now."""
    return page.evaluate(
        """() => ({
            scheme: document.body.dataset.mdColorScheme,
            toggle: document.querySelector("label[for^=__palette]:not([hidden])").title,
            colorScheme: document.querySelector("meta[name=color-scheme]").content,
            themeColor: document.querySelector("meta[name=theme-color]").content,
            header: getComputedStyle(document.querySelector("header")).backgroundColor,
        })"""
    )


# Records each time <body> gains (true) or loses (false) data-md-color-switching, in window.switching.
WATCH_SWITCHING = """() => {
    window.switching = []
    new MutationObserver(records => records.forEach(record => window.switching.push(record.oldValue === null)))
        .observe(document.body, {attributeFilter: ["data-md-color-switching"], attributeOldValue: true})
}"""


def rgb(hex_colour: str) -> str:
    return "rgb({}, {}, {})".format(*(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)))


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("start", SCHEMES)
def test_a_click_switches_the_palette_and_the_choice_is_kept(page: Page, language: str, start: str) -> None:
    page.emulate_media(color_scheme=start)
    prefix = "" if language == "en" else "zh/"
    open_page(page, f"{prefix}gather/")
    other = next(scheme for scheme in SCHEMES.values() if scheme != SCHEMES[start])
    assert palette(page)["toggle"] == TITLES[language][SCHEMES[start]]
    # Both palettes have the same header colour: blanked, theme-color must be written again.
    page.evaluate("document.querySelector('meta[name=theme-color]').content = ''")
    page.evaluate(WATCH_SWITCHING)
    page.locator(TOGGLE).click()
    now = palette(page)
    assert now["scheme"] == other
    assert now["toggle"] == TITLES[language][other]
    assert now["colorScheme"] == ("dark" if other == "slate" else "light")
    assert rgb(now["themeColor"]) == now["header"], "the browser's toolbar colour is not the header's"
    # Transitions are off while the colours change, and only then (Material's data-md-color-switching).
    expect(page.locator("body")).not_to_have_attribute("data-md-color-switching", "")
    assert page.evaluate("window.switching") == [True, False]
    # Kept on the next page, and in the other language, against the system's preference.
    open_page(page, "errors/")
    assert palette(page)["scheme"] == other
    open_page(page, "zh/")
    assert palette(page)["scheme"] == other


def test_enter_on_the_focused_toggle_switches_and_keeps_focus(page: Page) -> None:
    page.emulate_media(color_scheme="light")
    open_page(page, "")
    page.focus("#__palette_0")
    page.keyboard.press("Enter")
    assert palette(page)["scheme"] == "slate"
    assert page.evaluate("document.activeElement.id") == "__palette_1"
    page.keyboard.press("Enter")
    assert palette(page)["scheme"] == "default"
    assert page.evaluate("document.activeElement.id") == "__palette_0"


def test_a_choice_stored_by_material_is_kept(page: Page) -> None:
    # Readers who chose a palette before the toggle left Material's component have it stored in
    # Material's format, under Material's key (__md_set("__palette"), scoped to the site's path).
    page.emulate_media(color_scheme="light")
    stored = {"index": 1, "color": {"media": "(prefers-color-scheme: dark)", "scheme": "slate"}}
    page.add_init_script(f"localStorage.setItem({json.dumps(MOUNT + '.__palette')}, {json.dumps(json.dumps(stored))})")
    open_page(page, "gather/")
    assert palette(page)["scheme"] == "slate"
    assert palette(page)["toggle"] == TITLES["en"]["slate"]


def test_with_storage_blocked_the_toggle_still_switches(page: Page) -> None:
    # As with cookies blocked in Chromium's settings: localStorage throws. The choice cannot be kept,
    # but the toggle a reader can see must still work.
    page.add_init_script(
        "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('blocked', 'SecurityError') }})"
    )
    page.emulate_media(color_scheme="light")
    open_page(page, "gather/")
    assert palette(page)["scheme"] == "default"
    page.locator(TOGGLE).click()
    assert palette(page)["scheme"] == "slate"
    assert palette(page)["toggle"] == TITLES["en"]["slate"]
