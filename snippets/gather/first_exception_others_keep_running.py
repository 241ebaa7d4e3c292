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
    try:
        await asyncio.gather(
            job(clock, "a", 0.1, fail=True),
            job(clock, "b", 0.2),
            job(clock, "c", 0.3),
        )
    except ValueError as exc:
        print(f"gather raised at {clock.stamp()}: {type(exc).__name__}: {exc}")
    print(f"other tasks still running: {len(asyncio.all_tasks()) - 1}")
    await asyncio.sleep(0.3)  # main keeps going; so do b and c
    print(f"other tasks still running: {len(asyncio.all_tasks()) - 1}")


asyncio.run(main())
