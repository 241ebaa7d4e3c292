"""Run each distinct example once per build, many at a time.

MkDocs renders pages one after another, and mkdocs-static-i18n renders each page once per
language. The `Executor` sits between them and the runner: `prefetch` starts every example the
pages include before rendering begins, in a thread pool (the examples mostly sleep, so running
more of them than there are cores pays off), and `outcome` hands each fence the shared result.
The same key is never run twice in one process, and with the cache on, not even across builds.

An example on the real clock whose output differs from its recording is run once more, and only
once; the log names it (`retried`), and the benchmark counts such runs. Virtual-clock examples
are never run again (their output depends on nothing but the code and the Python version), except
where the build forks them from a warm interpreter (`forkserver`) and the forked run surprised:
then `python <file>` decides.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from docsbuild.cache import OutputCache, cache_key, interpreter_version
from docsbuild.catalog import ROOT, clock, expected_output, relative, supports
from docsbuild.forkserver import SERVE, ForkServer, ForkServerError
from docsbuild.runner import DEFAULT_TIMEOUT, VIRTUAL_CLOCK_CODE, Outcome, environment, run_example

log = logging.getLogger("mkdocs.plugins.docsbuild")

RETRIES = 1
"""How many more times a real-clock or forked run is repeated, as `python <file>`, when its
output differs from its recording."""


def recorded_outcome(example: Path, version: str) -> Outcome:
    """An outcome made from the recorded output, as if the example had just printed it."""
    stdout = expected_output(example, version) or ""
    return Outcome(stdout=stdout, stderr="", returncode=0, timed_out=False, seconds=0.0)


def version_of(python: str) -> str:
    """`x.y` of the interpreter at `python`."""
    return ".".join(interpreter_version(python).split()[-1].split(".")[:2])


def default_jobs() -> int:
    """How many examples run at once by default: four per core."""
    return 4 * (os.cpu_count() or 1)


class Executor:
    """Shared outcomes of example runs, keyed by everything that affects them.

    Parameters:
        root: The folder holding mkdocs.yml; examples run from it, with it on `sys.path`.
        python: The interpreter of runs that name none.
        jobs: How many examples run at once (None or 0: `default_jobs()`).
        store: Where successful outputs are kept across builds; None runs every example afresh.
        render_only: Show the recorded outputs and run nothing (benchmarks of rendering alone).
        execution_log: A file to which every execution appends the example's path (tests, benchmarks).
        forkserver: Fork each run from a warm interpreter per Python and clock (`docsbuild.forkserver`)
            instead of starting `python <file>`; `close()` stops those interpreters.
    """

    def __init__(
        self,
        *,
        root: Path = ROOT,
        python: str = sys.executable,
        jobs: int | None = None,
        store: OutputCache | None = None,
        render_only: bool = False,
        execution_log: Path | None = None,
        forkserver: bool = False,
    ):
        self.root = root
        self.python = python
        self.render_only = render_only
        self.execution_log = execution_log
        self._pool = ThreadPoolExecutor(max_workers=jobs or default_jobs(), thread_name_prefix="snippet")
        self._store = store
        self._futures: dict[str, Future[Outcome]] = {}
        self._lock = threading.Lock()
        # {(python, clock): server}; None for a server that stopped (its runs are plain ones since).
        self._forkservers: dict[tuple[str, str], ForkServer | None] | None = {} if forkserver else None
        # {(python, clock): forkserver_code_digest() when its server started}, and the servers
        # replaced since because that code changed (under `make serve`), stopped at the next build.
        self._forkserver_code: dict[tuple[str, str], str] = {}
        self._replaced: list[ForkServer] = []
        self.retried: list[str] = []
        """`example on Python x.y` for every run repeated because its first output surprised."""
        self.asked: set[str] = set()
        """Keys of the runs asked for since `begin_build`."""
        self.ran: set[str] = set()
        """Keys of the runs executed since `begin_build` (the others came from a cache)."""

    def begin_build(self) -> None:
        """Start counting the runs of a new build, and drop failed runs, so that it tries them again.
        Stops the fork servers replaced during the last build (their runs have finished)."""
        with self._lock:
            self.asked.clear()
            self.ran.clear()
            self.retried.clear()
            for key, future in list(self._futures.items()):
                if future.done() and not future.result().ok:
                    del self._futures[key]
            replaced, self._replaced = self._replaced, []
        for server in replaced:
            server.close()

    def submit(self, example: Path, timeout: float = DEFAULT_TIMEOUT, python: str | None = None) -> Future[Outcome]:
        """Start `example` unless an identical run is done or under way, and return its future."""
        python = python or self.python
        key = cache_key(example, timeout=timeout, python=python, root=self.root)
        with self._lock:
            self.asked.add(key)
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
        for job in jobs:
            self.submit(*job)

    def outcome(self, example: Path, timeout: float = DEFAULT_TIMEOUT, python: str | None = None) -> Outcome:
        """The outcome of running `example` (under `python`), waiting for it if needed."""
        return self.submit(example, timeout, python).result()

    def close(self) -> None:
        """Wait for the runs under way, then stop the fork servers."""
        self._pool.shutdown(wait=True)
        for server in [*(self._forkservers or {}).values(), *self._replaced]:
            if server is not None:
                server.close()

    def _forkserver(self, python: str, on_clock: str) -> ForkServer | None:
        """The server for `python` and `on_clock`, started when there is none yet or when the code
        it loaded has changed since (the cache key of a run asked for now names the new code)."""
        if self._forkservers is None:
            return None
        key, code = (python, on_clock), forkserver_code_digest()
        with self._lock:  # one per interpreter and clock: it forks as many runs at once as asked
            if self._forkserver_code.get(key) != code:
                if (old := self._forkservers.get(key)) is not None:
                    self._replaced.append(old)  # runs under way on it finish there
                self._forkservers[key] = ForkServer(python, environment(self.root, on_clock), self.root)
                self._forkserver_code[key] = code
            return self._forkservers[key]

    def _forked(self, example: Path, timeout: float, where: dict) -> Outcome | None:
        """A forked run, or None when there is no fork server for it (any longer)."""
        key = (where["python"], where["on_clock"])
        if (forkserver := self._forkserver(*key)) is None:
            return None
        try:
            return run_example(example, timeout=timeout, forkserver=forkserver, **where)
        except ForkServerError as stopped:  # its runs become plain ones; the build goes on
            log.info("docsbuild: %s; running %s as python <file> from now on", stopped, key)
            with self._lock:
                if self._forkservers is not None and self._forkservers.get(key) is forkserver:
                    self._forkservers[key] = None
            return None

    def _run(self, key: str, example: Path, timeout: float, python: str) -> Outcome:
        if self.render_only:
            return recorded_outcome(example, version_of(python))
        if self._store is not None and (stored := self._store.get(key)) is not None:
            return stored
        with self._lock:
            self.ran.add(key)
        on_clock = clock(example, self.root)
        where = {"python": python, "root": self.root, "on_clock": on_clock, "log": self.execution_log}
        forked = self._forked(example, timeout, where)
        outcome = forked if forked is not None else run_example(example, timeout=timeout, **where)
        expected = expected_output(example, version_of(python))
        # A surprising output runs once more, as `python <file>`, and that run decides: a real-clock
        # example may have met a busy machine, and a forked one may depend on how it was started
        # (docsbuild/_forkserver/serve.py says what differs). A forked run that hit its time limit
        # is not repeated: on the virtual clock, a second one would only double the wait.
        why = "real clock" if on_clock == "real" else "forked" if forked is not None else None
        surprising = expected is not None and not (outcome.ok and outcome.stdout == expected)
        surprising = surprising and not (why == "forked" and outcome.timed_out)
        for _ in range(RETRIES if why and surprising else 0):
            name = f"{relative(example, self.root)} on Python {version_of(python)}"
            with self._lock:
                self.retried.append(name)
            log.info("docsbuild: %s (%s) failed or did not print its recording; running it again", name, why)
            outcome = run_example(example, timeout=timeout, **where)
        # Keep only runs that printed what was recorded: a surprising output is run again next time
        # rather than shown again from the cache.
        if self._store is not None and outcome.stdout == expected:
            self._store.put(key, outcome)
        return outcome


def forkserver_code_digest() -> str:
    """A SHA-256 hex digest of the code a fork server runs before its first fork: `serve.py`, and
    the virtual clock its children on that clock get from it rather than load themselves."""
    digest = hashlib.sha256()
    for path in (SERVE, *VIRTUAL_CLOCK_CODE):
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()
