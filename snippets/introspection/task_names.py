# /// script
# requires-python = ">=3.11"
# ///

import asyncio


async def main() -> None:
    asyncio.current_task().set_name("main")
    download = asyncio.create_task(asyncio.sleep(0.1), name="download:report.csv")
    print(f"create_task(name=...):           {download.get_name()}")

    download.set_name("download:summary.csv")
    print(f"after set_name(...):             {download.get_name()}")

    async with asyncio.TaskGroup() as group:
        upload = group.create_task(asyncio.sleep(0.1), name="upload:summary.csv")
    print(f"TaskGroup.create_task(name=...): {upload.get_name()}")
    print(f"the main task, renamed:          {asyncio.current_task().get_name()}")
    await download


asyncio.run(main())
