"""The site's search index, built by Pagefind from the finished HTML.

Pagefind (PyPI `pagefind[extended]`, a binary shipped in the wheel; no network at build or browse
time) reads every page's `<html lang>` and writes one index per language into `pagefind/`: a page
searches only the pages of its own language. The extended binary segments Chinese into words at
build time, and the browser segments the query the same way (`Intl.Segmenter`); every word of a
query must match. Only the article body is indexed (`data-pagefind-body`, set in
overrides/main.html), so navigation, headers and footers do not pollute results; the UI in the
search dialog is ours (overrides/assets/javascripts/search.js, overrides/partials/search.html).

With mkdocs-static-i18n every language is built into the same site_dir in turn, so the index is
written once, after the last language's build, when every page is on disk.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from mkdocs.exceptions import PluginError

# Parts of the article that are not content: permalink signs, "download the source" links and
# translation banners repeat on every page and would match everywhere.
EXCLUDE = (".headerlink", ".md-snippet-download", ".translation-notice")


def last_language_build(config: Any) -> bool:
    """Whether this is the last of the builds mkdocs-static-i18n makes, one per language."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return True
    # static-i18n builds the default language first, then the others in their configured order.
    default = getattr(i18n, "default_language", None)
    others = [language for language in getattr(i18n, "build_languages", None) or [] if language != default]
    return getattr(i18n, "current_language", None) == (others[-1] if others else default)


def build_index(config: Any) -> None:
    """Index the finished site; call it once every language is built (`last_language_build`)."""
    command = [sys.executable, "-m", "pagefind", "--site", str(config.site_dir), "--silent"]
    command += ["--exclude-selectors", ", ".join(EXCLUDE)]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    if proc.returncode != 0:
        raise PluginError(
            f"the search index was not built: `{' '.join(command)}` exited with {proc.returncode}:\n"
            f"{proc.stdout}{proc.stderr}\nIs the `pagefind[extended]` package installed (uv sync --locked)?"
        )
