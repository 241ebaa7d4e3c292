import asyncio
import inspect


async def fetch_data() -> str:
    return "data"


def numbers():
    yield 1


class Answer:
    def __await__(self):
        return (yield from asyncio.sleep(0, result=42).__await__())


async def main() -> None:
    coro = fetch_data()
    task = asyncio.create_task(fetch_data())
    future = asyncio.get_running_loop().create_future()
    candidates = {
        "coroutine": coro,
        "Task": task,
        "Future": future,
        "custom __await__": Answer(),
        "coroutine function": fetch_data,
        "plain generator": numbers(),
    }
    checks = {
        "iscoroutine": asyncio.iscoroutine,
        "isfuture": asyncio.isfuture,
        "isawaitable": inspect.isawaitable,
        "iscoroutinefunction": inspect.iscoroutinefunction,
    }
    print(f"{'':<19}" + "".join(f"{name:>{len(name) + 2}}" for name in checks))
    for label, obj in candidates.items():
        cells = [f"{check(obj)!s:>{len(name) + 2}}" for name, check in checks.items()]
        print(f"{label:<19}" + "".join(cells))
    print("Task is a Future subclass:", issubclass(asyncio.Task, asyncio.Future))

    coro.close()  # only inspected, never awaited
    await task


asyncio.run(main())
