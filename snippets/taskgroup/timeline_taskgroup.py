# /// script
# requires-python = ">=3.11"
# ///

import asyncio

from snippets.timeline import Timeline


async def main() -> None:
    timeline = Timeline()

    async def job(name: str, delay: float, fail: bool = False) -> None:
        with timeline.span(name):  # drawn as cancelled or failed if it ends that way
            await asyncio.sleep(delay)
            if fail:
                raise ValueError(f"{name} failed")

    with timeline.span("caller", "wait"):
        try:
            async with asyncio.TaskGroup() as tg:
                for name, delay in [("a", 0.1), ("b", 0.2), ("c", 0.3)]:
                    tg.create_task(job(name, delay, fail=name == "a"))
        except* ValueError:
            pass  # the caller hears about the failure here
    with timeline.span("caller"):
        await asyncio.sleep(0.3)  # and carries on with its own work
    print(timeline.svg("TaskGroup: a fails, b and c are cancelled"))


asyncio.run(main())
