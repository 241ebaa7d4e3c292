import asyncio


async def worker(queue: asyncio.Queue, fixed: bool) -> None:
    while True:
        item = await queue.get()
        try:
            if item == "bad":
                raise ValueError(f"cannot process {item!r}")
        except ValueError as exc:
            print(f"  worker: {type(exc).__name__}: {exc}")
            if not fixed:
                raise  # BUG: task_done() below never runs for this item
        finally:
            if fixed:
                queue.task_done()  # the fix: one per get(), whatever happens
        if not fixed:
            queue.task_done()


async def main(fixed: bool) -> None:
    queue: asyncio.Queue[str] = asyncio.Queue()
    for item in ("a", "bad", "c"):
        queue.put_nowait(item)
    workers = [asyncio.create_task(worker(queue, fixed)) for _ in range(2)]
    joining = asyncio.create_task(queue.join())
    await asyncio.wait([joining], timeout=0.5)  # without a timeout: waits for ever
    if joining.done():
        print("  join() returned")
    else:
        print(f"  join() still waiting after 0.5 s; queue size: {queue.qsize()}")
        joining.cancel()
    print(f"  workers alive: {sum(not w.done() for w in workers)} of 2")
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


for fixed in (False, True):
    print(f"fixed={fixed}:")
    asyncio.run(main(fixed))
