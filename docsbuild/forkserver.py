"""Examples forked from a warm interpreter: the build's fast way to give each one a fresh process.

Starting CPython and importing asyncio costs 60 to 100 ms of CPU per run here (45 more for 3.14
and 3.15, whose launcher makes a mount namespace each time), several times what an example itself
takes: 967 runs made up most of a strict build. A `ForkServer` starts one interpreter per
interpreter and clock, with the environment and standard streams an example gets, lets it import
asyncio once, and then has it fork a child per example (`docsbuild/_forkserver/serve.py` says how
the child becomes `python <file>`, and what differs). Each child is still a process of its own, in
its own session, writing to pipes of its own, so nothing an example does reaches the next one,
and a time-out kills all it started.

Only the build uses it (`Executor(forkserver=True)`). The recordings (`make update-outputs`), the
example tests of `make test-matrix` and the standalone copies run `python <file>` itself, so every
output the build compares was printed by a plain interpreter.
"""

from __future__ import annotations

import itertools
import json
import os
import queue
import selectors
import socket
import subprocess
import threading
import time
from pathlib import Path

from docsbuild.runner import kill_group

SERVE = Path(__file__).resolve().parent / "_forkserver" / "serve.py"
# `python -c`, running serve.py with globals of its own: the interpreter's __main__ module, which
# each child hands to its example, keeps only what Python put there (a file left for the garbage
# collector to close would even add a `__warningregistry__`).
BOOT = (
    f"exec(compile(__import__('pathlib').Path({str(SERVE)!r}).read_bytes(), {str(SERVE)!r}, 'exec'),"
    " {'__name__': '_forkserver'})"
)
GRACE = 5.0
"""Seconds to wait for a killed run's pipes to close and its status to arrive."""


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
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        with theirs:
            # stdin, stdout and stderr as a plain run has them (runner.run_example): the children
            # inherit the stream objects Python made for them at start-up.
            self._process = subprocess.Popen(
                [python, "-c", BOOT, str(theirs.fileno())],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                pass_fds=[theirs.fileno()],
                cwd=cwd,
                env=env,
                start_new_session=True,  # a Ctrl-C meant for the build does not reach it
            )
        self._channel = ours
        self._send = threading.Lock()
        self._ids = itertools.count(1)
        self._waiting: dict[int, queue.Queue[dict[str, int]]] = {}
        self._gone = False
        self._messages: list[bytes] = []
        for target in (self._read_replies, self._read_messages):
            threading.Thread(target=target, name=f"forkserver {python}", daemon=True).start()

    def run(self, example: Path, cwd: Path, timeout: float) -> tuple[str, str, int | None]:
        """Run `example` as `python <example>` from `cwd`: (stdout, stderr, exit status), the
        status None when the run was killed after `timeout` seconds.

        Raises:
            ForkServerError: The server's interpreter has stopped (its messages are included);
                whatever the run had started is killed.
        """
        request_id = next(self._ids)
        replies: queue.Queue[dict[str, int]] = queue.Queue()
        self._waiting[request_id] = replies
        if self._gone:  # checked after registering: see _read_replies
            replies.put({"error": f"exit status {self._process.returncode}"})
        (out, out_w), (err, err_w) = os.pipe(), os.pipe()
        deadline = time.monotonic() + timeout
        pid = None
        try:
            request = json.dumps({"id": request_id, "path": str(example), "cwd": str(cwd)}).encode()
            try:
                with self._send:
                    socket.send_fds(self._channel, [request], [out_w, err_w])
            except OSError:  # the server has gone; its reader reports why
                pass
            finally:
                os.close(out_w)
                os.close(err_w)
            pid = self._reply(replies, None)["pid"]
            # As subprocess's communicate(): read to the end of both pipes, then take the status.
            stdout, stderr, in_time = _drain(out, err, deadline)
            if in_time:
                try:
                    return stdout, stderr, self._reply(replies, deadline)["returncode"]
                except queue.Empty:
                    pass
            kill_group(pid)
            more = _drain(out, err, time.monotonic() + GRACE)
            self._reply(replies, time.monotonic() + GRACE)
            return stdout + more[0], stderr + more[1], None
        finally:
            if pid is not None:
                kill_group(pid)  # what the example started and left running
            os.close(out)
            os.close(err)
            del self._waiting[request_id]

    def close(self) -> None:
        """Stop the server: it ends at the end of its input."""
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

    def _reply(self, replies: queue.Queue[dict[str, int]], deadline: float | None) -> dict[str, int]:
        reply = replies.get(timeout=None if deadline is None else max(0.0, deadline - time.monotonic()))
        if "error" in reply:
            printed = b"".join(self._messages).decode("utf-8", "replace").strip()
            raise ForkServerError(f"the fork server stopped ({reply['error']}): {printed or 'it printed nothing'}")
        return reply

    def _read_replies(self) -> None:
        while message := _recv(self._channel):
            reply = json.loads(message)
            if (replies := self._waiting.get(reply["id"])) is not None:  # else: a run given up on
                replies.put(reply)
        self._gone = True  # before the snapshot below: a run registered after it sees the flag
        try:
            status = self._process.wait(timeout=10)  # it closed its end: it is exiting
        except subprocess.TimeoutExpired:
            status = None
        for replies in list(self._waiting.values()):  # nobody waits forever
            replies.put({"error": f"exit status {status}"})

    def _read_messages(self) -> None:
        # The server's own stderr (a child that fails before it has its pipes writes there too).
        # Its stdout stays empty: the children write to their own pipes.
        assert self._process.stderr is not None
        while chunk := self._process.stderr.read1(65536):
            self._messages.append(chunk)


def _drain(out: int, err: int, deadline: float) -> tuple[str, str, bool]:
    """Read both pipes to their end or until `deadline`: (stdout, stderr, whether both ended)."""
    chunks: dict[int, list[bytes]] = {out: [], err: []}
    with selectors.DefaultSelector() as selector:
        for fd in chunks:
            selector.register(fd, selectors.EVENT_READ)
        while selector.get_map() and (left := deadline - time.monotonic()) > 0:
            for key, _ in selector.select(left):
                if data := os.read(key.fd, 65536):
                    chunks[key.fd].append(data)
                else:
                    selector.unregister(key.fd)
        ended = not selector.get_map()
    return b"".join(chunks[out]).decode("utf-8"), b"".join(chunks[err]).decode("utf-8"), ended


def _recv(channel: socket.socket) -> bytes:
    try:
        return channel.recv(65536)
    except OSError:  # closed by close()
        return b""
