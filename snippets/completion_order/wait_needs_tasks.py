import asyncio
import warnings


async def job(name: str) -> str:
    await asyncio.sleep(0.1)
    return name


async def main() -> None:
    coros = [job("a"), job("b")]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            done, _ = await asyncio.wait(coros)
            print(f"wait(coroutines): {sorted(t.result() for t in done)}")
            print(f"our coroutine is in done: {coros[0] in done}")
        except TypeError as exc:
            print(f"wait(coroutines): {type(exc).__name__}: {exc}")
            for coro in coros:
                coro.close()  # never started: close them, no "never awaited" warning
    for w in caught:
        print(f"{w.category.__name__}: {w.message}")

    tasks = [asyncio.create_task(job("a")), asyncio.create_task(job("b"))]
    done, _ = await asyncio.wait(tasks)
    print(f"wait(tasks):      {sorted(t.result() for t in done)}")


asyncio.run(main())
