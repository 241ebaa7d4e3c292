import asyncio
import contextvars
from contextvars import ContextVar

request_id: ContextVar[str] = ContextVar("request_id", default="(not set)")


def report(label: str) -> None:
    print(f"{label}: {request_id.get()!r}")


async def main() -> None:
    loop = asyncio.get_running_loop()
    done = loop.create_future()

    request_id.set("req-1")
    loop.call_soon(report, "call_soon(), registered under req-1")  # copied now
    batch = contextvars.copy_context()  # keep req-1 for later
    request_id.set("req-2")
    loop.call_later(0.1, report, "call_later(), registered under req-2")
    loop.call_soon(report, "call_soon(context=batch)", context=batch)
    done.add_done_callback(lambda _: report("done callback, added under req-2"))

    await asyncio.sleep(0.2)
    request_id.set("req-3")
    done.set_result(None)  # the callback runs in the context it was added in
    await asyncio.sleep(0)


asyncio.run(main())
