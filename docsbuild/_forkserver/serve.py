"""The fork server's side inside an example's interpreter (CPython 3.10 to 3.15, standard library).

`docsbuild/forkserver.py` starts this once per interpreter and clock, with the environment an
example gets (`runner.environment`), with `python -c` and its own globals, so that the
interpreter's `__main__` module stays as Python made it. It imports
asyncio, as every example does, then serves requests on its standard input (a Unix socket), one
JSON line each: `{"id": 1, "path": "/abs/example.py", "cwd": "/abs/root", "stdout": "/abs/out",
"stderr": "/abs/err"}`. For each it forks; the child becomes `python <path>` (below) and this
process answers `{"id": 1, "pid": 123}`, then `{"id": 1, "returncode": 0}` once the child has
exited (negative: killed by that signal, as `subprocess` reports it). End of input ends the server.

The child is a fresh process that has run nothing but `import asyncio`: what an example changes
(the loop policy, signal handlers, modules, threads) dies with it. It sets itself up as
`python <path>` does: its own session (a time-out kills everything it started), standard streams
on the given files, `sys.argv`, `sys.path[0]`, and the interpreter's own `__main__` module with
`__file__` and `__loader__` set, then runs the file and exits through the interpreter's normal
shutdown (atexit, unraisable-exception reports, the wait for threads).
What differs from `python <path>`, measured by the strict build against recordings that
`python <path>` made: a full stack walk (`traceback.print_stack()`, asyncio's debug-mode
"created at" tracebacks) would show this file's frames above the example's; an uncaught exception
exits with status 1 (a `KeyboardInterrupt` too, where Python would kill itself with SIGINT).
Examples must exit with 0 and write nothing to stderr, so neither reaches a page.
"""

import asyncio  # noqa: F401 (loaded once here, so that no example pays for it again)
import gc
import importlib.machinery
import json
import os
import posix
import selectors
import sys
import traceback


def _child(request, channel, selector):
    try:
        os.setsid()
        # Closed through their objects, which would otherwise close the same numbers again when
        # this process ends, by then perhaps files of the example's.
        for key in list(selector.get_map().values()):
            if key.data is not None:
                os.close(key.data[2])  # another child's pidfd
        selector.close()
        channel.close()
        for target, name in ((1, "stdout"), (2, "stderr")):
            fd = os.open(request[name], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(fd, target)
            os.close(fd)
        os.chdir(request["cwd"])
        path = request["path"]
        # As Python sets them up for `python <path>` (Modules/main.c, pymain_run_file): the script's
        # directory first on sys.path, symbolic links resolved, and __file__ absolute.
        sys.argv[:] = [path]
        sys.path[0] = os.path.dirname(os.path.realpath(path))
        main = sys.modules["__main__"]
        main.__file__ = os.path.abspath(path)
        if sys.version_info < (3, 15):
            main.__cached__ = None
        main.__loader__ = importlib.machinery.SourceFileLoader("__main__", main.__file__)
        with open(path, "rb") as source:
            code = compile(source.read(), main.__file__, "exec", dont_inherit=True)
    except BaseException:
        traceback.print_exc()
        os._exit(70)
    try:
        exec(code, main.__dict__)
    except SystemExit:
        raise
    except BaseException as exc:
        # As Python prints an uncaught exception: from the example's first frame, not this one
        # (the exception's own __traceback__ too: that is what 3.12+ print).
        exc = exc.with_traceback(exc.__traceback__.tb_next)
        sys.excepthook(type(exc), exc, exc.__traceback__)
        sys.exit(1)
    sys.exit(0)


def _reply(channel, message):
    channel.sendall(json.dumps(message).encode() + b"\n")


def serve():
    import socket

    channel = socket.socket(fileno=os.dup(0))
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)  # what the children inherit as stdin
    os.close(devnull)
    selector = selectors.DefaultSelector()
    selector.register(channel, selectors.EVENT_READ, None)
    pending = b""
    while True:
        for key, _ in selector.select():
            if key.data is not None:  # a child exited: reap it and report its status
                pid, request_id, pidfd = key.data
                _, status = os.waitpid(pid, 0)
                selector.unregister(pidfd)
                os.close(pidfd)
                _reply(channel, {"id": request_id, "returncode": os.waitstatus_to_exitcode(status)})
                continue
            chunk = channel.recv(65536)
            if not chunk:
                return
            pending += chunk
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                request = json.loads(line)
                # Every child starts from the same heap, with nothing for a collection to find, so
                # when the garbage collector next runs depends on the example alone (about 1.5 ms;
                # gc.freeze() would be quicker, but an example would see its frozen objects).
                gc.collect()
                # posix.fork: the virtual clock's guard (docsbuild/virtualclock.py) refuses os.fork
                # to examples, and has already run in this interpreter.
                pid = posix.fork()
                if pid == 0:
                    _child(request, channel, selector)  # never returns
                pidfd = os.pidfd_open(pid)
                selector.register(pidfd, selectors.EVENT_READ, (pid, request["id"], pidfd))
                _reply(channel, {"id": request["id"], "pid": pid})


if __name__ == "_forkserver":  # run by docsbuild/forkserver.py; importing it does nothing
    serve()
