import asyncio


async def fetch_data() -> str:
    await asyncio.sleep(0.1)
    return "data"


class Answer:
    """Awaitable, but neither a coroutine nor a Future."""

    def __await__(self):
        yield from asyncio.sleep(0.1).__await__()
        return 42


async def main() -> None:
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(fetch_data())
    future = loop.create_future()
    future.set_result("ready")

    print("task in   -> same task back:", asyncio.ensure_future(task) is task)
    print("future in -> same future back:", asyncio.ensure_future(future) is future)

    wrapped = asyncio.ensure_future(fetch_data())
    print("coroutine in ->", type(wrapped).__name__)
    custom = asyncio.ensure_future(Answer())
    print("custom awaitable in ->", type(custom).__name__)

    print("ensure_future task on this loop:", wrapped.get_loop() is loop)
    print("create_task task on this loop:  ", task.get_loop() is loop)
    print("results:", await asyncio.gather(task, future, wrapped, custom))


asyncio.run(main())
