"""The built site in a real browser: Debian's Chromium, driven by Playwright (pytest-playwright).

One strict build of the real site per session, served on a free 127.0.0.1 port under the site_url's
path (/asyncio-in-practice/), as GitHub Pages serves it: every test looks at what a reader gets.
Run with `make test-browser`; `make test` does not collect this folder (no browser needed there).
"""

from __future__ import annotations

import fcntl
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from playwright.sync_api import BrowserContext, ConsoleMessage, Page, Request, Response

from docsbuild.catalog import ROOT
from tests.conftest import build_site
from tools.site_server import serve

CONFIG = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
MOUNT = urlsplit(CONFIG["site_url"]).path
LANGUAGES = ("en", "zh")
ARTIFACTS = ROOT / "test-artifacts"

# Debian's Chromium (apt-get install chromium), never a browser downloaded by `playwright install`.
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",  # no update checks, safe browsing or field trials
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def _page_paths() -> list[str]:
    """Every page's path below the site URL, from the English sources: the build makes each page
    in every language (static-i18n falls back to the English text for a missing translation)."""
    paths = []
    for source in sorted((ROOT / "docs" / LANGUAGES[0]).rglob("*.md")):
        stem = source.relative_to(ROOT / "docs" / LANGUAGES[0]).with_suffix("")
        parts = stem.parts[:-1] if stem.name == "index" else stem.parts
        paths.append("".join(f"{part}/" for part in parts))
    return [f"{language}/{p}" if language != LANGUAGES[0] else p for language in LANGUAGES for p in paths]


PAGES = _page_paths()
"""Every page in every language: "", "gather/", ..., "zh/", "zh/gather/", ..."""


def page_id(path: str) -> str:
    return path.rstrip("/") or "home"


@dataclass
class Site:
    """The built site and where it is served."""

    root: Path
    url: str  # http://127.0.0.1:<port>/asyncio-in-practice/


def page_language(path: str) -> str:
    return path.split("/")[0] if path.split("/")[0] in LANGUAGES[1:] else LANGUAGES[0]


def translation(path: str, language: str) -> str:
    """The same page's path in `language`."""
    bare = path.removeprefix(f"{page_language(path)}/") if page_language(path) != LANGUAGES[0] else path
    return bare if language == LANGUAGES[0] else f"{language}/{bare}"


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Iterator[Site]:
    """The site, built once per run even with pytest-xdist workers (the first one builds, under a
    lock; the others wait and reuse it), each worker serving it on its own port."""
    shared = tmp_path_factory.getbasetemp() if worker_id == "master" else tmp_path_factory.getbasetemp().parent
    built, failed = shared / "browser-site", shared / "browser-site-failed.log"
    with (shared / "browser-site.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (built / "index.html").is_file() and not failed.is_file():
            build = build_site(ROOT / "mkdocs.yml", built)
            if build.returncode != 0:
                failed.write_text(build.log, encoding="utf-8")
    if failed.is_file():
        pytest.fail(f"the strict build failed:\n{failed.read_text(encoding='utf-8')[-5000:]}", pytrace=False)
    with serve(built, MOUNT) as url:
        yield Site(built, url)


@pytest.fixture(scope="session")
def base_url(site: Site) -> str:
    """pytest-base-url's fixture: relative `page.goto("gather/")` lands on the served site."""
    return site.url


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    return {
        **browser_context_args,
        "viewport": {"width": 1280, "height": 900},
        "locale": "en-US",
        "permissions": ["clipboard-read", "clipboard-write"],
    }


@dataclass
class Traffic:
    """What the browser did while a test ran: every request, failed response and console error."""

    requests: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def third_party(self) -> list[str]:
        return [u for u in self.requests if not re.match(r"(https?://127\.0\.0\.1[:/]|data:|blob:|about:)", u)]


@pytest.fixture
def traffic(context: BrowserContext) -> Traffic:
    """Records the browser's requests and errors. Requests to any other host are recorded and
    aborted (this machine has no internet; a reader's would)."""
    seen = Traffic()

    def on_request(request: Request) -> None:
        seen.requests.append(request.url)

    def on_response(response: Response) -> None:
        if response.status >= 400:
            seen.failures.append(f"{response.status} {response.url}")

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            seen.errors.append(f"console: {message.text} ({message.location.get('url')})")

    context.on("request", on_request)
    context.on("response", on_response)
    context.on("console", on_console)
    context.on("weberror", lambda error: seen.errors.append(f"uncaught: {error.error}"))
    context.route(re.compile(r"^https?://(?!127\.0\.0\.1[:/])"), lambda route: route.abort())
    return seen


def open_page(page: Page, path: str) -> None:
    """Load a page and wait until it has settled (search index loaded, code buttons added)."""
    page.goto(path)
    page.wait_for_load_state("networkidle")
