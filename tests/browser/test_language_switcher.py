"""The language switcher takes the reader to the same page in the other language, and the page
says which language it is in (`<html lang>`), which screen readers and search engines rely on."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import LANGUAGES, PAGES, Site, page_id, page_language, translation

HTML_LANG = {"en": ("en",), "zh": ("zh", "zh-Hans", "zh-CN")}
LANGUAGE_NAME = {"en": "English", "zh": "简体中文"}


@pytest.mark.parametrize("path", PAGES, ids=page_id)
def test_switcher_lands_on_the_same_page(page: Page, site: Site, path: str) -> None:
    here = page_language(path)
    other = next(language for language in LANGUAGES if language != here)
    page.goto(path)
    page.locator(".md-header .md-select").hover()
    link = page.locator(f".md-header a.md-select__link[hreflang={other}]")
    expect(link).to_be_visible()
    expect(link).to_have_text(LANGUAGE_NAME[other])
    link.click()
    page.wait_for_load_state("load")
    assert page.url == site.url + translation(path, other), f"the {other} link on {path or 'home'} went elsewhere"
    # Every page is the landing page of its translation's switcher, so this checks <html lang> everywhere.
    assert page.evaluate("document.documentElement.lang") in HTML_LANG[other]


@pytest.mark.parametrize(
    "path", ["gather/#results-order", "reference/#snippets.clock.LoopClock", "zh/semaphore/#cap"], ids=page_id
)
def test_switcher_keeps_the_anchor(page: Page, site: Site, path: str) -> None:
    # Both languages have the same heading ids and API ids: the reader lands on the same section.
    here = page_language(path)
    other = next(language for language in LANGUAGES if language != here)
    page.goto(path)
    page.locator(".md-header .md-select").hover()
    page.locator(f".md-header a.md-select__link[hreflang={other}]").click()
    page.wait_for_load_state("load")
    assert page.url == site.url + translation(path, other), f"the {other} link on {path} went elsewhere"
    anchor = path.partition("#")[2]
    expect(page.locator(f"[id='{anchor}']")).to_be_in_viewport()
