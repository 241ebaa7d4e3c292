"""What a page's HTML depends on, so that `make serve` (a dirty reload) rebuilds only stale pages.

`make serve` runs `properdocs serve --dirty`: on each save, MkDocs renders again only the pages
whose `File.is_modified()` is true, which by default compares the Markdown file with its HTML
output and nothing else. A page here also depends on the examples it includes, on the English
page it translates (the "outdated" banner), and on what every page is built from (mkdocs.yml,
glossary.yml, overrides/, docsbuild/ and the `snippets` helpers). `track` makes `is_modified`
answer for all of those, so a saved example rebuilds the pages that show it, and a saved page
rebuilds that page alone, in each language build.

Outside a dirty build MkDocs never asks `is_modified`, so `make build` and the strict build are
complete whatever this module does.

Known limits of a dirty preview: a page's new title shows in the other pages' navigation only
once they are rebuilt (save them, or restart `make serve`).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache

from docsbuild.pages import includes

SHARED = ("mkdocs.yml", "glossary.yml", "overrides", "docsbuild", "snippets/*.py")
"""Inputs of every page, relative to the site root (globs and folders allowed)."""

WHOLE_DOCS_MARKERS = ("<!-- translation-status -->",)
"""A page holding one of these is generated from every page's state: it depends on all of docs/."""


def newest(paths: Iterable[Path]) -> float:
    """The latest modification time among `paths` (folders searched recursively), or 0."""
    latest = 0.0
    for path in paths:
        if path.is_dir():
            latest = max(
                [
                    latest,
                    *(newest([child]) for child in path.iterdir() if not child.name.startswith((".", "__pycache__"))),
                ]
            )
        elif path.is_file():
            latest = max(latest, path.stat().st_mtime)
    return latest


def dependencies(source: Path, *, root: Path, docs_dir: Path) -> list[Path]:
    """The files a page's HTML is made from, besides the shared inputs: the page, its includes, and
    for a translation the page it translates."""
    text = source.read_text(encoding="utf-8")
    found = [source, *(root / include for include in includes(text))]
    relative = source.relative_to(docs_dir)
    if relative.parts[0] != "en":
        found.append(docs_dir / "en" / Path(*relative.parts[1:]))
    if any(marker in text for marker in WHOLE_DOCS_MARKERS):
        found.append(docs_dir)
    return found


def track(files: Any, *, root: Path, docs_dir: Path) -> None:
    """Make each Markdown page's `is_modified()` true when any of its inputs is newer than its HTML.

    Parameters:
        files: MkDocs' `Files` of this build.
        root: The folder holding mkdocs.yml.
        docs_dir: The configured docs_dir.
    """
    shared = newest(path for pattern in SHARED for path in root.glob(pattern))
    for file in files.documentation_pages():
        # Decided once, now: MkDocs asks again before rendering and before writing, and a file
        # saved in between must not make it write a page it did not render (the watcher
        # starts another build for that save).
        stale = _stale(file, shared, root=root, docs_dir=docs_dir)
        file.is_modified = lambda stale=stale: stale


def _stale(file: Any, shared: float, *, root: Path, docs_dir: Path) -> bool:
    try:
        built = os.path.getmtime(file.abs_dest_path)
    except OSError:
        return True
    return built < max(shared, newest(dependencies(Path(file.abs_src_path), root=root, docs_dir=docs_dir)))


class _DirtyNotice(logging.Filter):
    """Drops MkDocs' warning about dirty builds, printed at every save: `track` and `read_titles`
    address what it warns about, and a translator should see only warnings about their page."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "A 'dirty' build is being performed" not in record.getMessage()


def quiet_dirty_notice() -> None:
    """Install the filter on the build command's logger (once per process)."""
    logger = logging.getLogger("properdocs.commands.build")
    if not any(isinstance(f, _DirtyNotice) for f in logger.filters):
        logger.addFilter(_DirtyNotice())


class CompiledTemplates(jinja2.BytecodeCache):
    """Compiled theme templates, kept for the life of the process: MkDocs makes a new Jinja
    environment at every live reload and compiled all ~90 of Material's templates again (about
    as long as rendering the saved page). Jinja checks each template's source checksum, so an
    edited template is compiled afresh."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if (code := self._code.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


def stale_pages(files: Any) -> list[Path]:
    """The Markdown files a dirty build will render again (after `track`)."""
    return [Path(file.abs_src_path) for file in files.documentation_pages() if file.is_modified()]


def read_titles(nav: Any, config: Any) -> None:
    """Read the Markdown of pages a dirty build skips, so the navigation shows their titles.

    A skipped page is never read, and its title would be empty; reading the file (no rendering) is
    enough for MkDocs to take the title from its front matter or first heading.
    """
    for page in nav.pages:
        if page.markdown is None and not page.file.is_modified():
            page.read_source(config)
            # MkDocs takes the raw first heading; a full build shows it rendered (code spans as text).
            if "title" not in page.meta and page.title:
                page.meta["title"] = page.title.replace("`", "")


SERVE_ENV = {"SITE_EXTRAS": "false"}
"""Read by mkdocs.yml (`!ENV`): leave out what only the published site needs (llms.txt)."""


def serve_command(address: str) -> list[str]:
    """The `make serve` command line: a dirty live reload that also watches the examples, the
    build code (`docsbuild/`) and the theme overrides, on `address` (`host:port`)."""
    return [
        sys.executable,
        "-m",
        "properdocs",
        "serve",
        "-f",
        "mkdocs.yml",
        "--no-strict",
        "--dirty",
        "-a",
        address,
        "-w",
        "snippets",
        "-w",
        "docsbuild",
        "-w",
        "overrides",
    ]


def main() -> None:
    """`python -m docsbuild.preview HOST:PORT`: what `make serve` runs, from the site root."""
    (address,) = sys.argv[1:]
    os.environ.update(SERVE_ENV)
    command = serve_command(address)
    os.execv(command[0], command)


if __name__ == "__main__":
    main()
