"""The standalone text of an example (docsbuild/standalone.py), on small fixture repositories.

That every real example's standalone text runs and prints its recorded output is checked in
tests/test_examples.py; here, the shape of the text and the errors for imports it cannot inline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from docsbuild.standalone import StandaloneError, standalone_text

CLOCK = '''"""Clock helper."""

from __future__ import annotations

import math

__all__ = ["tick"]


def tick(x: float) -> int:
    """Round down.

    Examples:
        ```py
        from snippets.clock import tick

        print(tick(1.5))
        #> 1
        ```
    """
    return math.floor(x)
'''
LANES = '''"""Uses the clock."""

import asyncio

from snippets.clock import tick


def lane() -> int:
    return tick(asyncio.get_event_loop_policy() is not None)
'''


def fixture_repo(tmp_path: Path, example: str) -> Path:
    (tmp_path / "snippets" / "topic").mkdir(parents=True)
    (tmp_path / "snippets" / "__init__.py").write_text("")
    (tmp_path / "snippets" / "clock.py").write_text(CLOCK)
    (tmp_path / "snippets" / "lanes.py").write_text(LANES)
    path = tmp_path / "snippets" / "topic" / "example.py"
    path.write_text(example)
    return path


def test_helpers_are_inline_in_dependency_order(tmp_path: Path) -> None:
    metadata = '# /// script\n# requires-python = ">=3.11"\n# ///\n'
    example = fixture_repo(
        tmp_path, f"{metadata}\nimport asyncio\n\nfrom snippets.lanes import lane\n\nprint(lane())\n"
    )
    text = standalone_text(example, tmp_path)
    assert text.startswith(f"{metadata}\nfrom __future__ import annotations\n")
    assert "snippets" not in text.replace("# --- from snippets/", "").replace("# --- end of snippets/", "")
    assert text.index("from snippets/clock.py") < text.index("from snippets/lanes.py") < text.index("print(lane())")
    assert text.count("import asyncio") == 1 and "__all__" not in text and "Clock helper" not in text
    assert '"""Round down."""' in text, "the docstring stays, without its Examples section"
    assert standalone_text(example, tmp_path) == text


def test_an_example_without_helpers_is_unchanged(tmp_path: Path) -> None:
    source = "import asyncio\n\nprint(asyncio.run(asyncio.sleep(0, 1)))\n"
    assert standalone_text(fixture_repo(tmp_path, source), tmp_path) == source


@pytest.mark.parametrize(
    ("example", "message"),
    [
        ("import snippets.clock\n", "snippets/topic/example.py:1: import helpers as `from snippets.<module> import"),
        ("from snippets.clock import tick as t\n", "snippets/topic/example.py:1: import helper names without `as`"),
        ("from snippets.clock import tock\n", "snippets/topic/example.py: imports `tock`, which snippets/clock.py"),
        ("from snippets.clock import tick\n\n\ndef tick(): ...\n", "snippets/clock.py:10: `tick` is also defined in"),
    ],
)
def test_imports_that_cannot_be_inlined_are_named(tmp_path: Path, example: str, message: str) -> None:
    with pytest.raises(StandaloneError) as caught:
        standalone_text(fixture_repo(tmp_path, example), tmp_path)
    assert message in str(caught.value)
