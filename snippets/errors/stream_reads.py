import asyncio
import socket


def show(exc: BaseException) -> str:
    """What the last line of a traceback shows: the qualified name, then the message."""
    module = type(exc).__module__
    name = type(exc).__qualname__
    return f"{name if module == 'builtins' else f'{module}.{name}'}: {exc}"


async def main() -> None:
    ours, theirs = socket.socketpair()
    reader, writer = await asyncio.open_connection(sock=ours)
    peer = socket.socket(fileno=theirs.detach())

    peer.sendall(b"abc")
    peer.shutdown(socket.SHUT_WR)  # the peer sends 3 bytes and stops
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as exc:
        print(f"readexactly(10): {show(exc)}; partial={exc.partial!r}")

    for data in (b"a line longer than the limit\n", b"no end of line in sight"):
        reader = asyncio.StreamReader(limit=8)  # fed by hand, with a small limit
        reader.feed_data(data)
        try:
            await reader.readline()
        except ValueError as exc:
            print(f"readline(): {show(exc)}")

    reader = asyncio.StreamReader()
    first = asyncio.create_task(reader.readline())
    await asyncio.sleep(0)  # the first reader is now waiting for data
    try:
        await reader.readline()  # two tasks reading one stream
    except RuntimeError as exc:
        print(f"second readline(): {show(exc)}")
    reader.feed_data(b"hello\n")
    print(f"first readline(): {await first!r}")

    writer.close()
    await writer.wait_closed()
    peer.close()


asyncio.run(main())
