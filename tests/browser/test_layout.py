"""Layout a reader sees on a phone and on a desktop: nothing needs sideways scrolling, and timelines
are drawn at a size where their labels can be read."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect

from tests.browser.conftest import Site

PHONE = {"width": 390, "height": 844}


@pytest.mark.parametrize("path", ["claims/", "zh/claims/"])
def test_claims_tables_fit_a_phone_without_sideways_scrolling(browser: Browser, site: Site, path: str) -> None:
    context = browser.new_context(viewport=PHONE, base_url=site.url)
    try:
        page = context.new_page()
        page.goto(path)
        tables = page.locator("article table")
        expect(tables.first).to_be_visible()
        for n in range(tables.count()):
            table = tables.nth(n)
            overflow = table.evaluate("t => t.scrollWidth - t.closest('.md-typeset__table, article').clientWidth")
            assert overflow <= 1, f"{path}: table {n + 1} is {overflow} px wider than the column"
    finally:
        context.close()


def test_timelines_fill_the_column_and_share_one_scale(page, site: Site) -> None:
    page.goto("gather/")
    charts = page.locator("figure.timeline-figure svg.timeline")
    expect(charts).to_have_count(2)
    widths = [charts.nth(n).bounding_box()["width"] for n in range(2)]
    # The 0.4 s chart (sequential) and the 0.2 s one (gather()), at 1.2 px per ms plus the labels.
    assert widths[0] > widths[1], f"the 0.4 s chart is not wider than the 0.2 s one: {widths}"
    label = charts.first.locator("text.tl-label").first.bounding_box()
    assert label["height"] >= 10, f"lane labels are {label['height']:.0f} px tall"
