"""The Python fence in-process, as markdown-exec's own tests render theirs: Markdown in, HTML out.

No build: a page is converted with pymdownx.snippets and SuperFences, the fence bound to a small
`BuildContext` (docsbuild/fence.py), as the plugin binds it; examples run in a temporary folder,
under the interpreter running the tests only (that every interpreter found is used is the strict
build's business: tests/test_site.py). Each problem must be given as a warning that names the
example file (a strict build stops on any warning, as tests/test_translation_site.py shows on a
real build) and be shown on the page instead of an output.
"""

from __future__ import annotations

import json
import sys
import textwrap
import time
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pytest
from markdown import Markdown
from mkdocs.exceptions import PluginError

from docsbuild import interpreters
from docsbuild.execution import Executor
from docsbuild.fence import BuildContext, custom_fence
from docsbuild.pages import executed_examples
from docsbuild.plugin import SitePlugin

VERSION = interpreters.current()
# Two examples with the same source: only their file names tell them apart.
SAME_SOURCE = "import pathlib\n\nprint(pathlib.Path(__file__).name)\n"
EXAMPLES = {
    "first.py": SAME_SOURCE,
    "second.py": SAME_SOURCE,
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
RECORDED = {
    "first": "first.py\n",
    "second": "second.py\n",
    "ok": "fine\n",
    "figure": EXAMPLES["figure.py"][7:-3] + "\n",
}


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A site root with the examples above and their recordings."""
    (tmp_path / "snippets" / "t").mkdir(parents=True)
    for name, code in EXAMPLES.items():
        (tmp_path / "snippets" / "t" / name).write_text(code)
    for name, output in RECORDED.items():
        (tmp_path / "snippets" / "t" / f"{name}.out").write_text(output)
    return tmp_path


def render(root: Path, page: str, *, publish: bool = False) -> tuple[str, BuildContext]:
    """The HTML of `page` (Markdown, written as docs/page.md under `root`), and the context it used;
    `publish`: as on the published site, where each example gets its download line."""
    source = root / "docs" / "page.md"
    source.parent.mkdir(exist_ok=True)
    source.write_text(page, encoding="utf-8")
    executor = Executor(root=root, jobs=2)
    context = BuildContext(root=root, executor=executor, pythons={VERSION: sys.executable}, timeout=5)
    context.page, context.page_url, context.publish = "page.md", "topic/", publish
    context.includes = {block: fence.includes[0] for block, fence in executed_examples(source).items()}
    md = Markdown(
        extensions=["attr_list", "md_in_html", "pymdownx.snippets", "pymdownx.superfences", "pymdownx.tabbed"],
        extension_configs={
            "pymdownx.snippets": {"base_path": [str(root)], "check_paths": True},
            "pymdownx.superfences": {"custom_fences": [custom_fence(context)]},
            "pymdownx.tabbed": {"alternate_style": True},
        },
    )
    return md.convert(page), context


def block(name: str, options: str = "", block_id: str | None = None) -> str:
    return f'```python exec="1" id="{block_id or name}"{options}\n--8<-- "snippets/t/{name}.py"\n```\n\n'


def test_an_example_shows_its_source_and_output(root: Path) -> None:
    html, context = render(root, block("ok"))
    assert not context.warned, context.warned
    assert html.startswith('<div class="exec-example" data-example="ok"><div class="highlight">')
    assert '<span class="s2">"fine"</span>' in html, "the source"
    assert '<div class="result">\n<div class="highlight"><pre><span></span><code>fine\n</code>' in html, "the output"


def test_each_block_runs_the_file_it_includes_even_when_another_has_the_same_source(root: Path) -> None:
    html, context = render(root, block("first", block_id="one") + block("second", block_id="two"))
    assert html.count('<div class="exec-example"') == 2
    assert html.index("first.py") < html.index("second.py"), html
    assert context.shown == {root / "snippets/t/first.py", root / "snippets/t/second.py"}
    assert not context.warned, context.warned  # each output equals its own recording


def test_an_example_that_raises_is_reported_with_its_traceback(root: Path) -> None:
    html, context = render(root, block("raises"))
    (warning,) = context.warned
    assert "snippets/t/raises.py: exited with code 1" in warning
    assert 'File "snippets/t/raises.py", line 4' in warning and "ValueError: unexpected" in warning
    assert "ValueError: unexpected" in html, "the page shows the problem instead of an output"


def test_a_hanging_example_is_stopped_at_the_fence_time_limit(root: Path) -> None:
    # That whatever the example started goes down with it: tests/test_runner.py.
    started = time.monotonic()
    _, context = render(root, block("hangs", ' timeout="1"'))
    assert time.monotonic() - started < 30, "the block's limit of 1 s was not applied"
    (warning,) = context.warned
    assert "snippets/t/hangs.py: killed after its time limit of 1 s" in warning


def test_real_time_on_the_virtual_clock_is_named(root: Path) -> None:
    _, context = render(root, block("wrong_clock"))
    (warning,) = context.warned
    assert "snippets/t/wrong_clock.py: exited with code 1" in warning
    assert 'File "snippets/t/wrong_clock.py", line 3' in warning
    assert "VirtualClockError: starting a thread" in warning and 'declare `clock = "real"`' in warning


def test_a_differing_output_is_reported_once_however_often_it_is_shown(root: Path) -> None:
    # Once per build: for the languages, see tests/test_translation_site.py.
    (root / "snippets" / "t" / "ok.out").write_text("something else\n")
    _, context = render(root, block("ok") + block("ok", block_id="again"))
    (warning,) = context.warned
    assert f"snippets/t/ok.py: output on Python {VERSION} differs from snippets/t/ok.out" in warning


def test_an_executed_block_must_be_one_include_line(root: Path) -> None:
    html, context = render(root, '```python exec="on" id="inline"\nprint("not from snippets/")\n```\n')
    (message,) = context.warned
    assert message == "block 'inline' on page.md: executed code must be an include line of a file in snippets/<topic>/"
    assert "executed code must be an include line" in html  # the page shows the problem too


def test_an_html_output_replaces_its_placeholder(root: Path) -> None:
    html, context = render(root, block("figure", ' html="1"'))
    assert not context.warned, context.warned
    assert '<figure class="drawn"><svg width="10"><rect/></svg></figure>' in html
    assert "exechtml" not in html, "a placeholder was left on the page"


class TopLevel(HTMLParser):
    """The top-level elements of an HTML fragment: `(tag, attributes)` in document order."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self, fragment: str) -> None:
        super().__init__()
        self.depth = 0
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.feed(fragment)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth == 0:
            self.elements.append((tag, dict(attrs)))
        self.depth += tag not in self.VOID

    def handle_endtag(self, tag: str) -> None:
        self.depth -= 1


def test_each_example_is_followed_by_its_download_line_with_the_run_button(root: Path) -> None:
    # The Run button's record and runtime, as `npm ci` and docsbuild/run_here_measure.py leave them.
    pyodide = root / "tools" / "pyodide"
    (pyodide / "node_modules" / "pyodide").mkdir(parents=True)
    (pyodide / "node_modules" / "pyodide" / "package.json").write_text(json.dumps({"version": "1.2.3"}))
    statuses = {
        "snippets/t/first.py": {"runnable": True},
        "snippets/t/second.py": {"runnable": False, "reason": "threads"},
    }
    (pyodide / "runnable.json").write_text(json.dumps({"examples": statuses}))
    page = block("first", block_id="one") + block("second", block_id="two")

    html, context = render(root, page, publish=True)

    assert [(tag, attrs.get("class")) for tag, attrs in TopLevel(html).elements] == [
        ("div", "exec-example"),
        ("p", "md-snippet-download"),
        ("div", "exec-example"),
        ("p", "md-snippet-download"),
        ("p", "run-here-note"),
    ], html
    first, first_line, second, second_line, _ = (attrs for _, attrs in TopLevel(html).elements)
    assert first["data-example"] == "one" and second["data-example"] == "two"
    assert first_line == {
        "class": "md-snippet-download",
        "data-run": "yes",
        "data-runtime": "../assets/pyodide/1.2.3/",  # relative to the page, topic/
        "data-example": "snippets/t/first.py",
        "data-clock": "virtual",
    }
    assert second_line == {"class": "md-snippet-download", "data-run": "no"}
    assert '<a href="../snippets/t/second.py" download>Download the source: <code>second.py</code></a>' in html
    assert context.linked == {"snippets/t/first.py", "snippets/t/second.py"}  # published as standalone scripts
    assert "md-snippet-download" not in render(root, page)[0]  # the tests' fixture sites go without


def plugin_page_markdown(root: Path, page: str) -> str:
    """What the plugin's `on_page_markdown` makes of `page` (docs/index.md under `root`)."""
    source = root / "docs" / "index.md"
    source.parent.mkdir(exist_ok=True)
    source.write_text(page, encoding="utf-8")
    plugin = SitePlugin()
    plugin.context = BuildContext(root=root, executor=Executor(root=root, jobs=1), pythons={}, timeout=5)
    file = SimpleNamespace(abs_src_path=str(source), src_uri="index.md")
    config = {"docs_dir": str(root / "docs"), "theme": {"language": "en"}}
    return plugin.on_page_markdown(page, page=SimpleNamespace(file=file, url=""), config=config, files=None)


def test_a_missing_include_names_the_page_and_line(root: Path) -> None:
    with pytest.raises(PluginError, match="index.md:4: included file snippets/t/missing.py does not exist"):
        plugin_page_markdown(root, "# Fixture\n\n" + block("missing"))


def test_two_executed_blocks_with_one_id_fail_naming_both_lines(root: Path) -> None:
    # The fence finds the file a block renders by the block's id: an id must be unique on its page.
    twice = "# Fixture\n\n" + block("ok", block_id="fixture") + block("first", block_id="fixture")
    with pytest.raises(PluginError, match="index.md:7: block id 'fixture' is already used at line 3; give each"):
        plugin_page_markdown(root, twice)
