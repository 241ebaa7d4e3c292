"""Benchmarks for `make bench`: build, rebuild and test times, execution counts and page weight.

`make test` is timed at the commit issue 13 was filed against and on this tree, back to back
(bench/suite_time.py).

Not a test: numbers depend on the machine. Builds run on a scratch copy of the site, so edits made
to measure a rebuild never touch the working tree. Each row is the median of --repeat runs.
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import suite_time  # bench/, the folder of this script
import yaml

from docsbuild import interpreters, preview
from docsbuild.catalog import ROOT, clock, examples, supports
from docsbuild.pages import executed_runs
from docsbuild.runner import run_example

SITE_URL = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["site_url"]
COPY = "mkdocs.yml glossary.yml timeline-captions.yml docs snippets overrides docsbuild tools/pyodide".split()
"""What a build reads. The browser runtime (tools/pyodide/node_modules, ~40 MB) is linked, not copied."""


def build(
    site_root: Path, *, env: dict[str, str] | None = None, config: str = "mkdocs.yml", strict: bool = True
) -> tuple[float, Counter[str]]:
    log = site_root / "executions.log"
    log.unlink(missing_ok=True)
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SNIPPETS_EXECUTION_LOG": str(log), **(env or {})}
    started = time.perf_counter()
    # Captured: the baseline build runs the examples in-process, and their own logs and tracebacks
    # would fill the terminal. A failing strict build shows its log.
    proc = subprocess.run(
        [sys.executable, "-m", "properdocs", "build", "--strict" if strict else "--no-strict", "-q", "-f", config],
        cwd=site_root,
        env=full_env,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    if strict and proc.returncode:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"bench: the strict build in {site_root} failed (log above)")
    return seconds, Counter(log.read_text().splitlines() if log.exists() else [])


def write_baseline_config(work: Path) -> str:
    """The site as it was before the runner: markdown-exec's own in-process Python fence.

    With our plugin running nothing (`render_only`), and with markdown-exec registering its fence
    for Python again (it is registered last, so SuperFences prefers it), every block is exec()'d in
    the build process, once per language. Its output is not checked against the recordings, hence
    no --strict.
    """
    config = (work / "mkdocs.yml").read_text(encoding="utf-8")
    for line, replacement in (
        ("      render_only: !ENV [SNIPPETS_RENDER_ONLY, false]\n", "      render_only: true\n"),
        ("      languages: [tree]\n", ""),
    ):
        assert line in config, f"mkdocs.yml changed shape; update the baseline ({line!r})"
        config = config.replace(line, replacement)
    (work / "mkdocs.baseline.yml").write_text(config, encoding="utf-8")
    return "mkdocs.baseline.yml"


def progress(message: str) -> None:
    """One line on stderr, so a long run shows where it is."""
    print(f"bench: {message}", file=sys.stderr, flush=True)


def touch(path: Path, comment: str) -> None:
    with path.open("a", encoding="utf-8") as fh:
        fh.write(comment)


def page_weight(site: Path, page: str) -> tuple[int, int]:
    """(bytes, gzipped bytes) of a page's HTML plus the CSS and JS it loads from the site."""
    import re

    html_file = site / page
    html = html_file.read_text(encoding="utf-8")
    total = raw = html.encode()
    files = re.findall(r'(?:href|src)="([^"]+\.(?:css|js))"', html)
    for ref in files:
        target = (html_file.parent / ref).resolve()
        if target.is_file():
            data = target.read_bytes()
            raw += data
    total = len(raw)
    return total, len(gzip.compress(raw, 6))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> float:
    """Seconds until `condition()` holds, polling every 20 ms; fails after `timeout` seconds."""
    started = time.perf_counter()
    while not condition():
        if time.perf_counter() - started > timeout:
            raise RuntimeError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(0.02)
    return time.perf_counter() - started


def serve_edits(work: Path, repeat: int) -> dict[str, tuple[float, int]]:
    """Under `make serve`'s command: seconds from saving a file to the served page showing the
    edit (median of `repeat` saves), and the examples run meanwhile, per kind of edit."""
    log = work / "serve-executions.log"
    log.unlink(missing_ok=True)
    address = f"127.0.0.1:{free_port()}"
    url = f"http://{address}{urlsplit(SITE_URL).path}"
    env = {**os.environ, **preview.SERVE_ENV, "NO_MKDOCS_2_WARNING": "1", "SNIPPETS_EXECUTION_LOG": str(log)}
    proc = subprocess.Popen(
        preview.serve_command(address),
        cwd=work,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )

    def executions() -> int:
        return len(log.read_text().splitlines()) if log.exists() else 0

    example = work / "snippets" / "gather" / "results_keep_argument_order.py"
    edits = {
        "zh page": (work / "docs" / "zh" / "gather.md", "zh/gather/", "\n译者改过 {n}。\n", "译者改过 {n}。"),
        "en page": (
            work / "docs" / "en" / "gather.md",
            "gather/",
            "\nA translator edit {n}.\n",
            "A translator edit {n}.",
        ),
        "example": (example, "gather/", "# edited while serving {n}\n", "# edited while serving {n}"),
    }
    results = {}
    try:
        wait_for(lambda: bool(fetch(url)), 600, "the first build to be served")
        time.sleep(1)  # let the watcher settle after the first build
        for kind, (path, page, text, shown) in edits.items():
            times, ran = [], []
            for n in range(repeat):
                before = executions()
                touch(path, text.format(n=n))
                marker, served = shown.format(n=n), url + page
                times.append(wait_for(lambda m=marker, u=served: m in fetch(u), 300, f"the {kind} edit"))
                time.sleep(1.5)  # the watcher's other language build, if any, must not count for the next edit
                ran.append(executions() - before)
            results[kind] = (statistics.median(times), max(ran))
            progress(f"served after a {kind} save: {results[kind][0]:.2f} s, {results[kind][1]} examples run")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-tests", action="store_true", help="do not time `make test` (bench/suite_time.py)")
    args = parser.parse_args()

    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        for name in COPY:
            src = ROOT / name
            (work / name).parent.mkdir(parents=True, exist_ok=True)
            if src.is_dir():
                shutil.copytree(src, work / name, ignore=shutil.ignore_patterns("node_modules"))
            else:
                shutil.copy2(src, work / name)
        (work / "tools" / "pyodide" / "node_modules").symlink_to(ROOT / "tools" / "pyodide" / "node_modules")

        def median(fn, what: str) -> tuple[float, Counter[str]]:
            results = []
            for n in range(args.repeat):
                progress(f"{what} ({n + 1}/{args.repeat})")
                results.append(fn())
            return statistics.median(r[0] for r in results), results[-1][1]

        def cold() -> tuple[float, Counter[str]]:
            shutil.rmtree(work / ".cache", ignore_errors=True)
            return build(work)

        baseline = write_baseline_config(work)
        base_s, _ = median(lambda: build(work, config=baseline, strict=False), "before: markdown-exec in-process build")
        cold_s, cold_counts = median(cold, "cold build")
        warm_s, warm_counts = median(lambda: build(work), "warm build")

        def zh_edit() -> tuple[float, Counter[str]]:
            touch(work / "docs" / "zh" / "gather.md", "\n")
            return build(work)

        zh_s, zh_counts = median(zh_edit, "rebuild after a zh edit")
        snippet = sorted((work / "snippets").glob("*/*.py"))[0]

        def snippet_edit() -> tuple[float, Counter[str]]:
            touch(snippet, f"# edited {time.perf_counter_ns()}\n")
            return build(work)

        snip_s, snip_counts = median(snippet_edit, "rebuild after an example edit")
        render_s, _ = median(lambda: build(work, env={"SNIPPETS_RENDER_ONLY": "true"}), "render-only build")
        # Every run the cold build makes: each example under each interpreter it supports.
        pythons = interpreters.available()
        progress("each example alone, under each interpreter")
        serial = sum(
            run_example(example, python=path).seconds
            for example in examples()
            for version, path in pythons.items()
            if supports(example, version)
        )

        per_example = set(cold_counts.values())
        # A distinct example runs once per interpreter it supports; any run beyond that is a retry
        # of a real-clock example whose first output surprised (the build log names it).
        runs_needed = Counter(
            relative_name
            for example in examples()
            for version in pythons
            if supports(example, version)
            for relative_name in [example.relative_to(ROOT).as_posix()]
        )
        retries = sum(max(0, cold_counts[name] - runs_needed[name]) for name in cold_counts)
        clocks = Counter(clock(example) for example in examples())
        bound = render_s + 0.4 * serial
        blocks = sum(1 for _ in executed_runs(work / "docs"))
        rows += [
            ("before: markdown-exec in-process build", f"{base_s:.2f} s, {blocks} executions (one per block)"),
            ("cold full build (no cache)", f"{cold_s:.2f} s, {sum(cold_counts.values())} executions"),
            ("warm rebuild, nothing changed", f"{warm_s:.2f} s, {sum(warm_counts.values())} executions"),
            ("rebuild after editing one zh page", f"{zh_s:.2f} s, {sum(zh_counts.values())} executions"),
            ("rebuild after editing one example", f"{snip_s:.2f} s, {sum(snip_counts.values())} executions"),
            ("render only (recorded outputs)", f"{render_s:.2f} s"),
            ("sum of standalone example runs", f"{serial:.2f} s, {len(examples())} examples x {len(pythons)} Pythons"),
            ("executions per example, cold build", ", ".join(str(n) for n in sorted(per_example))),
            ("examples per clock", f"{clocks['virtual']} virtual, {clocks['real']} real"),
            ("runs repeated (real clock or forked), last cold build", f"{retries}"),
            ("ratio warm / render-only", f"{warm_s / render_s:.2f} (goal <= 1.10)"),
            ("cold <= render-only + 0.4 x serial sum", f"{cold_s:.2f} <= {bound:.2f}: {cold_s <= bound}"),
        ]
        progress("make serve: saving pages and an example")
        served = serve_edits(work, args.repeat)
        rows += [
            (f"make serve: save a {kind}, until served", f"{seconds:.2f} s, {ran} executions (goal <= 2 s for pages)")
            for kind, (seconds, ran) in served.items()
        ]
        site = work / "site"
        total = sum(f.stat().st_size for f in site.rglob("*") if f.is_file())
        raw, gz = page_weight(site, "gather/index.html")
        rows += [
            ("site size on disk", f"{total / 1e6:.1f} MB"),
            ("page weight: gather (HTML+CSS+JS)", f"{raw / 1e3:.0f} kB, {gz / 1e3:.0f} kB gzipped"),
        ]

    if not args.skip_tests:
        with tempfile.TemporaryDirectory(prefix="bench-logs-") as logs:
            rows += suite_time.rows(Path(logs))

    width = max(len(name) for name, _ in rows)
    print(f"\n{'measure':<{width}}  value")
    print(f"{'-' * width}  -----")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
