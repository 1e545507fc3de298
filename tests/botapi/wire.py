"""Bot API request parameters from any of the encodings Telegram accepts.

Telegram takes parameters from the query string and from a JSON, urlencoded or multipart body,
and python-telegram-bot sends urlencoded (multipart when uploading) with every non-string value
JSON-encoded. `Params` hides all of that behind typed getters that fail the way Telegram does.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from typing import Any, TypeVar
from urllib.parse import parse_qsl

from .models import ApiError, bad_request

_N = TypeVar("_N", int, float)


def _json_int(value: object) -> int | None:
    """An integer in a JSON body: true and false count as 1 and 0, a float only when it is whole."""
    if isinstance(value, bool | int):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _json_float(value: object) -> float | None:
    """A number in a JSON body, but not true or false."""
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


# Fields whose value is itself a JSON object or array; form encodings carry them as JSON text.
JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "allowed_updates",
        "commands",
        "scope",
        "entities",
        "caption_entities",
        "link_preview_options",
        "reply_parameters",
        "menu_button",
        "rights",
        "media",
        "results",
    }
)


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart request."""

    field: str
    filename: str | None
    content_type: str | None
    data: bytes


class Params:
    """A request's parameters with Telegram-like coercion of strings to the wanted type."""

    def __init__(self, values: dict[str, Any], files: dict[str, UploadedFile] | None = None):
        self.values = values
        self.files = files or {}

    def __contains__(self, name: str) -> bool:
        return name in self.values or name in self.files

    def has(self, name: str) -> bool:
        """Present and not empty (Telegram treats an empty field as absent)."""
        value = self.values.get(name)
        return value is not None and value != ""

    def get_str(self, name: str) -> str | None:
        """A string parameter; numbers in a JSON body are turned into their text."""
        value = self.values.get(name)
        if value is None:
            return None
        if isinstance(value, str):
            return value
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int | float):
            return str(value)
        return json.dumps(value)

    def get_int(self, name: str, default: int | None = None) -> int | None:
        """An integer parameter, accepting "123" as Telegram does."""
        return self._number(name, default, int, _json_int, "of type Integer")

    def get_float(self, name: str, default: float | None = None) -> float | None:
        """A number parameter (timeouts may be fractional in a JSON body)."""
        return self._number(name, default, float, _json_float, "a Number")

    def _number(
        self,
        name: str,
        default: _N | None,
        parse: Callable[[str], _N],
        from_json: Callable[[object], _N | None],
        kind: str,
    ) -> _N | None:
        """Absent or empty gives the default, text is parsed, a JSON value is taken if `from_json`
        takes it; anything else is refused in Telegram's words."""
        value = self.values.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, str):
            with contextlib.suppress(ValueError):
                return parse(value.strip())
        elif (number := from_json(value)) is not None:
            return number
        raise bad_request(f'field "{name}" must be {kind}')

    def get_bool(self, name: str) -> bool:
        """A boolean parameter; absent means False."""
        value = self.values.get(name)
        if isinstance(value, bool):
            return value
        if isinstance(value, int):
            return value != 0
        if isinstance(value, str):
            return value.strip().lower() in {"true", "1", "yes"}
        return False

    def get_json(self, name: str) -> Any:
        """A structured parameter: decoded if it came as JSON text."""
        value = self.values.get(name)
        if isinstance(value, str):
            if value == "":
                return None
            try:
                return json.loads(value)
            except ValueError as exc:
                raise bad_request(f"can't parse {name} JSON object") from exc
        return value

    def recorded(self) -> dict[str, Any]:
        """The parameters as a test wants to read them: JSON fields decoded, files by name."""
        out: dict[str, Any] = {}
        for name, value in self.values.items():
            if name in JSON_FIELDS and isinstance(value, str):
                try:
                    out[name] = json.loads(value)
                except ValueError:
                    out[name] = value
            else:
                out[name] = value
        for name, upload in self.files.items():
            out.setdefault(name, f"<file {upload.filename or name}: {len(upload.data)} bytes>")
        return out


def parse_request(query: str, content_type: str | None, body: bytes) -> Params:
    """Merge query-string and body parameters, whatever the body's encoding."""
    values: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
    files: dict[str, UploadedFile] = {}
    if body:
        header = Message()
        header["content-type"] = content_type or "application/x-www-form-urlencoded"
        mime = header.get_content_type()
        if mime == "application/json":
            try:
                decoded = json.loads(body.decode("utf-8"))
            except ValueError as exc:
                raise bad_request("can't parse JSON object") from exc
            if not isinstance(decoded, dict):
                raise bad_request("JSON object expected")
            values.update(decoded)
        elif mime == "multipart/form-data":
            boundary = header.get_param("boundary")
            if not isinstance(boundary, str) or not boundary:
                raise bad_request("multipart boundary is missing")
            fields, files = parse_multipart(body, boundary)
            values.update(fields)
        else:
            values.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    return Params(values, files)


def parse_multipart(body: bytes, boundary: str) -> tuple[dict[str, str], dict[str, UploadedFile]]:
    """A small multipart/form-data reader; the email package mangles binary parts."""
    fields: dict[str, str] = {}
    files: dict[str, UploadedFile] = {}
    for chunk in body.split(b"--" + boundary.encode("latin-1"))[1:]:
        if chunk.startswith(b"--"):
            break
        part = chunk.removeprefix(b"\r\n").removesuffix(b"\r\n")
        head, _, data = part.partition(b"\r\n\r\n")
        headers = Message()
        for line in head.decode("utf-8", "replace").split("\r\n"):
            name, sep, value = line.partition(":")
            if sep:
                headers[name.strip()] = value.strip()
        field = headers.get_param("name", header="content-disposition")
        if not isinstance(field, str):
            continue
        filename = headers.get_filename()
        if filename is None and "content-type" not in headers:
            fields[field] = data.decode("utf-8")
        else:
            ctype = headers.get("content-type")
            files[field] = UploadedFile(field, filename, str(ctype) if ctype else None, data)
    return fields, files


def ok(result: Any) -> dict[str, Any]:
    """Telegram's success shape."""
    return {"ok": True, "result": result}


__all__ = ["JSON_FIELDS", "ApiError", "Params", "UploadedFile", "ok", "parse_request"]
