"""Examples forked from a warm interpreter: the build's fast way to give each one a fresh process.

Starting CPython and importing asyncio costs 60 to 100 ms of CPU per run here (45 more for 3.14
and 3.15, whose launcher makes a mount namespace each time), several times what an example itself
takes: 967 runs make up most of a strict build. A `ForkServer` starts one interpreter per
interpreter and clock, with the environment an example gets, lets it import asyncio once, and
then has it fork a child per example (`docsbuild/_forkserver/serve.py` says how the child
becomes `python <file>`, and what differs). Each child is still a process of its own, in its own
session, so nothing an example does reaches the next one, and a time-out kills all it started.

Only the build uses it (`Executor(forkserver=True)`). The recordings (`make update-outputs`), the
example tests of `make test-matrix` and the standalone copies run `python <file>` itself, so every
output the build compares was printed by a plain interpreter, and a difference fails the build.
"""

from __future__ import annotations

import itertools
import json
import os
import queue
import signal
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

SERVE = Path(__file__).resolve().parent / "_forkserver" / "serve.py"
# `python -c`, running serve.py with globals of its own: the interpreter's __main__ module, which
# each child hands to its example, keeps only what Python put there (a file left for the garbage
# collector to close would even add a `__warningregistry__`).
BOOT = (
    f"exec(compile(__import__('pathlib').Path({str(SERVE)!r}).read_bytes(), {str(SERVE)!r}, 'exec'),"
    " {'__name__': '_forkserver'})"
)


class ForkServerError(RuntimeError):
    """The fork server's interpreter stopped; the message holds what it printed."""


class ForkServer:
    """One warm interpreter that forks a child per example; safe to use from many threads.

    Parameters:
        python: The interpreter (a path or a launcher on PATH).
        env: The environment of the server and so of every child (`runner.environment`).
        cwd: Where the server starts; each run names its own working directory.
    """

    def __init__(self, python: str, env: dict[str, str], cwd: Path):
        self._files = tempfile.TemporaryDirectory(prefix="forkserver-")
        self._log = Path(self._files.name) / "server.err"
        ours, theirs = socket.socketpair()
        with theirs, self._log.open("w", encoding="utf-8") as log:
            self._process = subprocess.Popen(
                [python, "-c", BOOT], stdin=theirs, stdout=subprocess.DEVNULL, stderr=log, cwd=cwd, env=env
            )
        self._channel = ours
        self._send = threading.Lock()
        self._ids = itertools.count(1)
        self._waiting: dict[int, queue.Queue[dict[str, int]]] = {}
        self._gone = False
        threading.Thread(target=self._read_replies, name=f"forkserver {python}", daemon=True).start()

    def run(self, example: Path, cwd: Path, timeout: float) -> tuple[str, str, int | None]:
        """Run `example` as `python <example>` from `cwd`: (stdout, stderr, exit status), the
        status None when the run was killed after `timeout` seconds.

        Raises:
            ForkServerError: The server's interpreter has stopped (its messages are included).
        """
        request_id = next(self._ids)
        replies: queue.Queue[dict[str, int]] = queue.Queue()
        self._waiting[request_id] = replies
        if self._gone:  # checked after registering: see _read_replies
            replies.put({"error": f"exit status {self._process.returncode}"})
        out, err = (Path(self._files.name) / f"{request_id}.{name}" for name in ("out", "err"))
        request = {"id": request_id, "path": str(example), "cwd": str(cwd), "stdout": str(out), "stderr": str(err)}
        deadline = time.monotonic() + timeout
        try:
            with self._send:
                try:
                    self._channel.sendall(json.dumps(request).encode() + b"\n")
                except OSError:  # the server has gone; its reader reports why
                    pass
            pid = self._reply(replies, None)["pid"]
            try:
                returncode: int | None = self._reply(replies, deadline)["returncode"]
            except queue.Empty:
                _kill_group(pid)
                self._reply(replies, None)
                returncode = None
            _kill_group(pid)  # what the example started and left running
            return _read(out), _read(err), returncode
        finally:
            del self._waiting[request_id]
            out.unlink(missing_ok=True)
            err.unlink(missing_ok=True)

    def close(self) -> None:
        """Stop the server (it ends at the end of its input) and delete its files."""
        # shutdown, not only close: the reply reader blocked in recv() holds the socket open.
        try:
            self._channel.shutdown(socket.SHUT_RDWR)
        except OSError:  # the server has gone already
            pass
        self._channel.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._files.cleanup()

    def _reply(self, replies: queue.Queue[dict[str, int]], deadline: float | None) -> dict[str, int]:
        reply = replies.get(timeout=None if deadline is None else max(0.0, deadline - time.monotonic()))
        if "error" in reply:
            raise ForkServerError(f"the fork server stopped: {self._log.read_text('utf-8').strip() or reply['error']}")
        return reply

    def _read_replies(self) -> None:
        pending = b""
        while chunk := _recv(self._channel):
            pending += chunk
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                reply = json.loads(line)
                if (replies := self._waiting.get(reply["id"])) is not None:  # else: a run given up on
                    replies.put(reply)
        self._gone = True  # before the snapshot below: a run registered after it sees the flag
        try:
            status = self._process.wait(timeout=10)  # it closed its end: it is exiting
        except subprocess.TimeoutExpired:
            status = None
        for replies in list(self._waiting.values()):  # nobody waits forever
            replies.put({"error": f"exit status {status}"})


def _read(path: Path) -> str:
    """What the child wrote to `path`; nothing if it failed before opening it (it says why in the server's log)."""
    try:
        return path.read_text("utf-8")
    except FileNotFoundError:
        return ""


def _recv(channel: socket.socket) -> bytes:
    try:
        return channel.recv(65536)
    except OSError:  # closed by close()
        return b""


def _kill_group(pid: int) -> None:
    """Kill the child `pid` and its session's process group (the child's first act is setsid())."""
    for kill in (os.killpg, os.kill):
        try:
            kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
