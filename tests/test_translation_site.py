"""What a reader of the Chinese site is told about translations, on a tiny bilingual fixture site.

An outdated translation shows a banner linking to the English page and is listed as outdated on
the status page; a missing one falls back to the English page with a banner, without running its
examples a second time. A translation that includes another example than its English page, and an
example whose output differs from its recording, are warnings that fail the strict build, each
reported once although both languages show it.

One strict build of the fixture site backs every test here (the fence's own reactions to bad input
are tested in this process: tests/test_fence.py).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from docsbuild import interpreters
from docsbuild.translations import content_hash
from tests.conftest import BILINGUAL, Build, build_site, fixture_site_config

PAGE_NAMES = ("index", "current", "untranslated", "twin", "differs", "translation-status")
CONFIG = fixture_site_config(
    plugins=BILINGUAL,
    markdown_extensions="  - admonition\n  - attr_list\n",
    rest="nav:\n" + "".join(f"  - {name}.md\n" for name in PAGE_NAMES),
)

FENCE = '```python exec="on" id="{id}"\n--8<-- "snippets/t/{name}.py"\n```\n'


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Build]:
    root = tmp_path_factory.mktemp("translation-site")
    en, zh = root / "docs" / "en", root / "docs" / "zh"
    en.mkdir(parents=True)
    zh.mkdir(parents=True)
    (root / "snippets" / "t").mkdir(parents=True)
    for name in ("hello", "other", "differs"):
        (root / "snippets" / "t" / f"{name}.py").write_text(f'print("{name}")\n')
        (root / "snippets" / "t" / f"{name}.out").write_text(f"{name}\n")
    (root / "snippets" / "t" / "differs.out").write_text("something else\n")
    pages = {
        "index.md": "# Home\n\nWelcome.\n",
        "current.md": "# Current\n\nThis page is translated.\n",
        "untranslated.md": f"# Untranslated\n\nOnly in English.\n\n{FENCE.format(id='hello', name='hello')}",
        "twin.md": f"# Twin\n\nTranslated.\n\n{FENCE.format(id='hello', name='hello')}",
        "differs.md": f"# Differs\n\nTranslated.\n\n{FENCE.format(id='differs', name='differs')}",
        "translation-status.md": "# Status\n\n<!-- translation-status -->\n",
    }
    for name, text in pages.items():
        (en / name).write_text(text)
        translated = text.replace("hello.py", "other.py") if name == "twin.md" else text
        if name != "untranslated.md":
            (zh / name).write_text(f"---\ntranslated_from: {content_hash(text)}\n---\n\n{translated}")
    page = en / "current.md"
    page.write_text(page.read_text() + "\nA new English paragraph.\n")  # the translation is now behind
    (root / "mkdocs.yml").write_text(CONFIG)
    return root, build_site(root / "mkdocs.yml", root / "site")


def test_the_two_problems_fail_the_strict_build_each_reported_once(site: tuple[Path, Build]) -> None:
    _, result = site
    assert result.returncode != 0
    twin = (
        "docs/zh/twin.md:10: includes snippets/t/other.py, but docs/en/twin.md:6 includes "
        'snippets/t/hello.py here; write --8<-- "snippets/t/hello.py" as on the English page'
    )
    differs = [f"snippets/t/differs.py: output on Python {version} differs" for version in interpreters.available()]
    warned = [line.removeprefix("WARNING -  ") for line in result.log.splitlines() if line.startswith("WARNING")]
    assert sorted(warned) == sorted([twin, *(f"{d} from snippets/t/differs.out" for d in differs)]), result.log
    # The English and the Chinese page both show differs.py: its diff is printed once, not per language.
    assert all(result.log.count(d) == 1 for d in differs), result.log


def test_outdated_and_missing_translations_are_announced(site: tuple[Path, Build]) -> None:
    built = site[1].site
    current_page = (built / "zh" / "current" / "index.html").read_text()
    assert "译文可能已过时" in current_page
    assert 'href="../../current/" hreflang="en"' in current_page, "the banner links to the English page"
    assert "译文可能已过时" not in (built / "zh" / "index.html").read_text()

    missing = (built / "zh" / "untranslated" / "index.html").read_text()
    assert "这一页还没有中文译文" in missing and "Only in English." in missing

    status = (built / "zh" / "translation-status" / "index.html").read_text()
    assert "current.md</a></td>\n<td>已过时</td>" in status
    assert "untranslated.md</a></td>\n<td>尚未翻译：显示英文原文</td>" in status
    assert "index.md</a></td>\n<td>已是最新</td>" in status


def test_a_fallback_page_does_not_run_its_examples_again(site: tuple[Path, Build]) -> None:
    _, result = site
    # hello.py is on twin.md and, in both languages, on untranslated.md: once per interpreter all the same.
    every = len(interpreters.available())
    # differs.py surprises, so each forked run of it is repeated as `python <file>` (RETRIES), once.
    runs = {"hello": every, "other": every, "differs": 2 * every}
    assert Counter(result.executions) == {f"snippets/t/{name}.py": n for name, n in runs.items()}
    assert "hello" in (result.site / "zh" / "untranslated" / "index.html").read_text()
