import asyncio
import contextvars

from snippets.clock import LoopClock

request_id = contextvars.ContextVar("request_id", default="unset")


async def fetch(caller: asyncio.Task, delay: float) -> str:
    here = "the caller's task" if asyncio.current_task() is caller else "a new task"
    print(f"  fetch runs in {here}")
    request_id.set("set by fetch")
    await asyncio.sleep(delay)
    return "data"


async def main() -> None:
    caller = asyncio.current_task()
    print("wait_for(fetch(...), timeout=0.2), fetch takes 0.1 s:")
    clock = LoopClock()
    result = await asyncio.wait_for(fetch(caller, 0.1), timeout=0.2)
    print(f"  {result!r} {clock.stamp()}")
    print(f"  the caller sees request_id={request_id.get()!r}")

    print("wait_for(fetch(...), timeout=0.2), fetch takes 0.3 s:")
    clock = LoopClock()
    try:
        await asyncio.wait_for(fetch(caller, 0.3), timeout=0.2)
    except asyncio.TimeoutError as exc:  # 3.10: not the built-in TimeoutError
        print(f"  {type(exc).__name__} {clock.stamp()}")


asyncio.run(main())
