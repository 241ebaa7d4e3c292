"""Deterministic elapsed times, measured on the event loop's clock.

Concurrency examples want to show *when* things happen, but raw wall-clock times change from run to
run and from machine to machine. The helpers here read the running loop's monotonic clock and
report elapsed time in whole *ticks* (0.1 s by default), rounded **down**.

An `asyncio.sleep(0.3)` never wakes early, and on a busy machine it wakes a little late. Rounding
down therefore gives the same tick on every run, as long as the lateness stays under one tick. That
is why the examples use delays that are whole multiples of the tick.
"""

from __future__ import annotations

import asyncio
import math

__all__ = ["LoopClock", "ticks"]

TICK = 0.1
"""Default tick length, in seconds."""

# Floating-point sums such as 0.1 + 0.2 land a hair below the nominal value; this slack absorbs that
# without letting real lateness round up.
_EPSILON = 1e-6


def ticks(seconds: float, tick: float = TICK) -> int:
    """Convert a duration to whole ticks, rounding down.

    Parameters:
        seconds: A duration, usually the difference of two `loop.time()` readings.
        tick: The length of one tick, in seconds.

    Returns:
        The number of whole ticks in `seconds`.

    Examples:
        ```py
        from snippets.clock import ticks

        print(ticks(0.30004), ticks(0.38), ticks(0.1 + 0.2))
        #> 3 3 3
        ```
    """
    return math.floor(seconds / tick + _EPSILON)


class LoopClock:
    """A stopwatch on the running event loop's clock, started when it is created.

    Create it inside a coroutine, so that a loop is running.

    Parameters:
        tick: The length of one tick, in seconds.

    Examples:
        ```py
        import asyncio

        from snippets.clock import LoopClock

        async def main() -> None:
            clock = LoopClock()
            await asyncio.sleep(0.2)
            print(clock.stamp())
            #> t=0.2s

        asyncio.run(main())
        ```
    """

    def __init__(self, tick: float = TICK) -> None:
        self._loop = asyncio.get_running_loop()
        self._start = self._loop.time()
        self.tick = tick

    def elapsed(self) -> float:
        """Return the elapsed time in seconds, rounded down to a whole tick.

        Returns:
            Seconds since the clock was created, as a multiple of `tick`.
        """
        return round(ticks(self._loop.time() - self._start, self.tick) * self.tick, 6)

    def stamp(self) -> str:
        """Return the elapsed time formatted for printing, like `t=0.3s`.

        Returns:
            The elapsed time as a short label.
        """
        return f"t={self.elapsed():g}s"
