import asyncio

from snippets.timeline import Timeline


async def fetch(timeline: Timeline, name: str, delay: float) -> str:
    with timeline.span(name):
        await asyncio.sleep(delay)
    return name


async def main() -> None:
    sequential = Timeline()
    await fetch(sequential, "a", 0.1)
    await fetch(sequential, "b", 0.2)
    await fetch(sequential, "c", 0.1)
    print(sequential.svg("Three awaits in a row: 0.4 s, the sum"))

    together = Timeline()
    await asyncio.gather(
        fetch(together, "a", 0.1),
        fetch(together, "b", 0.2),
        fetch(together, "c", 0.1),
    )
    print(together.svg("The same three with gather(): 0.2 s, the longest"))


asyncio.run(main())
