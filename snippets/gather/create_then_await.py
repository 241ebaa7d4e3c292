import asyncio

from snippets.clock import LoopClock


async def fetch(clock: LoopClock, name: str, delay: float) -> str:
    print(f"  {name} starts at {clock.stamp()}")
    await asyncio.sleep(delay)
    return name


async def main() -> None:
    print("create_task() + immediate await:")
    clock = LoopClock()
    a = await asyncio.create_task(fetch(clock, "a", 0.1))
    b = await asyncio.create_task(fetch(clock, f"b(after {a})", 0.1))
    print(f"  done at {clock.stamp()}: {[a, b]}")

    print("plain await:")
    clock = LoopClock()
    a = await fetch(clock, "a", 0.1)
    b = await fetch(clock, f"b(after {a})", 0.1)
    print(f"  done at {clock.stamp()}: {[a, b]}")

    print("a -> b in a task, other work meanwhile, await later:")
    clock = LoopClock()

    async def a_then_b() -> str:
        a = await fetch(clock, "a", 0.1)
        return await fetch(clock, f"b(after {a})", 0.1)

    chain = asyncio.create_task(a_then_b())
    other = await fetch(clock, "other work", 0.2)
    b = await chain
    print(f"  done at {clock.stamp()}: {[b, other]}")


asyncio.run(main())
