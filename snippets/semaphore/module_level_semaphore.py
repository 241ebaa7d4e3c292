import asyncio
import re

module_sem = asyncio.Semaphore(1)  # created at import time, outside any event loop


async def job(sem: asyncio.Semaphore) -> None:
    async with sem:
        await asyncio.sleep(0)


async def main() -> None:
    local_sem = asyncio.Semaphore(1)  # created inside main(), passed down
    cases = [
        ("module-level, 1 job", module_sem, 1),
        ("module-level, 2 jobs", module_sem, 2),  # the 2nd job has to wait
        ("inside main(), 2 jobs", local_sem, 2),
    ]
    for label, sem, jobs in cases:
        try:
            await asyncio.gather(*(job(sem) for _ in range(jobs)))
            print(f"  {label:21}: ok")
        except RuntimeError as exc:
            message = re.sub(r" at 0x[0-9a-f]+", "", str(exc))  # drop the address
            print(f"  {label:21}: {type(exc).__name__}: {message}")


print("first asyncio.run():")
asyncio.run(main())
print("second asyncio.run():")
asyncio.run(main())
