import asyncio
import gc

from snippets.messages import unraisable


async def remember_loop() -> asyncio.AbstractEventLoop:
    return asyncio.get_running_loop()


async def read_forever(queue: asyncio.Queue) -> None:
    await queue.get()  # on the way out, get() cleans up with the loop


async def start_reader() -> asyncio.Task:
    task = asyncio.create_task(read_forever(asyncio.Queue()))
    await asyncio.sleep(0)
    return task


# 1. A loop saved from an earlier asyncio.run(), used after that run closed it.
loop = asyncio.run(remember_loop())
try:
    loop.call_soon(print, "never printed")
except RuntimeError as exc:
    print(f"call_soon() on a saved loop: RuntimeError: {exc}")

# 2. A loop closed by hand, then run again.
loop = asyncio.new_event_loop()
loop.close()
coroutine = remember_loop()
try:
    loop.run_until_complete(coroutine)
except RuntimeError as exc:
    print(f"run_until_complete() after close(): RuntimeError: {exc}")
coroutine.close()  # it never ran: close it, or Python warns it was never awaited

# 3. A task left pending by run_until_complete(), finalised after close().
loop = asyncio.new_event_loop()
reader = loop.run_until_complete(start_reader())
loop.close()
with unraisable() as ignored:
    loop.set_exception_handler(lambda loop, context: None)  # "Task was destroyed..."
    del reader
    gc.collect()
print("\n".join(ignored))
