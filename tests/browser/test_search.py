"""Search, as a reader uses it: a query typed into the search box of a page, judged by the top results.

Each language searches only its own pages (Pagefind keeps one index per `<html lang>`). A Chinese
query is segmented into words and every word must match, so 后台任务 is not searched as 后台 alone;
English error messages, which Chinese pages keep in English, are found from Chinese pages too.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import MOUNT, page_language

TOP = 3

# (query, the page expected among the top results), typed on a page of the query's language.
ZH = [
    ("后台任务", "background-tasks/"),
    ("事件循环", "running-loops/"),
    ("信号量", "semaphore/"),
    ("限流", "rate-limits/"),
    ("任务组", "taskgroup/"),
    ("慢回调", "debug-mode/"),
    ("取消", "cancellation/"),
    ("超时", "timeouts/"),
    ("Starlette", "running-loops/"),  # written "FastAPI、Starlette": Chinese punctuation separates words
    ("Task was destroyed but it is pending!", "background-tasks/"),
    ("Event loop is closed", "running-loops/"),
]
EN = [
    ("TaskGroup", "taskgroup/"),
    ("Semaphore", "semaphore/"),
    ("gather", "gather/"),
    ("slow callback", "debug-mode/"),
    ("Task was destroyed but it is pending!", "background-tasks/"),
    ("Event loop is closed", "running-loops/"),
]


def search(page: Page, start: str, query: str) -> list[str]:
    """Type `query` into the search box of page `start`; the result pages' paths, best first."""
    page.goto(start)
    page.keyboard.press("/")  # opens the search dialog, as Material's does
    box = page.locator("input.md-search__input")
    expect(box).to_be_focused()
    box.fill(query)
    box.press("End")
    results = page.locator(".md-search-result__item")
    expect(results.first).to_be_visible(timeout=10_000)
    links = page.locator(".md-search-result__item > .md-search-result__link:first-child")
    return links.evaluate_all("links => links.map(a => new URL(a.href).pathname)")


def site_path(path: str) -> str:
    return path.removeprefix(MOUNT)


@pytest.mark.parametrize(("query", "expected"), ZH, ids=[q for q, _ in ZH])
def test_chinese_query_on_a_chinese_page(page: Page, query: str, expected: str) -> None:
    found = [site_path(p) for p in search(page, "zh/", query)]
    assert all(page_language(p) == "zh" for p in found), f"{query!r} listed pages of another language: {found}"
    assert f"zh/{expected}" in found[:TOP], f"{query!r}: zh/{expected} is not in the top {TOP}: {found[:5]}"


@pytest.mark.parametrize(("query", "expected"), EN, ids=[q for q, _ in EN])
def test_english_query_on_an_english_page(page: Page, query: str, expected: str) -> None:
    found = [site_path(p) for p in search(page, "", query)]
    assert all(page_language(p) == "en" for p in found), f"{query!r} listed pages of another language: {found}"
    assert expected in found[:TOP], f"{query!r}: {expected} is not in the top {TOP}: {found[:5]}"


def test_result_opens_the_page(page: Page) -> None:
    search(page, "zh/", "信号量")
    page.locator("input.md-search__input").press("Enter")  # follows the first result
    page.wait_for_url("**/zh/semaphore/")
    expect(page.locator("#__search")).not_to_be_checked()
