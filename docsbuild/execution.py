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
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from docsbuild.cache import CACHE_DIR, OutputCache, cache_enabled, cache_key, interpreter_version
from docsbuild.catalog import ROOT, expected_output, runs_alone, supports
from docsbuild.runner import DEFAULT_TIMEOUT, Outcome, run_example


def render_only() -> bool:
    """`SNIPPETS_RENDER_ONLY=1` shows recorded outputs without running anything (benchmarks only)."""
    return os.environ.get("SNIPPETS_RENDER_ONLY", "") not in ("", "0")


def recorded_outcome(example: Path, version: str) -> Outcome:
    """An outcome made from the recorded output, as if the example had just printed it."""
    stdout = expected_output(example, version) or ""
    return Outcome(stdout=stdout, stderr="", returncode=0, timed_out=False, seconds=0.0)


def version_of(python: str) -> str:
    """`x.y` of the interpreter at `python`."""
    return ".".join(interpreter_version(python).split()[-1].split(".")[:2])


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
        # Examples run side by side, except those that measure CPU time: they run alone.
        self._sharing = threading.Condition()
        self._running = 0
        self._alone = False

    def submit(self, example: Path, timeout: float = DEFAULT_TIMEOUT, python: str | None = None) -> Future[Outcome]:
        """Start `example` unless an identical run is done or under way, and return its future."""
        python = python or self.python
        key = cache_key(example, timeout=timeout, python=python, root=self.root)
        with self._lock:
            future = self._futures.get(key)
            if future is None:
                future = self._pool.submit(self._run, key, example, timeout, python)
                self._futures[key] = future
        return future

    def prefetch(self, runs: list[tuple[Path, float]], pythons: dict[str, str] | None = None) -> None:
        """Start all `runs` (example, time limit) now, under each of `pythons` (`{version: path}`)
        the example supports; fences collect them later."""
        pythons = pythons or {version_of(self.python): self.python}
        # A missing file is left to pymdownx.snippets (check_paths), which names the page.
        jobs = [
            (example, timeout, path)
            for example, timeout in runs
            if example.is_file()
            for version, path in pythons.items()
            if supports(example, version)
        ]
        # Examples that measure CPU time go first, and are waited for: while the others run, the
        # build is busy rendering pages, and that would take the cores they measure.
        for future in [self.submit(*job) for job in jobs if runs_alone(job[0])]:
            future.result()
        for job in jobs:
            self.submit(*job)

    def outcome(self, example: Path, timeout: float = DEFAULT_TIMEOUT, python: str | None = None) -> Outcome:
        """The outcome of running `example` (under `python`), waiting for it if needed."""
        return self.submit(example, timeout, python).result()

    def forget_failures(self) -> None:
        """Drop failed runs, so the next build (a live reload) tries them again."""
        with self._lock:
            for key, future in list(self._futures.items()):
                if future.done() and not future.result().ok:
                    del self._futures[key]

    def _run(self, key: str, example: Path, timeout: float, python: str) -> Outcome:
        if render_only():
            return recorded_outcome(example, version_of(python))
        if cache_enabled() and (stored := self._store.get(key)) is not None:
            return stored
        with self._slot(alone=runs_alone(example)):
            outcome = run_example(example, timeout=timeout, python=python, root=self.root)
        # Keep only runs that printed what was recorded: a surprising output is run again next time
        # rather than shown again from the cache.
        if cache_enabled() and outcome.stdout == expected_output(example, version_of(python)):
            self._store.put(key, outcome)
        return outcome

    @contextmanager
    def _slot(self, *, alone: bool) -> Iterator[None]:
        with self._sharing:
            self._sharing.wait_for(lambda: not self._alone and (not alone or self._running == 0))
            self._running += 1
            self._alone = alone
        try:
            yield
        finally:
            with self._sharing:
                self._running -= 1
                self._alone = False
                self._sharing.notify_all()


_shared: dict[Path, Executor] = {}


def shared_executor(root: Path = ROOT) -> Executor:
    """The executor of the site at `root`: one per build process, kept across live reloads."""
    if root not in _shared:
        store = OutputCache(CACHE_DIR if root == ROOT else root / ".cache" / "snippet-outputs")
        _shared[root] = Executor(root=root, store=store)
    return _shared[root]
