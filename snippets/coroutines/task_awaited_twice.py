import asyncio

runs = 0


async def fetch_data() -> str:
    global runs
    runs += 1
    await asyncio.sleep(0.1)
    return "data"


async def fail() -> None:
    await asyncio.sleep(0.1)
    raise ValueError("upstream is down")


async def main() -> None:
    task = asyncio.create_task(fetch_data())
    results = [await task, await task, await task]
    print("results:", results)
    print("body ran", runs, "time(s)")

    broken = asyncio.create_task(fail())
    caught = []
    for _ in range(2):
        try:
            await broken
        except ValueError as exc:
            caught.append(exc)
    print("raised twice:", [f"{type(exc).__name__}: {exc}" for exc in caught])
    print("same exception object:", caught[0] is caught[1])


asyncio.run(main())
