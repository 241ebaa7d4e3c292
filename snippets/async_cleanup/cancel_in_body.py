import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from snippets.clock import LoopClock


@asynccontextmanager
async def connection(clock: LoopClock, *, safe: bool) -> AsyncIterator[str]:
    print(f"  open {clock.stamp()}")
    if not safe:
        yield "conn"  # an exception in the body is raised here: nothing below runs
        print("  close (never printed when the body fails)")
        return
    try:
        yield "conn"  # the body's CancelledError is raised here ...
    except asyncio.CancelledError:
        print(f"  CancelledError at the yield {clock.stamp()}")
        raise  # ... re-raise it: the cancellation must reach the task
    finally:
        await asyncio.sleep(0.1)  # awaiting in cleanup works after one cancel()
        print(f"  closed {clock.stamp()}")


async def request(clock: LoopClock, safe: bool) -> None:
    async with connection(clock, safe=safe):
        await asyncio.sleep(1)  # the body is cancelled here


async def main() -> None:
    for safe in (False, True):
        clock = LoopClock()
        print(f"{'with' if safe else 'without'} try/finally around the yield:")
        task = asyncio.create_task(request(clock, safe))
        await asyncio.sleep(0.1)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print(f"  the task ends cancelled {clock.stamp()}")


asyncio.run(main())
