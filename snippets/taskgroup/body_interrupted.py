# /// script
# requires-python = ">=3.11"
# ///

import asyncio

from snippets.clock import LoopClock


async def broken(delay: float) -> None:
    await asyncio.sleep(delay)
    raise ValueError("child failed")


async def sibling(clock: LoopClock) -> None:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"  sibling: cancelled {clock.stamp()}")
        raise


async def main() -> None:
    print("a child fails while the body is waiting:")
    clock = LoopClock()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(broken(0.1))
            try:
                await asyncio.sleep(0.3)
                print("  body: after the sleep")  # never printed
            except asyncio.CancelledError:
                print(f"  body: cancelled {clock.stamp()}")
                raise
    except* ValueError as group:
        print(f"  caller: {group.exceptions} {clock.stamp()}")

    print("the body itself raises:")
    clock = LoopClock()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling(clock))
            await asyncio.sleep(0.1)
            raise KeyError("body failed")
    except* KeyError as group:
        print(f"  caller: {group.exceptions} {clock.stamp()}")


asyncio.run(main())
