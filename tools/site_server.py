"""Serve a built site on 127.0.0.1 the way its host does: under the site_url's path, with the
site's 404 page for missing files and, optionally, gzip like GitHub Pages.

Used by the browser tests (tests/browser/conftest.py) and by `make lighthouse` (tools/lighthouse.py).
Standard library only, and it only ever listens on the loopback address.
"""

from __future__ import annotations

import gzip
import mimetypes
import posixpath
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")
TYPES = {".js": "application/javascript", ".json": "application/json", ".xml": "application/xml", ".txt": "text/plain"}


def content_type(path: Path) -> str:
    kind = TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"{kind}; charset=utf-8" if kind.startswith("text/") or kind in TYPES.values() else kind


def make_handler(root: Path, mount: str, *, compress: bool) -> type[BaseHTTPRequestHandler]:
    """A request handler serving `root` at `mount` (e.g. "/asyncio-in-practice/")."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet: the tests look at what the browser saw, not at an access log

        def do_HEAD(self) -> None:
            self.respond(body=False)

        def do_GET(self) -> None:
            self.respond(body=True)

        def respond(self, *, body: bool) -> None:
            path = unquote(urlsplit(self.path).path)
            if path == mount.rstrip("/"):
                return self.send(HTTPStatus.MOVED_PERMANENTLY, location=mount, body=body)
            target = self.resolve(path)
            if target is not None and target.is_dir():
                if not path.endswith("/"):  # like GitHub Pages: /page -> /page/
                    return self.send(HTTPStatus.MOVED_PERMANENTLY, location=path + "/", body=body)
                target = target / "index.html"
            if target is None or not target.is_file():
                # GitHub Pages answers every missing path with the site's top-level 404.html.
                return self.send(HTTPStatus.NOT_FOUND, file=root / "404.html", body=body)
            self.send(HTTPStatus.OK, file=target, body=body)

        def resolve(self, path: str) -> Path | None:
            if not path.startswith(mount):
                return None
            parts = [p for p in posixpath.normpath(path[len(mount) :]).split("/") if p not in ("", ".")]
            if ".." in parts:
                return None
            return root.joinpath(*parts)

        def send(self, status: HTTPStatus, *, file: Path | None = None, location: str = "", body: bool) -> None:
            data, kind = (file.read_bytes(), content_type(file)) if file and file.is_file() else (b"", "text/plain")
            self.send_response(status)
            if location:
                self.send_header("Location", location)
            gzip_ok = "gzip" in self.headers.get("Accept-Encoding", "")
            if compress and gzip_ok and kind.startswith(COMPRESSIBLE) and len(data) > 512:
                data = gzip.compress(data, compresslevel=6)
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Vary", "Accept-Encoding")
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "max-age=600")  # what GitHub Pages sends
            self.end_headers()
            if body:
                self.wfile.write(data)

    return Handler


@contextmanager
def serve(root: Path, mount: str = "/", *, compress: bool = False) -> Iterator[str]:
    """Serve `root` at `mount` on a free 127.0.0.1 port; yields the site's URL."""
    mount = "/" + mount.strip("/") + "/" if mount.strip("/") else "/"
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(Path(root), mount, compress=compress))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{mount}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
