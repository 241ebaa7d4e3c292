import asyncio

gauge = {"running": 0, "peak": 0}


async def work() -> None:
    gauge["running"] += 1
    gauge["peak"] = max(gauge["peak"], gauge["running"])
    await asyncio.sleep(0.1)
    gauge["running"] -= 1


async def fetch_wrong() -> None:
    sem = asyncio.Semaphore(2)  # a brand-new semaphore on every call
    async with sem:
        await work()


async def fetch(sem: asyncio.Semaphore) -> None:
    async with sem:
        await work()


async def main() -> None:
    await asyncio.gather(*(fetch_wrong() for _ in range(5)))
    print(f"semaphore created per call: peak {gauge['peak']}")

    gauge["peak"] = 0
    sem = asyncio.Semaphore(2)  # one semaphore, shared by every call
    await asyncio.gather(*(fetch(sem) for _ in range(5)))
    print(f"one shared semaphore:       peak {gauge['peak']}")


asyncio.run(main())
