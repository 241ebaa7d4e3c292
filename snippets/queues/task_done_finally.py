import asyncio


async def handle(item: str) -> str:
    await asyncio.sleep(0.1)
    if item == "bad":
        raise ValueError(f"cannot handle {item!r}")
    return item.upper()


async def worker(queue: asyncio.Queue, results: list, errors: list) -> None:
    while True:
        item = await queue.get()
        try:
            results.append(await handle(item))
        except Exception as exc:  # one bad item must not stop the worker
            errors.append(f"{item}: {type(exc).__name__}: {exc}")
        finally:
            queue.task_done()  # runs on success, on error and on cancellation


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue()
    for item in ("a", "bad", "c", "d"):
        queue.put_nowait(item)
    results: list[str] = []
    errors: list[str] = []
    workers = [asyncio.create_task(worker(queue, results, errors)) for _ in range(2)]
    await queue.join()  # returns: every get() was matched by a task_done()
    for w in workers:
        w.cancel()  # the workers wait for items that will never come
    await asyncio.gather(*workers, return_exceptions=True)
    print(f"results: {sorted(results)}")
    print(f"errors: {errors}")


asyncio.run(main())
