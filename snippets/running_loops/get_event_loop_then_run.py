import asyncio
import warnings

old_loop = None
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        old_loop = asyncio.get_event_loop()  # 3.10-3.13: creates a loop, not running
    except RuntimeError as exc:  # 3.14+: no loop is created for you
        print(f"RuntimeError: {exc}")
for warning in caught:  # 3.12 and 3.13 warn here (no loop was set); 3.10 and 3.11 don't
    print(f"{warning.category.__name__}: {warning.message}")

if old_loop is not None:
    print("get_event_loop() gave a loop; is it running?", old_loop.is_running())


async def main():
    loop = asyncio.get_running_loop()
    print("asyncio.run() still works; same loop as before?", loop is old_loop)
    if old_loop is not None:
        old_loop.close()  # we never used it


asyncio.run(main())
