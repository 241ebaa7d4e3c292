# /// script
# requires-python = ">=3.11"
# ///

import asyncio

from snippets.clock import LoopClock
from snippets.tasks import describe

cancelled_at: dict[str, str] = {}  # task name -> when CancelledError reached it


async def job(clock: LoopClock, name: str, delay: float, fail: bool = False) -> str:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        cancelled_at[name] = clock.stamp()
        raise
    if fail:
        print(f"{name}: raising ValueError {clock.stamp()}")
        raise ValueError(f"{name} failed")
    print(f"{name}: finished {clock.stamp()}")  # never printed for b and c
    return name


async def main() -> None:
    clock = LoopClock()
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(job(clock, "a", 0.1, fail=True), name="a")
            b = tg.create_task(job(clock, "b", 0.2), name="b")
            c = tg.create_task(job(clock, "c", 0.3), name="c")
    except* ValueError as group:
        print(f"caller: {type(group).__name__} {group.exceptions} {clock.stamp()}")
    print(f"CancelledError raised inside: {dict(sorted(cancelled_at.items()))}")
    print(f"final states: {[describe(t) for t in (a, b, c)]}")


asyncio.run(main())
