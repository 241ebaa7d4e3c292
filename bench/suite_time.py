"""`make bench`'s test-suite rows: `make test` on the tree issue 13 was filed against, then on this one.

Issue 13 asks that `make test` take at most 60% of the time it took then, both measured in one run
on one machine. The old tree is checked out into a temporary `git worktree`, sets itself up from its
own lock file (untimed), and its `make test` is timed; then this tree's `make test` is timed, right
after. Each suite's output goes to a log file; a failing suite shows the end of its log.

Run alone (this tree set up by one `make test` first): `.venv/bin/python bench/suite_time.py`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from docsbuild.catalog import ROOT
from docsbuild.interpreters import provisioned_dir

BEFORE = "dacbce4"
"""The commit issue 13 ("One example, one straight path") was filed against: "today's time"."""
GOAL = 0.60


def progress(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def clean_env() -> dict[str, str]:
    """This environment without what the calling `make` and `uv run` added (make's own variables,
    this tree's environment, the interpreter launchers on PATH), so that each tree's Makefile sets
    up its own; nor any SNIPPETS_* setting, which would narrow one suite and not the other."""
    dropped = {ROOT / ".venv" / "bin", provisioned_dir() / "bin"}
    path = [p for p in os.environ.get("PATH", "").split(os.pathsep) if p and Path(p).resolve() not in dropped]
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in {"VIRTUAL_ENV", "UV_PYTHON", "MAKEFLAGS", "MFLAGS", "MAKELEVEL"}
        and not name.startswith("SNIPPETS_")
    }
    return {**env, "PATH": os.pathsep.join(path)}


def make(tree: Path, target: str, log: Path, env: dict[str, str]) -> tuple[float, int]:
    """(seconds, exit status) of `make <target>` in `tree`, its output appended to `log`."""
    started = time.perf_counter()
    with log.open("a", encoding="utf-8") as out:
        proc = subprocess.run(
            ["make", "--no-print-directory", target], cwd=tree, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    return time.perf_counter() - started, proc.returncode


def summary(log: Path) -> str:
    """pytest's last line ("300 passed, 2 skipped in 140.2s"), without its ===."""
    lines = [line.strip("= ") for line in log.read_text(encoding="utf-8").splitlines() if line.startswith("==")]
    return lines[-1] if lines else "no pytest summary"


def timed_suite(name: str, tree: Path, log: Path, env: dict[str, str]) -> tuple[float, str]:
    load = os.getloadavg()[0]
    progress(f"make test, {name} (load average {load:.2f})")
    seconds, status = make(tree, "test", log, env)
    if status:
        tail = log.read_text(encoding="utf-8").splitlines()[-30:]
        sys.stderr.write("\n".join(tail) + "\n")
        progress(f"make test, {name}, failed with exit status {status} (end of {log} above)")
    outcome = summary(log) if not status else f"FAILED ({summary(log)})"
    return seconds, f"{seconds:.1f} s; {outcome}; 1-min load average before: {load:.2f}"


def rows(logs: Path) -> list[tuple[str, str]]:
    """The rows: both suites' times, back to back, and their ratio."""
    env = clean_env()
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout
    this = f"this tree ({head.stdout.strip()}{' + uncommitted changes' if dirty.strip() else ''})"
    with tempfile.TemporaryDirectory(prefix="bench-before-") as tmp:
        old = Path(tmp) / "tree"
        subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(old), BEFORE], cwd=ROOT, check=True)
        try:
            progress(f"setting up {BEFORE} from its lock file (untimed)")
            if make(old, ".venv/.synced", logs / "setup-before.log", env)[1]:
                raise SystemExit(f"bench: could not set up {BEFORE} (log: {logs / 'setup-before.log'})")
            before, before_row = timed_suite(f"at {BEFORE}", old, logs / "make-test-before.log", env)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(old)], cwd=ROOT, check=False)
    after, after_row = timed_suite(this, ROOT, logs / "make-test-now.log", env)
    return [
        (f"make test at {BEFORE} (issue 13 filed)", before_row),
        (f"make test, {this}", after_row),
        ("ratio now / then", f"{after / before:.2f} (goal <= {GOAL:.2f})"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--logs", type=Path, help="keep both suites' logs in this folder (default: deleted)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-logs-") as tmp:
        logs = args.logs or Path(tmp)
        logs.mkdir(parents=True, exist_ok=True)
        for name, value in rows(logs):
            print(f"{name}: {value}")


if __name__ == "__main__":
    main()
