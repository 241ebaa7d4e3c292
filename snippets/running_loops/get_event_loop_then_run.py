import asyncio
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        old_loop = asyncio.get_event_loop()  # creates a loop, but does not run it
    except RuntimeError as exc:  # Python 3.14+: it no longer creates one
        old_loop = None
        print(f"get_event_loop(): {type(exc).__name__}: {exc}")
for warning in caught:  # Python 3.12 and 3.13 warn here (no loop was set)
    print(f"{warning.category.__name__}: {warning.message}")

if old_loop is not None:
    print("get_event_loop() gave a loop; is it running?", old_loop.is_running())


async def main():
    loop = asyncio.get_running_loop()
    print("asyncio.run() still works; same loop as before?", loop is old_loop)
    if old_loop is not None:
        old_loop.close()  # we never used it


asyncio.run(main())
