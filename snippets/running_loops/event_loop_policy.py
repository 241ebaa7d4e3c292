import asyncio
import warnings


async def main() -> str:
    return type(asyncio.get_running_loop()).__name__


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    # The old way to choose the loop class for asyncio.run(): install a policy first.
    asyncio.set_event_loop_policy(asyncio.DefaultEventLoopPolicy())
    print("with a policy set:", asyncio.run(main()))
    asyncio.set_event_loop_policy(None)  # back to the default
for warning in caught:  # 3.14+ deprecates the policy API; 3.10-3.13 say nothing
    print(f"  {warning.category.__name__}: {warning.message}")

print("without a policy:", asyncio.run(main()))
