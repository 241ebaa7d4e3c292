import asyncio

from snippets.timeline import Timeline


async def main() -> None:
    timeline = Timeline()

    async def job(name: str, delay: float, fail: bool = False) -> None:
        with timeline.span(name):
            await asyncio.sleep(delay)
            if fail:
                raise ValueError(f"{name} failed")

    with timeline.span("caller", "wait"):
        tasks = [
            asyncio.create_task(job(name, delay, fail=name == "a"))
            for name, delay in [("a", 0.1), ("b", 0.2), ("c", 0.3)]
        ]
        try:
            await asyncio.gather(*tasks)
        except ValueError:
            pass  # the caller hears about the failure here
    with timeline.span("caller"):
        await asyncio.sleep(0.3)  # and carries on with its own work
    print(timeline.svg("gather(): a fails, b and c keep running"))


asyncio.run(main())
