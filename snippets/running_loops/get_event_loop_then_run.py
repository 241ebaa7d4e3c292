import asyncio
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_loop = asyncio.get_event_loop()  # creates a loop, but does not run it
for warning in caught:  # Python 3.12+ warns here (no loop was set); 3.10 and 3.11 don't
    print(f"{warning.category.__name__}: {warning.message}")

print("get_event_loop() gave a loop; is it running?", old_loop.is_running())


async def main():
    loop = asyncio.get_running_loop()
    print("asyncio.run() still works; same loop as before?", loop is old_loop)
    old_loop.close()  # we never used it


asyncio.run(main())
