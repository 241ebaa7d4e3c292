"""The Python fence in-process, as markdown-exec's own tests render theirs: Markdown in, HTML out.

No build: a page is converted with pymdownx.snippets and SuperFences, the fence bound to a small
`BuildContext` (docsbuild/fence.py), as the plugin binds it; examples run in a temporary folder.
"""

from __future__ import annotations

import json
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown import Markdown

from docsbuild import interpreters
from docsbuild.execution import Executor
from docsbuild.fence import BuildContext, custom_fence
from docsbuild.pages import executed_examples

# Two examples with the same source: only their file names tell them apart.
SAME_SOURCE = "import pathlib\n\nprint(pathlib.Path(__file__).name)\n"


def render(root: Path, page: str, *, publish: bool = False) -> tuple[str, BuildContext]:
    """The HTML of `page` (Markdown, written as docs/page.md under `root`), and the context it used;
    `publish`: as on the published site, where each example gets its download line."""
    source = root / "docs" / "page.md"
    source.parent.mkdir(exist_ok=True)
    source.write_text(page, encoding="utf-8")
    executor = Executor(root=root, jobs=2)
    context = BuildContext(root=root, executor=executor, pythons={interpreters.current(): sys.executable}, timeout=5)
    context.page, context.page_url, context.publish = "page.md", "topic/", publish
    context.includes = {block: fence.includes[0] for block, fence in executed_examples(source).items()}
    md = Markdown(
        extensions=["pymdownx.snippets", "pymdownx.superfences", "pymdownx.tabbed"],
        extension_configs={
            "pymdownx.snippets": {"base_path": [str(root)], "check_paths": True},
            "pymdownx.superfences": {"custom_fences": [custom_fence(context)]},
            "pymdownx.tabbed": {"alternate_style": True},
        },
    )
    return md.convert(page), context


def block(block_id: str, include: str) -> str:
    return f'```python exec="1" id="{block_id}"\n--8<-- "{include}"\n```\n\n'


@pytest.fixture
def root(tmp_path: Path) -> Path:
    for name in ("first", "second"):
        (tmp_path / "snippets" / "t").mkdir(parents=True, exist_ok=True)
        (tmp_path / "snippets" / "t" / f"{name}.py").write_text(SAME_SOURCE)
        (tmp_path / "snippets" / "t" / f"{name}.out").write_text(f"{name}.py\n")
    return tmp_path


def test_each_block_runs_the_file_it_includes_even_when_another_has_the_same_source(root: Path) -> None:
    html, context = render(root, block("one", "snippets/t/first.py") + block("two", "snippets/t/second.py"))
    assert html.count('<div class="exec-example"') == 2
    assert html.index("first.py") < html.index("second.py"), html
    assert context.shown == {root / "snippets/t/first.py", root / "snippets/t/second.py"}
    assert not context.warned, context.warned  # each output equals its own recording


def test_an_executed_block_must_be_one_include_line(root: Path) -> None:
    html, context = render(root, '```python exec="on" id="inline"\nprint("not from snippets/")\n```\n')
    (message,) = context.warned
    assert message == "block 'inline' on page.md: executed code must be an include line of a file in snippets/<topic>/"
    assert "executed code must be an include line" in html  # the page shows the problem too


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
    page = block("one", "snippets/t/first.py") + block("two", "snippets/t/second.py")

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
