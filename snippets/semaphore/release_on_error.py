# /// script
# requires-python = ">=3.11"
# ///

import asyncio


async def request() -> None:
    raise ValueError("request failed")


async def with_async_with(sem: asyncio.Semaphore) -> None:
    async with sem:
        await request()


async def with_bare_acquire(sem: asyncio.Semaphore) -> None:
    await sem.acquire()
    await request()
    sem.release()  # skipped when request() raises


async def main() -> None:
    for guarded in (with_async_with, with_bare_acquire):
        sem = asyncio.Semaphore(1)
        try:
            await guarded(sem)
        except ValueError as exc:
            print(f"{guarded.__name__}: {type(exc).__name__}: {exc}")
        try:
            await asyncio.wait_for(sem.acquire(), timeout=0.1)
            print("  the slot was released; the next acquire succeeds")
        except TimeoutError:
            print("  the slot leaked; the next acquire times out")


asyncio.run(main())
