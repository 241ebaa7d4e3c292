import asyncio

from snippets.tasks import describe


async def job(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return name


def start() -> list[asyncio.Task]:
    tasks = [
        asyncio.create_task(job("a", 0.1), name="a"),
        asyncio.create_task(job("b", 0.3), name="b"),
        asyncio.create_task(job("c", 0.2, fail=True), name="c"),
    ]
    asyncio.get_running_loop().call_later(0.1, tasks[1].cancel)  # someone cancels b
    return tasks


async def main() -> None:
    results = await asyncio.gather(*start(), return_exceptions=True)
    for r in results:
        print(f"{r!r:22} Exception: {isinstance(r, Exception)!s:5}", end="  ")
        print(f"BaseException: {isinstance(r, BaseException)}")

    tasks = start()
    try:
        await asyncio.gather(*tasks)
    except asyncio.CancelledError as exc:
        print(f"without the flag: gather raised {type(exc).__name__}")
    print(f"main carries on; {describe(tasks[2])}")
    await asyncio.gather(*tasks, return_exceptions=True)


asyncio.run(main())
