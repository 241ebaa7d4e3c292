import asyncio

from snippets.clock import LoopClock

gauge = {"running": 0, "peak": 0}


async def job(i: int, clock: LoopClock) -> None:
    gauge["running"] += 1
    gauge["peak"] = max(gauge["peak"], gauge["running"])
    print(f"{clock.stamp()} start job {i}, running: {gauge['running']}")
    await asyncio.sleep(0.4)  # the job takes longer than the 0.1 s stagger
    gauge["running"] -= 1


async def main() -> None:
    clock = LoopClock()
    tasks = []
    for i in range(4):
        tasks.append(asyncio.create_task(job(i, clock)))
        await asyncio.sleep(0.1)  # "stagger" the starts
    await asyncio.gather(*tasks)
    print(f"{clock.stamp()} all done, peak concurrency: {gauge['peak']}")


asyncio.run(main())
