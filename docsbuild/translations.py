"""Which Chinese pages are up to date with their English source.

Every Chinese page records, in its front matter, a short hash of the English page it translates:
`translated_from: 3f2a9c1b07de`. When the English page changes, the hashes no longer match and
the page is outdated until a translator updates it and runs `make translation-done PAGE=<page>`.
Git history, when available, tells since when a page has been outdated.

`python -m docsbuild.translations status` prints the table; `done PAGE [PAGE…]` (or `done --all`)
records the current English hash in the Chinese pages.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from docsbuild.catalog import ROOT

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
    """The YAML front matter of a page (empty when it has none)."""
    m = _FRONT_MATTER.match(text)
    return (yaml.safe_load(m["yaml"]) or {}) if m else {}


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
        log = subprocess.run(  # noqa: S603
            ["git", "log", "--format=%H %cs", "--", rel], cwd=root, capture_output=True, text=True, check=True
        ).stdout.split("\n")
    except (OSError, subprocess.CalledProcessError):
        return None
    newer: str | None = "not yet committed"  # an English edit still in the working tree
    for entry in filter(None, log):
        commit, date = entry.split()
        shown = subprocess.run(  # noqa: S603
            ["git", "show", f"{commit}:{rel}"], cwd=root, capture_output=True, text=True
        )
        if shown.returncode == 0 and content_hash(shown.stdout) == recorded:
            return newer
        newer = date
    return None


def fix_typography(root: Path = ROOT) -> list[Path]:
    """Fix CJK/Latin spacing and punctuation in every Chinese page with autocorrect; return what changed."""
    import autocorrect_py

    changed = []
    for page in sorted((root / "docs" / "zh").rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        fixed = autocorrect_py.format_for(text, page.name)
        if fixed != text:
            page.write_text(fixed, encoding="utf-8")
            changed.append(page)
    return changed


USAGE = "usage: python -m docsbuild.translations status | done PAGE [PAGE...] | done --all | fix-typography"


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"status", "done", "fix-typography"}:
        print(USAGE, file=sys.stderr)
        return 2
    if argv[0] == "fix-typography":
        for page in fix_typography():
            print(f"fixed {page.relative_to(ROOT)}")
        return 0
    if argv[0] == "status":
        for s in statuses():
            print(f"{s.page:<28} {s.state}{f' (English changed {s.since})' if s.since else ''}")
        return 0
    names = pages() if argv[1:] == ["--all"] else [a if a.endswith(".md") else f"{a}.md" for a in argv[1:]]
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
