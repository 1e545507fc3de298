"""How well free text is understood, measured on question sets kept apart by purpose.

- dev (`golden_*.yaml`): the matcher's weights and thresholds are tuned on these.
- held-out (`heldout*.yaml`): written by an author who saw only the two official pages, labelled from
  the entries' content, and never tuned on. A held-out question used to fix something moves to dev.
  `heldout_h.yaml` and `heldout_l.yaml` were written and labelled after a round's fixes, so their
  first figures are fresh measurements of them.
- a `computed` case may say which facts the reply must state (`says`), worked out from the pages
  by a labeller who did not see the bot's reply.
- leave-phrasings-out: each entry's own phrasings asked with them removed from the index, so the
  entry must be found from its title, its answer and the lexicon alone.
`python -m tests.knowledge.evaluation` prints all figures and the confusion list.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bot.answering.ask import AnswerKind
from bot.answering.matcher import Matcher, Outcome
from bot.app import Assembly, assemble
from bot.content.yamlfile import read_yaml

DATA = Path(__file__).resolve().parents[1] / "data"
TODAY = date(2026, 11, 25)
SPECIAL = frozenset({"computed", "abstain", "small_talk"})


@dataclass(frozen=True)
class Case:
    question: str
    expect: tuple[str, ...]
    """Acceptable outcomes: entry ids, or `computed` / `abstain` / `small_talk`."""
    says: tuple[str, ...] = ()
    """Facts (amounts as "N EC", dates as "31 August") the reply must state to be right for this
    student, worked out from the pages by a labeller who did not see the bot's reply: a reply
    of the right kind with the wrong number is wrong."""

    @property
    def out_of_scope(self) -> bool:
        return "abstain" in self.expect


@dataclass(frozen=True)
class Result:
    case: Case
    right: bool
    got: str


def read_cases(path: Path) -> list[Case]:
    raw = read_yaml(path)
    assert isinstance(raw, dict), path
    cases = []
    for item in raw["cases"]:
        expect = item["expect"]
        expected = tuple(expect) if isinstance(expect, list) else (expect,)
        cases.append(Case(item["question"], expected, tuple(item.get("says", ()))))
    return cases


def dev_files() -> list[Path]:
    return sorted(DATA.glob("golden*.yaml"))


def dev_cases() -> list[Case]:
    return [case for path in dev_files() for case in read_cases(path)]


def heldout_files() -> list[Path]:
    return sorted(DATA.glob("heldout*.yaml"))


def heldout_cases() -> list[Case]:
    return [case for path in heldout_files() for case in read_cases(path)]


def judge(assembly: Assembly, case: Case) -> Result:
    """Right when the reply is one the case accepts; an out-of-scope entry counts as abstaining."""
    answer = assembly.asker.ask(case.question, TODAY)
    entries = assembly.kb.by_id
    missing = [fact for fact in case.says if not states(answer.answer, fact)]
    if answer.kind is AnswerKind.ANSWER:
        got = answer.entry or ""
        # An answer that opens by saying the page does not give the detail asked (a fee, how long)
        # is the honest "I can't answer that", with what the page does say beside it.
        honest = "abstain" in case.expect and (entries[got].kind == "out_of_scope" or answer.unsaid)
        return Result(case, (got in case.expect or honest) and not missing, got)
    if answer.kind is AnswerKind.SUGGEST:
        return Result(case, False, f"suggest{[c.entry for c in answer.choices]}")
    got = answer.kind.value + (f" without {missing}" if missing else "")
    return Result(case, answer.kind.value in case.expect and not missing, got)


def states(reply: str, fact: str) -> bool:
    """Whether the reply states the fact as a whole: "3 EC" is not stated by "13 EC" or "3.5 EC"."""
    flat = " ".join(reply.split()).casefold()
    return re.search(rf"(?<![\d.,]){re.escape(fact.casefold())}(?![\d])", flat) is not None


def judge_all(assembly: Assembly, cases: Iterable[Case]) -> list[Result]:
    return [judge(assembly, case) for case in cases]


def share(results: Sequence[Result]) -> float:
    return sum(r.right for r in results) / len(results) if results else 1.0


def leave_phrasings_out(assembly: Assembly) -> tuple[int, int]:
    """How many phrasings find their own entry when that entry's phrasings are not indexed."""
    kb = assembly.kb
    normaliser = kb.normaliser()
    right = total = 0
    for entry in kb.entries:
        if entry.kind != "answer":
            continue
        others = [e if e.id != entry.id else e.model_copy(update={"phrasings": ()}) for e in kb.entries]
        matcher = Matcher(others, normaliser, assembly.matcher.thresholds)
        for phrasing in entry.phrasings:
            total += 1
            match = matcher.match(phrasing)
            right += match.outcome is Outcome.ANSWER and match.ranked[0].entry_id == entry.id
    return right, total


def confusion(results: Sequence[Result]) -> list[tuple[str, str, int]]:
    """Which expected entry was taken for what, most frequent first."""
    counts = Counter((r.case.expect[0], r.got) for r in results if not r.right)
    return [(want, got, n) for (want, got), n in counts.most_common()]


def report(assembly: Assembly) -> str:
    lines = []
    dev = judge_all(assembly, dev_cases())
    held = judge_all(assembly, heldout_cases())
    for name, results in (("dev", dev), ("held-out", held)):
        inside = [r for r in results if not r.case.out_of_scope]
        outside = [r for r in results if r.case.out_of_scope]
        lines.append(
            f"{name}: {sum(r.right for r in results)}/{len(results)} = {share(results):.1%}"
            f" (in scope {share(inside):.1%} of {len(inside)};"
            f" out of scope abstained {share(outside):.1%} of {len(outside)})"
        )
    for path in heldout_files():
        # Each held-out file's figure alone, still only as an aggregate.
        results = judge_all(assembly, read_cases(path))
        lines.append(f"  {path.name}: {sum(r.right for r in results)}/{len(results)} = {share(results):.1%}")
    right, total = leave_phrasings_out(assembly)
    lines.append(f"leave-phrasings-out: {right}/{total} = {right / total:.1%}")
    # Held-out misses stay unprinted, even as entry ids: reading them is the first step to tuning.
    lines.append("confusion (expected -> got, dev only):")
    lines += [f"  {n} x {want} -> {got}" for want, got, n in confusion(dev)[:25]]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(report(assemble()) + "\n")
