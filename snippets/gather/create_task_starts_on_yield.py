import asyncio


async def worker() -> str:
    print("worker: started")
    await asyncio.sleep(0.1)
    print("worker: finished")
    return "result"


async def main() -> None:
    task = asyncio.create_task(worker(), name="worker")
    print(f"main: task created, done={task.done()}")
    print("main: still running; the worker has not started yet")
    await asyncio.sleep(0)  # the first point where main gives control back to the loop
    print("main: resumed after yielding once")
    print(f"main: got {await task!r}")


asyncio.run(main())
