# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # threads run on the real clock; the output shows only orderings
# ///
import asyncio
import threading


async def lookup(key: str) -> str:
    await asyncio.sleep(0.01)
    return f"value of {key}"


def sync_code(loop: asyncio.AbstractEventLoop, inbox: asyncio.Queue) -> None:
    """Runs in another thread: it must not touch the loop or its objects directly."""
    name = threading.current_thread().name
    # A coroutine, run on the loop; the thread waits for its result.
    future = asyncio.run_coroutine_threadsafe(lookup("a"), loop)
    print(f"{name}: run_coroutine_threadsafe -> {future.result(timeout=5)!r}")
    # A plain callback, run on the loop: here, handing an item to a queue.
    loop.call_soon_threadsafe(inbox.put_nowait, "from the thread")
    # The unsafe way: debug mode catches it (without it, it may silently misbehave).
    try:
        loop.call_soon(inbox.put_nowait, "unsafe")
    except RuntimeError as exc:
        print(f"{name}: loop.call_soon: RuntimeError: {exc}")


async def main() -> None:
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 60  # debug mode is on for its thread check only
    inbox: asyncio.Queue = asyncio.Queue()
    thread = threading.Thread(target=sync_code, args=(loop, inbox), name="worker")
    thread.start()
    item = await inbox.get()
    await asyncio.to_thread(thread.join)  # join() blocks: keep it off the loop
    print(f"main: got {item!r}, and the thread has ended")


asyncio.run(main(), debug=True)
