import asyncio
import re


class Client:
    """A client that, like many, keeps objects of the loop it was created on."""

    def __init__(self) -> None:
        self.loop = asyncio.get_running_loop()
        self.lock = asyncio.Lock()
        self.connected = self.loop.create_future()  # set when the handshake ends

    async def get(self, key: str) -> str:
        async with self.lock:  # the first time it has to wait, it binds to a loop
            await asyncio.sleep(0.01)
            return key

    async def wait_connected(self) -> None:
        await self.connected

    async def schedule_ping(self) -> None:
        self.loop.call_later(30, print, "ping")


async def fixture() -> Client:  # like a session-scoped fixture: the first loop
    client = Client()
    await asyncio.gather(client.get("a"), client.get("b"))
    return client


def report(exc: Exception) -> None:
    message = re.sub(r" at 0x[0-9a-f]+", "", str(exc))  # no memory addresses
    message = re.sub(r"^Task <.*> got", "Task <...> got", message)
    print(f"  {type(exc).__name__}: {message}")


async def test_get() -> None:
    await asyncio.gather(client.get("a"), client.get("b"))


async def test_connected() -> None:
    await client.wait_connected()


async def test_ping() -> None:
    await client.schedule_ping()


async def fixture_and_test_on_one_loop() -> None:
    client = await fixture()
    print(f"  {await asyncio.gather(client.get('a'), client.get('b'))}")


client = asyncio.run(fixture())
for test in (test_get, test_connected, test_ping):
    print(f"{test.__name__}:")
    try:
        asyncio.run(test())  # like a function-scoped test: a new loop each time
    except RuntimeError as exc:
        report(exc)


print("fixture and test on one loop:")
asyncio.run(fixture_and_test_on_one_loop())
