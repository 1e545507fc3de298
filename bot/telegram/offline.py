"""An offline Bot API behind python-telegram-bot's request layer: records calls, answers like Telegram.

Used to measure the adapter without a network (`make bench`) and by the wiring tests; swapped in
through ApplicationBuilder.request(), the seam python-telegram-bot provides for exactly this.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

from telegram.request import BaseRequest, RequestData

BOT_USER = {
    "id": 123456789,
    "is_bot": True,
    "first_name": "MT Assistant",
    "username": "mt_assistant_bot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}


@dataclass
class Call:
    method: str
    params: dict[str, Any]


@dataclass
class OfflineBotApi(BaseRequest):
    """Every call is recorded in `calls`; messages get increasing ids per chat."""

    calls: list[Call] = field(default_factory=list)
    _next_id: dict[int, int] = field(default_factory=dict)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    def _message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params.get("chat_id", 0))
        message_id = self._next_id.get(chat_id, 1000)
        self._next_id[chat_id] = message_id + 1
        message: dict[str, Any] = {
            "message_id": int(params.get("message_id", message_id)),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": BOT_USER,
            "text": params.get("text", ""),
        }
        if params.get("reply_markup"):
            markup = params["reply_markup"]
            message["reply_markup"] = json.loads(markup) if isinstance(markup, str) else markup
        return message

    def result_for(self, method: str, params: dict[str, Any]) -> object:
        if method == "getMe":
            return BOT_USER
        if method in ("sendMessage", "editMessageText"):
            return self._message(params)
        if method == "editMessageReplyMarkup":
            return self._message(params)
        if method == "getUpdates":
            return []
        return True

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data is not None else {}
        self.calls.append(Call(api_method, params))
        body = {"ok": True, "result": self.result_for(api_method, params)}
        return 200, json.dumps(body).encode()

    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        return [c.params for c in self.calls if c.method == method]
