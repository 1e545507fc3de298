"""The bot's own words (not entries, not dialog prompts), loaded from `knowledge/messages.yaml`."""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping

from pydantic import Field

from bot.content.reminder_messages import ReminderMessages
from bot.rules.frozen import Strict


class DateWords(Strict):
    """How dates are written: the months' names and the order of day, month and year."""

    months: tuple[str, ...] = Field(min_length=12, max_length=12)
    spoken: str = Field(min_length=1)


class Messages(Strict):
    """Each field is one message; a missing or misspelt key is a load-time defect."""

    cite: str = Field(min_length=1)
    abstain: str = Field(min_length=1)
    did_you_mean: str = Field(min_length=1)
    none_of_these: str = Field(min_length=1)
    empty_question: str = Field(min_length=1)
    too_long: str = Field(min_length=1)
    no_words: str = Field(min_length=1)
    numbers_only: str = Field(min_length=1)
    related: str = Field(min_length=1)
    related_label: str = Field(min_length=1)
    no_follow_up: str = Field(min_length=1)
    no_next: str = Field(min_length=1)
    small_talk_greeting: str = Field(min_length=1)
    small_talk_thanks: str = Field(min_length=1)
    small_talk_capabilities: str = Field(min_length=1)
    try_dialog: str = Field(min_length=1)
    welcome: str = Field(min_length=1)
    help: str = Field(min_length=1)
    menu_prompt: str = Field(min_length=1)
    cancelled: str = Field(min_length=1)
    nothing_to_cancel: str = Field(min_length=1)
    set_aside: str = Field(min_length=1)
    forget_confirm: str = Field(min_length=1)
    forget_yes: str = Field(min_length=1)
    forget_no: str = Field(min_length=1)
    forgotten: str = Field(min_length=1)
    forget_kept: str = Field(min_length=1)
    reminders: ReminderMessages
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
    done_label: str = Field(min_length=1)
    continue_label: str = Field(min_length=1)
    continue_prompt: str = Field(min_length=1)
    start_label: str = Field(min_length=1)
    share_label: str = Field(min_length=1)
    share_link: str = Field(min_length=1)
    inline_open: str = Field(min_length=1)
    ledger_added: str = Field(min_length=1)
    ledger_removed: str = Field(min_length=1)
    apology: str = Field(min_length=1)
    command_start: str = Field(min_length=1)
    command_help: str = Field(min_length=1)
    command_cancel: str = Field(min_length=1)
    command_forget: str = Field(min_length=1)
    why_heading: str = Field(min_length=1)
    next_heading: str = Field(min_length=1)
    then_heading: str = Field(min_length=1)
    dates_heading: str = Field(min_length=1)
    finding_line: str = Field(min_length=1)
    finding_quote: str = Field(min_length=1)
    adviser_note: str = Field(min_length=1)
    half_credit_headline: str = Field(min_length=1)
    course_counts: str = Field(min_length=1)
    course_conditional: str = Field(min_length=1)
    course_capped: str = Field(min_length=1)
    course_not: str = Field(min_length=1)
    project_counts: str = Field(min_length=1)
    project_conditional: str = Field(min_length=1)
    project_capped: str = Field(min_length=1)
    project_not: str = Field(min_length=1)
    courses_total: str = Field(min_length=1)
    course_item: str = Field(min_length=1)
    progress_met: str = Field(min_length=1)
    progress_pending: str = Field(min_length=1)
    progress_behind: str = Field(min_length=1)
    progress_under_way: str = Field(min_length=1)
    progress_silent: str = Field(min_length=1)
    progress_scope: str = Field(min_length=1)
    progress_premaster: str = Field(min_length=1)
    date_line: str = Field(min_length=1)
    when_mid_month: str = Field(min_length=1)
    when_before: str = Field(min_length=1)
    when_on: str = Field(min_length=1)
    appeal_line: str = Field(min_length=1)
    appeal_passed: str = Field(min_length=1)
    circumstances_deadline: str = Field(min_length=1)
    circumstances_passed: str = Field(min_length=1)
    caps_heading: str = Field(min_length=1)
    cap_line: str = Field(min_length=1)
    cap_below_400: str = Field(min_length=1)
    cap_introductory: str = Field(min_length=1)
    cap_project: str = Field(min_length=1)
    cap_assisting: str = Field(min_length=1)
    assisted_yes: str = Field(min_length=1)
    assisted_no: str = Field(min_length=1)
    been_assisted_yes: str = Field(min_length=1)
    been_assisted_no: str = Field(min_length=1)
    ledger_empty: str = Field(min_length=1)
    ledger_item_course: str = Field(min_length=1)
    ledger_item_project: str = Field(min_length=1)
    project_own: str = Field(min_length=1)
    project_assisting: str = Field(min_length=1)
    invalid_name: str = Field(min_length=1)
    invalid_ec: str = Field(min_length=1)
    invalid_amount: str = Field(min_length=1)
    invalid_date: str = Field(min_length=1)
    invalid_year: str = Field(min_length=1)
    invalid_date_future: str = Field(min_length=1)
    invalid_grade: str = Field(min_length=1)
    dates: DateWords
    findings: Mapping[str, Mapping[str, str]] = Field(min_length=1)
    """What each clause says, by clause id and message key: the words of the rule core's findings."""


def finding_defects(messages: Messages, clause_ids: Iterable[str]) -> list[tuple[str, str]]:
    """(where, problem) for each clause with no words, words for no clause, or a broken template:
    a finding the presenter cannot word would fail in front of a student."""
    clauses = set(clause_ids)
    problems = [(f"findings.{cid}", "no such clause in knowledge/clauses.yaml") for cid in messages.findings]
    problems = [p for p in problems if p[0].removeprefix("findings.") not in clauses]
    problems += [
        (f"findings.{cid}", "missing: the clause says nothing")
        for cid in sorted(clauses - set(messages.findings))
    ]
    for cid, says in messages.findings.items():
        for key, template in says.items():
            try:
                list(string.Formatter().parse(template))
            except ValueError as exc:
                problems.append((f"findings.{cid}.{key}", f"not a template: {exc}"))
    return problems
