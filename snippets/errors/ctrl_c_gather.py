import asyncio
import gc
import signal

from snippets.messages import asyncio_log


async def job(name: str) -> str:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"  {name}: cancelled")
        raise
    return name


async def interrupted(how: str) -> None:
    await asyncio.sleep(0.1)
    if how == "signal":
        signal.raise_signal(signal.SIGINT)  # Ctrl-C while this task's own code runs
        await asyncio.sleep(1)
    else:
        raise KeyboardInterrupt  # code that raises it, like a test double or a re-raise


async def main(how: str) -> None:
    asyncio.current_task().set_name("main")
    if how == "loop":  # Ctrl-C while the event loop waits
        loop = asyncio.get_running_loop()
        loop.call_later(0.1, signal.raise_signal, signal.SIGINT)
        await asyncio.gather(job("a"), job("b"))
    else:
        await asyncio.gather(interrupted(how), job("b"))


# Ctrl-C's default behaviour, even if the parent process ignores SIGINT (as shells do
# for background jobs): asyncio.run() only takes over SIGINT when it finds this handler.
signal.signal(signal.SIGINT, signal.default_int_handler)
for how in ("loop", "signal", "raise"):
    print(f"{how}:")
    with asyncio_log() as log:
        try:
            asyncio.run(main(how))
        except KeyboardInterrupt:
            print("  asyncio.run() raised KeyboardInterrupt")
        gc.collect()
    for record in log:
        print("  " + record.replace("\n", "\n  "))
