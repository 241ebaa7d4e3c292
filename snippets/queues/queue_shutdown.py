# /// script
# requires-python = ">=3.13"
# ///
import asyncio


async def worker(name: str, queue: asyncio.Queue, done: list) -> None:
    while True:
        try:
            item = await queue.get()
        except asyncio.QueueShutDown:
            print(f"{name}: queue shut down, exiting")
            return
        try:
            await asyncio.sleep(0.1)
            done.append(item)
        finally:
            queue.task_done()


async def run(immediate: bool) -> None:
    queue: asyncio.Queue = asyncio.Queue()
    done: list[int] = []
    for n in range(6):
        queue.put_nowait(n)
    workers = [asyncio.create_task(worker(f"w{i}", queue, done)) for i in (1, 2)]
    await asyncio.sleep(0.15)  # the producer is finished; w1 and w2 are busy
    queue.shutdown(immediate=immediate)
    try:
        queue.put_nowait(99)
    except asyncio.QueueShutDown:
        print("put after shutdown(): QueueShutDown")
    await asyncio.gather(*workers)  # the workers end by themselves
    await queue.join()  # returns at once: nothing is left unfinished
    print(f"processed {sorted(done)}, left in the queue: {queue.qsize()}")


async def main() -> None:
    print("-- shutdown(): workers finish what is queued, then exit")
    await run(immediate=False)
    print("-- shutdown(immediate=True): what is queued is dropped")
    await run(immediate=True)


asyncio.run(main())
