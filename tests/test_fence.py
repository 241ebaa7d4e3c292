"""The Python fence on bad input, in this process, as markdown-exec tests its own fences.

A page is converted by Python-Markdown with the site's include and fence settings; each problem
must be logged as a warning that names the example file (a strict build stops on any warning, as
tests/test_translation_site.py shows on a real build) and be shown on the page instead of an output.
Examples run under the interpreter running the tests only; that every interpreter found is used
is the strict build's business (tests/test_site.py).
"""

from __future__ import annotations

import logging
import sys
import textwrap
import time
from pathlib import Path
from types import SimpleNamespace

import markdown
import pytest
from mkdocs.exceptions import PluginError

from docsbuild import fence, hooks, interpreters
from docsbuild.interpreters import current

EXAMPLES = {
    "ok.py": 'print("fine")\n',
    "raises.py": 'print("before")\n\n\nraise ValueError("unexpected")\n',
    # A thread under the virtual clock: the fence must name the file and say what to declare.
    "wrong_clock.py": "import threading\n\nthreading.Thread(target=print).start()\n",
    "hangs.py": textwrap.dedent(
        """\
        # /// script
        # [tool.asyncio-in-practice]
        # clock = "real"
        # ///
        import time

        time.sleep(60)
        """
    ),
    # An output the page puts in as HTML (a timeline does): it goes in after rendering, in place of
    # a placeholder, which must not be left behind.
    "figure.py": 'print(\'<figure class="drawn"><svg width="10"><rect/></svg></figure>\')\n',
}


def block(include: str, options: str = "", block_id: str = "fixture") -> str:
    return f'```python exec="on" id="{block_id}"{options}\n--8<-- "{include}"\n```\n'


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A site root with the examples above, the fence pointed at it, one interpreter."""
    (tmp_path / "snippets" / "bad").mkdir(parents=True)
    for name, code in EXAMPLES.items():
        (tmp_path / "snippets" / "bad" / name).write_text(code)
    (tmp_path / "snippets" / "bad" / "ok.out").write_text("fine\n")
    (tmp_path / "snippets" / "bad" / "figure.out").write_text(EXAMPLES["figure.py"][7:-3] + "\n")
    monkeypatch.setattr(fence, "current", fence.PageContext(page="index.md", root=tmp_path))
    monkeypatch.setattr(interpreters, "available", lambda: {current(): sys.executable})
    return tmp_path


def convert(site: Path, page: str) -> str:
    """The HTML of `page` (Markdown), with the includes and fence of mkdocs.yml."""
    md = markdown.Markdown(
        extensions=["attr_list", "md_in_html", "pymdownx.snippets", "pymdownx.superfences", "pymdownx.tabbed"],
        extension_configs={
            "pymdownx.snippets": {"base_path": [str(site)], "check_paths": True},
            "pymdownx.superfences": {
                "custom_fences": [
                    {
                        "name": "python",
                        "class": "python",
                        "validator": fence.validator,
                        "format": fence.formatter_factory(timeout=5),
                    }
                ]
            },
            "pymdownx.tabbed": {"alternate_style": True},
        },
    )
    return md.convert(page)


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == fence.log.name and r.levelno >= logging.WARNING]


def test_an_example_shows_its_source_and_output(site: Path, caplog: pytest.LogCaptureFixture) -> None:
    html = convert(site, block("snippets/bad/ok.py"))
    assert not warnings(caplog)
    assert html.startswith('<div class="exec-example" data-example="fixture"><div class="highlight">')
    assert '<span class="s2">"fine"</span>' in html, "the source"
    assert '<div class="result">\n<div class="highlight"><pre><span></span><code>fine\n</code>' in html, "the output"


def test_an_example_that_raises_is_reported_with_its_traceback(site: Path, caplog: pytest.LogCaptureFixture) -> None:
    html = convert(site, block("snippets/bad/raises.py"))
    (warning,) = warnings(caplog)
    assert "snippets/bad/raises.py: exited with code 1" in warning
    assert 'File "snippets/bad/raises.py", line 4' in warning and "ValueError: unexpected" in warning
    assert "ValueError: unexpected" in html, "the page shows the problem instead of an output"


def test_a_hanging_example_is_stopped_at_the_fence_time_limit(site: Path, caplog: pytest.LogCaptureFixture) -> None:
    # That whatever the example started goes down with it: tests/test_runner.py.
    started = time.monotonic()
    convert(site, block("snippets/bad/hangs.py", ' timeout="1"'))
    assert time.monotonic() - started < 30, "the block's limit of 1 s was not applied"
    (warning,) = warnings(caplog)
    assert "snippets/bad/hangs.py: killed after its time limit of 1 s" in warning


def test_real_time_on_the_virtual_clock_is_named(site: Path, caplog: pytest.LogCaptureFixture) -> None:
    convert(site, block("snippets/bad/wrong_clock.py"))
    (warning,) = warnings(caplog)
    assert "snippets/bad/wrong_clock.py: exited with code 1" in warning
    assert 'File "snippets/bad/wrong_clock.py", line 3' in warning
    assert "VirtualClockError: starting a thread" in warning and 'declare `clock = "real"`' in warning


def test_a_differing_output_is_reported_once_however_often_it_is_shown(
    site: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Once per build: for the languages, see tests/test_translation_site.py.
    (site / "snippets" / "bad" / "ok.out").write_text("something else\n")
    convert(site, block("snippets/bad/ok.py") + "\n" + block("snippets/bad/ok.py", block_id="again"))
    (warning,) = warnings(caplog)
    assert f"snippets/bad/ok.py: output on Python {current()} differs from snippets/bad/ok.out" in warning


def test_inline_code_cannot_be_executed(site: Path, caplog: pytest.LogCaptureFixture) -> None:
    convert(site, '```python exec="on" id="inline"\nprint("not from snippets/")\n```\n')
    assert warnings(caplog) == [
        "block 'inline' on index.md: executed code must be an include of a file in snippets/<topic>/"
    ]


def test_an_html_output_replaces_its_placeholder(site: Path, caplog: pytest.LogCaptureFixture) -> None:
    html = convert(site, block("snippets/bad/figure.py", ' html="1"'))
    assert not warnings(caplog)
    assert '<figure class="drawn"><svg width="10"><rect/></svg></figure>' in html
    assert "exechtml" not in html, "a placeholder was left on the page"


def test_a_missing_include_names_the_page_and_line(site: Path) -> None:
    source = site / "docs" / "index.md"
    source.parent.mkdir()
    source.write_text("# Fixture\n\n" + block("snippets/bad/missing.py"))
    page = SimpleNamespace(file=SimpleNamespace(abs_src_path=str(source), src_uri="index.md"))
    with pytest.raises(PluginError, match="index.md:4: included file snippets/bad/missing.py does not exist"):
        hooks.on_page_markdown(source.read_text(), page=page, config={"docs_dir": str(site / "docs")})
