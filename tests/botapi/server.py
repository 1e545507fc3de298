"""A local stand-in for Telegram's Bot API over HTTP, for end-to-end tests without internet.

`BotApiStandIn` serves ``/bot<token>/<method>`` and ``/file/bot<token>/<path>`` on 127.0.0.1 from
a threaded stdlib HTTP server in background threads, so it works the same whether the bot runs in
this process (its own event loop), in the test's event loop, or as a separate process.
Tests act as Telegram users through the methods inherited from `BotApiCore`.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import json
import re
import select
import socket
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Unpack
from urllib.parse import unquote, urlsplit

from .core import DEFAULT_TOKEN, BotApiCore, CoreOptions
from .models import ApiError, FaultSpec
from .wire import Params, ok, parse_request

_API_PATH = re.compile(r"^/bot(?P<token>[^/]+)/(?P<method>[A-Za-z0-9_]+)/?$")
_FILE_PATH = re.compile(r"^/file/bot(?P<token>[^/]+)/(?P<path>.+)$")


class _HttpServer(ThreadingHTTPServer):
    """Threads per connection, tracked so that stop() can wait for every one of them."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], standin: BotApiStandIn) -> None:
        self.standin = standin
        self.threads: set[threading.Thread] = set()
        self.threads_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self.process_request_thread,
            args=(request, client_address),
            name="botapi-standin-conn",
            daemon=True,
        )
        with self.threads_lock:
            self.threads = {t for t in self.threads if t.is_alive()}
            self.threads.add(thread)
        thread.start()

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], OSError):
            return  # the client went away: normal for cancelled long polls and faults
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    """Hands every request to the stand-in; keep-alive, as python-telegram-bot's pool expects."""

    protocol_version = "HTTP/1.1"
    server: _HttpServer

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in two writes; without this, Nagle plus delayed ACK
        # would add ~40 ms to every answer on a kept-alive connection.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.standin._track(self.connection, add=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.standin._track(self.connection, add=False)

    def do_POST(self) -> None:
        self.server.standin._serve(self)

    def do_GET(self) -> None:
        self.server.standin._serve(self)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the stand-in records requests itself."""


class _Address:
    """A read-only address of the running stand-in, spelled once as a format of it (`{s.port}`):
    the routes above serve what these spell."""

    def __init__(self, template: str) -> None:
        self._template = template

    def __get__(self, standin: BotApiStandIn, owner: type[BotApiStandIn] | None = None) -> str:
        return self._template.format(s=standin)


class BotApiStandIn(BotApiCore):
    """Fake Telegram Bot API server on 127.0.0.1; see BotApiCore for the test-facing methods."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        webhook_timeout: float = 5.0,
        **options: Unpack[CoreOptions],
    ) -> None:
        if host != "localhost" and not ipaddress.ip_address(host).is_loopback:
            raise ValueError("the stand-in binds loopback addresses only")
        super().__init__(token, **options)
        self.host = host
        self.webhook_timeout = webhook_timeout
        self._requested_port = port
        self._httpd: _HttpServer | None = None
        self._serve_thread: threading.Thread | None = None
        self._push_thread: threading.Thread | None = None
        self._connections: set[socket.socket] = set()
        self._webhook_conn: http.client.HTTPConnection | None = None
        self._internal_errors: list[str] = []
        self._busy = 0

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> BotApiStandIn:
        """Bind and serve in background threads; returns self for chaining."""
        if self._httpd is not None:
            raise RuntimeError("already started")
        self._httpd = _HttpServer((self.host, self._requested_port), self)
        self._serve_thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="botapi-standin-accept",
            daemon=True,
        )
        self._serve_thread.start()
        self._push_thread = threading.Thread(
            target=self._push_loop, name="botapi-standin-webhook", daemon=True
        )
        self._push_thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Release held requests, close every connection and join every thread."""
        httpd = self._httpd
        if httpd is None:
            return
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
            webhook_conn = self._webhook_conn
        httpd.shutdown()
        deadline = time.monotonic() + timeout
        with self._cond:
            # Let released long polls answer before their connections are cut.
            self._cond.wait_for(lambda: self._busy == 0, timeout)
            connections = list(self._connections)
        for conn in connections:
            _shutdown(conn)
        if webhook_conn is not None and webhook_conn.sock is not None:
            _shutdown(webhook_conn.sock)
        httpd.server_close()
        with httpd.threads_lock:
            threads = list(httpd.threads)
        for thread in [*threads, self._serve_thread, self._push_thread]:
            if thread is not None:
                thread.join(max(deadline - time.monotonic(), 0.0))
        self._httpd = None
        alive = [t.name for t in threads if t.is_alive()]
        if alive:
            raise RuntimeError(f"stand-in threads still running after stop(): {alive}")

    def __enter__(self) -> BotApiStandIn:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """The bound port (ephemeral unless one was given)."""
        if self._httpd is None:
            raise RuntimeError("not started")
        return int(self._httpd.server_address[1])

    root_url = _Address("http://{s.host}:{s.port}")
    """http://127.0.0.1:PORT"""
    base_url = _Address("{s.root_url}/bot")
    """For ApplicationBuilder().base_url(...): PTB appends the token itself."""
    base_file_url = _Address("{s.root_url}/file/bot")
    """For ApplicationBuilder().base_file_url(...)."""
    api_url = _Address("{s.base_url}{s.token}")
    """base_url with the token, for raw HTTP calls: f"{api_url}/getMe"."""

    def internal_errors(self) -> list[str]:
        """Exceptions inside the stand-in itself (its bugs, not the bot's); should stay empty."""
        with self._lock:
            return list(self._internal_errors)

    # ------------------------------------------------------------------ HTTP

    def _track(self, conn: socket.socket, *, add: bool) -> None:
        with self._lock:
            if add:
                self._connections.add(conn)
            else:
                self._connections.discard(conn)

    def _serve(self, handler: _Handler) -> None:
        with self._lock:
            self._busy += 1
        try:
            self._serve_one(handler)
        finally:
            with self._cond:
                self._busy -= 1
                self._cond.notify_all()

    def _serve_one(self, handler: _Handler) -> None:
        started = time.monotonic()
        split = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length > 0 else b""
        # PTB percent-encodes file URLs, so the token's ":" arrives as "%3A".
        path = unquote(split.path)
        file_match = _FILE_PATH.match(path)
        if file_match is not None:
            self._serve_file(handler, file_match["token"], file_match["path"])
            return
        match = _API_PATH.match(path)
        if match is None:
            self._respond(handler, 404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        method = match["method"]
        seq = self._request_started(method)
        params: Params | None = None
        status, payload = 500, dict[str, Any]()
        fault = None
        try:
            if match["token"] != self.token:
                raise ApiError(401, "Unauthorized")
            params = parse_request(split.query, handler.headers.get("Content-Type"), body)
            fault = self._take_fault(method, seq, _chat_of(params))
            if fault is not None:
                status, payload = self._inject(handler, method, params, fault)
            else:
                status, payload = 200, ok(self.call(method, params))
        except ApiError as exc:
            status, payload = exc.code, exc.body()
        except Exception as exc:
            with self._lock:
                self._internal_errors.append(f"{method}: {exc!r}")
            status = 500
            payload = {"ok": False, "error_code": 500, "description": f"stand-in bug: {exc!r}"}
        finally:
            answered = fault is None or fault.kind not in ("hang", "drop")
            description = payload.get("description") if answered and status != 200 else None
            # Record before answering, so a test that got the answer also sees the record.
            self._request_finished(
                seq,
                method,
                params,
                started=started,
                status=status if answered else 0,
                description=str(description) if description is not None else None,
                fault=fault.kind if fault else None,
            )
            if answered:
                self._respond(handler, status, payload)

    def _inject(
        self, handler: _Handler, method: str, params: Params, fault: FaultSpec
    ) -> tuple[int, dict[str, Any]]:
        if fault.kind == "429":
            return 429, {
                "ok": False,
                "error_code": 429,
                "description": f"Too Many Requests: retry after {fault.retry_after}",
                "parameters": {"retry_after": fault.retry_after},
            }
        if fault.processed:
            with contextlib.suppress(ApiError):
                self.call(method, params)
        if fault.kind == "400":
            return 400, {"ok": False, "error_code": 400, "description": "Bad Request: injected refusal"}
        if fault.kind == "500":
            return 500, {"ok": False, "error_code": 500, "description": "Internal Server Error"}
        if fault.kind == "502":
            return 502, {"ok": False, "error_code": 502, "description": "Bad Gateway"}
        if fault.kind == "hang":
            deadline = time.monotonic() + fault.hang_for
            with self._cond:
                while not self._stopping and time.monotonic() < deadline:
                    if _client_gone(handler.connection):
                        break
                    self._cond.wait(0.05)
        handler.close_connection = True
        return 0, {}

    def _respond(self, handler: _Handler, status: int, payload: dict[str, Any]) -> None:
        self._write(handler, status, json.dumps(payload, ensure_ascii=False).encode(), "json")

    def _write(self, handler: _Handler, status: int, data: bytes, kind: str) -> None:
        try:
            handler.send_response(status)
            content_type = "application/json" if kind == "json" else kind
            handler.send_header("Content-Type", content_type)
            handler.send_header("Content-Length", str(len(data)))
            if self._stopping:
                handler.send_header("Connection", "close")
                handler.close_connection = True
            handler.end_headers()
            handler.wfile.write(data)
            handler.wfile.flush()
        except OSError:
            handler.close_connection = True

    def _serve_file(self, handler: _Handler, token: str, path: str) -> None:
        if token != self.token:
            self._respond(handler, 401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        stored = self.file_by_path(path)
        if stored is None:
            self._respond(handler, 404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        self._write(handler, 200, stored.content, stored.mime_type or "application/octet-stream")

    # ------------------------------------------------------------------ webhook pushing

    def _push_loop(self) -> None:
        while True:
            with self._cond:
                job = self._webhook_job()
                while job is None:
                    if self._stopping:
                        return
                    self._cond.wait(0.05)
                    job = self._webhook_job()
            url, secret, update = job
            status, error, reply = self._post_update(url, secret, update)
            self._webhook_done(url, int(update["update_id"]), status, error)
            if reply:
                self._run_webhook_reply(reply)

    def _post_update(
        self, url: str, secret: str | None, update: dict[str, Any]
    ) -> tuple[int | None, str | None, bytes | None]:
        parts = urlsplit(url)
        conn: http.client.HTTPConnection
        if parts.scheme == "https":
            conn = http.client.HTTPSConnection(
                parts.hostname or "127.0.0.1",
                parts.port,
                timeout=self.webhook_timeout,
                context=ssl._create_unverified_context(),
            )
        else:
            conn = http.client.HTTPConnection(
                parts.hostname or "127.0.0.1", parts.port, timeout=self.webhook_timeout
            )
        body = json.dumps(update, ensure_ascii=False).encode()
        headers = {"Content-Type": "application/json", "Content-Length": str(len(body))}
        if secret:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        with self._lock:
            self._webhook_conn = conn
        try:
            conn.request("POST", path, body, headers)
            response = conn.getresponse()
            data = response.read()
            if 200 <= response.status < 300:
                return response.status, None, data
            reason = f"Wrong response from the webhook: {response.status} {response.reason}"
            return response.status, reason, None
        except ConnectionRefusedError:
            return None, "Connection refused", None
        except TimeoutError:
            return None, "Read timeout expired", None
        except (OSError, http.client.HTTPException) as exc:
            return None, f"Connection failed: {exc!r}", None
        finally:
            with self._lock:
                self._webhook_conn = None
            conn.close()

    def _run_webhook_reply(self, reply: bytes) -> None:
        """Telegram runs a method call given in a webhook's answer body; so does the stand-in."""
        try:
            decoded = json.loads(reply)
        except ValueError:
            return
        if not isinstance(decoded, dict) or not isinstance(decoded.get("method"), str):
            return
        method = decoded.pop("method")
        params = Params(decoded)
        seq = self._request_started(method)
        started = time.monotonic()
        status, description = 200, None
        try:
            self.call(method, params)
        except ApiError as exc:
            status, description = exc.code, exc.description
        self._request_finished(seq, method, params, started=started, status=status, description=description)


def _shutdown(conn: socket.socket) -> None:
    with contextlib.suppress(OSError):
        conn.shutdown(socket.SHUT_RDWR)


def _client_gone(conn: socket.socket) -> bool:
    """True once the peer closed its end (it gave up waiting on a hung request)."""
    try:
        readable, _, _ = select.select([conn], [], [], 0)
        if not readable:
            return False
        return conn.recv(1, socket.MSG_PEEK) == b""
    except OSError:
        return True


def _chat_of(params: Params) -> int | None:
    """The call's chat id if it is a number (per-chat faults); None otherwise."""
    try:
        return params.get_int("chat_id")
    except ApiError:
        return None
