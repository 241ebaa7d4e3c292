"""The Chinese site mirrors the English one, reads as Chinese, and says when it lags behind.

Structure is what readers and links rely on: the same examples and code in the same order, the
same heading ids (so `page.md#id` works in both languages), the same admonition kinds and the
same internal links. Code cannot differ at all: a change that only touches docs/zh/ must not be
able to change what runs at build time.

Outdated translations are reported as warnings; `--strict-translations` makes them failures.
"""

from __future__ import annotations

import re
import warnings
from itertools import zip_longest
from pathlib import Path

import autocorrect_py
import pytest

from docsbuild import glossary, translations
from docsbuild.catalog import ROOT, relative
from docsbuild.pages import fences, includes_with_lines

EN = ROOT / "docs" / "en"
ZH = ROOT / "docs" / "zh"
PAGES = translations.pages()
TRANSLATED = [page for page in PAGES if (ZH / page).is_file()]

# Every heading, the page title (H1) included: its id is what `page.md#id` and the language
# switcher's `#anchor` rely on, and an id left to the slugifier is `_1` for a Chinese title.
_HEADING = re.compile(r"^(#{1,6}) .*?(?:\{ *#([\w-]+) *\})?\s*$")
_ADMONITION = re.compile(r"^\s*(?:!!!|\?\?\?\+?) *([\w-]+)")
_LINK = re.compile(r"\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)|\]\[([^\]]+)\]")


class TranslationOutdated(UserWarning):
    """A Chinese page translates an older version of its English page."""


def _prose_lines(page: Path) -> list[tuple[int, str]]:
    """(line number, line) outside fenced code."""
    out, fence = [], None
    for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), start=1):
        marker = re.match(r"\s*(`{3,}|~{3,})", line)
        if fence is None and marker:
            fence = marker[1]
        elif fence is not None:
            if line.strip().startswith(fence):
                fence = None
        else:
            out.append((number, line))
    return out


def skeleton(page: Path) -> dict[str, list[tuple[int, str]]]:
    """What must be identical across languages, each item with the line it is on."""
    parts: dict[str, list[tuple[int, str]]] = {
        "code": [],
        "includes": [],
        "headings": [],
        "admonitions": [],
        "links": [],
    }
    for fence in fences(page):
        parts["code"].append((fence.line, f"{fence.language} {fence.attrs} {fence.body}"))
    parts["includes"] = includes_with_lines(page.read_text(encoding="utf-8"))
    for number, line in _prose_lines(page):
        if m := _HEADING.match(line):
            if not m[2]:
                pytest.fail(f"{relative(page)}:{number}: heading without an explicit id {{ #id }}", pytrace=False)
            parts["headings"].append((number, f"{m[1]} {m[2]}"))
        if m := _ADMONITION.match(line):
            parts["admonitions"].append((number, m[1]))
        for target, ref in _LINK.findall(line):
            target = target or f"[{ref}]"
            if not re.match(r"[a-z]+:", target):  # internal: other pages, anchors, API references
                parts["links"].append((number, target))
    return parts


@pytest.mark.parametrize("page", PAGES, ids=str)
def test_chinese_page_exists(page: str) -> None:
    assert (ZH / page).is_file(), f"docs/zh/{page} is missing: every English page needs its Chinese page"


@pytest.mark.parametrize("part", ["code", "includes", "headings", "admonitions", "links"])
@pytest.mark.parametrize("page", TRANSLATED, ids=str)
def test_same_structure(page: str, part: str) -> None:
    en, zh = skeleton(EN / page)[part], skeleton(ZH / page)[part]
    for index, (e, z) in enumerate(zip_longest(en, zh), start=1):
        if e is None or z is None or e[1] != z[1]:
            where_en = f"docs/en/{page}:{e[0]}" if e else "(nothing more in English)"
            where_zh = f"docs/zh/{page}:{z[0]}" if z else "(nothing more in Chinese)"
            pytest.fail(
                f"docs/zh/{page}: {part} differ from the English page at item {index}:\n"
                f"  en {where_en}: {e[1] if e else '-'}\n  zh {where_zh}: {z[1] if z else '-'}",
                pytrace=False,
            )


@pytest.mark.parametrize("page", TRANSLATED, ids=str)
def test_translation_is_current(page: str, request: pytest.FixtureRequest) -> None:
    state = translations.status(page)
    if state.state == "up to date":
        return
    message = (
        f"docs/zh/{page} translates an older docs/en/{page}"
        f"{f' (English changed {state.since})' if state.since else ''}: "
        f"update it, then run `make translation-done PAGE={page.removesuffix('.md')}`"
    )
    if request.config.getoption("--strict-translations"):
        pytest.fail(message, pytrace=False)
    warnings.warn(TranslationOutdated(message), stacklevel=1)


@pytest.mark.parametrize("page", TRANSLATED, ids=str)
def test_terminology(page: str) -> None:
    uses = glossary.rejected_uses((ZH / page).read_text(encoding="utf-8"))
    assert not uses, "\n".join(
        f"docs/zh/{page}:{line}: “{variant}” is not our term for {term.en}; write “{term.zh}” (see glossary.yml)"
        for line, variant, term in uses
    )


@pytest.mark.parametrize("page", TRANSLATED, ids=str)
def test_chinese_typography(page: str) -> None:
    # Spacing between CJK and Latin text, full-width punctuation in Chinese sentences.
    result = autocorrect_py.lint_for((ZH / page).read_text(encoding="utf-8"), f"docs/zh/{page}")
    assert not result.lines, "run `make fix-zh`:\n" + "\n".join(
        f"docs/zh/{page}:{r.line}:{r.col}: {r.old.strip()!r} -> {r.new.strip()!r}" for r in result.lines[:10]
    )


def test_chinese_pages_address_the_reader_as_ni() -> None:
    polite = [f"docs/zh/{page}:{n}" for page in TRANSLATED for n, line in _prose_lines(ZH / page) if "您" in line]
    assert not polite, f"write 你, not 您: {polite}"


def test_glossary_is_consistent() -> None:
    terms = glossary.terms()
    chosen = {t.zh for t in terms}
    for term in terms:
        assert term.en and term.zh, term
        clash = [v for v in term.rejected if any(v in word for word in chosen)]
        assert not clash, f"{term.en}: rejected variant {clash} is part of a chosen term"
    assert {"协程", "可等待对象", "事件循环", "信号量", "任务组", "异常组", "结构化并发"} <= chosen


def test_the_terminology_lint_can_fail() -> None:
    assert glossary.rejected_uses("这个协同程序会挂起。")
    assert not glossary.rejected_uses("官方文档有时写作“协同程序”，本站统一用 `协程`。")
