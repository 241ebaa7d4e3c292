import asyncio

JOBS = 1_000
LIMIT = 3


class Gauge:
    """Counts calls running at once, and the tasks alive at the busiest moment."""

    def __init__(self) -> None:
        self.running = self.peak = self.tasks = 0

    async def call(self) -> None:
        self.running += 1
        self.peak = max(self.peak, self.running)
        self.tasks = max(self.tasks, len(asyncio.all_tasks()))
        await asyncio.sleep(0)  # a fast response: it yields, but takes ~no time
        self.running -= 1


async def with_semaphore(gauge: Gauge) -> None:
    sem = asyncio.Semaphore(LIMIT)

    async def job() -> None:
        async with sem:
            await gauge.call()

    await asyncio.gather(*(job() for _ in range(JOBS)))  # one task per job, up front


async def with_workers(gauge: Gauge) -> None:
    queue: asyncio.Queue = asyncio.Queue(maxsize=2 * LIMIT)  # bounded: put() waits

    async def worker() -> None:
        while True:
            await queue.get()
            try:
                await gauge.call()
            finally:
                queue.task_done()

    workers = [asyncio.create_task(worker()) for _ in range(LIMIT)]
    for n in range(JOBS):
        await queue.put(n)  # the producer waits while the queue is full
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


async def main() -> None:
    for strategy in (with_semaphore, with_workers):
        gauge = Gauge()
        await strategy(gauge)
        print(
            f"{strategy.__name__}: {JOBS} jobs, at most {gauge.peak} at once, "
            f"up to {gauge.tasks} tasks alive"
        )


asyncio.run(main())
