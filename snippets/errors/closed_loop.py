import asyncio


async def remember_loop() -> asyncio.AbstractEventLoop:
    return asyncio.get_running_loop()


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
