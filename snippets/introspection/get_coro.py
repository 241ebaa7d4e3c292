import asyncio


class Crawler:
    async def fetch(self, url: str) -> str:
        await asyncio.sleep(0.1)
        return url


async def main() -> None:
    async def heartbeat() -> None:
        await asyncio.sleep(0.1)

    tasks = [
        asyncio.create_task(Crawler().fetch("/a"), name="crawl"),
        asyncio.create_task(heartbeat(), name="beat"),
        asyncio.create_task(asyncio.sleep(0.1), name="nap"),
    ]
    for task in tasks:
        coro = task.get_coro()
        # __qualname__ includes the class or the enclosing function.
        print(f"{task.get_name()}: {coro.__qualname__!r}, plain name {coro.__name__!r}")
    # Print names, not objects: a coroutine's repr() holds a memory address.
    print(f"repr(coroutine) has an address: {' at 0x' in repr(tasks[0].get_coro())}")
    await asyncio.gather(*tasks)


asyncio.run(main())
