import asyncio
import re
from concurrent.futures import ProcessPoolExecutor


def crunch(n: int) -> int:
    """CPU-bound and pure Python. Top level, so worker processes can import it."""
    total = 0
    for i in range(n):
        total += i * i
    return total


def check(n: int) -> int:
    raise ValueError(f"bad input: {n}")


async def heartbeat(beats: list[int]) -> None:
    while True:
        await asyncio.sleep(0.1)
        beats.append(1)


async def main() -> None:
    loop = asyncio.get_running_loop()
    beats: list[int] = []
    heart = asyncio.create_task(heartbeat(beats))
    with ProcessPoolExecutor(max_workers=2) as pool:
        jobs = [loop.run_in_executor(pool, crunch, n) for n in (5_000_000, 10)]
        print(f"results: {await asyncio.gather(*jobs)}")
        print(f"the heartbeat kept ticking meanwhile: {len(beats) > 0}")

        for function in (check, lambda n: n):  # errors come back to the caller
            try:
                await loop.run_in_executor(pool, function, 1)
            except Exception as exc:
                message = re.sub(
                    r"0x[0-9a-f]+", "0x…", str(exc)
                )  # 3.14+ shows an address
                print(f"{type(exc).__name__}: {message}")
    heart.cancel()


if __name__ == "__main__":  # required: worker processes may import this file
    asyncio.run(main())
