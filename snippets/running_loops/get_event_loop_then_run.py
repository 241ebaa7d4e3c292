import asyncio
import warnings

with warnings.catch_warnings():
    # Python 3.12+ adds a DeprecationWarning here (no loop is set); 3.11 does not.
    warnings.simplefilter("ignore", DeprecationWarning)
    old_loop = asyncio.get_event_loop()  # creates a loop, but does not run it

print("get_event_loop() gave a loop; is it running?", old_loop.is_running())


async def main():
    loop = asyncio.get_running_loop()
    print("asyncio.run() still works; same loop as before?", loop is old_loop)
    old_loop.close()  # we never used it


asyncio.run(main())
