# /// script
# requires-python = ">=3.13"
# ///
import asyncio


async def worker(queue: asyncio.Queue) -> None:
    try:
        while True:
            item = await queue.get()
            print(f"worker: got {item}")
            queue.task_done()
    except asyncio.QueueShutDown:  # the normal way out: no more items will come
        print("worker: QueueShutDown, stopping")


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    consumer = asyncio.create_task(worker(queue))
    await queue.put(1)
    queue.shutdown()  # items already queued are still delivered
    try:
        await queue.put(2)
    except asyncio.QueueShutDown as exc:
        print(f"put() after shutdown(): {type(exc).__module__}.{type(exc).__name__}")
    await consumer


asyncio.run(main())
