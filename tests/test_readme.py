"""The contributor-facing docs name real files: a renamed example or module must not leave them stale.

Every repository path that README.md or CONTRIBUTING.md mentions (`snippets/gather/x.py`,
`docsbuild/fence.py`, `tests/golden/`, …) must exist. Paths with placeholders (`<topic>`, `*`,
`...`) describe a pattern, not a file, and are skipped.
"""

from __future__ import annotations

import re

import pytest

from docsbuild.catalog import ROOT

DOCS = ["README.md", "CONTRIBUTING.md"]
# A relative path that starts at one of the repository's top-level folders or files.
# Longest first, so that `docsbuild/` is not read as `docs` followed by something else.
TOP = sorted((p.name for p in ROOT.iterdir() if not p.name.startswith(".") or p.name in {".ci", ".github"}), key=len)
ALTERNATIVES = "|".join(re.escape(name) for name in reversed(TOP))
PATH = re.compile(rf"(?<![\w/.-])(?:{ALTERNATIVES})(?:/[\w.-]+)*/?")
PLACEHOLDER = re.compile(r"[<>*]|\.\.\.|\{")


def mentioned_paths(text: str) -> list[str]:
    """The repository paths named in `text`, without placeholders, in order of appearance."""
    found = []
    for match in PATH.finditer(text):
        end = text[match.end() : match.end() + 1]
        if end in "<*{." and end:  # `snippets/<topic>/…`, `snippets/*.py`, `snippets/...py`
            continue
        path = match.group().rstrip(".")
        if "/" in path and not PLACEHOLDER.search(path):
            found.append(path)
    return found


@pytest.mark.parametrize("name", DOCS)
def test_named_files_exist(name: str) -> None:
    text = (ROOT / name).read_text(encoding="utf-8")
    paths = mentioned_paths(text)
    assert paths, f"{name}: expected to name repository files"
    missing = sorted({p for p in paths if not (ROOT / p).exists()})
    assert not missing, f"{name} names files that do not exist (renamed or removed?): {missing}"
