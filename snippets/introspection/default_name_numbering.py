import asyncio


async def noop() -> None:
    await asyncio.sleep(0)


async def main() -> None:
    first = asyncio.create_task(noop())
    named = asyncio.create_task(noop(), name="named")
    second = asyncio.create_task(noop())
    await asyncio.gather(first, named, second)
    tasks = [asyncio.current_task(), first, named, second]
    print(" ".join(task.get_name() for task in tasks))


# A fresh process: no task exists before main(), so main() is Task-1.
asyncio.run(main())
