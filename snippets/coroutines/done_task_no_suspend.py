import asyncio


async def bystander() -> None:
    print("  bystander runs")


async def main() -> None:
    done = asyncio.create_task(asyncio.sleep(0.1, result="cached"))
    await done  # now the task is finished

    other = asyncio.create_task(bystander())  # ready to run at the next chance
    print("await the finished task")
    print("  got:", await done)  # no suspension: bystander does not run here
    print("await asyncio.sleep(0)")
    await asyncio.sleep(0)  # yields to the event loop: bystander runs now
    print("back in main")
    await other


asyncio.run(main())
