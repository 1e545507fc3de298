"""The bot's own words (not entries, not dialog prompts), loaded from `knowledge/messages.yaml`."""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping

from pydantic import Field

from bot.content.reminder_messages import ReminderMessages, Words
from bot.rules.frozen import Strict


class DateWords(Strict):
    """How dates are written: the months' names and the order of day, month and year."""

    months: tuple[str, ...] = Field(min_length=12, max_length=12)
    spoken: Words


class Messages(Strict):
    """Each field is one message; a missing or misspelt key is a load-time defect."""

    cite: Words
    abstain: Words
    did_you_mean: Words
    none_of_these: Words
    empty_question: Words
    too_long: Words
    no_words: Words
    numbers_only: Words
    related: Words
    related_label: Words
    no_follow_up: Words
    no_next: Words
    number_unclear: Words
    missed_unsaid: Words
    next_depends: Words
    also_asked: Words
    also_asked_not_yours: Words
    together_with_last: Words
    progress_warned_but_met: Words
    progress_warned_but_met_late: Words
    small_talk_greeting: Words
    small_talk_thanks: Words
    small_talk_acknowledged: Words
    progress_honours_open: Words
    appeal_if_negative: Words
    progress_five_and_half_open: Words
    earlier_used: Words
    assisting_at_most: Words
    premaster_finished_late: Words
    progress_after_check_date: Words
    earlier_course: Words
    earlier_project: Words
    project_first: Words
    aside_honours: Words
    course_open: Words
    course_cut: Words
    aside_project: Words
    progress_met_at_earlier_check: Words
    progress_start_read_back: Words
    beside_projects: Words
    aside_project_sized: Words
    aside_project_over: Words
    progress_met_if_all_count: Words
    small_talk_capabilities: Words
    try_dialog: Words
    short_premaster_check_ahead: Words
    short_premaster_check_passed: Words
    first_check_passed: Words
    first_check_ahead: Words
    welcome: Words
    help: Words
    menu_prompt: Words
    cancelled: Words
    nothing_to_cancel: Words
    set_aside: Words
    forget_confirm: Words
    forget_yes: Words
    forget_no: Words
    forgotten: Words
    forget_kept: Words
    reminders: ReminderMessages
    stale_button: Words
    unknown_button: Words
    unknown_command: Words
    media_hint: Words
    edited_hint: Words
    group_hint: Words
    pick_a_button: Words
    next_label: Words
    back_label: Words
    cancel_label: Words
    done_label: Words
    continue_label: Words
    continue_prompt: Words
    start_label: Words
    share_label: Words
    share_link: Words
    inline_open: Words
    ledger_added: Words
    ledger_removed: Words
    apology: Words
    command_start: Words
    command_help: Words
    command_cancel: Words
    command_alias: Words
    command_forget: Words
    why_heading: Words
    next_heading: Words
    then_heading: Words
    dates_heading: Words
    days_zero: Words
    days_one: Words
    days_many: Words
    finding_line: Words
    finding_quote: Words
    adviser_note: Words
    half_credit_headline: Words
    half_credits_headline: Words
    half_credits_item: Words
    half_credit_nothing: Words
    course_counts: Words
    course_conditional: Words
    course_capped: Words
    course_not: Words
    course_range_more: Words
    project_counts: Words
    project_conditional: Words
    project_capped: Words
    project_not: Words
    project_with_assisting: Words
    project_with_assisting_capped: Words
    project_with_earlier: Words
    project_with_earlier_and_this: Words
    courses_total: Words
    courses_total_all: Words
    course_item_level: Words
    course_item_named: Words
    course_crowded: Mapping[str, str] = Field(default_factory=dict)
    """By a cap's clause: a course the courses before it in one question leave no room under it."""
    artscience_kinds: Mapping[str, str] = Field(default_factory=dict)
    """The name of each kind of ArtScience course, by the rule core's type."""
    progress_start_unsaid: Words
    progress_first_period_short: Words
    progress_first_period_met: Words
    progress_february_year_short: Words
    progress_part_unsure: Words
    project_fills_cap: Words
    date_read_day_first: Words
    progress_february_year_met: Words
    progress_february_year_pending: Words
    progress_february_year_more_short: Words
    progress_february_year_more_met: Words
    progress_first_period_unknown: Words
    progress_per_year_short: Words
    room_left: Words
    room_none: Words
    course_item: Words
    progress_met: Words
    progress_pending: Words
    progress_pending_if_all_count: Words
    progress_behind: Words
    progress_behind_on_the_day: Words
    progress_other_permit: Words
    progress_expected_short: Words
    progress_expected_met: Words
    progress_under_way: Words
    progress_silent_february: Words
    progress_silent: Words
    deadline_ahead: Words
    deadline_tomorrow: Words
    check_ahead: Words
    check_recent: Words
    deadline_passed: Words
    deadline_last_year: Words
    deadline_that_year: Words
    decision_last_year: Words
    progress_more_met: Words
    progress_more_met_elsewhere: Words
    progress_more_short: Words
    courses_five_and_half_open: Words
    appeal_received: Words
    progress_halves_rounded: Words
    progress_more_met_checked: Words
    progress_more_short_checked: Words
    progress_more_rounded: Words
    progress_waiting_short: Words
    progress_result_awaited: Words
    progress_pending_unknown: Words
    progress_over_load: Words
    progress_behind_next: Words
    progress_reporting_closed: Words
    progress_reporting_unsaid: Words
    progress_pending_after: Words
    progress_after_check_month: Words
    progress_reporting_unsaid_above: Words
    progress_ask_at_check: Words
    progress_new_year: Words
    progress_new_year_general: Words
    warning_line: Words
    ahead_line: Words
    circumstances_next_year: Words
    progress_per_year: Words
    progress_scope: Words
    progress_premaster: Words
    progress_premaster_open: Words
    progress_premaster_open_count: Words
    date_line: Words
    when_mid_month: Words
    when_in_month: Words
    when_before: Words
    when_before_last_day: Words
    when_on: Words
    as_of_stated: Words
    varied_note: Words
    as_of_last_check: Words
    as_of_earlier_year: Words
    progress_earlier_year_met: Words
    progress_earlier_year_short: Words
    as_of_premaster_end: Words
    long_read_part: Words
    why_entry: Words
    why_unsaid: Words
    why_in_result: Words
    unsaid_who_electives: Words
    unsaid_who_progress: Words
    appeal_line: Words
    appeal_today: Words
    appeal_passed: Words
    circumstances_deadline: Words
    circumstances_passed: Words
    caps_heading: Words
    cap_line: Words
    cap_below_400: Words
    cap_introductory: Words
    cap_project: Words
    cap_assisting: Words
    assisted_yes: Words
    assisted_no: Words
    been_assisted_yes: Words
    been_assisted_no: Words
    ledger_empty: Words
    ledger_item_course: Words
    ledger_item_project: Words
    project_own: Words
    project_assisting: Words
    invalid_name: Words
    invalid_ec: Words
    invalid_amount: Words
    invalid_date: Words
    invalid_year: Words
    invalid_start_month: Words
    invalid_date_future: Words
    invalid_grade: Words
    invalid_start_day: Words
    invalid_start_date: Words
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
