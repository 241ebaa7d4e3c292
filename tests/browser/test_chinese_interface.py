"""A Chinese page shows no English interface: every label, button, title and caption the site or its
tools put around the content is in Chinese.

Only interface text is checked (a known list of the English strings Material, mkdocstrings, the
timeline helper and the site's own code would show), never code, prose, or the names that stay
English on purpose (the language switcher's "English", error messages quoted in prose).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import PAGES, page_id, page_language

ENGLISH_INTERFACE = [
    # Material's header, footer and search
    "Switch to dark mode", "Switch to light mode", "Made with", "Search", "Initializing search",
    "Type to start searching", "Back to top", "Previous", "Next", "Permanent link", "Table of contents",
    # the site's own chrome (mkdocs.yml, docsbuild/, overrides/)
    "Text CC BY 4.0", "Download the source", "Page not found", "Source", "Output",
    "This translation may be outdated", "Chinese translation", "English changed on", "up to date", "outdated",
    "missing", "Not used", "Official zh_CN", "Why",
    # default admonition titles
    "Note", "Abstract", "Info", "Tip", "Success", "Question", "Warning", "Failure", "Danger", "Bug", "Example",
    "Quote",
    # mkdocstrings' section titles on the API reference
    "Parameters:", "Returns:", "Raises:", "Examples:", "Attributes:", "Yields:", "Classes:", "Functions:",
    "Modules:", "Name", "Type", "Description", "Default",
    # timelines (snippets/timeline.py)
    "Data", "task", "state", "from (ms)", "to (ms)", "solid: running", "dashed: waiting", "grey: cancelled",
    "red: failed",
]  # fmt: skip
_ENGLISH = re.compile("|".join(rf"(?:^|\()({re.escape(s)})(?![\w.])" for s in ENGLISH_INTERFACE))

# The interface: text of the header, footer, sidebars and search dialog, every title, label and
# placeholder, and the labelling parts of the content (page title, admonition and section titles,
# table headers, tab labels, captions, summaries). Text marked as English (lang="en") is English on purpose.
INTERFACE_TEXT = """() => {
  const texts = []
  const english = node => node.closest && node.closest('[lang]:not(html)')?.lang?.startsWith('en')
  const add = (text, where) => { text = (text || '').trim().replace(/\\s+/g, ' '); if (text) texts.push([text, where]) }
  for (const area of document.querySelectorAll('.md-header, .md-footer, .md-sidebar, .md-search'))
    for (const node of area.querySelectorAll('*'))
      if (!english(node))
        for (const child of node.childNodes) if (child.nodeType === 3) add(child.textContent, area.className)
  for (const node of document.querySelectorAll('[title], [aria-label], [placeholder]'))
    if (!english(node)) for (const name of ['title', 'aria-label', 'placeholder']) add(node.getAttribute(name), name)
  const labels = 'h1, .admonition-title, summary, .doc-section-title, thead th, .tabbed-labels label, figcaption, ' +
    '.md-snippet-download, .md-typeset table:not(.doc) td:nth-child(2)'
  for (const node of document.querySelectorAll(labels))
    if (!english(node)) add(node.innerText, node.tagName.toLowerCase())
  return texts
}"""

ZH_PAGES = [p for p in PAGES if page_language(p) == "zh"] + ["zh/404.html"]


@pytest.mark.parametrize("path", ZH_PAGES, ids=page_id)
def test_no_english_interface_on_chinese_pages(page: Page, path: str) -> None:
    page.goto(path)
    page.wait_for_load_state("networkidle")
    page.keyboard.press("/")  # the search dialog's own texts too
    found = sorted({f"{where}: {text!r}" for text, where in page.evaluate(INTERFACE_TEXT) if _ENGLISH.search(text)})
    assert not found, f"English interface text on {path}:\n  " + "\n  ".join(found[:20])
