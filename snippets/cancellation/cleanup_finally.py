import asyncio

from snippets.clock import LoopClock
from snippets.tasks import describe


async def worker(clock: LoopClock) -> None:
    print(f"worker: connected {clock.stamp()}")
    try:
        await asyncio.sleep(1)  # the CancelledError is raised here
        print("worker: finished")  # never printed
    finally:
        print(f"worker: closing the connection {clock.stamp()}")
        await asyncio.sleep(0.1)  # awaiting inside finally is allowed
        print(f"worker: closed {clock.stamp()}")


async def main() -> None:
    clock = LoopClock()
    task = asyncio.create_task(worker(clock), name="worker")
    await asyncio.sleep(0.2)
    print(f"main: cancel() returned {task.cancel()}; {describe(task)}")
    try:
        await task
    except asyncio.CancelledError:
        print(f"main: await raised CancelledError {clock.stamp()}; {describe(task)}")


asyncio.run(main())
