# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # a real socket: it prints sizes and orderings, never times
# ///

import asyncio
import socket

KIB = 1024
CHUNK = b"x" * (64 * KIB)


def small_kernel_buffer(sock: socket.socket, option: int) -> None:
    # Small kernel buffers, so that the process's own buffer fills up on any machine.
    sock.setsockopt(socket.SOL_SOCKET, option, 16 * KIB)


async def main() -> None:
    may_read, server_done = asyncio.Event(), asyncio.Event()
    received = 0

    async def slow_server(reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        nonlocal received
        await may_read.wait()  # a slow peer: it reads nothing for now
        while data := await reader.read(64 * KIB):
            received += len(data)
        writer.close()
        await writer.wait_closed()
        server_done.set()

    server = await asyncio.start_server(slow_server, "127.0.0.1", 0)
    small_kernel_buffer(server.sockets[0], socket.SO_RCVBUF)
    reader, writer = await asyncio.open_connection(*server.sockets[0].getsockname())
    small_kernel_buffer(writer.get_extra_info("socket"), socket.SO_SNDBUF)
    transport = writer.transport
    low, high = transport.get_write_buffer_limits()
    print(f"default limits: low={low // KIB} KiB, high={high // KIB} KiB")
    transport.set_write_buffer_limits(high=32 * KIB)  # low defaults to high // 4
    low, high = transport.get_write_buffer_limits()
    print(f"after set_write_buffer_limits(high=32 KiB): low={low // KIB} KiB")

    for _ in range(16):  # 1 MiB, without drain(): write() never waits
        writer.write(CHUNK)
    buffered = transport.get_write_buffer_size()
    print(f"16 writes, no drain(): over 768 KiB held in memory: {buffered > 768 * KIB}")

    may_read.set()
    await writer.drain()  # waits until the buffer is down to the low-water mark
    below_low = transport.get_write_buffer_size() <= low
    print(f"drain() returned once the buffer was <= low: {below_low}")
    print(f"... and only after the server had read some: {received > 0}")

    peak = 0
    for _ in range(16):  # another 1 MiB, with drain() after each write
        writer.write(CHUNK)
        peak = max(peak, transport.get_write_buffer_size())
        await writer.drain()
    bounded = peak <= high + len(CHUNK)
    print(f"16 writes with drain(): never over high + one write: {bounded}")

    writer.close()
    await writer.wait_closed()
    await server_done.wait()  # the server read up to the end of the stream
    server.close()
    await server.wait_closed()
    print(f"the server received {received // KIB} KiB")


asyncio.run(main())
