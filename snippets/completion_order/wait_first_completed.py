import asyncio

from snippets.clock import LoopClock
from snippets.tasks import describe, task_names


async def query(mirror: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return f"answer from {mirror}"


async def main() -> None:
    clock = LoopClock()
    mirrors = {"eu": 0.2, "us": 0.1, "asia": 0.3}
    tasks = [asyncio.create_task(query(m, d), name=m) for m, d in mirrors.items()]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(f"{clock.stamp()} done={task_names(done)} pending={task_names(pending)}")
    print(f"winner: {done.pop().result()}")

    for task in pending:
        task.cancel()  # the losers would otherwise keep running
    await asyncio.wait(pending)  # wait until they have really stopped
    print(f"{clock.stamp()} {[describe(t) for t in tasks]}")


asyncio.run(main())
