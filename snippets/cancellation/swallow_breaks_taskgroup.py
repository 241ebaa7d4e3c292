# /// script
# requires-python = ">=3.11"
# ///

import asyncio

from snippets.clock import LoopClock


async def broken(clock: LoopClock) -> None:
    await asyncio.sleep(0.1)
    print(f"broken: raising ValueError {clock.stamp()}")
    raise ValueError("broken")


async def stubborn(clock: LoopClock) -> None:
    try:
        await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        print(f"stubborn: cancelled {clock.stamp()}, ignoring it")  # the bug
    await asyncio.sleep(0.2)  # carries on as if nothing happened
    print(f"stubborn: finished {clock.stamp()}")


async def main() -> None:
    clock = LoopClock()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(stubborn(clock))
            tg.create_task(broken(clock))
    except* ValueError as group:
        print(f"TaskGroup raised {group.exceptions} {clock.stamp()}")


asyncio.run(main())
