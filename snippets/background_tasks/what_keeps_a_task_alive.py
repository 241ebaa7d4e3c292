import asyncio
import gc

from snippets.tasks import task_names

background: set[asyncio.Task] = set()
received: list[str] = []


async def listen(name: str, port: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        line = await reader.readline()  # waits on an open socket
        received.append(f"{name} got {line.decode().strip()!r}")
    finally:
        writer.close()


async def notify(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await asyncio.sleep(0.2)  # the server sends one line to every client, later
    writer.write(b"price changed\n")
    writer.close()


def report(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    print(f"exception handler: {context['message']}")


async def main() -> None:
    asyncio.get_running_loop().set_exception_handler(report)
    server = await asyncio.start_server(notify, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    asyncio.create_task(listen("forgotten", port), name="forgotten")
    asyncio.create_task(asyncio.sleep(0.2), name="sleeper")  # no reference either
    task = asyncio.create_task(listen("kept", port), name="kept")
    background.add(task)
    task.add_done_callback(background.discard)
    del task

    await asyncio.sleep(0.1)  # both listeners are connected and waiting
    gc.collect()  # the collector can run at any allocation; here we force it
    alive = task_names(asyncio.all_tasks())
    for name in ("forgotten", "sleeper", "kept"):
        print(f"{name}: {'alive' if name in alive else 'gone'}")
    await asyncio.sleep(0.2)
    print(f"received: {received}")
    server.close()
    await server.wait_closed()


asyncio.run(main())
