import asyncio


async def job(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return name


def start() -> list[asyncio.Task]:
    return [
        asyncio.create_task(job("slow", 0.2), name="slow"),
        asyncio.create_task(job("fast", 0.1), name="fast"),
    ]


async def main() -> None:
    tasks = start()
    for item in asyncio.as_completed(tasks):
        kind = type(item).__name__
        print(f"for:       {kind}, one of ours: {item in tasks}, {await item}")

    tasks = start()
    try:
        async for item in asyncio.as_completed(tasks):
            kind = type(item).__name__
            print(f"async for: {kind}, one of ours: {item in tasks}, {await item}")
    except TypeError as exc:
        print(f"async for: {type(exc).__name__}: {exc}")
        await asyncio.gather(*tasks)


asyncio.run(main())
