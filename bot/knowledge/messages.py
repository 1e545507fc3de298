"""The bot's own words (not entries, not dialog prompts), loaded from `knowledge/messages.yaml`."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Messages(BaseModel):
    """Each field is one message; a missing or misspelt key is a load-time defect."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    cite: str = Field(min_length=1)
    abstain: str = Field(min_length=1)
    did_you_mean: str = Field(min_length=1)
    none_of_these: str = Field(min_length=1)
    empty_question: str = Field(min_length=1)
    too_long: str = Field(min_length=1)
    no_words: str = Field(min_length=1)
    numbers_only: str = Field(min_length=1)
    related: str = Field(min_length=1)
    try_dialog: str = Field(min_length=1)
    welcome: str = Field(min_length=1)
    help: str = Field(min_length=1)
    menu_prompt: str = Field(min_length=1)
    cancelled: str = Field(min_length=1)
    nothing_to_cancel: str = Field(min_length=1)
    forget_confirm: str = Field(min_length=1)
    forget_yes: str = Field(min_length=1)
    forget_no: str = Field(min_length=1)
    forgotten: str = Field(min_length=1)
    forget_kept: str = Field(min_length=1)
    stale_button: str = Field(min_length=1)
    unknown_button: str = Field(min_length=1)
    unknown_command: str = Field(min_length=1)
    media_hint: str = Field(min_length=1)
    edited_hint: str = Field(min_length=1)
    group_hint: str = Field(min_length=1)
    pick_a_button: str = Field(min_length=1)
    next_label: str = Field(min_length=1)
    back_label: str = Field(min_length=1)
    cancel_label: str = Field(min_length=1)
    continue_label: str = Field(min_length=1)
    continue_prompt: str = Field(min_length=1)
    start_label: str = Field(min_length=1)
    ledger_added: str = Field(min_length=1)
    ledger_removed: str = Field(min_length=1)
    apology: str = Field(min_length=1)
    command_start: str = Field(min_length=1)
    command_help: str = Field(min_length=1)
    command_cancel: str = Field(min_length=1)
    command_forget: str = Field(min_length=1)
