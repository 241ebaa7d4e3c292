"""Every English page has its Chinese page, and the two have the same skeleton.

Structure is what readers and links rely on: the same examples in the same order, and the same
heading ids, so `page.md#id` works in both languages.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from docsbuild.catalog import ROOT, relative
from docsbuild.pages import fences

EN = ROOT / "docs" / "en"
ZH = ROOT / "docs" / "zh"
PAGES = sorted(p.relative_to(EN) for p in EN.rglob("*.md"))
_HEADING_ID = re.compile(r"^(#{2,6}) .*\{ *#([\w-]+) *\}\s*$")


def headings(page: Path) -> list[str]:
    """`## id` for every heading below the title; every one must carry an explicit id."""
    out = []
    in_fence = False
    for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), start=1):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        if in_fence or not re.match(r"^#{2,6} ", line):
            continue
        m = _HEADING_ID.match(line)
        assert m, f"{relative(page)}:{number}: heading without an explicit id: {line!r}"
        out.append(f"{m[1]} {m[2]}")
    return out


def executed_blocks(page: Path) -> list[str]:
    return [f"{f.attrs.get('id')} <- {', '.join(f.includes)}" for f in fences(page) if f.executed]


@pytest.mark.parametrize("page", PAGES, ids=str)
def test_chinese_page_exists(page: Path) -> None:
    assert (ZH / page).is_file(), f"docs/zh/{page} is missing: every English page needs its Chinese page"


@pytest.mark.parametrize("page", PAGES, ids=str)
def test_same_examples_in_same_order(page: Path) -> None:
    assert executed_blocks(ZH / page) == executed_blocks(EN / page), f"docs/zh/{page}: executed blocks differ"


@pytest.mark.parametrize("page", PAGES, ids=str)
def test_same_heading_ids(page: Path) -> None:
    assert headings(ZH / page) == headings(EN / page), f"docs/zh/{page}: headings differ"
