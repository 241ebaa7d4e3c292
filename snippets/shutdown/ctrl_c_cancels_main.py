import asyncio
import signal


async def waiting() -> None:
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, signal.raise_signal, signal.SIGINT)  # Ctrl-C in 0.1 s
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main: CancelledError at the await")
        raise
    finally:
        print("main: finally runs")


async def busy() -> None:
    try:
        signal.raise_signal(signal.SIGINT)  # Ctrl-C while main() runs plain code
        print("main: the code after the signal still runs")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main: CancelledError at the next await")
        raise
    finally:
        print("main: finally runs")


# Ctrl-C's default behaviour, even if the parent process ignores SIGINT (as shells do
# for background jobs): asyncio.run() only takes over SIGINT when it finds this handler.
signal.signal(signal.SIGINT, signal.default_int_handler)
for main in (waiting, busy):
    print(f"-- Ctrl-C while main() is {main.__name__}")
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        print("asyncio.run() raised KeyboardInterrupt")
