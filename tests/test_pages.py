"""Every Python block on every page, in both languages, with includes expanded as the build does.

Executed blocks must be exactly one example file, with an id. That the example runs cleanly and
prints its recorded output is checked once per session, where it is run: by the strict build
(tests/test_site.py) or by tests/test_examples.py. Blocks that are not executed (rare: code shown
for its shape) must compile, pass ruff, and sit under a visible note that says why they do not run.
"""

from __future__ import annotations

import pytest
from pytest_examples import CodeExample, EvalExample, find_examples

from docsbuild.catalog import ROOT, examples, relative
from docsbuild.pages import executes, expand_includes, fences, includes

DOCS = ROOT / "docs"
EXAMPLES = set(examples())
BLOCKS = [block for block in find_examples(DOCS) if block.prefix.startswith("py")]


def _id(block: CodeExample) -> str:
    return f"{relative(block.path)}:{block.start_line}"


def test_pages_have_python_blocks() -> None:
    assert {relative(b.path) for b in BLOCKS} >= {"docs/en/gather.md", "docs/zh/gather.md"}


@pytest.mark.parametrize("block", BLOCKS, ids=_id)
def test_block(block: CodeExample, eval_example: EvalExample) -> None:
    settings = block.prefix_settings()
    if executes(block.prefix.split()[0], settings):
        _check_executed(block, settings)
    else:
        _check_shown_only(block, expand_includes(block.source) + "\n", eval_example)


def _check_executed(block: CodeExample, settings: dict[str, str]) -> None:
    where = _id(block)
    assert settings.get("id"), f"{where}: executed blocks need an id (error messages and anchors use it)"
    assert len(includes(block.source)) == 1 and block.source.strip().startswith("--8<--"), (
        f"{where}: an executed block holds exactly one include line; code lives in snippets/"
    )
    (include,) = includes(block.source)
    assert ROOT / include in EXAMPLES, f"{where}: {include} is not an example (snippets/<topic>/<name>.py)"


def _check_shown_only(block: CodeExample, code: str, eval_example: EvalExample) -> None:
    where = _id(block)
    compile(code, where, "exec")
    eval_example.set_config(line_length=88, ruff_line_length=88, target_version="py311")
    eval_example.lint_ruff(CodeExample.create(code, path=block.path, start_line=block.start_line))
    before = block.path.read_text(encoding="utf-8").splitlines()[max(0, block.start_line - 12) : block.start_line]
    assert any(line.lstrip().startswith("!!! note") for line in before), (
        f"{where}: a Python block that is not executed needs a visible `!!! note` just above it saying why"
    )


@pytest.mark.parametrize("value", ["1", "on", "yes", "true", "On"])
def test_exec_follows_markdown_exec_rule(value: str, tmp_path) -> None:
    # `exec="1"` once ran in the build but counted as "not executed" here; both now ask markdown-exec.
    page = tmp_path / "page.md"
    page.write_text(f'```python exec="{value}" id="x"\n--8<-- "snippets/gather/cancel_the_rest.py"\n```\n')
    (block,) = find_examples(page)
    assert executes(block.prefix.split()[0], block.prefix_settings())
    (fence,) = fences(page)
    assert fence.executed
