"""Run each distinct example once per build, many at a time.

MkDocs renders pages one after another, and mkdocs-static-i18n renders each page once per
language. The `Executor` sits between them and the runner: `prefetch` starts every example the
pages include before rendering begins, in a thread pool (the examples mostly sleep, so running
more of them than there are cores pays off), and `outcome` hands each fence the shared result.
The same key is never run twice in one process, and with the cache on, not even across builds.
"""

from __future__ import annotations

import os
import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from docsbuild.cache import CACHE_DIR, OutputCache, cache_enabled, cache_key
from docsbuild.catalog import ROOT, recorded_output_path
from docsbuild.runner import DEFAULT_TIMEOUT, Outcome, run_example


def render_only() -> bool:
    """`SNIPPETS_RENDER_ONLY=1` shows recorded outputs without running anything (benchmarks only)."""
    return os.environ.get("SNIPPETS_RENDER_ONLY", "") not in ("", "0")


def recorded_outcome(example: Path) -> Outcome:
    """An outcome made from the recorded output, as if the example had just printed it."""
    path = recorded_output_path(example)
    stdout = path.read_text(encoding="utf-8") if path.is_file() else ""
    return Outcome(stdout=stdout, stderr="", returncode=0, timed_out=False, seconds=0.0)


def default_jobs() -> int:
    """How many examples run at once: `SNIPPETS_JOBS`, or four per core."""
    return int(os.environ.get("SNIPPETS_JOBS") or 4 * (os.cpu_count() or 1))


class Executor:
    """Shared outcomes of example runs, keyed by everything that affects them."""

    def __init__(
        self,
        *,
        root: Path = ROOT,
        python: str = sys.executable,
        jobs: int | None = None,
        store: OutputCache | None = None,
    ):
        self.root = root
        self.python = python
        self._pool = ThreadPoolExecutor(max_workers=jobs or default_jobs(), thread_name_prefix="snippet")
        self._store = store if store is not None else OutputCache()
        self._futures: dict[str, Future[Outcome]] = {}
        self._lock = threading.Lock()

    def submit(self, example: Path, timeout: float = DEFAULT_TIMEOUT) -> Future[Outcome]:
        """Start `example` unless an identical run is done or under way, and return its future."""
        key = cache_key(example, timeout=timeout, python=self.python, root=self.root)
        with self._lock:
            future = self._futures.get(key)
            if future is None:
                future = self._pool.submit(self._run, key, example, timeout)
                self._futures[key] = future
        return future

    def prefetch(self, runs: list[tuple[Path, float]]) -> None:
        """Start all `runs` (example, time limit) now; fences collect them later."""
        for example, timeout in runs:
            # A missing file is left to pymdownx.snippets (check_paths), which names the page.
            if example.is_file():
                self.submit(example, timeout)

    def outcome(self, example: Path, timeout: float = DEFAULT_TIMEOUT) -> Outcome:
        """The outcome of running `example`, waiting for it if needed."""
        return self.submit(example, timeout).result()

    def forget_failures(self) -> None:
        """Drop failed runs, so the next build (a live reload) tries them again."""
        with self._lock:
            for key, future in list(self._futures.items()):
                if future.done() and not future.result().ok:
                    del self._futures[key]

    def _run(self, key: str, example: Path, timeout: float) -> Outcome:
        if render_only():
            return recorded_outcome(example)
        if cache_enabled() and (stored := self._store.get(key)) is not None:
            return stored
        outcome = run_example(example, timeout=timeout, python=self.python, root=self.root)
        if cache_enabled():
            self._store.put(key, outcome)
        return outcome


_shared: dict[Path, Executor] = {}


def shared_executor(root: Path = ROOT) -> Executor:
    """The executor of the site at `root`: one per build process, kept across live reloads."""
    if root not in _shared:
        store = OutputCache(CACHE_DIR if root == ROOT else root / ".cache" / "snippet-outputs")
        _shared[root] = Executor(root=root, store=store)
    return _shared[root]
