import asyncio

from snippets.clock import LoopClock
from snippets.tasks import describe


async def save(clock: LoopClock) -> str:
    await asyncio.sleep(0.3)
    print(f"  save: committed {clock.stamp()}")
    return "saved"


async def handler(save_task: asyncio.Task) -> str:
    return await asyncio.shield(save_task)


async def main() -> None:
    print("the request handler is cancelled at t=0.1s:")
    clock = LoopClock()
    save_task = asyncio.create_task(save(clock), name="save")  # keep this reference
    request = asyncio.create_task(handler(save_task), name="request")
    await asyncio.sleep(0.1)
    request.cancel()  # e.g. the client disconnected
    try:
        await request
    except asyncio.CancelledError:
        print(f"  {describe(request)} {clock.stamp()}; {describe(save_task)}")
    print(f"  await save_task -> {await save_task!r} {clock.stamp()}")

    print("wait_for(shield(save_task), timeout=0.1):")
    clock = LoopClock()
    save_task = asyncio.create_task(save(clock), name="save")
    try:
        await asyncio.wait_for(asyncio.shield(save_task), timeout=0.1)
    except asyncio.TimeoutError as exc:  # 3.10: not the built-in TimeoutError
        print(f"  {type(exc).__name__} {clock.stamp()}; {describe(save_task)}")
    print(f"  await save_task -> {await save_task!r} {clock.stamp()}")


asyncio.run(main())
