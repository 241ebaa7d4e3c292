"""mkdocs-llmstxt's `preprocess` hook (mkdocs.yml): leave the page's controls out of llms.txt.

llms-full.txt and the per-page Markdown carry what a page says and what its examples printed. The
download line under each example and the note on why one has no Run button
(`published_site.download_line`) are controls for readers of the HTML page, so they are dropped
from the HTML (a BeautifulSoup tree) before llmstxt turns it into Markdown.
"""

from __future__ import annotations

from typing import Any

CONTROLS = "p.md-snippet-download, p.run-here-note"
"""CSS selector of the elements left out."""


def preprocess(soup: Any, output: str) -> None:
    """Remove the `CONTROLS` from `soup` (a `bs4.BeautifulSoup`), in place; `output` is the Markdown
    file being written (unused: every page is treated alike)."""
    for element in soup.select(CONTROLS):
        element.decompose()
