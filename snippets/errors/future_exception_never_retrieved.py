import asyncio
import gc

from snippets.messages import asyncio_log


async def main(retrieve: bool) -> None:
    loop = asyncio.get_running_loop()
    reply = loop.create_future()  # e.g. a reply slot a protocol fills in
    reply.set_exception(ConnectionResetError("peer went away"))
    if retrieve:  # the fix: someone awaits it, or calls exception() or result()
        print(f"  retrieved: {reply.exception()!r}")
    del reply
    gc.collect()


for retrieve in (False, True):
    print(f"retrieve={retrieve}:")
    with asyncio_log() as log:
        asyncio.run(main(retrieve))
    for record in log:
        print("  " + record.replace("\n", "\n  "))
