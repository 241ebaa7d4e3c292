import asyncio

from snippets.clock import LoopClock


async def job(clock: LoopClock, name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name} finished at {clock.stamp()}")
    return name


async def main() -> None:
    clock = LoopClock()
    results = await asyncio.gather(
        job(clock, "a", 0.1, fail=True),
        job(clock, "b", 0.2),
        job(clock, "c", 0.3),
        return_exceptions=True,
    )
    print(f"gather returned at {clock.stamp()}: {results}")
    failed = [r for r in results if isinstance(r, BaseException)]
    print(f"succeeded: {len(results) - len(failed)}, failed: {failed}")


asyncio.run(main())
