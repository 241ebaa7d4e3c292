# /// script
# requires-python = ">=3.11"
# ///

import asyncio

from snippets.clock import LoopClock


async def job(clock: LoopClock, name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return f"{name} {clock.stamp()}"


async def slow_to_stop(clock: LoopClock) -> None:
    try:
        await asyncio.sleep(1)
    finally:
        await asyncio.sleep(0.1)  # e.g. closing a connection politely
        print(f"slow_to_stop: cleanup done {clock.stamp()}")


async def broken() -> None:
    await asyncio.sleep(0.1)
    raise ValueError("broken")


async def main() -> None:
    clock = LoopClock()
    async with asyncio.TaskGroup() as tg:
        fast = tg.create_task(job(clock, "fast", 0.1))
        slow = tg.create_task(job(clock, "slow", 0.2))
        print(f"end of the block body {clock.stamp()}")
    print(f"left the block {clock.stamp()}: {[fast.result(), slow.result()]}")

    clock = LoopClock()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow_to_stop(clock))
            tg.create_task(broken())
    except* ValueError:
        print(f"left the block {clock.stamp()}, after the cleanup")


asyncio.run(main())
