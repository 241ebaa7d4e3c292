# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # a peer in a thread: it prints outcomes, never times
# ///

import asyncio
import gc
import re
import socket
import threading

from snippets.messages import caught_warnings, normalise


def echo_server(sock: socket.socket) -> None:
    """A peer in a thread: sends back whatever it receives."""
    with sock:
        try:
            while data := sock.recv(100):
                sock.sendall(data)
        except (BrokenPipeError, ConnectionResetError):  # the client went away first
            pass


class Client:
    """Opens its connection on first use and keeps it for the next request."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, data: bytes) -> bytes:
        if self.writer is None:  # the streams belong to the loop running now
            self.reader, self.writer = await asyncio.open_connection(sock=self.sock)
        self.writer.write(data)
        return await self.reader.read(100)

    async def close(self) -> None:
        self.writer.close()
        await self.writer.wait_closed()


async def all_in_one_run(client: Client) -> None:
    print(f"  {await client.request(b'one')!r}, {await client.request(b'two')!r}")
    await client.close()


for fixed in (False, True):
    print(f"fixed={fixed}:")
    ours, theirs = socket.socketpair()
    threading.Thread(target=echo_server, args=(theirs,), daemon=True).start()
    client = Client(ours)
    if fixed:  # one asyncio.run() for the client's whole life
        asyncio.run(all_in_one_run(client))
        continue
    print(f"  run 1: {asyncio.run(client.request(b'one'))!r}")
    for step in (client.request(b"two"), client.close()):
        try:
            asyncio.run(step)
        except RuntimeError as exc:
            message = re.sub(r" cb=\[[^\]]*\]", "", normalise(str(exc)))
            print(f"  {step.__name__}: RuntimeError: {message}")
    with caught_warnings() as caught:
        del client  # the transport was never closed: it says so when it is freed
        gc.collect()
    print("  " + "\n  ".join(caught))
