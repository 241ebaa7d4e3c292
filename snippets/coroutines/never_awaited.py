import asyncio
import gc
import warnings

ran = False


async def send_email() -> None:
    global ran
    ran = True


async def main() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        send_email()  # forgot `await`: builds a coroutine object and drops it
        gc.collect()
    await asyncio.sleep(0.1)
    print("body ran:", ran)
    for warning in caught:
        print(f"{warning.category.__name__}: {warning.message}")


asyncio.run(main())
