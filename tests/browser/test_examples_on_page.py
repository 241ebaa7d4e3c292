"""Each executed example as a reader meets it: the source and its real output both on screen
without a click, every Python version's output reachable without JavaScript, and a copy button
(mouse or keyboard) and a download link that both give the example as a standalone script (the
helpers it imports put inline, docsbuild/standalone.py; that it runs where the reader puts it is
tested for every example in tests/test_examples.py)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from docsbuild.catalog import ROOT
from docsbuild.pages import Fence, fences, is_yes
from docsbuild.standalone import standalone_text
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
            # Output rendered as HTML: a timeline drawing, not text (what it says: tests/test_timeline.py).
            expect(output.locator("figure.timeline-figure svg:visible").first).to_be_visible()
            continue
        recorded = recorded_outputs(ROOT / fence.includes[0])
        if not recorded:
            # No interpreter here can run it (a 3.14-only example): the output says so instead.
            assert "3.14" in output.inner_text(), f"{fence.where}: no note says why nothing ran"
            continue
        # Read it where a reader does, on screen: a code block far off screen is not rendered yet
        # (content-visibility, examples.css), and its inner text reads as empty until it is.
        output.scroll_into_view_if_needed()
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


def copy_source(page: Page, fence: Fence, *, keyboard: bool = False) -> str:
    """Press the copy button of the block's source and return what reached the clipboard."""
    code = source_of(example_block(page, fence))
    code.hover()
    button = code.locator("button.md-code__button[data-md-type=copy]")
    expect(button).to_be_visible()
    page.evaluate("navigator.clipboard.writeText('')")
    if keyboard:
        button.focus()
        page.keyboard.press("Enter")
    else:
        button.click()
    # The standalone text is fetched on the first press, so the clipboard fills a moment later.
    deadline = time.monotonic() + 5
    while not (copied := page.evaluate("navigator.clipboard.readText()")) and time.monotonic() < deadline:
        page.wait_for_timeout(50)
    return copied


def test_copy_button_copies_the_standalone_example(example_page: tuple[Page, Path]) -> None:
    page, source = example_page
    for fence in executed(source):
        copied = copy_source(page, fence)
        expected = standalone_text(ROOT / fence.includes[0])
        assert copied.rstrip("\n") == expected.rstrip("\n"), f"{fence.where}: the copy button copied something else"


def test_copy_button_works_from_the_keyboard(page: Page) -> None:
    """One example that needs a helper, copied with the keyboard. That every standalone text runs
    in an empty folder, with a Python that has nothing of ours, is tested for all of them in
    tests/test_examples.py (test_standalone_example_output)."""
    path, source = next(p for p in PAGES_WITH_EXAMPLES if p[0] == "timeouts/")
    fence = next(f for f in executed(source) if "from snippets." in (ROOT / f.includes[0]).read_text("utf-8"))
    page.goto(path)
    page.wait_for_load_state("load")
    copied = copy_source(page, fence, keyboard=True)
    assert copied.rstrip("\n") == standalone_text(ROOT / fence.includes[0]).rstrip("\n"), fence.where


def test_download_link_serves_the_standalone_example(example_page: tuple[Page, Path], site: Site) -> None:
    page, source = example_page
    for fence in executed(source):
        link = example_block(page, fence).locator("xpath=following-sibling::*[1]").locator("a[download]")
        expect(link).to_have_count(1)
        response = page.request.get(link.evaluate("a => a.href"))
        assert response.ok, f"{fence.where}: download link {response.url} answers {response.status}"
        expected = standalone_text(ROOT / fence.includes[0]).encode()
        assert response.body() == expected, f"{fence.where}: not the standalone example"
