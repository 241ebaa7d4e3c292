import asyncio

from snippets.tasks import describe


async def worker() -> None:
    try:
        await asyncio.sleep(1)
    except Exception as exc:  # the usual "log and carry on" handler
        print(f"worker: except Exception caught {type(exc).__name__}")  # never printed
    print("worker: carried on")  # never printed


async def main() -> None:
    bases = [cls.__name__ for cls in asyncio.CancelledError.__mro__[1:]]
    print(f"CancelledError bases: {bases}")
    print(f"is an Exception: {issubclass(asyncio.CancelledError, Exception)}")

    task = asyncio.create_task(worker(), name="worker")
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print(f"main: the cancellation went through; {describe(task)}")


asyncio.run(main())
