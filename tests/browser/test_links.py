"""Every internal link and anchor of both languages leads somewhere: crawled over HTTP from the
local server, so a link is checked exactly as the browser would follow it (folder URLs, the
/asyncio-in-practice/ prefix, redirects), and every #fragment must name an id on its target page.

The counts are written to test-artifacts/links.txt.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from functools import cache
from html.parser import HTMLParser
from urllib.parse import unquote, urldefrag, urljoin

from tests.browser.conftest import ARTIFACTS, CONFIG, PAGES, Site

SITE_URL = CONFIG["site_url"]


class Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        if tag == "a" and a.get("href") is not None:
            self.links.append(a["href"])


@cache
def load(url: str) -> tuple[int, str, Anchors | None]:
    """(status, final URL, parsed page if HTML) for a local URL."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            status, final, kind, body = response.status, response.url, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as error:  # the 404 page is HTML too
        status, final, kind, body = error.code, url, error.headers["Content-Type"], error.read()
    if not kind.startswith("text/html"):
        return status, final, None
    parsed = Anchors()
    parsed.feed(body.decode("utf-8"))
    return status, final, parsed


def test_no_broken_internal_links_or_anchors(site: Site) -> None:
    pages = [site.url + path for path in PAGES] + [site.url + "no-such-page/"]  # the 404 page's links too
    checked_links = checked_anchors = external = 0
    broken: list[str] = []
    for page_url in pages:
        _, final, parsed = load(page_url)
        assert parsed is not None, f"{page_url} is not an HTML page"
        for href in parsed.links:
            target = urljoin(final, href)
            if target.startswith(SITE_URL):  # an absolute link to the published site: check it here
                target = site.url + target.removeprefix(SITE_URL)
            if not target.startswith(site.url):
                external += 1 if target.startswith(("http://", "https://")) else 0
                continue
            document, fragment = urldefrag(target)
            status, _, linked = load(document)
            checked_links += 1
            if status != 200:
                broken.append(f"{page_url}: {href} -> {status}")
            elif fragment:
                checked_anchors += 1
                if linked is None or unquote(fragment) not in linked.ids:
                    broken.append(f"{page_url}: {href} -> no element with id {unquote(fragment)!r}")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "links.txt").write_text(
        f"pages crawled: {len(pages)}\ninternal links checked: {checked_links}\n"
        f"of which with an anchor: {checked_anchors}\nexternal links (not followed): {external}\n"
        f"broken: {len(broken)}\n" + "".join(f"  {b}\n" for b in broken),
        encoding="utf-8",
    )
    assert checked_links > 100 and checked_anchors > 20
    assert not broken, f"{len(broken)} broken links:\n" + "\n".join(broken[:40])
