"""Run it here: the Run button under an example runs it in the browser, on the site's own Pyodide.

What a reader does: opens the editor, presses Run, sees the output stream in; edits the code and
runs it again; resets it; comes back later with no network. An example on the virtual loop clock
runs on it in the browser too, so the output must equal the recording exactly, on any machine at
any load, even in a browser without JSPI. Nothing of the runtime is fetched
before the first click, and no request ever leaves 127.0.0.1. Which examples have a button is the recorded measurement
(tools/pyodide/runnable.json); the last test re-measures it, as the example tests re-run outputs.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import BrowserContext, Locator, Page, expect

from docsbuild import run_here, run_here_measure
from docsbuild.catalog import ROOT, clock, examples, expected_output
from tests.browser.conftest import Traffic, open_page

LOAD = 180_000  # ms: a cold start compiles 9.6 MB of WebAssembly, slow on a loaded 2-core machine
DONE = {"en": "Finished.", "zh": "运行结束。"}


def runnable_blocks(page: Page) -> Locator:
    return page.locator('p.md-snippet-download[data-run="yes"]')


def run_block(page: Page, index: int, language: str) -> tuple[str, Locator]:
    download = runnable_blocks(page).nth(index)
    example = download.get_attribute("data-example")
    panel = download.locator("xpath=following-sibling::section[contains(@class,'run-here')][1]")
    download.locator("xpath=following-sibling::button[contains(@class,'run-here__open')][1]").click()
    panel.locator(".run-here__run").click()
    expect(panel.locator(".run-here__status")).to_have_text(DONE[language], timeout=LOAD)
    return example, panel


@pytest.mark.parametrize("language", ["en", "zh"])
def test_run_shows_the_recorded_output_and_nothing_leaves_the_site(page: Page, traffic: Traffic, language: str) -> None:
    open_page(page, "gather/" if language == "en" else "zh/gather/")
    assert not [url for url in traffic.requests if "/assets/pyodide/" in url], "runtime fetched before a click"
    texts = 0
    for index in range(runnable_blocks(page).count()):
        download = runnable_blocks(page).nth(index)
        if download.get_attribute("data-html") == "yes":
            continue  # a timeline: checked as a picture below
        example, panel = run_block(page, index, language)
        assert clock(ROOT / example) == "virtual", "a real-time example's output would depend on the machine"
        assert panel.locator(".run-here__output").inner_text() == expected_output(ROOT / example, "3.14")
        texts += 1
    assert texts >= 3, "the gather page should have at least three runnable text examples"
    assert any(url.endswith(".wasm") for url in traffic.requests)
    assert not traffic.third_party(), traffic.third_party()
    assert not traffic.errors, traffic.errors


def test_edit_run_and_reset(page: Page) -> None:
    open_page(page, "gather/")
    # A text example (a timeline's output is shown as a picture, not as text).
    download = page.locator('p.md-snippet-download[data-run="yes"]:not([data-html])').first
    download.locator("xpath=following-sibling::button[contains(@class,'run-here__open')][1]").click()
    panel = download.locator("xpath=following-sibling::section[contains(@class,'run-here')][1]")
    editor = panel.locator(".run-here__code")
    original = editor.input_value()
    editor.fill(
        'import asyncio\n\nasync def main():\n    print("edited", await asyncio.sleep(0, "ok"))\n\n'
        "asyncio.run(main())\n"
    )
    panel.locator(".run-here__run").click()
    expect(panel.locator(".run-here__status")).to_have_text(DONE["en"], timeout=LOAD)
    assert panel.locator(".run-here__output").inner_text() == "edited ok\n"
    panel.locator(".run-here__reset").click()
    assert editor.input_value() == original
    assert panel.locator(".run-here__output").inner_text() == ""


def test_keyboard_reaches_run_and_axe_is_clean(page: Page) -> None:
    open_page(page, "zh/gather/")
    button = page.locator(".run-here__open").first
    button.focus()
    page.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    results = Axe().run(page, context=".run-here")
    serious = [v for v in results.response["violations"] if v["impact"] in {"serious", "critical"}]
    assert not serious, serious


def test_after_the_first_run_it_works_offline(page: Page, context: BrowserContext) -> None:
    # The first click registers run-here-sw.js, which keeps the runtime in Cache Storage.
    open_page(page, "zh/gather/")
    run_block(page, 0, "zh")
    cached = page.evaluate(
        """async () => {
            for (let i = 0; i < 300; i++) {
                const keys = await (await caches.open("run-here")).keys();
                if (keys.length >= 6) return keys.map((request) => request.url.split("/").pop()).sort();
                await new Promise((resolve) => setTimeout(resolve, 200));
            }
            return [];
        }"""
    )
    assert cached == sorted(run_here.RUNTIME_FILES + ("snippets.zip",))
    later = context.new_page()
    open_page(later, "gather/")
    texts = [
        i for i in range(runnable_blocks(later).count()) if not runnable_blocks(later).nth(i).get_attribute("data-html")
    ]
    context.set_offline(True)
    try:
        example, panel = run_block(later, texts[0], "en")
        assert panel.locator(".run-here__output").inner_text() == expected_output(ROOT / example, "3.14")
    finally:
        context.set_offline(False)


def test_a_browser_without_jspi_still_runs_virtual_clock_examples(page: Page) -> None:
    # Chrome on Android has no JSPI; an example on the virtual loop clock runs synchronously.
    page.add_init_script("delete WebAssembly.Suspending")
    open_page(page, "gather/")
    index = next(
        i
        for i in range(runnable_blocks(page).count())
        if runnable_blocks(page).nth(i).get_attribute("data-clock") == "virtual"
        and not runnable_blocks(page).nth(i).get_attribute("data-html")
    )
    example, panel = run_block(page, index, "en")
    assert panel.locator(".run-here__label").inner_text().endswith("the same on every machine.")
    assert panel.locator(".run-here__output").inner_text() == expected_output(ROOT / example, "3.14")


def test_examples_without_a_button_say_why(page: Page) -> None:
    open_page(page, "blocking-code/")
    notes = page.locator(".run-here-note")
    assert notes.count() >= 1
    assert all(text.startswith("Not runnable in the browser: ") for text in notes.all_inner_texts())


def test_the_recorded_list_is_what_pyodide_does_today() -> None:
    # Like the .out files: re-measure every example under Pyodide and compare with the recording.
    changed = run_here_measure.changes(examples())
    assert not changed, f"run `make runnable` and review the change: {changed}"
