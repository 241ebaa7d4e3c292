"""A screenshot of each page type, in each language and palette, kept in test-artifacts/screenshots/
for a person to look at; and the checks that make them worth looking at: the palette really
switched, and Chinese text is drawn with a CJK font rather than empty boxes."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import ARTIFACTS

PAGE_TYPES = {"home": "", "topic": "gather/", "claims": "claims/", "reference": "reference/", "404": "no-such-page/"}
PALETTES = {"light": "default", "dark": "slate"}
SHOTS = ARTIFACTS / "screenshots"


def test_a_cjk_font_is_installed() -> None:
    # Chromium draws Chinese with whatever fontconfig offers; without fonts-noto-cjk, empty boxes.
    assert shutil.which("fc-list"), "fontconfig is missing"
    fonts = subprocess.run(["fc-list", ":lang=zh-cn", "family"], capture_output=True, text=True, check=True).stdout
    assert fonts.strip(), "no font covers Chinese: apt-get install fonts-noto-cjk"


@pytest.mark.parametrize("palette", PALETTES)
@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_screenshot(page: Page, page_type: str, language: str, palette: str) -> None:
    path = PAGE_TYPES[page_type] if language == "en" else f"{language}/{PAGE_TYPES[page_type]}"
    page.emulate_media(color_scheme=palette)
    page.goto(path)
    page.wait_for_load_state("networkidle")
    assert page.locator("body").get_attribute("data-md-color-scheme") == PALETTES[palette]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{page_type}-{language}-{palette}.png")
    if page_type == "topic":
        example = page.locator(".exec-example").first
        example.screenshot(path=SHOTS / f"example-output-{language}-{palette}.png")
