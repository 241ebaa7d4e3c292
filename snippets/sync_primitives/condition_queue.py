import asyncio

from snippets.clock import LoopClock


async def consumer(
    jobs: list[str], changed: asyncio.Condition, clock: LoopClock
) -> str:
    async with changed:  # the Condition's lock protects `jobs`
        await changed.wait_for(lambda: len(jobs) > 0)  # releases the lock while waiting
        return f"{jobs.pop(0)} taken {clock.stamp()}"


async def main() -> None:
    clock = LoopClock()
    jobs: list[str] = []
    changed = asyncio.Condition()
    consumers = [asyncio.create_task(consumer(jobs, changed, clock)) for _ in range(2)]
    for job in ("job-1", "job-2"):
        await asyncio.sleep(0.1)
        async with changed:  # change the state and notify under the same lock
            jobs.append(job)
            changed.notify()  # wake one waiter: it re-checks the predicate
    print(sorted(await asyncio.gather(*consumers)))


asyncio.run(main())
