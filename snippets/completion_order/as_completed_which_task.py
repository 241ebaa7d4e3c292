import asyncio


async def fetch(url: str, delay: float) -> int:
    await asyncio.sleep(delay)
    return len(url) * 100  # a size in bytes, standing in for the response


async def tagged(url: str, delay: float) -> tuple[str, int]:
    return url, await fetch(url, delay)


async def main() -> None:
    requests = {"/users": 0.2, "/orders": 0.1}

    # Any version: make each result carry its request.
    for next_done in asyncio.as_completed([tagged(u, d) for u, d in requests.items()]):
        url, size = await next_done
        print(f"for + tagged results: {url} -> {size}")

    # Python 3.13+: async for yields the tasks you passed in.
    tasks = {asyncio.create_task(fetch(u, d)): u for u, d in requests.items()}
    try:
        async for task in asyncio.as_completed(tasks):
            print(f"async for:            {tasks[task]} -> {task.result()}")
    except TypeError as exc:
        print(f"async for:            {type(exc).__name__}: {exc}")
        await asyncio.gather(*tasks)


asyncio.run(main())
