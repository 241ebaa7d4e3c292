import asyncio


async def fetch_data() -> str:
    await asyncio.sleep(0.1)
    return "data"


class Answer:
    def __await__(self):
        return (yield from asyncio.sleep(0, result=42).__await__())

    def __repr__(self) -> str:
        return "Answer()"


# Outside asyncio.run() there is no running event loop.
coro = fetch_data()
try:
    asyncio.create_task(coro)
except RuntimeError as exc:
    print(f"outside a loop: {type(exc).__name__}: {exc}")
finally:
    coro.close()  # never awaited: close it so no RuntimeWarning is emitted


async def main() -> None:
    future = asyncio.get_running_loop().create_future()
    for label, awaitable in [("a Future", future), ("a custom awaitable", Answer())]:
        try:
            asyncio.create_task(awaitable)
        except TypeError as exc:
            print(f"given {label}: {type(exc).__name__}: {exc}")

    task = asyncio.create_task(fetch_data())  # a coroutine: fine
    print("given a coroutine:", type(task).__name__, "->", await task)


asyncio.run(main())
