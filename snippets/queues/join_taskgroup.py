# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def worker(queue: asyncio.Queue) -> None:
    while True:
        item = await queue.get()
        if item == "bad":
            raise ValueError(f"cannot handle {item!r}")  # task_done() is never called
        await asyncio.sleep(0.1)
        queue.task_done()


async def process(items: list[str]) -> None:
    queue: asyncio.Queue = asyncio.Queue()
    for item in items:
        queue.put_nowait(item)
    async with asyncio.TaskGroup() as tg:
        workers = [tg.create_task(worker(queue)) for _ in range(2)]
        await queue.join()  # a worker's crash cancels this await
        for w in workers:
            w.cancel()  # done: stop the idle workers, so the block can end
    print(f"{items}: all items done")


async def main() -> None:
    await process(["a", "b", "c"])
    try:
        await process(["a", "bad", "c"])
    except* ValueError as group:
        print(f"crash surfaced: {group.exceptions!r}")


asyncio.run(main())
