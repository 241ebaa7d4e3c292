# /// script
# requires-python = ">=3.11"
# ///

import asyncio

from snippets.clock import LoopClock
from snippets.tasks import describe


async def job(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name} finished")  # never printed: b and c are cancelled first
    return name


def start(spawn) -> list[asyncio.Task]:
    return [
        spawn(job("a", 0.1, fail=True), name="a"),
        spawn(job("b", 0.2), name="b"),
        spawn(job("c", 0.3), name="c"),
    ]


async def main() -> None:
    clock = LoopClock()
    tasks = start(asyncio.create_task)
    try:
        await asyncio.gather(*tasks)
    except ValueError:
        for task in tasks:
            task.cancel()  # does nothing to a task that is already done
        await asyncio.gather(*tasks, return_exceptions=True)  # wait until they stop
    print(f"by hand:   {[describe(t) for t in tasks]} {clock.stamp()}")

    clock = LoopClock()
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = start(tg.create_task)
    except* ValueError as group:
        print(f"TaskGroup raised {type(group).__name__}: {group.exceptions}")
    print(f"TaskGroup: {[describe(t) for t in tasks]} {clock.stamp()}")


asyncio.run(main())
