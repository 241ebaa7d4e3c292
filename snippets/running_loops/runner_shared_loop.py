# /// script
# requires-python = ">=3.11"
# ///

import asyncio


class Client:
    """Stands in for a network client: its sockets belong to the loop that opened it."""

    async def query(self, sql):
        loop = asyncio.get_running_loop()
        if not hasattr(self, "loop"):
            self.loop = loop  # "connect" on first use
        return f"{sql}: on the loop that opened the client? {loop is self.loop}"


client = Client()
with asyncio.Runner() as runner:  # Python 3.11+: one loop for several calls
    print(runner.run(client.query("SELECT 1")))
    print(runner.run(client.query("SELECT 2")))
print("Runner's loop closed after the with block:", client.loop.is_closed())


async def main():  # a separate asyncio.run() starts a brand-new loop
    print(await client.query("SELECT 3"))


asyncio.run(main())
