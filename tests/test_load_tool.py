"""`make test-load`'s own parts: the tree comparison it reports, and burners that always stop."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import process_is_running
from tools.loaded_builds import differing_files, start_burners, stop


def test_differing_files_names_changed_missing_and_extra_files(tmp_path: Path) -> None:
    for tree, files in {
        "a": {"same.html": "x", "sub/changed.html": "1", "only_a.html": ""},
        "b": {"same.html": "x", "sub/changed.html": "2", "only_b.html": ""},
    }.items():
        for name, text in files.items():
            (tmp_path / tree / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / tree / name).write_text(text)
    assert differing_files(tmp_path / "a", tmp_path / "b") == ["only_a.html", "only_b.html", "sub/changed.html"]


def test_burners_are_stopped_and_stop_by_themselves() -> None:
    kept, expiring = start_burners(1, limit=600), start_burners(1, limit=0.5)
    assert expiring[0].wait(timeout=10) == 0, "a burner outlived its limit"
    stop(kept + expiring)
    assert kept[0].poll() is not None and not process_is_running(kept[0].pid)
