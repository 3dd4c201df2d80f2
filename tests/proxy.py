"""A reverse proxy on loopback, as a test starts and stops it: every request is passed on to one upstream
server as it came, and no X-Forwarded-For is added (a proxy on the same machine configured without it).
Seen from the upstream, every client is then 127.0.0.1 — which is why no decision may rest on the address.
"""

from __future__ import annotations

import http.client
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade", "host", "content-length"}


class Proxy:
    """Forwards to ``upstream`` (``http://127.0.0.1:port/``); ``forwarded`` holds the header names each request was sent with."""

    def __init__(self, upstream: str, timeout: float = 60) -> None:
        up = urlsplit(upstream)
        forwarded: list[set[str]] = []

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def forward(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP}
                forwarded.append({k.lower() for k in headers})
                conn = http.client.HTTPConnection(up.hostname, up.port, timeout=timeout)
                try:
                    conn.request(self.command, self.path, body=body, headers=headers)
                    resp = conn.getresponse()
                    data = resp.read()
                finally:
                    conn.close()
                self.send_response(resp.status)
                for k, v in resp.getheaders():
                    if k.lower() not in HOP | {"date", "server"}:
                        self.send_header(k, v)
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = forward

            def log_message(self, format: str, *args: object) -> None:  # quiet
                pass

        self.forwarded = forwarded
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"

    def close(self) -> None:
        """Stop serving and wait for the thread (bounded)."""
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)
