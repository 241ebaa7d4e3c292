"""What a reader of the Chinese site is told about translations, on a tiny bilingual fixture site.

An outdated translation shows a banner linking to the English page and is listed as outdated on
the status page; a missing one falls back to the English page with a banner, without running its
examples a second time.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from docsbuild import interpreters
from docsbuild.translations import content_hash
from tests.conftest import build_site, fixture_site_config

CONFIG = fixture_site_config(
    plugins="""\
  - i18n:
      docs_structure: folder
      fallback_to_default: true
      languages:
        - locale: en
          default: true
          name: English
        - locale: zh
          name: 简体中文
""",
    markdown_extensions="  - admonition\n  - attr_list\n",
    rest="nav:\n  - index.md\n  - current.md\n  - untranslated.md\n  - translation-status.md\n",
)

FENCE = '```python exec="on" id="hello"\n--8<-- "snippets/t/hello.py"\n```\n'


def make_site(tmp_path: Path) -> Path:
    en, zh = tmp_path / "docs" / "en", tmp_path / "docs" / "zh"
    en.mkdir(parents=True)
    zh.mkdir(parents=True)
    (tmp_path / "snippets" / "t").mkdir(parents=True)
    (tmp_path / "snippets" / "t" / "hello.py").write_text('print("hello")\n')
    (tmp_path / "snippets" / "t" / "hello.out").write_text("hello\n")
    pages = {
        "index.md": "# Home\n\nWelcome.\n",
        "current.md": "# Current\n\nThis page is translated.\n",
        "untranslated.md": f"# Untranslated\n\nOnly in English.\n\n{FENCE}",
        "translation-status.md": "# Status\n\n<!-- translation-status -->\n",
    }
    for name, text in pages.items():
        (en / name).write_text(text)
        if name != "untranslated.md":
            (zh / name).write_text(f"---\ntranslated_from: {content_hash(text)}\n---\n\n{text}")
    (tmp_path / "mkdocs.yml").write_text(CONFIG)
    return tmp_path / "mkdocs.yml"


def test_outdated_and_missing_translations_are_announced(tmp_path: Path) -> None:
    config = make_site(tmp_path)
    page = tmp_path / "docs" / "en" / "current.md"
    page.write_text(page.read_text() + "\nA new English paragraph.\n")  # the translation is now behind
    result = build_site(config, tmp_path / "site")
    assert result.returncode == 0, result.log

    current = (tmp_path / "site" / "zh" / "current" / "index.html").read_text()
    assert "译文可能已过时" in current
    assert 'href="../../current/" hreflang="en"' in current, "the banner links to the English page"
    assert "译文可能已过时" not in (tmp_path / "site" / "zh" / "index.html").read_text()

    missing = (tmp_path / "site" / "zh" / "untranslated" / "index.html").read_text()
    assert "这一页还没有中文译文" in missing and "Only in English." in missing

    status = (tmp_path / "site" / "zh" / "translation-status" / "index.html").read_text()
    assert "current.md</a></td>\n<td>已过时</td>" in status
    assert "untranslated.md</a></td>\n<td>缺失：显示英文原文</td>" in status
    assert "index.md</a></td>\n<td>已同步</td>" in status


def test_a_fallback_page_does_not_run_its_examples_again(tmp_path: Path) -> None:
    result = build_site(make_site(tmp_path), tmp_path / "site")
    assert result.returncode == 0, result.log
    counts = Counter(result.executions)
    assert counts == {"snippets/t/hello.py": len(interpreters.available())}, counts
    assert "hello" in (tmp_path / "site" / "zh" / "untranslated" / "index.html").read_text()


def test_a_translation_that_includes_another_example_fails_the_strict_build(tmp_path: Path) -> None:
    # What a translator sees under `make serve` as a warning, before any test runs.
    config = make_site(tmp_path)
    (tmp_path / "snippets" / "t" / "other.py").write_text('print("other")\n')
    (tmp_path / "snippets" / "t" / "other.out").write_text("other\n")
    en = (tmp_path / "docs" / "en" / "untranslated.md").read_text()
    zh = en.replace("Only in English.", "只有中文。").replace("hello.py", "other.py")
    (tmp_path / "docs" / "zh" / "untranslated.md").write_text(f"---\ntranslated_from: {content_hash(en)}\n---\n\n{zh}")
    result = build_site(config, tmp_path / "site")
    assert result.returncode != 0
    assert (
        "docs/zh/untranslated.md:10: includes snippets/t/other.py, but docs/en/untranslated.md:6 includes "
        'snippets/t/hello.py here; write --8<-- "snippets/t/hello.py" as on the English page'
    ) in result.log
