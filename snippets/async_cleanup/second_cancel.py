import asyncio

from snippets.clock import LoopClock


async def close(name: str, clock: LoopClock) -> None:
    await asyncio.sleep(0.2)  # e.g. flush and say goodbye to the server
    print(f"  {name}: connection closed {clock.stamp()}")


async def plain(clock: LoopClock) -> None:
    try:
        await asyncio.sleep(1)
    finally:
        await close("plain", clock)  # a second cancel() lands in here


async def shielded(clock: LoopClock) -> None:
    try:
        await asyncio.sleep(1)
    finally:
        closing = asyncio.create_task(close("shielded", clock))
        try:
            await asyncio.shield(closing)  # a second cancel() stops only this await
        except asyncio.CancelledError:
            await closing  # finish the cleanup, then let the cancellation go on
            raise


async def main() -> None:
    for worker in (plain, shielded):
        clock = LoopClock()
        task = asyncio.create_task(worker(clock))
        await asyncio.sleep(0.1)
        task.cancel()  # the first cancel() starts the cleanup
        await asyncio.sleep(0.1)
        task.cancel()  # a second one arrives while it runs
        try:
            await task
        except asyncio.CancelledError:
            print(f"  {worker.__name__}: task cancelled {clock.stamp()}")


asyncio.run(main())
