"""Valid, findable HTML: what search engines, the HTML checker and tools for AI assistants see.

Most checks read the built files or fetch them from the local server; only the 404 page is also
opened in the browser, since what matters there is what a reader who mistyped a link sees.
"""

from __future__ import annotations

import json
import re
import subprocess
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import pytest
from playwright.sync_api import Page, expect

from docsbuild.catalog import ROOT
from tests.browser.conftest import CONFIG, LANGUAGES, PAGES, Site, Traffic, page_id, page_language, translation

SITE_URL = CONFIG["site_url"]
CJK = re.compile(r"[\u4e00-\u9fff]")
SITEMAP = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
"""The namespaces of sitemap.xml (the sitemap protocol and its hreflang links)."""
VNU = ROOT / "tools" / "node" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Every message of the Nu HTML checker that the site accepts, and why. Nothing else is allowed.
# (message pattern, pages it may appear on, justification)
ACCEPTED = [
    (
        r"Attribute “autocomplete” is only allowed when the input type is",
        r".*",
        "Material puts autocomplete=off on its hidden drawer and search toggles (checkboxes) so "
        "Firefox does not restore them open after Back; browsers honour it, the checker does not.",
    ),
    (
        r"This document appears to be written in [A-Za-z ]+,? but the “html” start tag has “lang=\"zh\"”",
        r"zh/.*",
        "The checker guesses a page's language from all its text, code included. Chinese pages that "
        "are mostly code and output (the API reference, whose docstrings are written once, in "
        "English, in the code; cancellation; tasks-vs-coroutines, which it once took for Norwegian) are "
        "still Chinese pages: their prose is Chinese.",
    ),
]


class Head(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.description: str | None = None
        self.alternates: dict[str, str] = {}
        self.canonical: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "meta" and a.get("name") == "description":
            self.description = a.get("content") or ""
        if tag == "link" and a.get("rel") == "alternate" and a.get("hreflang"):
            self.alternates[a["hreflang"]] = a.get("href") or ""
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")


def head(site: Site, path: str) -> Head:
    parser = Head()
    parser.feed((site.root / path / "index.html").read_text(encoding="utf-8"))
    return parser


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.mark.parametrize("path", PAGES, ids=page_id)
def test_meta_description_in_the_page_language(site: Site, path: str) -> None:
    description = head(site, path).description
    assert description and len(description) >= 30, f"{path or 'home'}: no meaningful meta description"
    if page_language(path) == "zh":
        assert len(CJK.findall(description)) >= 10, f"{path}: the description is not in Chinese: {description}"
    else:
        assert not CJK.search(description), f"{path or 'home'}: the description is not in English: {description}"


@pytest.mark.parametrize("path", PAGES, ids=page_id)
def test_hreflang_alternates_are_absolute_and_reciprocal(site: Site, path: str) -> None:
    parsed = head(site, path)
    assert parsed.canonical == SITE_URL + path
    expected = {language: SITE_URL + translation(path, language) for language in LANGUAGES}
    expected["x-default"] = expected[LANGUAGES[0]]
    assert parsed.alternates == expected


def test_sitemap_lists_every_page_once_with_its_translations(site: Site) -> None:
    status, body = fetch(site.url + "sitemap.xml")
    assert status == 200
    entries = ElementTree.fromstring(body).findall("sm:url", SITEMAP)
    locs = [entry.findtext("sm:loc", namespaces=SITEMAP) for entry in entries]
    assert sorted(locs) == sorted(SITE_URL + p for p in PAGES)
    for loc in locs:
        assert fetch(site.url + loc.removeprefix(SITE_URL))[0] == 200, f"{loc} is in the sitemap but not served"
    for loc, entry in zip(locs, entries, strict=True):
        links = {link.get("hreflang"): link.get("href") for link in entry.findall("xhtml:link", SITEMAP)}
        path = loc.removeprefix(SITE_URL)
        assert links == {language: SITE_URL + translation(path, language) for language in LANGUAGES}, loc


def test_robots_txt_names_the_sitemap(site: Site) -> None:
    status, body = fetch(site.url + "robots.txt")
    assert status == 200
    lines = body.decode("utf-8").splitlines()
    assert f"Sitemap: {SITE_URL}sitemap.xml" in lines
    assert "Disallow: /" not in lines


@pytest.mark.parametrize("missing", ["no-such-page/", "zh/no-such-page/", "gather/typo.html"])
def test_missing_pages_get_the_404_page_in_both_languages(
    page: Page, traffic: Traffic, site: Site, missing: str
) -> None:
    status, _ = fetch(site.url + missing)
    assert status == 404
    response = page.goto(missing)
    assert response is not None and response.status == 404
    expect(page.locator("[lang=en] h1")).to_have_text("Page not found")
    expect(page.locator("[lang=zh-Hans] h2")).to_have_text("页面不存在")
    page.wait_for_load_state("networkidle")
    assert traffic.failures == [f"404 {site.url}{missing}"], "only the missing page itself fails"
    assert not traffic.third_party()
    page.get_by_role("link", name="返回中文首页").click()
    page.wait_for_load_state("load")
    assert page.url == site.url + "zh/"


def test_the_chinese_404_page_exists(site: Site) -> None:
    # For hosts that serve a folder's own 404 page; GitHub Pages serves the top-level, bilingual one.
    zh = (site.root / "zh" / "404.html").read_text(encoding="utf-8")
    assert '<html lang="zh"' in zh and "页面不存在" in zh
    top = (site.root / "404.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in top


def test_html_checker_accepts_every_page(site: Site) -> None:
    assert VNU.is_file(), "vnu-jar is missing: run `make test-browser`, which installs it with npm ci"
    proc = subprocess.run(
        ["java", "-jar", str(VNU), "--skip-non-html", "--format", "json", "--exit-zero-always", str(site.root)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(proc.stderr)["messages"]
    problems = []
    for m in messages:
        if not (m["type"] == "error" or m.get("subType") == "warning"):
            continue  # informational notes, e.g. on the trailing slash of void elements
        file = Path(m.get("url", "").removeprefix("file:")).resolve()
        root = site.root.resolve()
        where = file.relative_to(root).as_posix() if root in file.parents else str(file)
        if any(re.search(text, m["message"]) and re.fullmatch(pages, where) for text, pages, _ in ACCEPTED):
            continue
        problems.append(f"{where}:{m.get('lastLine')}: {m['message']}")
    assert not problems, "\n".join(problems[:30])


@pytest.mark.parametrize("language", LANGUAGES)
def test_llms_txt_lists_every_page_in_its_language(site: Site, language: str) -> None:
    prefix = "" if language == LANGUAGES[0] else f"{language}/"
    for name in ("llms.txt", "llms-full.txt"):
        status, body = fetch(site.url + prefix + name)
        assert status == 200, f"{prefix}{name} is not served"
    text = fetch(site.url + prefix + "llms.txt")[1].decode("utf-8")
    assert text.startswith("# "), "llms.txt starts with the site's name"
    assert bool(CJK.search(text.splitlines()[0])) == (language == "zh"), "llms.txt is in its language"
    linked = re.findall(r"\]\((\S+?)\)", text)
    nav_pages = [p for p in PAGES if page_language(p) == language and (site.root / p / "index.md").is_file()]
    assert len(linked) >= 5 and {u.removeprefix(SITE_URL) for u in linked} <= {p + "index.md" for p in nav_pages}
    for url in linked:
        status, body = fetch(site.url + url.removeprefix(SITE_URL))
        assert status == 200 and body.startswith(b"# "), f"{url}: not a Markdown page"
