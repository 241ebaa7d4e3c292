import asyncio


class Account:
    def __init__(self) -> None:
        self.balance = 0
        self.lock = asyncio.Lock()

    async def deposit_unsafe(self, amount: int) -> None:
        current = self.balance  # read ...
        await asyncio.sleep(0)  # ... any await that suspends lets another task in ...
        self.balance = current + amount  # ... so this write loses their updates

    async def deposit(self, amount: int) -> None:
        async with self.lock:  # the same three steps, one task at a time
            current = self.balance
            await asyncio.sleep(0)
            self.balance = current + amount


async def main() -> None:
    unsafe, safe = Account(), Account()
    await asyncio.gather(*(unsafe.deposit_unsafe(10) for _ in range(5)))
    await asyncio.gather(*(safe.deposit(10) for _ in range(5)))
    print(f"without the Lock: balance={unsafe.balance}, expected 50")
    print(f"with the Lock:    balance={safe.balance}, expected 50")

    async with safe.lock:  # asyncio.Lock is not reentrant: the owner waits too
        try:
            await asyncio.wait_for(safe.lock.acquire(), timeout=0.1)
        except asyncio.TimeoutError as exc:  # 3.10: not the built-in TimeoutError
            print(f"acquiring it again while holding it: {type(exc).__name__}")


asyncio.run(main())
