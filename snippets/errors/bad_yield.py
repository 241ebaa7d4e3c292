import asyncio
import types


@types.coroutine
def legacy_sleep():
    yield 0.1  # BUG: a bare value where asyncio expects a Future


async def main() -> None:
    try:
        await legacy_sleep()
    except RuntimeError as exc:
        print(f"yield a plain value: RuntimeError: {exc}")

    # Driving a future's __await__ by hand, as a foreign scheduler would, without
    # letting asyncio wait for it.
    future = asyncio.get_running_loop().create_future()
    steps = future.__await__()
    next(steps)  # a Task would now wait until the future is done
    try:
        next(steps)  # resumed too early: the future is still pending
    except RuntimeError as exc:
        print(f"resumed before the future was done: RuntimeError: {exc}")
    future.cancel()


asyncio.run(main())
