# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # it blocks on time.sleep and starts a thread: real time must pass
# ///

import asyncio
import time

from snippets.clock import LoopClock


async def main() -> None:
    loop = asyncio.get_running_loop()
    ran: list[str] = []

    def from_thread(schedule, clock: LoopClock) -> str:
        time.sleep(0.2)  # by now the event loop is idle, waiting for events
        try:
            schedule(lambda: ran.append(clock.stamp()))
        except RuntimeError as exc:
            return f"{type(exc).__name__}: {exc}"
        time.sleep(0.4)  # the thread finishes at t=0.6s
        return "accepted"

    for schedule in (loop.call_soon, loop.call_soon_threadsafe):
        ran.clear()
        clock = LoopClock(tick=0.2)  # 0.2 s steps, rounded down
        outcome = await asyncio.to_thread(from_thread, schedule, clock)
        await asyncio.sleep(0)  # give a scheduled callback its turn
        when = f"ran at {ran[0]}" if ran else "never ran"
        print(f"  {schedule.__name__}: {outcome}; the callback {when}")


for debug in (False, True):
    print(f"debug={debug}:")
    asyncio.run(main(), debug=debug)
