import asyncio


async def worker(queue: asyncio.Queue) -> None:
    while True:
        item = await queue.get()
        if item == "bad":
            raise ValueError(f"cannot handle {item!r}")  # task_done() is never called
        await asyncio.sleep(0.1)
        queue.task_done()


async def fill() -> tuple[asyncio.Queue, list[asyncio.Task]]:
    queue: asyncio.Queue = asyncio.Queue()
    for item in ("a", "bad", "c"):
        queue.put_nowait(item)
    workers = [asyncio.create_task(worker(queue)) for _ in range(2)]
    return queue, workers


async def join_alone() -> None:
    queue, workers = await fill()
    try:
        await asyncio.wait_for(queue.join(), timeout=0.3)
    except asyncio.TimeoutError:  # 3.10: not the built-in TimeoutError
        print(f"join() alone: still waiting after 0.3 s, qsize()={queue.qsize()}")
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


async def join_with_workers() -> None:
    queue, workers = await fill()
    join = asyncio.create_task(queue.join())
    done, _ = await asyncio.wait({join, *workers}, return_when=asyncio.FIRST_COMPLETED)
    for task in {join, *workers} - done:
        task.cancel()
    await asyncio.gather(join, *workers, return_exceptions=True)
    if join in done:
        print("join() together with the workers: all items done")
    for w in workers:
        if w in done:
            exc = w.exception()
            print(f"join() together with the workers: {type(exc).__name__}: {exc}")


async def main() -> None:
    await join_alone()
    await join_with_workers()


asyncio.run(main())
