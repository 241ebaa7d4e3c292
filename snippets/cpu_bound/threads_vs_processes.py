# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # CPU work in threads and processes: real time must pass
# ///

import asyncio
import random
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

N = 300_000  # one call: a few tens of milliseconds of pure-Python work


def crunch(n: int) -> int:
    """CPU-bound and pure Python. Defined at top level: worker processes import it."""
    total = 0
    for i in range(n):
        total += i * i
    return total


async def main() -> None:
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(2) as threads, ProcessPoolExecutor(2) as processes:

        async def two_calls(pool) -> float:
            start = time.perf_counter()
            if pool is None:  # sequential: one after the other, in this thread
                for _ in range(2):
                    crunch(N)
            else:
                calls = [loop.run_in_executor(pool, crunch, N) for _ in range(2)]
                await asyncio.gather(*calls)
            return time.perf_counter() - start

        await two_calls(processes)  # start both worker processes before timing
        ways = {"sequential": None, "threads": threads, "processes": processes}
        best = dict.fromkeys(ways, float("inf"))
        for _ in range(15):  # best of 15 rounds, as timeit does, in random order
            for way in random.sample(list(ways), len(ways)):
                best[way] = min(best[way], await two_calls(ways[way]))

    ratio = best["threads"] / best["sequential"]
    same = 0.7 <= ratio <= 1.5
    print("threads / sequential:", "about 1x (no speed-up)" if same else ratio)
    ratio = best["processes"] / best["threads"]
    print("processes faster than threads:", "yes" if ratio < 0.8 else f"no ({ratio})")


if __name__ == "__main__":
    asyncio.run(main())
