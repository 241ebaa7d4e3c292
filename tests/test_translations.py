"""The Chinese site mirrors the English one, reads as Chinese, and says when it lags behind.

Structure is what readers and links rely on: the same examples and code in the same order, the
same heading ids (so `page.md#id` works in both languages), the same admonition kinds and the
same internal links. Code cannot differ at all: a change that only touches docs/zh/ must not be
able to change what runs at build time.

Outdated translations are reported as warnings; `--strict-translations` makes them failures.
"""

from __future__ import annotations

import re
import sys
import warnings
from itertools import zip_longest
from pathlib import Path

import pytest

from docsbuild import glossary, translations
from docsbuild.catalog import ROOT, relative
from docsbuild.pages import scan

EN = ROOT / "docs" / "en"
ZH = ROOT / "docs" / "zh"
PAGES = translations.pages()
TRANSLATED = [page for page in PAGES if (ZH / page).is_file()]


class TranslationOutdated(UserWarning):
    """A Chinese page translates an older version of its English page."""


def skeleton(page: Path) -> dict[str, list[tuple[int, str]]]:
    """What must be identical across languages, each item with the line it is on."""
    found = scan(page.read_text(encoding="utf-8"), page)
    # Every heading, the page title (H1) included: its id is what `page.md#id` and the language
    # switcher's `#anchor` rely on, and an id left to the slugifier is `_1` for a Chinese title.
    for heading in found.headings:
        if heading.id is None:
            pytest.fail(f"{relative(page)}:{heading.line}: heading without an explicit id {{ #id }}", pytrace=False)
    return {
        "code": [(f.line, f"{f.language} {f.attrs} {f.body}") for f in found.fences],
        "headings": [(h.line, f"{'#' * h.level} {h.id}") for h in found.headings],
        "admonitions": found.admonitions,
        # Internal links only: other pages, anchors, API references; external ones may differ.
        "links": [(n, target) for n, target in found.links if not re.match(r"[a-z]+:", target)],
    }


@pytest.mark.parametrize("page", PAGES, ids=str)
def test_chinese_page_exists(page: str) -> None:
    assert (ZH / page).is_file(), f"docs/zh/{page} is missing: every English page needs its Chinese page"


@pytest.mark.parametrize("page", TRANSLATED, ids=str)
def test_same_includes(page: str) -> None:
    # The same check as the build's warning (docsbuild/plugin.py), for `make test-translations`.
    problems = translations.twin_include_problems(ZH / page, ROOT / "docs")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def test_a_different_include_is_reported_with_the_line_to_copy() -> None:
    en = '# T\n\n```python exec="on" id="a"\n--8<-- "snippets/t/a.py"\n```\n'
    zh = '# T\n\n中文。\n\n```python exec="on" id="a"\n--8<-- "snippets/t/b.py"\n```\n'
    assert translations.include_mismatches(zh, en, "docs/zh/t.md", "docs/en/t.md") == [
        "docs/zh/t.md:6: includes snippets/t/b.py, but docs/en/t.md:4 includes snippets/t/a.py here; "
        'write --8<-- "snippets/t/a.py" as on the English page'
    ]
    assert translations.include_mismatches(en, en, "docs/zh/t.md", "docs/en/t.md") == []
    missing = translations.include_mismatches("# T\n", en, "docs/zh/t.md", "docs/en/t.md")
    assert missing == [
        "docs/zh/t.md: does not include snippets/t/a.py (docs/en/t.md:4); "
        'copy the include line --8<-- "snippets/t/a.py" and its fence from the English page'
    ]


@pytest.mark.parametrize("part", ["code", "headings", "admonitions", "links"])
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
    if uses:
        pytest.fail(
            "\n".join(
                f"docs/zh/{page}:{line}: “{variant}” is rejected by glossary.yml ({term.en}: {term.zh}). {term.why_zh}"
                for line, variant, term in uses
            ),
            pytrace=False,
        )


@pytest.mark.parametrize("page", TRANSLATED, ids=str)
def test_chinese_typography(page: str) -> None:
    # Spacing between CJK and Latin text, full-width punctuation in Chinese sentences (autocorrect).
    fixes = translations.typography_fixes((ZH / page).read_text(encoding="utf-8"), f"docs/zh/{page}")
    if fixes:
        pytest.fail("\n".join(map(str, fixes)) + "\n`make fix-zh` fixes these.", pytrace=False)


PLANTED = "# 标题\n\n中文abc测试,好的。\n"


def test_the_typography_lint_prints_one_line_per_problem(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "planted.md").write_text(PLANTED, encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "ZH", tmp_path)
    with pytest.raises(pytest.fail.Exception) as failure:
        test_chinese_typography("planted.md")
    assert str(failure.value).splitlines() == [
        "docs/zh/planted.md:3:3: add a space between Chinese and Latin text: “中文abc测” → “中文 abc测”",
        "docs/zh/planted.md:3:6: add a space between Chinese and Latin text: “文abc测试,好” → “文abc 测试,好”",
        "docs/zh/planted.md:3:8: use full-width punctuation ， in Chinese text: “bc测试,好的。” → “bc测试，好的。”",
        "`make fix-zh` fixes these.",
    ]


def test_fix_zh_says_what_it_changed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "docs" / "zh").mkdir(parents=True)
    page = tmp_path / "docs" / "zh" / "planted.md"
    page.write_text(PLANTED, encoding="utf-8")
    (tmp_path / "docs" / "zh" / "clean.md").write_text("# 标题\n\n没有问题。\n", encoding="utf-8")
    translations.report_fixes(translations.fix_typography(tmp_path), tmp_path)
    assert page.read_text(encoding="utf-8") == "# 标题\n\n中文 abc 测试，好的。\n"
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("docs/zh/planted.md:3:3: add a space between Chinese and Latin text:")
    assert out[-1] == "docs/zh/planted.md: 3 changes"
    assert len(out) == 4, "clean.md is not mentioned"
    translations.report_fixes(translations.fix_typography(tmp_path), tmp_path)
    assert capsys.readouterr().out == "docs/zh: nothing to fix\n"


def test_chinese_pages_address_the_reader_as_ni() -> None:
    polite = [
        f"docs/zh/{page}:{n}"
        for page in TRANSLATED
        for n, line in scan((ZH / page).read_text("utf-8")).prose
        if "您" in line
    ]
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


@pytest.mark.parametrize(
    ("planted", "variant"),
    [
        ("不能在运行中的事件循环里调用 `asyncio.run()`。", "运行中的事件循环"),
        ("它的 `except asyncio.CancelledError:` 处理器最后要重新抛出。", "except…处理器"),
        ('!!! warning "except CancelledError 处理器的结尾一定要有 raise"', "except…处理器"),
        ("用了被弃用的写法，检查会失败。", "弃用的写法"),
        ("没人取回的异常会被报告。", "取回"),
        ("实心色块是占着名额运行的时间。", "色块"),
    ],
)
def test_the_terminology_lint_catches_recurring_mistakes(planted: str, variant: str) -> None:
    assert [v for _, v, _ in glossary.rejected_uses(planted)] == [variant]


@pytest.mark.parametrize(
    "correct",
    [
        "事件循环的异常处理器会报告它。",  # the loop's exception handler is a 处理器
        "`except` 子句先执行，处理器随后才被调用。",  # a 处理器 after a finished clause is not the clause
        "`get_event_loop()` 在 3.12 起被弃用。",  # deprecated is 弃用
        "不采用的写法写进“运行中的事件循环”这样的引号里也可以讨论。",
    ],
)
def test_the_terminology_lint_leaves_correct_text_alone(correct: str) -> None:
    assert glossary.rejected_uses(correct) == []
