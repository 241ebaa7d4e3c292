import asyncio

from snippets.clock import LoopClock


async def job(clock: LoopClock, name: str, delay: float, fail: bool = False) -> str:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {name} cancelled at {clock.stamp()}")
        raise
    if fail:
        raise ValueError(f"{name} failed")
    print(f"  {name} finished at {clock.stamp()}")
    return name


async def timeout_around_gather() -> None:
    clock = LoopClock()
    batch = asyncio.gather(
        job(clock, "a", 0.1), job(clock, "b", 0.3), job(clock, "c", 0.4)
    )
    try:
        await asyncio.wait_for(batch, timeout=0.2)
    except asyncio.TimeoutError:  # 3.10: not the built-in TimeoutError
        print(f"  wait_for() gave up at {clock.stamp()}")


async def main() -> None:
    clock = LoopClock()
    try:
        await asyncio.gather(job(clock, "a", 0.1, fail=True), job(clock, "b", 0.3))
    except ValueError as exc:
        print(f"  main() caught {exc!r} at {clock.stamp()} and returns")


print("1. cancelling the caller's await, here by a timeout:")
asyncio.run(timeout_around_gather())
print("2. main() returns while b still runs; asyncio.run() cleans up:")
asyncio.run(main())
