# /// script
# requires-python = ">=3.11"
# ///

import asyncio

from snippets.clock import LoopClock


async def send_email(clock: LoopClock, to: str, fail: bool) -> None:
    try:
        await asyncio.sleep(0.2)
        if fail:
            raise ConnectionError(f"mail to {to} refused")
        print(f"{clock.stamp()} email sent to {to}")
    except asyncio.CancelledError:
        print(f"{clock.stamp()} email to {to} cancelled")
        raise


async def handle_request(tg: asyncio.TaskGroup, clock, user: str, fail=False):
    tg.create_task(send_email(clock, user, fail))  # the group keeps the reference
    print(f"{clock.stamp()} response sent to {user}")


async def main(fail: bool) -> None:
    clock = LoopClock()
    try:
        async with asyncio.TaskGroup() as tg:  # lives as long as the app
            await handle_request(tg, clock, "ann", fail=fail)
            await asyncio.sleep(0.1)
            await handle_request(tg, clock, "bob")
    except* ConnectionError as group:
        print(f"{clock.stamp()} TaskGroup raised: {group.exceptions}")
    print(f"{clock.stamp()} app stopped")


asyncio.run(main(fail=False))
print("-- when one email fails:")
asyncio.run(main(fail=True))
