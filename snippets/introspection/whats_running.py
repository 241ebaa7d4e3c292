import asyncio

from snippets.tasks import describe

background: set[asyncio.Task] = set()  # strong references, as the docs advise


def still_running() -> list[asyncio.Task]:
    """Pending tasks other than the one asking, sorted by name."""
    me = asyncio.current_task()
    others = [task for task in asyncio.all_tasks() if task is not me]
    return sorted(others, key=lambda task: task.get_name())


async def poll(host: str) -> None:
    while True:  # a background loop nobody remembered to stop
        await asyncio.sleep(0.1)


def start_pollers() -> None:
    for host in ("db", "cache"):
        task = asyncio.create_task(poll(host), name=f"poll:{host}")
        background.add(task)
        task.add_done_callback(background.discard)


async def main() -> None:
    start_pollers()
    await asyncio.sleep(0.2)  # the real work of the program

    leftovers = still_running()
    for task in leftovers:
        print(f"still running: {task.get_name()} -> {task.get_coro().__qualname__}")
        task.cancel()
    results = await asyncio.gather(*leftovers, return_exceptions=True)
    print(f"gather collected: {[type(result).__name__ for result in results]}")
    print(f"after cancel: {[describe(task) for task in leftovers]}")


asyncio.run(main())
