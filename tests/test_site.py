"""The built site: strict, each example run once per interpreter, searchable, bilingual.

One strict build of the real site (fresh example runs, no cache) backs every test here, so the
build itself is a test: a warning anywhere fails `test_strict_build_is_clean`, and that includes
every example's output differing from its recording under any interpreter found.

What a reader does with the built site (load pages without third-party requests, switch language,
switch palette, follow links) is tested in a browser: tests/browser/.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from pathlib import Path

import pytest
from mkdocstrings import Inventory

from docsbuild import interpreters
from docsbuild.catalog import ROOT, relative, supports
from docsbuild.pages import executed_runs
from tests.conftest import Build

EN_PAGES = sorted(p.relative_to(ROOT / "docs" / "en") for p in (ROOT / "docs" / "en").rglob("*.md"))


def html_path(site: Path, page: Path, language: str = "en") -> Path:
    stem = page.with_suffix("")
    parts = [] if stem.name == "index" else [*stem.parts]
    return site.joinpath(*([] if language == "en" else [language]), *parts, "index.html")


def test_strict_build_is_clean(built_site: Build) -> None:
    assert built_site.returncode == 0, built_site.log
    assert "WARNING" not in built_site.log, built_site.log


def repeated(build: Build) -> Counter[str]:
    """Examples the build ran a second time, as its log names them: a real-clock or forked run whose
    output surprised (docsbuild/execution.py: RETRIES); a busy machine can cause one."""
    marker = " failed or did not print its recording; running it again"
    return Counter(
        line.split("docsbuild: ", 1)[1].split(" on Python ", 1)[0] for line in build.log.splitlines() if marker in line
    )


def test_each_example_executes_once_per_build_and_python(built_site: Build) -> None:
    # Once per interpreter that the example supports, however many languages include it.
    versions = interpreters.available()
    expected = Counter()
    for example, _ in executed_runs(ROOT / "docs"):
        runs = sum(supports(example, version) for version in versions)
        if runs:
            expected[relative(example)] = runs
    assert Counter(built_site.executions) == expected + repeated(built_site)


def test_the_build_ends_with_one_line_counting_the_runs(built_site: Build) -> None:
    versions = interpreters.available()
    examples = {example for example, _ in executed_runs(ROOT / "docs")}
    skipped = sum(not supports(example, version) for example in examples for version in versions)
    summary = [line for line in built_site.log.splitlines() if "asyncio-in-practice:" in line]
    again = sum(repeated(built_site).values())
    assert summary == [
        f"INFO    -  asyncio-in-practice: {len(examples)} examples × {len(versions)} Pythons: "
        f"{len(built_site.executions)} ran{f' ({again} repeated)' if again else ''}, 0 cached, {skipped} skipped"
    ]


def test_search_has_one_index_per_language(built_site: Build) -> None:
    # Pagefind writes one index per <html lang> and a page searches its own language's index only;
    # what readers find, typed into the box, is tested in tests/browser/test_search.py.
    entry = json.loads((built_site.site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    counts = {language: index["page_count"] for language, index in entry["languages"].items()}
    assert counts == {"en": len(EN_PAGES), "zh": len(EN_PAGES)}, f"pages indexed per language: {counts}"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_each_language_has_its_own_inventory(built_site: Build, language: str) -> None:
    # objects.inv lets other projects link to our API (intersphinx, autorefs): the English one at
    # the site root, the Chinese one under zh/, each pointing at its own language's pages.
    folder = built_site.site if language == "en" else built_site.site / language
    with (folder / "objects.inv").open("rb") as file:
        inventory = Inventory.parse_sphinx(file)
    pages = {item.uri.partition("#")[0] for item in inventory.values()}
    assert pages, f"{relative(folder / 'objects.inv')} lists nothing"
    for page in pages:  # relative to the inventory's own folder, as intersphinx resolves them
        assert (folder / page / "index.html").is_file(), f"the {language} inventory points at {page!r}"
        assert not page.startswith("zh/"), f"the {language} inventory points at another language: {page!r}"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_each_output_says_which_clock_it_ran_on(built_site: Build, language: str) -> None:
    from docsbuild.output_view import NOTES

    page = html_path(built_site.site, Path("cpu-bound.md"), language).read_text(encoding="utf-8")
    gather = html_path(built_site.site, Path("gather.md"), language).read_text(encoding="utf-8")
    assert html.escape(NOTES[language]["real"], quote=False) in page, "threads_vs_processes runs on the real clock"
    assert html.escape(NOTES[language]["virtual"], quote=False) in gather, "gather's examples run on the virtual clock"
