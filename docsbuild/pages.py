"""The one Markdown scanner: fences, include lines, headings, admonitions, links and prose.

Everything that reads the pages' sources goes through `scan()`: the build (to start every executed
example before rendering, and to check includes), the terminology lint (`glossary`, prose only),
the translation checks (`translations`, `tests/test_translations.py`: the same fences, heading
ids, admonitions and internal links in both languages) and the page tests. One pass over the
lines, in the pages' own dialect (Python-Markdown with pymdownx): fenced blocks at any indent
(inside tabs and admonitions too), `# Title { #id }` headings, `!!! kind`/`??? kind`
admonitions, inline and reference links. Pages include code only through pymdownx.snippets lines
(`--8<-- "snippets/topic/name.py"`), so reading those lines is enough to know what a page
executes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import markdown_exec

from docsbuild.catalog import ROOT
from docsbuild.runner import DEFAULT_TIMEOUT

_FENCE = re.compile(r"^(?P<indent> *)(?P<mark>`{3,}|~{3,})(?P<info>.*)$")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<path>[^"]+)"\s*$')
_HEADING = re.compile(r"^(?P<level>#{1,6}) (?P<title>.*?)\s*(?:\{ *#(?P<id>[\w-]+) *\})?\s*$")
_ADMONITION = re.compile(r"^\s*(?:!!!|\?\?\?\+?) *(?P<kind>[\w-]+)")
_LINK = re.compile(r"\]\((?P<target>[^)\s]+)(?:\s+\"[^\"]*\")?\)|\]\[(?P<ref>[^\]]+)\]")


@dataclass
class Fence:
    """One fenced code block of a page."""

    page: Path
    line: int
    language: str
    attrs: dict[str, str]
    body: list[str] = field(default_factory=list)

    @property
    def executed(self) -> bool:
        """Whether markdown-exec runs this block."""
        return executes(self.language, self.attrs)

    @property
    def includes(self) -> list[str]:
        """The files this block includes, in order."""
        return includes("\n".join(self.body))

    def expanded(self, root: Path = ROOT) -> str:
        """The code as the build sees it: include lines replaced by the files they name."""
        return expand_includes("\n".join(self.body), root)

    @property
    def where(self) -> str:
        """`page:line`, for messages."""
        return f"{self.page}:{self.line}"


def executes(language: str, attrs: dict[str, str]) -> bool:
    """Whether markdown-exec executes a fence with these attributes.

    Asks markdown-exec's own validator, so `exec="1"`, `exec="on"`, `exec="yes"` (and
    `MARKDOWN_EXEC_AUTO`) mean what they mean in the build: one yes/no rule everywhere.
    """
    return bool(markdown_exec.validator(language, {"exec": "no", **attrs}, {}, {}, None))


def is_yes(value: str) -> bool:
    """markdown-exec's reading of a yes/no option such as `html="1"` (the same rule as `exec`)."""
    return executes("python", {"exec": value})


def includes_with_lines(text: str) -> list[tuple[int, str]]:
    """(line number, path) for every include line of `text`, in order."""
    return [(n, m["path"]) for n, line in enumerate(text.splitlines(), start=1) if (m := _INCLUDE.match(line))]


def includes(text: str) -> list[str]:
    """The files that the include lines of `text` name, in order."""
    return [path for _, path in includes_with_lines(text)]


def expand_includes(text: str, root: Path = ROOT) -> str:
    """`text` with every include line replaced by the file it names, as pymdownx.snippets does."""
    lines = []
    for line in text.splitlines():
        m = _INCLUDE.match(line)
        lines.append((root / m["path"]).read_text(encoding="utf-8").rstrip("\n") if m else line)
    return "\n".join(lines)


@dataclass(frozen=True)
class Heading:
    """`# Title { #id }`: `id` is None when the heading has no explicit id."""

    line: int
    level: int
    title: str
    id: str | None


@dataclass
class Scan:
    """What a page is made of, each item with its 1-based line number."""

    fences: list[Fence] = field(default_factory=list)
    prose: list[tuple[int, str]] = field(default_factory=list)
    """Every line outside fenced code (headings and admonition lines included)."""
    headings: list[Heading] = field(default_factory=list)
    admonitions: list[tuple[int, str]] = field(default_factory=list)
    """`(line, kind)` for `!!! note` and `??? note` blocks."""
    links: list[tuple[int, str]] = field(default_factory=list)
    """`(line, target)`: `page.md#id`, `#id`, `https://…`, or `[ref]` for a reference link."""


def scan(text: str, page: Path = Path("<text>")) -> Scan:
    """Read `text` (a page's Markdown source) once; `page` names it in `Fence.where`."""
    found = Scan()
    current: Fence | None = None
    closing = ""
    for number, line in enumerate(text.splitlines(), start=1):
        if current is not None:
            if line.rstrip() == closing:
                found.fences.append(current)
                current = None
            else:
                current.body.append(line)
            continue
        if m := _FENCE.match(line):
            info = m["info"].strip()
            language = info.split(" ", 1)[0].strip("{").lstrip(".") if info else ""
            current = Fence(page, number, language, dict(_ATTR.findall(info)))
            closing = m["indent"] + m["mark"]
            continue
        found.prose.append((number, line))
        if m := _HEADING.match(line):
            found.headings.append(Heading(number, len(m["level"]), m["title"], m["id"]))
        if m := _ADMONITION.match(line):
            found.admonitions.append((number, m["kind"]))
        found.links += [(number, target or f"[{ref}]") for target, ref in _LINK.findall(line)]
    return found


def fences(page: Path) -> list[Fence]:
    """Every fenced code block of `page`, in order."""
    return scan(page.read_text(encoding="utf-8"), page).fences


def executed_examples(page: Path) -> dict[str, Fence]:
    """`{block id: fence}` for the executed blocks of `page` that hold exactly one include line.

    The Python fence renders a block after pymdownx.snippets has pasted the file in; it finds the
    file it renders here, by the block's id (`Fence.includes[0]`), never by the pasted content.

    Raises:
        ValueError: two executed blocks of `page` share an id; the message starts with the line.
    """
    found: dict[str, Fence] = {}
    for fence in fences(page):
        block_id = fence.attrs.get("id")
        if not (fence.executed and block_id and fence.includes and len([x for x in fence.body if x.strip()]) == 1):
            continue
        if block_id in found:
            raise ValueError(
                f"{fence.line}: block id '{block_id}' is already used at line {found[block_id].line}; "
                "give each executed block its own id"
            )
        found[block_id] = fence
    return found


def executed_runs(
    docs_dir: Path, root: Path = ROOT, default_timeout: float = DEFAULT_TIMEOUT
) -> list[tuple[Path, float]]:
    """(example, time limit) for every executed include of every page under `docs_dir`."""
    return [run for page in sorted(docs_dir.rglob("*.md")) for run in page_runs(page, root, default_timeout)]


def page_runs(page: Path, root: Path = ROOT, default_timeout: float = DEFAULT_TIMEOUT) -> list[tuple[Path, float]]:
    """(example, time limit) for every executed include of the Markdown file `page`."""
    runs = []
    for fence in fences(page):
        if fence.executed:
            timeout = float(fence.attrs.get("timeout", default_timeout))
            runs += [(root / include, timeout) for include in fence.includes]
    return runs
