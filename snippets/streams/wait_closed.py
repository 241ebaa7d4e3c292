# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # a real socket: it prints sizes and orderings, never times
# ///

import asyncio
import socket

KIB = 1024


async def main() -> None:
    may_read, server_done = asyncio.Event(), asyncio.Event()
    received = 0

    async def slow_server(reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        nonlocal received
        await may_read.wait()
        while data := await reader.read(64 * KIB):
            received += len(data)
        writer.close()
        await writer.wait_closed()
        server_done.set()

    server = await asyncio.start_server(slow_server, "127.0.0.1", 0)
    server.sockets[0].setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16 * KIB)
    _, writer = await asyncio.open_connection(*server.sockets[0].getsockname())
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 16 * KIB)

    writer.write(b"x" * (1024 * KIB))  # 1 MiB for a peer that reads nothing yet
    writer.close()  # returns at once: it only starts closing
    print(f"after close(): is_closing()={writer.is_closing()}")
    buffered = writer.transport.get_write_buffer_size()
    print(f"  still buffered, over 768 KiB: {buffered > 768 * KIB}")
    print(f"  socket still open: {sock.fileno() != -1}")

    may_read.set()
    await writer.wait_closed()  # waits until the buffer is sent and the socket closed
    print("after wait_closed():")
    print(f"  socket still open: {sock.fileno() != -1}")
    await server_done.wait()
    print(f"  the server received {received // KIB} KiB")
    server.close()
    await server.wait_closed()


asyncio.run(main())
