"""Interpreter discovery: every source is asked, the newest patch release wins, 3.10 is labelled."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from docsbuild import interpreters
from docsbuild.output_view import render


def _fake_python(path: Path, version: str) -> Path:
    """An executable that answers any question with `version`, as `full_version()` asks it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\necho {version}\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


@pytest.fixture
def sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Empty PATH, pyenv root and cache folder under tmp_path, with discovery's caches cleared."""
    for name in ("PATH", "PYENV_ROOT", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    interpreters.find.cache_clear()
    interpreters.full_version.cache_clear()
    yield tmp_path
    interpreters.find.cache_clear()
    interpreters.full_version.cache_clear()


def test_newest_patch_release_wins_across_sources(sources: Path) -> None:
    _fake_python(sources / "pyenv_root" / "versions" / "3.13.0" / "bin" / "python3.13", "3.13.0")
    provisioned = interpreters.provisioned_dir() / "bin" / "python3.13"
    _fake_python(provisioned, "3.13.18")
    _fake_python(sources / "path" / "python3.13", "3.13.5")
    assert interpreters.find("3.13") == str(provisioned)


def test_an_interpreter_of_another_version_is_not_taken(sources: Path) -> None:
    _fake_python(sources / "path" / "python3.14", "3.13.9")  # a misnamed link
    assert interpreters.find("3.14") is None


def test_end_of_life_versions_are_labelled_in_both_languages() -> None:
    outputs = {"3.10.13": "a\n", "3.11.7": "b\n"}
    assert '=== "3.10.13 (end-of-life)"' in render(outputs, skipped=[], spec="", language="en")
    assert '=== "3.10.13（生命周期已结束）"' in render(outputs, skipped=[], spec="", language="zh")
    same = render({"3.11.7": "a\n", "3.12.1": "a\n"}, skipped=["3.10.13"], spec=">=3.11", language="en")
    assert "Not run on CPython 3.10.13 (end-of-life)" in same
    assert "3.11.7 (end-of-life)" not in same
