# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # it blocks on time.sleep and starts a thread: real time must pass
# ///

import asyncio
import threading
import time


async def main() -> None:
    loop = asyncio.get_running_loop()
    order: list[str] = []

    def from_thread(schedule, ran: threading.Event) -> str:
        time.sleep(0.3)  # by now the event loop is idle, waiting for events
        try:
            schedule(lambda: (order.append("callback"), ran.set()))
        except RuntimeError as exc:
            return f"{type(exc).__name__}: {exc}"
        ran.wait(timeout=1)  # a whole second for the loop to run the callback
        order.append("thread ends")
        return "accepted"

    for schedule in (loop.call_soon, loop.call_soon_threadsafe):
        order.clear()
        outcome = await asyncio.to_thread(from_thread, schedule, threading.Event())
        await asyncio.sleep(0)  # give a scheduled callback its turn
        if "callback" not in order:
            when = "never ran"
        elif order[0] == "callback":
            when = "ran at once, while the thread waited for it"
        else:
            when = "ran only after the thread ended"
        print(f"  {schedule.__name__}: {outcome}; the callback {when}")


for debug in (False, True):
    print(f"debug={debug}:")
    asyncio.run(main(), debug=debug)
