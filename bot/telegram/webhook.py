"""The webhook endpoint: a small HTTP server that checks before it reads, and answers 200 last.

Why not python-telegram-bot's tornado server: it reads the whole body (up to 100 MB) before the
secret is checked, answers 500 on malformed JSON, and logs the body at DEBUG. Here the secret
header is checked first, the body is capped at `MAX_BODY`, anything malformed gets 400 (Telegram
then drops it instead of retrying forever), and 200 is sent only after the update is in the
application's queue, which stores it before the handler runs. Nothing of a body is logged.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from typing import Any

from telegram import Update
from telegram.ext import Application

log = logging.getLogger(__name__)

MAX_BODY = 1 << 20
"""1 MB: an update is at most a few kilobytes."""
MAX_HEAD = 16 << 10
READ_TIMEOUT = 10.0
SECRET_HEADER = "x-telegram-bot-api-secret-token"
AnyApplication = Application[Any, Any, Any, Any, Any, Any]
REASONS = {200: "OK", 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed"}
REASONS |= {
    408: "Request Timeout",
    411: "Length Required",
    413: "Content Too Large",
    431: "Headers Too Large",
}


class RejectedError(Exception):
    """A request answered with an error status; `reason` is logged, never the body."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


class WebhookServer:
    """Serves one path; each request on its own connection (Connection: close)."""

    def __init__(self, application: AnyApplication, path: str, secret: str) -> None:
        self.application = application
        self.path = "/" + path.lstrip("/")
        self.secret = secret.encode()

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        status = 200
        try:
            await asyncio.wait_for(self._request(reader), READ_TIMEOUT)
        except RejectedError as exc:
            status = exc.status
            log.warning("webhook request rejected: %d %s", exc.status, exc.reason)
        except (TimeoutError, asyncio.IncompleteReadError, ConnectionError):
            status = 408
            log.warning("webhook request rejected: 408 incomplete")
        try:
            body = b"{}" if status == 200 else b""
            head = f"HTTP/1.1 {status} {REASONS.get(status, 'Error')}\r\nContent-Length: {len(body)}\r\n"
            writer.write(
                head.encode() + b"Content-Type: application/json\r\nConnection: close\r\n\r\n" + body
            )
            await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()

    async def _request(self, reader: asyncio.StreamReader) -> None:
        try:
            raw = await reader.readuntil(b"\r\n\r\n")
        except asyncio.LimitOverrunError as exc:
            raise RejectedError(431, "headers too large") from exc
        lines = raw.decode("latin-1").split("\r\n")
        method, _, rest = lines[0].partition(" ")
        target = rest.split(" ", 1)[0]
        headers = {
            k.strip().casefold(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)
        }
        if target.split("?", 1)[0] != self.path:
            raise RejectedError(404, "unknown path")
        if method != "POST":
            raise RejectedError(405, "not a POST")
        if not hmac.compare_digest(headers.get(SECRET_HEADER, "").encode(), self.secret):
            raise RejectedError(403, "missing or wrong secret token")
        length = headers.get("content-length", "")
        if not (length.isascii() and length.isdigit()):
            raise RejectedError(411, "no content length")
        if int(length) > MAX_BODY:
            raise RejectedError(413, "body over 1 MB")
        body = await reader.readexactly(int(length))
        await self.application.update_queue.put(self._update(body))

    def _update(self, body: bytes) -> Update:
        try:
            data = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise RejectedError(400, "not UTF-8 JSON") from exc
        if not isinstance(data, dict) or type(data.get("update_id")) is not int:
            raise RejectedError(400, "not an update")
        try:
            update = Update.de_json(data, self.application.bot)
        except Exception as exc:  # any malformed field: Telegram would never send it
            raise RejectedError(400, f"malformed update ({type(exc).__name__})") from exc
        return update


async def start_webhook_server(
    application: AnyApplication, listen: str, port: int, path: str, secret: str
) -> asyncio.Server:
    server = WebhookServer(application, path, secret)
    return await asyncio.start_server(server.serve, listen, port, limit=MAX_HEAD)
