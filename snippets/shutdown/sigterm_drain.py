import asyncio
import os
import signal

from snippets.clock import LoopClock


async def handle(clock: LoopClock, name: str, seconds: float) -> None:
    try:
        await asyncio.sleep(seconds)
        print(f"{clock.stamp()} {name}: done")
    except asyncio.CancelledError:
        print(f"{clock.stamp()} {name}: cancelled, rolled back")
        raise


async def main() -> None:
    clock = LoopClock()
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)  # Unix only
    loop.call_later(0.2, os.kill, os.getpid(), signal.SIGTERM)  # `kill <pid>`

    in_flight: set[asyncio.Task] = set()
    for name, seconds in (("req 1", 0.1), ("req 2", 0.3), ("req 3", 0.9)):
        task = asyncio.create_task(handle(clock, name, seconds))
        in_flight.add(task)
        task.add_done_callback(in_flight.discard)

    await stop.wait()
    print(f"{clock.stamp()} SIGTERM: stop accepting, {len(in_flight)} in flight")
    done, pending = await asyncio.wait(in_flight, timeout=0.3)  # the grace period
    print(f"{clock.stamp()} deadline: {len(done)} finished, cancelling {len(pending)}")
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    loop.remove_signal_handler(signal.SIGTERM)
    print(f"{clock.stamp()} clean exit")


asyncio.run(main())
