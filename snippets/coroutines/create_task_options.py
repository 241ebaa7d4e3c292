# /// script
# requires-python = ">=3.11"
# ///

import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")


async def handle() -> str:
    name = asyncio.current_task().get_name()
    return f"{name} sees request_id={request_id.get()}"


async def main() -> None:
    # name=: shows up in get_name(), in repr() and in debug logs.
    plain = asyncio.create_task(handle(), name="plain")

    # context= (Python 3.11+): run the task in a context you prepared.
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "req-42")
    scoped = asyncio.create_task(handle(), name="scoped", context=ctx)

    for line in await asyncio.gather(plain, scoped):
        print(line)
    print("main sees request_id=" + request_id.get())


asyncio.run(main())
