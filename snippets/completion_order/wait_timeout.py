import asyncio

from snippets.clock import LoopClock
from snippets.tasks import describe, task_names


async def job(delay: float) -> str:
    await asyncio.sleep(delay)
    return "done"


async def main() -> None:
    clock = LoopClock()
    fast = asyncio.create_task(job(0.1), name="fast")
    slow = asyncio.create_task(job(0.3), name="slow")
    done, pending = await asyncio.wait([fast, slow], timeout=0.2)  # never raises
    print(f"wait:         {clock.stamp()} done={task_names(done)}", end=" ")
    print(f"pending={task_names(pending)}")
    print(f"after wait:   {describe(slow)}")

    clock = LoopClock()
    slower = asyncio.create_task(job(0.2), name="slower")
    try:
        for next_done in asyncio.as_completed([slower], timeout=0.1):
            await next_done
    except asyncio.TimeoutError as exc:  # 3.10: not the built-in TimeoutError
        print(f"as_completed: {clock.stamp()} {type(exc).__name__}")
    print(f"after it:     {describe(slower)}")

    await asyncio.sleep(0.2)
    print(f"0.2 s later:  {describe(slow)}, {describe(slower)}")


asyncio.run(main())
