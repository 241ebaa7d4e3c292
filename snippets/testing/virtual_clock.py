# /// script
# requires-python = ">=3.12"
# ///
import asyncio
import selectors
import time


class VirtualClockLoop(asyncio.SelectorEventLoop):
    """A loop whose clock jumps to the next timer instead of waiting for it."""

    def __init__(self) -> None:
        self._now = 0.0
        super().__init__(selector=_JumpingSelector(self))

    def time(self) -> float:
        return self._now


class _JumpingSelector(selectors.DefaultSelector):
    def __init__(self, loop: VirtualClockLoop) -> None:
        super().__init__()
        self._loop = loop

    def select(self, timeout: float | None = None) -> list:
        if timeout is None:  # no timer at all: only I/O can wake the loop
            return super().select(None)
        events = super().select(0)  # I/O that is ready now, without waiting
        if not events:
            self._loop._now += timeout  # nothing to do until the next timer: jump
        return events


async def with_retries(operation, delays=(1, 2, 4)):
    for delay in (*delays, None):
        try:
            return await operation()
        except ConnectionError:
            if delay is None:
                raise
            await asyncio.sleep(delay)  # the real asyncio.sleep, unpatched


async def main() -> None:
    loop = asyncio.get_running_loop()
    attempts: list[float] = []

    async def down() -> None:
        attempts.append(loop.time())
        raise ConnectionError("down")

    try:
        await asyncio.wait_for(with_retries(down), timeout=60)
    except ConnectionError as exc:
        print(f"ConnectionError: {exc}")
    print(f"attempts at loop time {attempts}")


wall = time.perf_counter()
asyncio.run(main(), loop_factory=VirtualClockLoop)
print(f"7 s of loop time took under 1 s of wall time: {time.perf_counter() - wall < 1}")
