"""A loopback HTTP proxy that misbehaves on purpose, for sync fault tests.

It forwards whole requests to the real server and, for the first few pushes,
either cuts the connection after half of the server's answer (the server has
applied the batch, the desktop never hears so) or replaces the answer with a
500 error. Everything else passes through unchanged.
"""
from __future__ import annotations

import socket
import threading


def _read_message(sock: socket.socket, buf: bytearray) -> bytes | None:
    """One HTTP/1.1 message (head + Content-Length body) from sock; None at EOF."""
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buf += chunk
    head_end = buf.index(b"\r\n\r\n") + 4
    head = bytes(buf[:head_end]).decode("latin-1")
    length = 0
    for line in head.split("\r\n")[1:]:
        if line.lower().startswith("content-length:"):
            length = int(line.split(":", 1)[1])
    while len(buf) < head_end + length:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buf += chunk
    msg = bytes(buf[:head_end + length])
    del buf[:head_end + length]
    return msg


def _names_record(message: bytes, record_id: bytes) -> bool:
    """Whether the push carries the record with this id (its audit entries may name it too)."""
    import gzip
    import json
    head, _, body = message.partition(b"\r\n\r\n")
    if b"content-encoding: gzip" in head.lower():
        body = gzip.decompress(body)
    return any(r.get("id") == record_id.decode() for r in json.loads(body).get("records", []))


class FaultyProxy:
    def __init__(self, target_port: int, *, cut_pushes: int = 0, fail_pushes: int = 0,
                 poison: bytes | None = None, cut_puts: int = 0):
        self.target_port = target_port
        # A push whose (inflated) body holds these bytes gets a 500 every time, unforwarded:
        # a record the server keeps failing on.
        self.poison = poison
        self.poisoned = 0
        self.cut_pushes, self.fail_pushes = cut_pushes, fail_pushes
        # The first cut_puts attachment parts reach the server; their answers are cut.
        self.cut_puts, self.put_cuts = cut_puts, 0
        self.cuts = self.failures = self.pushes = 0
        self._lock = threading.Lock()
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._stop = True
        self.listener.close()

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.target_port))
        cbuf, ubuf = bytearray(), bytearray()
        try:
            while True:
                request = _read_message(client, cbuf)
                if request is None:
                    return
                is_push = request.startswith(b"POST /api/v1/push")
                is_put = request.startswith(b"PUT /api/v1/attachments/")
                if is_push and self.poison and _names_record(request, self.poison):
                    with self._lock:
                        self.poisoned += 1
                    body = b'{"error":"internal","message":"the server failed (poison)"}'
                    client.sendall(b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: "
                                   b"application/json\r\nContent-Length: "
                                   + str(len(body)).encode() + b"\r\n\r\n" + body)
                    continue
                upstream.sendall(request)
                response = _read_message(upstream, ubuf)
                if response is None:
                    return
                action = None
                if is_put:
                    with self._lock:
                        if self.put_cuts < self.cut_puts:
                            self.put_cuts += 1
                            action = "cut"
                if is_push:
                    with self._lock:
                        self.pushes += 1
                        if self.cuts < self.cut_pushes:
                            self.cuts += 1
                            action = "cut"
                        elif self.failures < self.fail_pushes:
                            self.failures += 1
                            action = "fail"
                if action == "cut":
                    client.sendall(response[:len(response) // 2])
                    return
                if action == "fail":
                    body = b'{"error":"internal","message":"injected failure"}'
                    client.sendall(b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: "
                                   b"application/json\r\nContent-Length: " + str(len(body)).encode()
                                   + b"\r\n\r\n" + body)
                    continue
                client.sendall(response)
        except OSError:
            return
        finally:
            client.close()
            upstream.close()
