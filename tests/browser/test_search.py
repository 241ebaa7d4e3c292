"""Search finds Chinese and English terms, typed into the search box of a Chinese or an English page.

Chinese has no spaces: the index is segmented with jieba at build time, and the search box splits
the query the same way, so a term like 信号量 is found as a word, not missed.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import MOUNT, page_language

TERMS = [("事件循环", "zh"), ("信号量", "zh"), ("协程", "zh"), ("gather", "en"), ("Semaphore", "en")]


@pytest.mark.parametrize("start", ["", "zh/"], ids=["from-en-page", "from-zh-page"])
@pytest.mark.parametrize(("term", "language"), TERMS, ids=[t for t, _ in TERMS])
def test_search_finds_the_term(page: Page, start: str, term: str, language: str) -> None:
    page.goto(start)
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(term)
    box.press("End")  # Material searches on keyup
    results = page.locator(".md-search-result__item")
    expect(results.first).to_be_visible(timeout=10_000)
    hits = page.locator(".md-search-result__link").evaluate_all(
        "links => links.map(a => [new URL(a.href).pathname, a.innerText.replaceAll('\u200b', '')])"
    )
    found = [(path, text) for path, text in hits if page_language(path.removeprefix(MOUNT)) == language]
    assert found, f"no {language} page found for {term!r}: {hits[:5]}"
    assert any(term.lower() in text.lower() for _, text in found), f"{term!r} is not in the results: {found[:3]}"
