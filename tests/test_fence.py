"""The Python fence in-process, as markdown-exec's own tests render theirs: Markdown in, HTML out.

No build: a page is converted with pymdownx.snippets and SuperFences, the fence bound to a small
`BuildContext` (docsbuild/fence.py), as the plugin binds it; examples run in a temporary folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from markdown import Markdown

from docsbuild import interpreters
from docsbuild.execution import Executor
from docsbuild.fence import BuildContext, custom_fence
from docsbuild.pages import executed_examples

# Two examples with the same source: only their file names tell them apart.
SAME_SOURCE = "import pathlib\n\nprint(pathlib.Path(__file__).name)\n"


def render(root: Path, page: str) -> tuple[str, BuildContext]:
    """The HTML of `page` (Markdown, written as docs/page.md under `root`), and the context it used."""
    source = root / "docs" / "page.md"
    source.parent.mkdir(exist_ok=True)
    source.write_text(page, encoding="utf-8")
    executor = Executor(root=root, jobs=2)
    context = BuildContext(root=root, executor=executor, pythons={interpreters.current(): sys.executable}, timeout=5)
    context.page = "page.md"
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
