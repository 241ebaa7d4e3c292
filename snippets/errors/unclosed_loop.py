import asyncio
import gc

from snippets.messages import caught_warnings


async def main() -> str:
    return "done"


with caught_warnings() as warnings:
    loop = asyncio.new_event_loop()
    print(loop.run_until_complete(main()))
    del loop  # BUG: never closed; asyncio.run() closes its loop for you
    gc.collect()
print("\n".join(warnings))
