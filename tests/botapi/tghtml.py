"""Telegram's HTML parse_mode, re-implemented after TDLib's `parse_html` so bad markup fails here.

The stand-in must reject exactly what Telegram rejects, with the same wording, so that a bot
which escapes its text wrongly fails in tests and not in front of a student. The parser follows
TDLib's rules: a fixed set of tags, unknown attributes ignored, tags closed in order, `</>` closes
whatever is open, entity offsets and lengths in UTF-16 code units, error positions in UTF-8 bytes.

One deliberate difference, on by default: TDLib keeps a bare ``&`` that starts no entity as a
literal ``&``; with ``strict_ampersand`` the stand-in rejects it, so the bot learns to escape.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

ALLOWED_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "s",
        "strike",
        "del",
        "u",
        "ins",
        "tg-spoiler",
        "tg-emoji",
        "span",
        "pre",
        "code",
        "blockquote",
    }
)

_SIMPLE = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "u": "underline",
    "ins": "underline",
    "tg-spoiler": "spoiler",
}
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SPACE = " \t\r\n\v\f\0"
_END = "\0"
MAX_MESSAGE_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024


class HtmlParseError(ValueError):
    """Markup Telegram would refuse; the message is TDLib's (after "can't parse entities: ")."""


def api_object(source: object, *names: str) -> dict[str, Any]:
    """A Bot API object as Telegram sends it: these attributes of `source` in this order, the null
    ones left out."""
    return {name: value for name in names if (value := getattr(source, name)) is not None}


@dataclass(frozen=True)
class Entity:
    """One MessageEntity as Telegram would compute it (offsets in UTF-16 code units)."""

    type: str
    offset: int
    length: int
    url: str | None = None
    language: str | None = None
    custom_emoji_id: str | None = None

    def to_api(self) -> dict[str, Any]:
        """The Bot API JSON shape, for tests that want to compare or echo it."""
        return api_object(self, "type", "offset", "length", "url", "language", "custom_emoji_id")


def utf16_len(text: str) -> int:
    """Telegram measures entity offsets in UTF-16 code units, not code points."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8", "surrogatepass"))


def _decode_entity(text: str, pos: int) -> tuple[str, int] | None:
    """TDLib's decode_html_entity: the character and the index after it, or None if no entity."""
    end = pos + 1
    if text[pos + 1] == "#":
        end += 1
        value = 0
        if text[pos + 2] == "x":
            end += 1
            while text[end] in "0123456789abcdefABCDEF" and text[end] != _END:
                value = value * 16 + int(text[end], 16)
                end += 1
        else:
            while text[end] in "0123456789" and text[end] != _END:
                value = value * 10 + int(text[end])
                end += 1
        if value == 0 or value >= 0x10FFFF or end - pos >= 10:
            return None
        char = chr(value)
    else:
        while text[end].isascii() and text[end].isalpha():
            end += 1
        name = text[pos + 1 : end]
        if name not in _NAMED:
            return None
        char = _NAMED[name]
    if text[end] == ";":
        end += 1
    return char, end


@dataclass
class _Open:
    tag: str
    argument: str
    offset: int
    text_start: int


def parse_html(source: str, *, strict_ampersand: bool = True) -> tuple[str, list[Entity]]:
    """Plain text and entities of `source`, or HtmlParseError with TDLib's description."""
    return _Parser(source, strict_ampersand).run()


class _Parser:
    """One pass over the source, as TDLib does it: index-based, with a NUL sentinel at the end."""

    def __init__(self, source: str, strict_ampersand: bool) -> None:
        self.source = source
        self.text = source + _END
        self.strict_ampersand = strict_ampersand
        self.out: list[str] = []
        self.entities: list[Entity] = []
        self.stack: list[_Open] = []
        self.offset = 0

    def run(self) -> tuple[str, list[Entity]]:
        text, i = self.text, 0
        while i < len(self.source):
            ch = text[i]
            if ch == "&":
                decoded = _decode_entity(text, i)
                if decoded is not None:
                    char, i = decoded
                    if 0xD800 <= ord(char) <= 0xDFFF:
                        raise HtmlParseError(
                            "Text contains invalid Unicode characters after decoding HTML "
                            "entities, check for unmatched surrogate code units"
                        )
                    self._emit(char)
                    continue
                if self.strict_ampersand:
                    raise HtmlParseError(
                        f'Character "&" at byte offset {_byte_offset(self.source, i)} starts no '
                        'HTML entity; escape it as "&amp;"'
                    )
            if ch != "<":
                self._emit(ch)
                i += 1
                continue
            i = self._start_tag(i) if text[i + 1] != "/" else self._end_tag(i)
            i += 1
        if self.stack:
            raise HtmlParseError(f'Can\'t find end tag corresponding to start tag "{self.stack[-1].tag}"')
        entities = [
            Entity(e.type, e.offset, e.length, e.url) if e.type == "code" else e for e in self.entities
        ]
        entities.sort(key=lambda e: (e.offset, -e.length, e.type))
        return "".join(self.out), entities

    def _emit(self, char: str) -> None:
        self.out.append(char)
        self.offset += utf16_len(char)

    def _skip_spaces(self, i: int) -> int:
        while self.text[i] != _END and self.text[i] in _SPACE:
            i += 1
        return i

    def _start_tag(self, begin: int) -> int:
        text, i = self.text, begin + 1
        at = _byte_offset(self.source, begin)
        while text[i] not in _SPACE and text[i] != ">":
            i += 1
        if text[i] == _END:
            raise HtmlParseError(f"Unclosed start tag at byte offset {at}")
        tag = text[begin + 1 : i].lower()
        if tag not in ALLOWED_TAGS:
            raise HtmlParseError(f'Unsupported start tag "{tag}" at byte offset {at}')
        argument = ""
        while text[i] != ">":
            i = self._skip_spaces(i)
            if text[i] == ">":
                break
            name_start = i
            while text[i] not in _SPACE and text[i] not in "=>":
                i += 1
            name = text[name_start:i].lower()
            if not name:
                raise HtmlParseError(f'Empty attribute name in the tag "{tag}" at byte offset {at}')
            i = self._skip_spaces(i)
            if text[i] != "=":
                if tag == "blockquote" and name == "expandable" and text[i] != _END:
                    argument = "expandable"
                    continue
                raise HtmlParseError(
                    "Expected equal sign in declaration of an attribute of the tag "
                    f'"{tag}" at byte offset {at}'
                )
            i = self._skip_spaces(i + 1)
            if text[i] == _END:
                raise HtmlParseError(f'Unclosed start tag "{tag}" at byte offset {at}')
            value, i = _attribute_value(text, self.source, i)
            if text[i] == _END:
                raise HtmlParseError(f"Unclosed start tag at byte offset {at}")
            argument = _argument(tag, name, value, argument)
        if tag == "span" and argument != "spoiler":
            raise HtmlParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {at}')
        self.stack.append(_Open(tag, argument, self.offset, len(self.out)))
        return i

    def _end_tag(self, begin: int) -> int:
        text, i = self.text, begin + 2
        at = _byte_offset(self.source, begin)
        if not self.stack:
            raise HtmlParseError(f"Unexpected end tag at byte offset {at}")
        while text[i] not in _SPACE and text[i] != ">":
            i += 1
        name = text[begin + 2 : i].lower()
        i = self._skip_spaces(i)
        if text[i] != ">":
            raise HtmlParseError(f"Unclosed end tag at byte offset {at}")
        top = self.stack.pop()
        if name and name != top.tag:
            raise HtmlParseError(
                f'Unmatched end tag at byte offset {at}, expected "</{top.tag}>", found "</{name}>"'
            )
        length = self.offset - top.offset
        if length > 0:
            inner = "".join(self.out[top.text_start :])
            entity = _entity(top, length, inner, self.entities)
            if entity is not None:
                self.entities.append(entity)
        return i


def _attribute_value(text: str, source: str, i: int) -> tuple[str, int]:
    if text[i] not in "'\"":
        start = i
        while (text[i].isascii() and text[i].isalnum()) or text[i] in ".-":
            i += 1
        if text[i] not in _SPACE and text[i] != ">":
            raise HtmlParseError(f"Unexpected end of name token at byte offset {_byte_offset(source, start)}")
        return text[start:i].lower(), i
    quote = text[i]
    i += 1
    chars: list[str] = []
    while text[i] != quote and text[i] != _END:
        if text[i] == "&":
            decoded = _decode_entity(text, i)
            if decoded is not None:
                chars.append(decoded[0])
                i = decoded[1]
                continue
        chars.append(text[i])
        i += 1
    if text[i] == quote:
        i += 1
    return "".join(chars), i


def _argument(tag: str, name: str, value: str, current: str) -> str:
    if tag == "a" and name == "href":
        return value
    if tag == "code" and name == "class" and value.startswith("language-"):
        return value[len("language-") :]
    if tag == "span" and name == "class" and value.startswith("tg-"):
        return value[len("tg-") :]
    if tag == "tg-emoji" and name == "emoji-id":
        return value
    return current


def _entity(top: _Open, length: int, inner: str, entities: list[Entity]) -> Entity | None:
    tag, start = top.tag, top.offset
    if tag in _SIMPLE:
        return Entity(_SIMPLE[tag], start, length)
    if tag == "span":
        return Entity("spoiler", start, length)
    if tag == "tg-emoji":
        if not top.argument.isdigit() or int(top.argument) == 0:
            raise HtmlParseError("Invalid custom emoji identifier specified")
        return Entity("custom_emoji", start, length, custom_emoji_id=top.argument)
    if tag == "a":
        return Entity("text_link", start, length, url=top.argument or inner)
    if tag == "blockquote":
        kind = "expandable_blockquote" if top.argument == "expandable" else "blockquote"
        return Entity(kind, start, length)
    last = entities[-1] if entities else None
    same = last is not None and (last.offset, last.length) == (start, length)
    if tag == "code":
        if same and last is not None and last.type == "pre" and top.argument:
            entities[-1] = Entity("pre", start, length, language=top.argument)
            return None
        return Entity("code", start, length, language=top.argument or None)
    if same and last is not None and last.type == "code" and last.language:
        entities[-1] = Entity("pre", start, length, language=last.language)
        return None
    return Entity("pre", start, length)


def strip_text(text: str, entities: list[Entity]) -> tuple[str, list[Entity]]:
    """Telegram trims surrounding whitespace from message text; entities move and shrink with it."""
    stripped = text.lstrip()
    shift = utf16_len(text[: len(text) - len(stripped)])
    stripped = stripped.rstrip()
    end = utf16_len(stripped)
    kept: list[Entity] = []
    for entity in entities:
        lo = max(entity.offset - shift, 0)
        hi = min(entity.offset + entity.length - shift, end)
        if hi > lo:
            kept.append(Entity(entity.type, lo, hi - lo, entity.url, entity.language, entity.custom_emoji_id))
    return stripped, kept
