# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # it blocks on time.sleep: real time must pass
# ///

import asyncio
import logging
import re
import time


class Collect(logging.Handler):
    """Keep the log records instead of printing them to stderr."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


async def blocks_for(seconds: float) -> None:
    time.sleep(seconds)  # one step of this task holds the loop for `seconds`


async def main(threshold: float | None) -> None:
    loop = asyncio.get_running_loop()
    if threshold is not None:
        loop.slow_callback_duration = threshold
    print(f"debug={loop.get_debug()}, threshold={loop.slow_callback_duration} s")
    await asyncio.create_task(blocks_for(0.3), name="resize")
    await asyncio.create_task(blocks_for(0.005), name="thumbnail")


log = Collect()
logging.getLogger("asyncio").addHandler(log)
for threshold in (None, 0.001):
    asyncio.run(main(threshold), debug=True)
    for record in log.records:
        handle, seconds = record.args
        if not re.match(r"<Task \w+ name='(resize|thumbnail)'", handle):
            continue  # on a busy machine, even main's short steps can be reported
        handle = re.sub(r",? (?:defined|created) at [^ >]+", "", handle)  # paths
        print(f"  {record.name} {record.levelname}: Executing {handle} took ...")
    log.records.clear()
