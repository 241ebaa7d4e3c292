import asyncio


async def worker() -> str:
    print("worker: started")
    await asyncio.sleep(0.1)
    print("worker: finished")
    return "result"


async def no_wait() -> str:
    return "quick"


async def main() -> None:
    factory = getattr(asyncio, "eager_task_factory", None)  # Python 3.12+
    print(f"eager_task_factory: {'installed' if factory else 'not available'}")
    if factory is not None:
        asyncio.get_running_loop().set_task_factory(factory)

    task = asyncio.create_task(worker(), name="worker")
    print(f"main: create_task() returned, done={task.done()}")
    quick = asyncio.create_task(no_wait(), name="quick")
    print(f"main: a task that never waits, done={quick.done()}")
    print(f"main: got {await task!r} and {await quick!r}")


asyncio.run(main())
