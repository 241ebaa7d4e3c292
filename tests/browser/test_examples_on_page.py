"""Each executed example as a reader meets it: the source and its real output both on screen
without a click, every Python version's output reachable without JavaScript, a copy button that
copies exactly the example, and a link that downloads the example file itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from docsbuild.catalog import ROOT
from docsbuild.pages import Fence, fences, is_yes
from tests.browser.conftest import LANGUAGES, Site, page_id


def _pages_with_examples() -> list[tuple[str, Path]]:
    found = []
    for language in LANGUAGES:
        docs = ROOT / "docs" / language
        for source in sorted(docs.rglob("*.md")):
            if any(f.executed for f in fences(source)):
                stem = source.relative_to(docs).with_suffix("")
                parts = stem.parts[:-1] if stem.name == "index" else stem.parts
                prefix = "" if language == LANGUAGES[0] else f"{language}/"
                found.append((prefix + "".join(f"{p}/" for p in parts), source))
    return found


PAGES_WITH_EXAMPLES = _pages_with_examples()


def executed(source: Path) -> list[Fence]:
    blocks = [f for f in fences(source) if f.executed]
    assert all(f.attrs.get("id") for f in blocks), f"{source}: every executed block has an id"
    return blocks


def example_block(page: Page, fence: Fence) -> Locator:
    """The element holding the block's code and its output."""
    return page.locator(f".exec-example[data-example='{fence.attrs['id']}']")


def source_of(block: Locator) -> Locator:
    return block.locator(":scope > .highlight")


def output_of(block: Locator) -> Locator:
    return block.locator(":scope > .result")


def recorded_outputs(example: Path) -> set[str]:
    """Every recorded output of the example: `<name>.out`, and `<name>.<version>.out` where a
    Python version prints something else (the page then shows one tab per version)."""
    return {p.read_text(encoding="utf-8").rstrip("\n") for p in example.parent.glob(f"{example.stem}*.out")}


@pytest.fixture(params=PAGES_WITH_EXAMPLES, ids=lambda p: page_id(p[0]))
def example_page(request: pytest.FixtureRequest, page: Page) -> tuple[Page, Path]:
    path, source = request.param
    page.goto(path)
    page.wait_for_load_state("load")
    return page, source


def test_source_and_output_are_both_shown_without_a_click(example_page: tuple[Page, Path]) -> None:
    page, source = example_page
    for fence in executed(source):
        block = example_block(page, fence)
        expect(block).to_have_count(1)
        code, output = source_of(block), output_of(block)
        block.scroll_into_view_if_needed()
        expect(code).to_be_visible()
        expect(output).to_be_visible()
        if is_yes(fence.attrs.get("html", "")):
            # Output rendered as HTML (a timeline drawing): it is there and says something.
            assert output.inner_text().strip(), f"{fence.where}: the output is empty"
            continue
        recorded = recorded_outputs(ROOT / fence.includes[0])
        if not recorded:
            # No interpreter here can run it (a 3.14-only example): the output says so instead.
            assert "3.14" in output.inner_text(), f"{fence.where}: no note says why nothing ran"
            continue
        shown = output.locator("code:visible").first.inner_text()
        assert shown.rstrip("\n") in recorded, f"{fence.where}: the output shown is not a recorded output"


def test_every_version_output_is_in_the_page_without_javascript(browser, site: Site) -> None:
    # Where versions print different things, each version's output is a CSS-only tab: with scripts
    # off, every one of them must still be in the page, each a recorded output.
    context = browser.new_context(java_script_enabled=False, base_url=site.url)
    try:
        page = context.new_page()
        for path, source in PAGES_WITH_EXAMPLES:
            page.goto(path)
            for fence in executed(source):
                if is_yes(fence.attrs.get("html", "")):
                    continue
                recorded = recorded_outputs(ROOT / fence.includes[0])
                output = output_of(example_block(page, fence))
                expect(output).to_be_visible()
                versions = output.locator(".tabbed-set > .tabbed-content > .tabbed-block")
                for n in range(versions.count()):
                    shown = versions.nth(n).locator("code").first.text_content() or ""
                    assert shown.rstrip("\n") in recorded, f"{fence.where}: version tab {n + 1} is not in the page"
    finally:
        context.close()


def test_copy_button_copies_exactly_the_example(example_page: tuple[Page, Path]) -> None:
    page, source = example_page
    for fence in executed(source):
        code = source_of(example_block(page, fence))
        code.hover()
        button = code.locator("button.md-code__button[data-md-type=copy]")
        expect(button).to_be_visible()
        page.evaluate("navigator.clipboard.writeText('')")
        button.click()
        copied = page.evaluate("navigator.clipboard.readText()")
        example = (ROOT / fence.includes[0]).read_text(encoding="utf-8")
        assert copied.rstrip("\n") == example.rstrip("\n"), f"{fence.where}: the copy button copied something else"


def test_download_link_serves_the_example_file(example_page: tuple[Page, Path], site: Site) -> None:
    page, source = example_page
    for fence in executed(source):
        link = example_block(page, fence).locator("xpath=following-sibling::*[1]").locator("a[download]")
        expect(link).to_have_count(1)
        response = page.request.get(link.evaluate("a => a.href"))
        assert response.ok, f"{fence.where}: download link {response.url} answers {response.status}"
        assert response.body() == (ROOT / fence.includes[0]).read_bytes(), f"{fence.where}: not the example file"
