# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # real threads; it prints no times
# ///

import asyncio
import contextvars
import functools
from contextvars import ContextVar

request_id: ContextVar[str] = ContextVar("request_id", default="(not set)")


def log(message: str) -> str:  # runs in a worker thread
    return f"[{request_id.get()}] {message}"


async def main() -> None:
    loop = asyncio.get_running_loop()
    request_id.set("req-42")
    print(await asyncio.to_thread(log, "to_thread()"))
    print(await loop.run_in_executor(None, log, "run_in_executor()"))
    context = contextvars.copy_context()  # a copy of this task's context, now
    call = functools.partial(
        context.run, log, "run_in_executor(None, context.run, ...)"
    )
    print(await loop.run_in_executor(None, call))


asyncio.run(main())
