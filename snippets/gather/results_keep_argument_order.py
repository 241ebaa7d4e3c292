import asyncio

from snippets.clock import LoopClock


async def fetch(clock: LoopClock, name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    print(f"{name} finished at {clock.stamp()}")
    return name


async def main() -> None:
    clock = LoopClock()
    results = await asyncio.gather(
        fetch(clock, "slow", 0.3),
        fetch(clock, "fast", 0.1),
        fetch(clock, "medium", 0.2),
    )
    print(f"gather results: {results}")


asyncio.run(main())
