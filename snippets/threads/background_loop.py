# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # threads run on the real clock; the output shows only orderings
# ///
import asyncio
import threading
from collections.abc import Coroutine
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


class BackgroundLoop:
    """An event loop in its own thread, for synchronous code to call into."""

    def __init__(self) -> None:
        self._ready = threading.Event()
        self._thread = threading.Thread(target=asyncio.run, args=(self._serve(),))
        self._thread.start()
        self._ready.wait()

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        self._ready.set()
        await self._stop.wait()  # then asyncio.run() cancels what is left, and closes

    def submit(self, coro: Coroutine[Any, Any, T]) -> Future[T]:
        """Start `coro` on the loop; safe to call from any thread."""
        return asyncio.run_coroutine_threadsafe(coro, self._loop)

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 5) -> T:
        """Run `coro` on the loop and wait for its result, in the calling thread."""
        return self.submit(coro).result(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def close(self) -> None:
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join()

    def __enter__(self) -> "BackgroundLoop":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClient:
    """Stands in for an async library: its lock belongs to the loop it first ran on."""

    def __init__(self) -> None:
        self._lock = asyncio.Lock()
        self.requests = 0

    async def get(self, key: str) -> str:
        async with self._lock:
            await asyncio.sleep(0.01)
            self.requests += 1
            return f"{key}: ok"


async def refresh_cache() -> None:
    try:
        await asyncio.sleep(60)
    finally:
        print("refresh_cache: cancelled by close(), cleaned up")


def main() -> None:
    """Plain synchronous code: no async def, no await."""
    with BackgroundLoop() as loop:
        client = AsyncClient()
        print(loop.run(client.get("a")))
        loop.submit(refresh_cache())  # keeps running on the loop between calls
        with ThreadPoolExecutor(max_workers=4) as pool:  # callers in several threads
            results = list(pool.map(lambda k: loop.run(client.get(k)), "bcdef"))
        print(results)
        print(f"requests on one loop, one client: {client.requests}")
    print(f"after close(): loop thread running: {loop.running}")


main()
