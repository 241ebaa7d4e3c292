"""The built site, as a reader gets it: strict, self-contained, searchable, bilingual.

One strict build of the real site (fresh example runs, no cache) backs every test here, so the
build itself is a test: a warning anywhere fails `test_strict_build_is_clean`.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
import yaml
from mkdocstrings import Inventory

from docsbuild import interpreters
from docsbuild.catalog import ROOT, relative, supports
from docsbuild.pages import executed_runs
from tests.conftest import Build

CONFIG = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)
SITE_HOST = urlparse(CONFIG["site_url"]).netloc
EN_PAGES = sorted(p.relative_to(ROOT / "docs" / "en") for p in (ROOT / "docs" / "en").rglob("*.md"))


def html_path(site: Path, page: Path, language: str = "en") -> Path:
    stem = page.with_suffix("")
    parts = [] if stem.name == "index" else [*stem.parts]
    return site.joinpath(*([] if language == "en" else [language]), *parts, "index.html")


class Resources(HTMLParser):
    """Collects every URL the browser would fetch by itself while loading a page."""

    def __init__(self) -> None:
        super().__init__()
        self.fetched: list[str] = []
        self.alternates: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("script", "img", "iframe", "audio", "video", "source") and a.get("src"):
            self.fetched.append(a["src"])
        if tag == "link" and a.get("href"):
            rel = (a.get("rel") or "").split()
            if {"stylesheet", "icon", "preload", "preconnect", "modulepreload", "manifest"} & set(rel):
                self.fetched.append(a["href"])
            if "alternate" in rel and a.get("hreflang"):
                self.alternates[a["hreflang"]] = a["href"]


def parse(page: Path) -> Resources:
    parser = Resources()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def test_strict_build_is_clean(built_site: Build) -> None:
    assert built_site.returncode == 0, built_site.log
    assert "WARNING" not in built_site.log, built_site.log


def test_each_example_executes_once_per_build_and_python(built_site: Build) -> None:
    # Once per interpreter that the example supports, however many languages include it.
    versions = interpreters.available()
    expected = {}
    for example, _ in executed_runs(ROOT / "docs"):
        runs = sum(supports(example, version) for version in versions)
        if runs:
            expected[relative(example)] = runs
    assert Counter(built_site.executions) == expected


def test_the_build_ends_with_one_line_counting_the_runs(built_site: Build) -> None:
    versions = interpreters.available()
    examples = {example for example, _ in executed_runs(ROOT / "docs")}
    skipped = sum(not supports(example, version) for example in examples for version in versions)
    summary = [line for line in built_site.log.splitlines() if "asyncio-in-practice:" in line]
    assert summary == [
        f"INFO    -  asyncio-in-practice: {len(examples)} examples × {len(versions)} Pythons: "
        f"{len(built_site.executions)} ran, 0 cached, {skipped} skipped"
    ]


def test_no_request_leaves_the_site(built_site: Build) -> None:
    offenders = []
    for page in built_site.site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if "fonts.googleapis.com" in text or "fonts.gstatic.com" in text:
            offenders.append(f"{page}: Google Fonts")
        if 'data-md-component="source"' in text:
            offenders.append(f"{page}: repository facts fetched from the GitHub API")
        for url in parse(page).fetched:
            host = urlparse(urljoin(CONFIG["site_url"], url)).netloc
            if host != SITE_HOST:
                offenders.append(f"{page}: {url}")
    for css in built_site.site.rglob("*.css"):
        offenders += [f"{css}: {u}" for u in re.findall(r"url\((['\"]?)(https?:[^)'\"]+)\1\)", css.read_text())]
    assert not offenders, "\n".join(offenders[:20])


def page_url(site: Path, page: Path) -> str:
    return urljoin(CONFIG["site_url"], page.parent.relative_to(site).as_posix() + "/")


@pytest.mark.parametrize("page", EN_PAGES, ids=str)
def test_language_switcher_lands_on_the_same_page(built_site: Build, page: Path) -> None:
    en, zh = html_path(built_site.site, page, "en"), html_path(built_site.site, page, "zh")
    for here, language, there in ((en, "zh", zh), (zh, "en", en)):
        target = parse(here).alternates.get(language)
        assert target, f"{here} has no link to its {language} version"
        landed = urljoin(page_url(built_site.site, here), target)
        assert landed == page_url(built_site.site, there), f"{here}: the {language} link goes to {target}"


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


def test_site_and_repository_urls(built_site: Build) -> None:
    home = (built_site.site / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{CONFIG["site_url"]}">' in home
    assert f'href="{CONFIG["repo_url"]}"' in home


def test_light_and_dark_palettes(built_site: Build) -> None:
    home = (built_site.site / "index.html").read_text(encoding="utf-8")
    assert 'data-md-color-scheme="default"' in home and 'data-md-color-scheme="slate"' in home
    assert home.count('class="md-header__button md-icon" title="Switch to') + home.count("data-md-color-media") >= 2


@pytest.mark.parametrize("language", ["en", "zh"])
def test_each_output_says_which_clock_it_ran_on(built_site: Build, language: str) -> None:
    from docsbuild.output_view import NOTES

    page = html_path(built_site.site, Path("cpu-bound.md"), language).read_text(encoding="utf-8")
    gather = html_path(built_site.site, Path("gather.md"), language).read_text(encoding="utf-8")
    assert html.escape(NOTES[language]["real"], quote=False) in page, "threads_vs_processes runs on the real clock"
    assert html.escape(NOTES[language]["virtual"], quote=False) in gather, "gather's examples run on the virtual clock"
