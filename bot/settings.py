"""Settings from the environment or a `.env` file (prefix BOT_); bad ones fail fast in one line."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

TOKEN_SHAPE = re.compile(r"^\d{5,16}:[A-Za-z0-9_-]{30,60}$")
SECRET_SHAPE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class SettingsError(Exception):
    """One line saying which variable to set, and how."""


class Settings(BaseSettings):
    """Everything the Telegram front end needs; nothing else reads the environment."""

    model_config = SettingsConfigDict(env_prefix="BOT_", env_file=".env", extra="ignore")

    token: SecretStr | None = None
    persistence_path: Path = Path("bot-state.sqlite3")
    log_level: str = "INFO"
    api_base_url: str = "https://api.telegram.org/bot"
    api_base_file_url: str = "https://api.telegram.org/file/bot"
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_secret: SecretStr | None = None
    connect_timeout: float = 10.0
    read_timeout: float = 15.0
    poll_timeout: int = 30
    overall_max_rate: int = 30
    """Messages per second across all chats (Telegram's broadcast limit); 0 lifts it."""

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("BOT_LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return level

    @classmethod
    def load(cls, *, webhook: bool = False, env_file: str | None = ".env") -> Settings:
        """Read and check the settings; raise SettingsError with one line naming what to set."""
        try:
            settings = cls(_env_file=env_file)
        except ValidationError as exc:
            first = exc.errors()[0]
            name = "BOT_" + str(first["loc"][0]).upper() if first["loc"] else "a BOT_ variable"
            raise SettingsError(f"Setting {name} is invalid: {first['msg']}.") from None
        settings.check(webhook=webhook)
        return settings

    def check(self, *, webhook: bool) -> None:
        if self.token is None or not self.token.get_secret_value().strip():
            raise SettingsError("Set BOT_TOKEN to the token BotFather gave you (see deploy/README.md).")
        if not TOKEN_SHAPE.match(self.token.get_secret_value().strip()):
            raise SettingsError(
                "BOT_TOKEN does not look like a bot token (digits, a colon, then about 35 letters, "
                "digits, _ or -): copy it again from BotFather."
            )
        if webhook:
            if not self.webhook_url or not self.webhook_url.startswith(("https://", "http://")):
                raise SettingsError("Set BOT_WEBHOOK_URL to the public https:// address of the webhook.")
            secret = self.webhook_secret.get_secret_value() if self.webhook_secret else ""
            if not SECRET_SHAPE.match(secret):
                raise SettingsError("Set BOT_WEBHOOK_SECRET to 1-256 characters of A-Z, a-z, 0-9, _ or -.")

    @property
    def token_value(self) -> str:
        assert self.token is not None
        return self.token.get_secret_value().strip()
