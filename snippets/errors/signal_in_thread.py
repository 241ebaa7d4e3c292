# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # asyncio.run() in a thread: it prints outcomes, never times
# ///

import asyncio
import signal
import threading


async def serve() -> str:
    loop = asyncio.get_running_loop()
    try:
        loop.add_signal_handler(signal.SIGTERM, print, "stopping")
    except (RuntimeError, ValueError) as exc:
        return f"add_signal_handler(): {type(exc).__name__}: {exc}"
    loop.remove_signal_handler(signal.SIGTERM)
    return "add_signal_handler(): accepted"


def in_a_thread() -> None:
    print(f"in a thread: {asyncio.run(serve())}")
    try:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    except ValueError as exc:
        print(f"in a thread: signal.signal(): ValueError: {exc}")


thread = threading.Thread(target=in_a_thread)
thread.start()
thread.join()
print(f"in the main thread: {asyncio.run(serve())}")
