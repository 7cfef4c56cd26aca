"""Compressed bodies both ways (township links are slow and metered).

Responses: Starlette's GZipMiddleware, for clients that send ``Accept-Encoding:
gzip`` (httpx does by default). Requests: a client may send ``Content-Encoding:
gzip`` once the server has advertised it; every answer carries ``Accept-Encoding:
gzip`` for that (RFC 7694 section 3). A compressed body is inflated here in
pieces and held to the same size limit as a plain one, so a small "zip bomb"
cannot make the server inflate gigabytes.
"""
from __future__ import annotations

import zlib

from .answers import error

SUPPORTED = ("gzip",)
ADVERTISE = (b"accept-encoding", b"gzip")


def _answer(status: int, code: str, message: str, **extra):
    response = error(status, code, message, {"Accept-Encoding": "gzip"}, **extra)

    async def send_it(send):
        await response({"type": "http"}, None, send)
    return send_it


class RequestDecompression:
    def __init__(self, app, max_bytes: int):
        self.app, self.max = app, max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def advertising_send(msg):
            if msg["type"] == "http.response.start":
                msg["headers"] = list(msg.get("headers", [])) + [ADVERTISE]
            await send(msg)

        encoding = b""
        for k, v in scope.get("headers", []):
            if k == b"content-encoding":
                encoding = v.strip().lower()
        if encoding in (b"", b"identity"):
            return await self.app(scope, receive, advertising_send)
        if encoding.decode("latin-1") not in SUPPORTED:
            return await _answer(415, "unsupported_encoding",
                                 f"the server cannot read a request body encoded as "
                                 f"{encoding.decode('latin-1')!r}; send it as gzip or plain",
                                 accepted=list(SUPPORTED))(send)
        # Read and inflate the whole body first: a sync request is one JSON document.
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = bytearray()
        more = True
        while more:
            msg = await receive()
            if msg["type"] != "http.request":
                return
            more = msg.get("more_body", False)
            try:
                # At most one byte over the limit is inflated: enough to refuse.
                out += inflater.decompress(msg.get("body", b""), self.max + 1 - len(out))
            except zlib.error:
                return await _answer(400, "bad_encoding",
                                     "the request body is not valid gzip data; send it again "
                                     "(uncompressed if this repeats)")(send)
            if len(out) > self.max:
                return await _answer(413, "too_large",
                                     f"the request body is larger than {self.max} bytes once "
                                     f"uncompressed; send fewer records per batch",
                                     limit=self.max)(send)
        if not inflater.eof:
            return await _answer(400, "bad_encoding",
                                 "the gzip request body ends before its end marker; send it "
                                 "again")(send)
        body = bytes(out)
        headers = [(k, v) for k, v in scope["headers"]
                   if k not in (b"content-encoding", b"content-length")]
        headers.append((b"content-length", str(len(body)).encode()))
        scope = dict(scope, headers=headers)
        sent = False

        async def inflated_receive():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, inflated_receive, advertising_send)
