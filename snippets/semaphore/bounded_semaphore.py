import asyncio


async def main() -> None:
    for cls in (asyncio.Semaphore, asyncio.BoundedSemaphore):
        sem = cls(2)
        async with sem:
            pass
        try:
            sem.release()  # a bug: one release too many
        except ValueError as exc:
            print(f"{cls.__name__}: {type(exc).__name__}: {exc}")
            continue
        admitted = 0
        while not sem.locked():  # count how many can enter without waiting
            await sem.acquire()
            admitted += 1
        print(f"{cls.__name__}: extra release accepted, now admits {admitted} at once")


asyncio.run(main())
