# /// script
# requires-python = ">=3.11"
# ///

import asyncio

from snippets.clock import LoopClock


async def main() -> None:
    clock = LoopClock()
    barrier = asyncio.Barrier(2)

    async def step(name: str, delay: float) -> None:
        for round_ in (1, 2):  # a Barrier can be reused: it resets after each round
            await asyncio.sleep(delay)
            await barrier.wait()
            if name == "fast":
                print(f"round {round_}: both arrived {clock.stamp()}")

    await asyncio.gather(step("fast", 0.1), step("slow", 0.2))

    broken = asyncio.Barrier(2)
    waiter = asyncio.create_task(broken.wait())
    await asyncio.sleep(0.1)  # only one party ever arrives ...
    await broken.abort()  # ... so give up: waiters get BrokenBarrierError
    try:
        await waiter
    except asyncio.BrokenBarrierError as exc:
        print(f"waiter: {type(exc).__name__} {clock.stamp()}")


asyncio.run(main())
