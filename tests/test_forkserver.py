"""The fork server (docsbuild/forkserver.py): a forked run is `python <file>` in all an example sees.

Each probe runs both ways, forked and as `python <file>` (runner.run_example), under every
interpreter found, and the two outcomes must be equal. Isolation and time limits are tested for
both ways in test_runner.py.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from docsbuild import interpreters
from docsbuild.execution import Executor
from docsbuild.forkserver import ForkServer, ForkServerError
from docsbuild.runner import environment, run_example

PROBES = {
    "start": """\
        import asyncio, gc, os, signal, sys, threading, traceback
        main = sys.modules["__main__"]
        print(__name__, __file__, sys.argv, sys.path[0], __spec__, type(__loader__).__name__)
        print([name for name in vars(main) if name.startswith("__")])
        print(sys.stdin.read() == "", sys.stdout.encoding, sys.stdout.line_buffering, sys.stderr.errors)
        print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGCHLD), signal.getsignal(signal.SIGPIPE))
        print(os.getpgid(0) == os.getpid() == os.getsid(0), threading.active_count(), gc.isenabled())
        print(gc.get_freeze_count(), sorted(os.listdir("/proc/self/fd")), os.getcwd())
        print(type(asyncio.get_event_loop_policy()).__name__, asyncio.run(asyncio.sleep(0, "ran")))

        def fail():
            raise ValueError("caught")

        try:
            fail()
        except ValueError:
            traceback.print_exc(file=sys.stdout)

        async def never():
            pass

        kept = never()  # never awaited: Python reports it on stderr when the module is cleared at exit
        sys.stderr.flush()
        """,
    "uncaught": """\
        def fail():
            raise ValueError("uncaught")

        print("before", flush=True)
        fail()
        """,
    "exits": 'import sys\nprint("out")\nsys.exit("a message and status 1")\n',
}
"""Programs whose every line of output, stderr and exit status must be the same both ways. Each
clock runs the first; the others end with an error, which the virtual clock does not change."""


CASES = [
    (version, on_clock, probe)
    for version in interpreters.available()
    for on_clock in ("real", "virtual")
    for probe in (PROBES if on_clock == "real" else ["start"])
]


@pytest.mark.parametrize(("version", "on_clock", "probe"), CASES, ids=lambda v: str(v))
def test_a_forked_run_prints_what_python_file_prints(tmp_path: Path, version: str, on_clock: str, probe: str) -> None:
    python = interpreters.available()[version]
    example = tmp_path / "snippets" / "probe" / f"{probe}.py"
    example.parent.mkdir(parents=True)
    example.write_text(textwrap.dedent(PROBES[probe]))
    where = {"root": tmp_path, "python": python, "on_clock": on_clock}
    plain = run_example(example, **where)
    server = ForkServer(python, environment(tmp_path, on_clock), tmp_path)
    try:
        forked = run_example(example, forkserver=server, **where)
    finally:
        server.close()
    assert (forked.stdout, forked.stderr, forked.returncode) == (plain.stdout, plain.stderr, plain.returncode)
    assert plain.stdout, "the probe printed nothing"


def test_a_stopped_server_is_reported_with_what_it_printed(tmp_path: Path) -> None:
    server = ForkServer(sys.executable, environment(tmp_path), tmp_path)
    (tmp_path / "a.py").write_text("print(1)\n")
    assert server.run(tmp_path / "a.py", tmp_path, timeout=5) == ("1\n", "", 0)
    server._process.kill()
    with pytest.raises(ForkServerError, match="the fork server stopped: exit status -9"):
        server.run(tmp_path / "a.py", tmp_path, timeout=5)
    server.close()


def test_a_forked_run_that_surprises_is_repeated_as_python_file(tmp_path: Path) -> None:
    # A full stack walk shows the server's frames above the example's (docsbuild/_forkserver/serve.py),
    # so this example prints something else when forked; `python <file>` decides.
    example = tmp_path / "snippets" / "t" / "stack.py"
    example.parent.mkdir(parents=True)
    example.write_text("import traceback\n\nprint(len(traceback.extract_stack()))\n")
    example.with_suffix(".out").write_text("1\n")
    log = tmp_path / "executions.log"
    executor = Executor(root=tmp_path, jobs=1, execution_log=log, forkserver=True)
    try:
        assert executor.outcome(example).stdout == "1\n"
    finally:
        executor.close()
    assert log.read_text().splitlines() == ["snippets/t/stack.py"] * 2
    assert [name.split(" on ")[0] for name in executor.retried] == ["snippets/t/stack.py"]
