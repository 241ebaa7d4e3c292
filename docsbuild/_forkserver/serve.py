"""The fork server's side inside an example's interpreter (CPython 3.10 to 3.15, standard library).

`docsbuild/forkserver.py` starts this once per interpreter and clock, with the environment an
example gets (`runner.environment`), with `python -c` and its own globals, so that the
interpreter's `__main__` module stays as Python made it, and with the standard streams a plain
run gets (stdin /dev/null, stdout and stderr pipes), so that `sys.stdin`, `sys.stdout` and
`sys.stderr`, made at start-up, are the objects a plain run has. It imports asyncio, as every
example does, then serves requests on the fd its first argument names (a SOCK_SEQPACKET Unix
socket): one JSON message each,
`{"id": 1, "path": "/abs/example.py", "cwd": "/abs/root"}`, carrying the write ends of the run's
stdout and stderr pipes (SCM_RIGHTS). For each it forks; the child becomes `python <path>`
(below) and this process answers `{"id": 1, "pid": 123}`, then `{"id": 1, "returncode": 0}` once
the child has exited (negative: killed by that signal, as `subprocess` reports it). End of input
ends the server.

The child is a fresh process that has run nothing but `import asyncio`: what an example changes
(the loop policy, signal handlers, modules, threads) dies with it. It sets itself up as
`python <path>` does: its own session (a time-out kills everything it started), the run's pipes
as stdout and stderr, `sys.argv`, `sys.orig_argv`, `sys.path[0]`, and the interpreter's own
`__main__` module with `__file__` and `__loader__`; it runs the file, reports an uncaught
exception or a syntax error as Python does, and exits through the interpreter's normal shutdown
(atexit, unraisable-exception reports, the wait for threads).

What differs from `python <path>` (tests/test_forkserver.py compares the rest, and the strict
build compares every output with a recording that `python <path>` made):
- a full stack walk (`traceback.print_stack()`, asyncio's debug-mode "created at" tracebacks,
  `sys._getframe(1)` or `warnings.warn(stacklevel=2)` at module level) shows this file's frames
  above the example's;
- the heap is laid out differently, so the iteration order of a set hashed by `id()` (a set of
  tasks from `asyncio.wait`) is repeatable but not the plain run's: examples sort such sets;
- an uncaught `KeyboardInterrupt` exits with status 1, where Python kills itself with SIGINT.
A forked run whose output surprises is run again as `python <path>`, which decides
(docsbuild/execution.py).
"""

import asyncio  # noqa: F401 (loaded once here, so that no example pays for it again)
import gc
import importlib.machinery
import json
import logging
import os
import posix
import selectors
import socket
import sys
import time
import traceback


def _child(request, fds, channel, selector):
    try:
        os.setsid()
        # Closed through their objects, which would otherwise close the same numbers again when
        # this process ends, by then perhaps files of the example's.
        for key in list(selector.get_map().values()):
            if key.data is not None:
                os.close(key.data[2])  # another child's pidfd
        selector.close()
        channel.close()
        out, err = fds
        for fd, target in ((out, 1), (err, 2)):
            os.dup2(fd, target)
            os.close(fd)
        os.chdir(request["cwd"])
        path = request["path"]
        # As Python sets them up for `python <path>` (Modules/main.c, pymain_run_file): the script's
        # directory first on sys.path (unless -P), symbolic links resolved, and __file__ absolute.
        sys.argv[:] = [path]
        sys.orig_argv[1:] = [path]
        if not getattr(sys.flags, "safe_path", False):  # -P, PYTHONSAFEPATH (3.11+)
            sys.path[0] = os.path.dirname(os.path.realpath(path))
        main = sys.modules["__main__"]
        main.__file__ = os.path.abspath(path)
        if sys.version_info < (3, 15):
            main.__cached__ = None
        main.__loader__ = importlib.machinery.SourceFileLoader("__main__", main.__file__)
        # logging's relativeCreated counts from its import, which a plain run makes just before.
        logging._startTime = time.time_ns() if isinstance(logging._startTime, int) else time.time()
        with open(path, "rb") as source:
            text = source.read()
    except BaseException:
        traceback.print_exc()
        os._exit(70)
    try:
        try:
            code = compile(text, main.__file__, "exec", dont_inherit=True)
        except SyntaxError as exc:  # as Python reports it: no traceback, status 1
            _uncaught(exc, None)
        exec(code, main.__dict__)
    except SystemExit:
        _end_of_script(main)
        raise
    except BaseException as exc:
        _uncaught(exc, exc.__traceback__.tb_next)  # from the example's first frame, not this one
    _end_of_script(main)
    sys.exit(0)


def _uncaught(exc, tb):
    """Report `exc` as Python reports an uncaught exception (PyErr_Print), then exit with 1."""
    exc = exc.with_traceback(tb)  # 3.12+ print the exception's own __traceback__
    sys.last_type, sys.last_value, sys.last_traceback = type(exc), exc, tb
    if sys.version_info >= (3, 12):
        sys.last_exc = exc
    sys.excepthook(type(exc), exc, tb)
    _end_of_script(sys.modules["__main__"])
    sys.exit(1)


def _end_of_script(main):
    # What Python takes out of __main__ once the file has run (_PyRun_SimpleFileObject).
    main.__dict__.pop("__file__", None)
    main.__dict__.pop("__cached__", None)


def _reply(channel, message):
    channel.send(json.dumps(message).encode())


def serve():
    channel = socket.socket(fileno=int(sys.argv[1]))  # passed by number: `python -c BOOT <fd>`
    os.close(os.pidfd_open(os.getpid()))  # needs Linux 5.3: fail here, before any child exists
    selector = selectors.DefaultSelector()
    selector.register(channel, selectors.EVENT_READ, None)
    while True:
        for key, _ in selector.select():
            if key.data is not None:  # a child exited: reap it and report its status
                pid, request_id, pidfd = key.data
                _, status = os.waitpid(pid, 0)
                selector.unregister(pidfd)
                os.close(pidfd)
                _reply(channel, {"id": request_id, "returncode": os.waitstatus_to_exitcode(status)})
                continue
            message, fds, _, _ = socket.recv_fds(channel, 65536, 2)
            if not message:
                return
            request = json.loads(message)
            # Every child starts from the same heap, with nothing for a collection to find, so
            # when the garbage collector next runs depends on the example alone (about 1.5 ms;
            # gc.freeze() would be quicker, but an example would see its frozen objects).
            gc.collect()
            # posix.fork: the virtual clock's guard (docsbuild/virtualclock.py) refuses os.fork
            # to examples, and has already run in this interpreter.
            pid = posix.fork()
            if pid == 0:
                _child(request, fds, channel, selector)  # never returns
            for fd in fds:
                os.close(fd)
            pidfd = os.pidfd_open(pid)
            selector.register(pidfd, selectors.EVENT_READ, (pid, request["id"], pidfd))
            _reply(channel, {"id": request["id"], "pid": pid})


if __name__ == "_forkserver":  # run by docsbuild/forkserver.py; importing it does nothing
    serve()
