import asyncio

earlier_loops = []


async def remember_loop():
    earlier_loops.append(asyncio.get_running_loop())


async def main():
    first, second = earlier_loops
    current = asyncio.get_running_loop()
    print("run 1 and run 2 used the same loop:", first is second)
    print("run 3 reuses an earlier loop:", current in (first, second))
    print("loops of runs 1 and 2 closed:", first.is_closed(), second.is_closed())
    print("loop of run 3 closed while it runs:", current.is_closed())


asyncio.run(remember_loop())  # run 1
asyncio.run(remember_loop())  # run 2
asyncio.run(main())  # run 3
