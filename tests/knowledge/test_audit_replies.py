"""The second outside audit's findings (replies untrue for the student asking), each as the student
asked it: what they read now (`Assembly.asker.ask`, answer and its folded 'why')."""

from __future__ import annotations

from datetime import date

from bot.app import Assembly


def ask(assembly: Assembly, question: str, today: date) -> str:
    answer = assembly.asker.ask(question, today)
    return "\n\n".join(filter(None, (answer.answer, answer.detail)))


def test_a_short_premaster_asking_when_is_told_31_january_not_31_august(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I'm in a short premaster that started in September 2026. When is my progress checked?",
        date(2026, 11, 25),
    )
    assert "the check is 31 January 2027, 67 days from today" in text
    assert "check: 31 August 2027" not in text


def test_a_short_premaster_after_31_january_with_12_of_15_ec_fell_short(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "Short premaster started September 2026, I finished 12 of 15 EC. Is my check already done?",
        date(2027, 2, 10),
    )
    assert "By 31 January 2027, the date of the check, you had 12 of the 15 EC required: 3 EC short" in text
    assert "does not say how many EC" not in text
    assert "official decision" in text and "within 6 weeks" in text and "Immigration Office" in text


def test_a_short_premaster_who_completed_it_in_december_met_it(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I'm a short premaster that started September 2026 and finished all 15 EC in December. Am I fine?",
        date(2027, 9, 3),
    )
    assert "✅" in text and "15 EC" in text
    assert "Worked out for 31 January 2027, the day your premaster had to be complete" in text
    assert "31 August 2027" not in text


def test_a_short_premasters_passed_date_is_not_said_as_a_requirement(assembly: Assembly) -> None:
    text = ask(
        assembly,
        "I'm a premaster student, started September 2026. I've done 20 of my 30 EC premaster. "
        "Is that enough for my permit?",
        date(2027, 2, 10),
    )
    assert "it had to be complete by 31 January 2027, which has passed" in text
    assert "must be complete by 31 January 2027 instead" not in text
    assert "10 EC more" in text


def test_short_at_the_check_with_nothing_reported_hears_the_decision_ind_and_appeal(
    assembly: Assembly,
) -> None:
    text = ask(
        assembly,
        "I have 29 EC on 31 August and no exceptional circumstances reported. What happens?",
        date(2027, 9, 3),
    )
    assert "1 EC short" in text
    assert "notify the IND" in text and "official decision" in text
    assert "within 6 weeks of the date on it" in text and "Immigration Office" in text
    assert "1 July 2028" not in text
