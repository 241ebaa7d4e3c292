# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # it blocks on time.sleep and starts a thread: real time must pass
# ///

import asyncio
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

in_flight, peak = 0, 0  # requests the server is handling now, and at most


class SlowHandler(BaseHTTPRequestHandler):
    lock = threading.Lock()

    def do_GET(self) -> None:
        global in_flight, peak
        with self.lock:
            in_flight += 1
            peak = max(peak, in_flight)
        time.sleep(0.2)  # the server takes 0.2 s to answer
        with self.lock:
            in_flight -= 1
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args) -> None:  # keep the server quiet
        pass


def fetch(port: int) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/") as response:
        return response.read().decode()  # urllib is a blocking client


async def blocking_fetch(port: int) -> str:
    return fetch(port)  # looks async, but blocks the event loop for 0.2 s


async def threaded_fetch(port: int) -> str:
    return await asyncio.to_thread(fetch, port)  # blocks a worker thread


async def async_fetch(port: int) -> str:  # an async client: plain asyncio streams
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET / HTTP/1.0\r\n\r\n")
    response = await reader.read()  # HTTP/1.0: the server closes when done
    writer.close()
    await writer.wait_closed()
    return response.split(b"\r\n\r\n", 1)[1].decode()


async def main() -> None:
    global peak
    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    for get in (blocking_fetch, threaded_fetch, async_fetch):
        peak = 0
        results = await asyncio.gather(*(get(server.server_port) for _ in range(3)))
        print(f"{get.__name__:>14}: {results}, at most {peak} at once on the server")
    server.shutdown()
    server.server_close()


asyncio.run(main())
