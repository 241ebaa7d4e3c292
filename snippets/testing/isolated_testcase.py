import asyncio
import io
import unittest

events = []  # what ran, in order, and on which loop


class Cache:
    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.data: dict[str, str] = {}

    async def set(self, key: str, value: str) -> None:
        async with self.lock:
            await asyncio.sleep(0)
            self.data[key] = value

    async def close(self) -> None:
        events.append(("close", asyncio.get_running_loop()))


class CacheTest(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self) -> None:  # on the test's own loop
        self.cache = Cache()
        self.addAsyncCleanup(self.cache.close)  # awaited after the test, same loop
        events.append(("asyncSetUp", asyncio.get_running_loop()))

    async def test_set(self) -> None:
        events.append(("test_set", asyncio.get_running_loop()))
        await self.cache.set("a", "1")
        self.assertEqual(self.cache.data, {"a": "1"})

    async def test_set_fails(self) -> None:
        events.append(("test_set_fails", asyncio.get_running_loop()))
        await self.cache.set("a", "1")
        self.assertEqual(self.cache.data, {"a": "2"})


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(CacheTest))
for line in stream.getvalue().splitlines():  # no "Ran 2 tests in 0.003s": no timings
    if line.endswith(("... ok", "... FAIL")) or line.startswith("AssertionError"):
        print(line)
print(f"run={result.testsRun} failures={len(result.failures)}")
loops = list(dict.fromkeys(loop for _, loop in events))  # distinct, in order
for name, loop in events:
    print(f"{name:>14} ran on loop #{loops.index(loop) + 1}")
print(f"loops closed after the run: {all(loop.is_closed() for loop in loops)}")
