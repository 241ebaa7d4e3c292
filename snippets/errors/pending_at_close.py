import asyncio
import gc
import re

from snippets.messages import asyncio_log


class Client:
    """A client whose background task reads replies until the client is closed."""

    async def open(self) -> None:
        self.next_reply = asyncio.get_running_loop().create_future()
        self.reader = asyncio.create_task(self._read(), name="reader")

    async def _read(self) -> None:
        while True:
            await self.next_reply  # waits for the server, which never answers here

    async def close(self) -> None:
        self.reader.cancel()
        try:
            await self.reader  # the fix: the reader finishes before the loop closes
        except asyncio.CancelledError:
            pass


async def main() -> None:
    await asyncio.sleep(0)  # the reader starts and waits


for close_the_client in (False, True):
    print(f"close_the_client={close_the_client}:")
    loop = asyncio.new_event_loop()
    client = Client()
    loop.run_until_complete(client.open())
    loop.run_until_complete(main())
    if close_the_client:
        loop.run_until_complete(client.close())
    loop.close()
    print(f"  loop closed; reader still referenced, done={client.reader.done()}")
    with asyncio_log() as log:
        del client  # the last reference goes, as it does at the latest at exit
        gc.collect()  # task and coroutine form a cycle, freed by the collector
    for record in log or ["nothing logged"]:
        # "running at" or "done, defined at": depends on the collector's order
        record = re.sub(r"coro=<(\S+) [^<>]*>", r"coro=<\1 …>", record)
        print("  " + record.replace("\n", "\n  "))
