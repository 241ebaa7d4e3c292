"""Capture what asyncio reports outside your code, so an example can print it.

Some of asyncio's messages are not exceptions you can catch: the event loop's exception handler
logs them to the `asyncio` logger ("Task was destroyed but it is pending!"), Python issues a
warning ("coroutine ... was never awaited"), or an exception raised during garbage collection goes
to `sys.unraisablehook` ("Exception ignored in: ..."). These context managers collect them as text.

Every text is passed through `normalise()`: memory addresses become `0x…`, file paths keep only
the file name and file descriptors become `fd=…`, since those change from run to run and machine
to machine.
"""

from __future__ import annotations

import logging
import re
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["asyncio_log", "caught_warnings", "normalise", "unraisable"]

_ADDRESS = re.compile(r"\b0x[0-9a-f]+")
_PATH = re.compile(r"(?:[A-Za-z]:)?[\w.\-]*[\\/][^\s:'\"<>()]*[\\/]([\w.\-]+\.py)")
_FD = re.compile(r"\bfd=\d+")


def normalise(text: str) -> str:
    """Remove what changes between runs: addresses, directories, file descriptors.

    Parameters:
        text: A message as asyncio or Python formats it.

    Returns:
        The same text with every hexadecimal address replaced by `0x…`, every path to a `.py`
        file shortened to the file name, and `fd=N` replaced by `fd=…`.

    Examples:
        ```py
        from snippets.messages import normalise

        print(normalise("<coroutine object main at 0x7f3a2c1e9b40>"))
        #> <coroutine object main at 0x…>
        print(normalise("coro=<read() running at /home/me/app/client.py:12>"))
        #> coro=<read() running at client.py:12>
        ```
    """
    return _FD.sub("fd=…", _PATH.sub(r"\1", _ADDRESS.sub("0x…", text)))


@contextmanager
def asyncio_log() -> Iterator[list[str]]:
    """Collect the records the `asyncio` logger emits inside the block.

    The event loop's default exception handler logs there, so this is what a program prints on
    stderr when nothing else is configured: "Task was destroyed but it is pending!", "Task
    exception was never retrieved", "Executing ... took 0.3 seconds".

    Yields:
        A list that receives one string per record, `LEVEL: message`, normalised; a message of
        several lines keeps its line breaks.

    Examples:
        ```py
        import asyncio

        from snippets.messages import asyncio_log

        async def main() -> None:
            asyncio.get_running_loop().call_exception_handler({"message": "hello"})

        with asyncio_log() as lines:
            asyncio.run(main())
        print(lines)
        #> ['ERROR: hello']
        ```
    """
    lines: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(f"{record.levelname}: {normalise(record.getMessage())}")

    handler = Collect()
    logger = logging.getLogger("asyncio")
    logger.addHandler(handler)
    try:
        yield lines
    finally:
        logger.removeHandler(handler)


@contextmanager
def caught_warnings() -> Iterator[list[str]]:
    """Collect every warning issued inside the block, with where Python says it came from.

    Yields:
        A list that receives one string per warning when the block ends:
        `Category: message (reported from folder/file.py)`, normalised, with only the first
        line of the message (debug mode adds a "Coroutine created at" traceback below it). The
        place is the one Python attributes the warning to, which is not always your code.

    Examples:
        ```py
        import warnings

        from snippets.messages import caught_warnings

        with caught_warnings() as found:
            warnings.warn("careful", DeprecationWarning, stacklevel=2)
        print(found[0].split(" (reported")[0])
        #> DeprecationWarning: careful
        ```
    """
    found: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield found
        finally:
            for warning in caught:
                path = Path(warning.filename)
                where = f"{path.parent.name}/{path.name}"
                message = normalise(str(warning.message).splitlines()[0])
                found.append(
                    f"{warning.category.__name__}: {message} (reported from {where})"
                )


@contextmanager
def unraisable() -> Iterator[list[str]]:
    """Collect the exceptions Python could not raise, such as those in `__del__` or a finaliser.

    Outside the block they are printed to stderr as `Exception ignored in: <object>` followed by
    a traceback. From 3.14 some of them name the occasion instead, such as
    `Exception ignored while closing generator <object>`; the list keeps that first line as
    Python prints it.

    Yields:
        A list that receives `<first line>: Type: message`, normalised, where the first line is
        `Exception ignored in: <object>` or, from 3.14, for example
        `Exception ignored while closing generator <object>`.

    Examples:
        ```py
        import gc

        from snippets.messages import unraisable

        class Leaky:
            def __del__(self) -> None:
                raise RuntimeError("too late")

        with unraisable() as ignored:
            Leaky()
            gc.collect()
        print(ignored[0].rpartition(">: ")[2])
        #> RuntimeError: too late
        ```
    """
    ignored: list[str] = []

    def hook(info: sys.UnraisableHookArgs) -> None:
        if info.err_msg is None:  # what sys.__unraisablehook__ prints first
            where = f"Exception ignored in: {info.object!r}"
        elif info.object is None:
            where = info.err_msg
        else:
            where = f"{info.err_msg}: {info.object!r}"
        error = f"{type(info.exc_value).__name__}: {info.exc_value}"
        ignored.append(normalise(f"{where}: {error}"))

    previous, sys.unraisablehook = sys.unraisablehook, hook
    try:
        yield ignored
    finally:
        sys.unraisablehook = previous
