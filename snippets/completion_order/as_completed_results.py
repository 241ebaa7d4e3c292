import asyncio

from snippets.clock import LoopClock


async def fetch(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return name  # the result says which request it answers


async def main() -> None:
    clock = LoopClock()
    requests = [fetch("slow", 0.3), fetch("fast", 0.1), fetch("medium", 0.2)]
    for next_done in asyncio.as_completed(requests):
        result = await next_done  # the earliest result not yet handed out
        print(f"as_completed: {result!r} at {clock.stamp()}")

    clock = LoopClock()
    requests = [fetch("slow", 0.3), fetch("fast", 0.1), fetch("medium", 0.2)]
    results = await asyncio.gather(*requests)
    print(f"gather:       {results} at {clock.stamp()}")


asyncio.run(main())
