# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # real threads: it prints only orderings that hold however loaded
# ///

import asyncio
import re
import threading
import time


async def wake_from_thread(how: str) -> str:
    loop = asyncio.get_running_loop()
    event = asyncio.Event()
    parked, woke, thread_done = threading.Event(), threading.Event(), threading.Event()

    def in_a_thread() -> None:
        parked.wait()  # the waiter is parked in event.wait() ...
        time.sleep(0.1)  # ... and by now the loop is idle, waiting for I/O
        if how == "event.set()":
            event.set()  # not thread-safe: nothing wakes the loop up
            woke.wait(timeout=0.5)  # and it does not wake while we wait
        else:
            loop.call_soon_threadsafe(event.set)  # runs set() in the loop's thread
            woke.wait(
                timeout=10
            )  # it wakes at once: we stop waiting as soon as it does
        thread_done.set()

    async def waiter() -> bool:
        parked.set()
        await event.wait()
        woke.set()
        return thread_done.is_set()  # did it take the thread's end to wake us?

    woke_late, _ = await asyncio.gather(waiter(), asyncio.to_thread(in_a_thread))
    return f"{how}: the waiter woke only when the thread ended: {woke_late}"


async def add_one(counter: list[int], lock: asyncio.Lock) -> int:
    async with lock:
        counter[0] += 1
        return counter[0]


async def main() -> None:
    print(await wake_from_thread("event.set()"))
    print(await wake_from_thread("loop.call_soon_threadsafe(event.set)"))

    # The fix for coroutines: run them on the loop's thread and wait for the result.
    loop, lock, counter = asyncio.get_running_loop(), asyncio.Lock(), [0]

    def use_the_lock() -> int:
        future = asyncio.run_coroutine_threadsafe(add_one(counter, lock), loop)
        return future.result()  # a concurrent.futures.Future: blocks this thread only

    print(f"run_coroutine_threadsafe: counter={await asyncio.to_thread(use_the_lock)}")

    # A second event loop in another thread: asyncio refuses the first await.
    event = asyncio.Event()
    waiter = asyncio.create_task(event.wait())
    await asyncio.sleep(0)  # the waiter binds the Event to this loop

    def other_loop() -> str:
        try:
            asyncio.run(event.wait())
        except RuntimeError as exc:  # the message starts with the Event's repr
            return f"{type(exc).__name__}: {re.sub(r'0x[0-9a-f]+', '0x…', str(exc))}"
        return "no error"

    print(await asyncio.to_thread(other_loop))
    event.set()
    await waiter


asyncio.run(main())
