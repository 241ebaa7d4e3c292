"""Which Chinese pages are up to date with their English source.

Every Chinese page records, in its front matter, a short hash of the English page it translates:
`translated_from: 3f2a9c1b07de`. When the English page changes, the hashes no longer match and
the page is outdated until a translator updates it and runs `make translation-done PAGE=<page>`.
Git history, when available, tells since when a page has been outdated.

`python -m docsbuild.translations status` prints the table; `done PAGE [PAGE…]` (or `done --all`)
records the current English hash in the Chinese pages.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from itertools import zip_longest
from pathlib import Path

from mkdocs.utils.meta import get_data

from docsbuild.catalog import ROOT
from docsbuild.pages import includes_with_lines

KEY = "translated_from"
_FRONT_MATTER = re.compile(r"\A---\n(?P<yaml>.*?\n)---\n", re.S)


@dataclass(frozen=True)
class Status:
    """The translation state of one page."""

    page: str  # relative to docs/en, e.g. "gather.md"
    state: str  # "up to date", "outdated" or "missing"
    since: str | None = None  # ISO date the English page changed, when known


def content_hash(text: str) -> str:
    """The short hash a translation records of its English source."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def front_matter(text: str) -> dict:
    """The YAML front matter of a page (empty when it has none), read by MkDocs' own reader."""
    return get_data(text)[1]


def recorded_hash(zh_page: Path) -> str | None:
    """The English hash a Chinese page says it translates."""
    value = front_matter(zh_page.read_text(encoding="utf-8")).get(KEY)
    return str(value) if value is not None else None


def set_recorded_hash(zh_page: Path, value: str) -> None:
    """Write `translated_from: value` into the page's front matter, keeping everything else."""
    text = zh_page.read_text(encoding="utf-8")
    line = f"{KEY}: {value}\n"
    m = _FRONT_MATTER.match(text)
    if m is None:
        text = f"---\n{line}---\n\n{text}"
    elif re.search(rf"(?m)^{KEY}:.*\n", m["yaml"]):
        text = text[: m.start("yaml")] + re.sub(rf"(?m)^{KEY}:.*\n", line, m["yaml"]) + text[m.end("yaml") :]
    else:
        text = text[: m.end("yaml")] + line + text[m.end("yaml") :]
    zh_page.write_text(text, encoding="utf-8")


def pages(root: Path = ROOT) -> list[str]:
    """Every English page, relative to docs/en."""
    en = root / "docs" / "en"
    return sorted(p.relative_to(en).as_posix() for p in en.rglob("*.md"))


def status(page: str, root: Path = ROOT) -> Status:
    """Whether `docs/zh/<page>` exists and translates the current `docs/en/<page>`."""
    en, zh = root / "docs" / "en" / page, root / "docs" / "zh" / page
    if not zh.is_file():
        return Status(page, "missing")
    recorded = recorded_hash(zh)
    if recorded == content_hash(en.read_text(encoding="utf-8")):
        return Status(page, "up to date")
    return Status(page, "outdated", _outdated_since(en, recorded, root))


def statuses(root: Path = ROOT) -> list[Status]:
    return [status(page, root) for page in pages(root)]


def _outdated_since(en: Path, recorded: str | None, root: Path) -> str | None:
    """The date of the first English change after the translated version, from git history."""
    rel = en.relative_to(root).as_posix()
    try:
        log = subprocess.run(
            ["git", "log", "--format=%H %cs", "--", rel], cwd=root, capture_output=True, text=True, check=True
        ).stdout.split("\n")
    except (OSError, subprocess.CalledProcessError):
        return None
    newer: str | None = "not yet committed"  # an English edit still in the working tree
    for entry in filter(None, log):
        commit, date = entry.split()
        shown = subprocess.run(["git", "show", f"{commit}:{rel}"], cwd=root, capture_output=True, text=True)
        if shown.returncode == 0 and content_hash(shown.stdout) == recorded:
            return newer
        newer = date
    return None


@dataclass(frozen=True)
class TypographyFix:
    """One change that autocorrect makes to a Chinese page, for a message a translator can act on."""

    page: str  # as given, e.g. "docs/zh/gather.md"
    line: int  # 1-based
    col: int  # 1-based, in characters
    what: str  # e.g. "add a space between Chinese and Latin text"
    before: str  # a short excerpt around the change
    after: str

    def __str__(self) -> str:
        return f"{self.page}:{self.line}:{self.col}: {self.what}: “{self.before}” → “{self.after}”"


def typography_fixes(text: str, page: str) -> list[TypographyFix]:
    """What `make fix-zh` would change in `text` (autocorrect's spacing and punctuation), one item per change.

    `page` names the file in the items and tells autocorrect the format (`.md`).
    """
    import autocorrect_py

    return _line_changes(text, autocorrect_py.format_for(text, page), page)


def _line_changes(text: str, fixed: str, page: str) -> list[TypographyFix]:
    old_lines, new_lines = text.splitlines(), fixed.splitlines()
    changes = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        pairs = list(zip_longest(old_lines[i1:i2], new_lines[j1:j2], fillvalue=""))
        for offset, (old, new) in enumerate(pairs):
            changes += _span_changes(old, new, page, i1 + offset + 1)
    return changes


def _span_changes(old: str, new: str, page: str, line: int, context: int = 4) -> list[TypographyFix]:
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        # The change alone, in the same surroundings, so each line reads on its own.
        left, right = old[max(0, i1 - context) : i1], old[i2 : i2 + context]
        before, after = left + old[i1:i2] + right, left + new[j1:j2] + right
        out.append(TypographyFix(page, line, i1 + 1, _describe(old[i1:i2], new[j1:j2]), before, after))
    return out


def _describe(removed: str, added: str) -> str:
    if not removed and added.isspace():
        return "add a space between Chinese and Latin text"
    if removed.isspace() and not added:
        return "remove this space"
    if added and all(unicodedata.east_asian_width(c) in "FW" for c in added):
        return f"use full-width punctuation {added} in Chinese text"
    return f"write {added!r} instead of {removed!r}"


def fix_typography(root: Path = ROOT) -> dict[Path, list[TypographyFix]]:
    """Fix CJK/Latin spacing and punctuation in every Chinese page with autocorrect.

    Returns the changes made, by page (pages left unchanged are absent).
    """
    import autocorrect_py

    changed = {}
    for page in sorted((root / "docs" / "zh").rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        fixed = autocorrect_py.format_for(text, page.name)
        if fixed != text:
            page.write_text(fixed, encoding="utf-8")
            changed[page] = _line_changes(text, fixed, page.relative_to(root).as_posix())
    return changed


def report_fixes(changed: dict[Path, list[TypographyFix]], root: Path = ROOT) -> None:
    """Print what `fix_typography` changed: one line per change, then a count per page."""
    for page, fixes in changed.items():
        for fix in fixes:
            print(fix)
        print(f"{page.relative_to(root).as_posix()}: {len(fixes)} change{'s' if len(fixes) != 1 else ''}")
    if not changed:
        print("docs/zh: nothing to fix")


def include_mismatches(zh_text: str, en_text: str, zh_name: str, en_name: str) -> list[str]:
    """Where a Chinese page includes other examples than its English twin, as messages naming file and line.

    A translation must include the same files, in the same order (see CONTRIBUTING.md). Each message
    names the Chinese line and the include line to copy from the English page.
    """
    problems = []
    zh, en = includes_with_lines(zh_text), includes_with_lines(en_text)
    for z, e in zip_longest(zh, en):
        if z is not None and e is not None and z[1] == e[1]:
            continue
        if e is None:
            problems.append(f"{zh_name}:{z[0]}: includes {z[1]}, which {en_name} does not; remove it")
        elif z is None:
            problems.append(
                f"{zh_name}: does not include {e[1]} ({en_name}:{e[0]}); "
                f'copy the include line --8<-- "{e[1]}" and its fence from the English page'
            )
        else:
            problems.append(
                f"{zh_name}:{z[0]}: includes {z[1]}, but {en_name}:{e[0]} includes {e[1]} here; "
                f'write --8<-- "{e[1]}" as on the English page'
            )
        break  # after the first difference, the rest is usually a consequence of it
    return problems


def twin_include_problems(source: Path, docs_dir: Path, root: Path = ROOT) -> list[str]:
    """`include_mismatches` of a page under `docs_dir/zh/` against its English twin; [] for any other page.

    The build logs these as warnings, so `make serve` shows them and a strict build fails on them.
    """
    source, docs_dir, root = source.resolve(), docs_dir.resolve(), root.resolve()
    rel = source.relative_to(docs_dir)
    en = docs_dir.joinpath("en", *rel.parts[1:])
    if rel.parts[0] != "zh" or not en.is_file():
        return []

    def name(path: Path) -> str:
        return path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)

    return include_mismatches(
        source.read_text(encoding="utf-8"), en.read_text(encoding="utf-8"), name(source), name(en)
    )


def main(argv: list[str]) -> int:
    """`python -m docsbuild.translations status | done PAGE... | done --all | fix-typography`."""
    parser = argparse.ArgumentParser(prog="python -m docsbuild.translations", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("status", help="list every page: up to date, outdated (since when) or missing")
    done = commands.add_parser("done", help="mark Chinese pages as translating the current English page")
    which = done.add_mutually_exclusive_group(required=True)
    which.add_argument("pages", nargs="*", default=[], help="gather.md, or gather", metavar="PAGE")
    which.add_argument("--all", action="store_true", help="every page")
    commands.add_parser("fix-typography", help="fix spacing and punctuation in the Chinese pages, and say what changed")
    args = parser.parse_args(argv)
    if args.command == "fix-typography":
        report_fixes(fix_typography())
        return 0
    if args.command == "status":
        for s in statuses():
            print(f"{s.page:<28} {s.state}{f' (English changed {s.since})' if s.since else ''}")
        return 0
    names = pages() if args.all else [a if a.endswith(".md") else f"{a}.md" for a in args.pages]
    for name in names:
        zh = ROOT / "docs" / "zh" / name
        if not zh.is_file():
            print(f"docs/zh/{name} does not exist", file=sys.stderr)
            return 1
        set_recorded_hash(zh, content_hash((ROOT / "docs" / "en" / name).read_text(encoding="utf-8")))
        print(f"docs/zh/{name}: marked as translating the current English page")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
