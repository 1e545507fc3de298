"""`make bench`: speed figures printed as a table. Timings live here, never in tests.

- `ask` latency in process at the real knowledge-base size and replicated to 10,000 entries;
- cold start: a fresh `python -m bot ask` process, from exec to its printed answer;
- the Telegram adapter's per-update cost against an echo handler (the framework's floor).
"""

from __future__ import annotations

import argparse
import compileall
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from bot.answering.ask import Asker
from bot.app import assemble, build_asker
from bot.content.loader import KnowledgeBase
from bot.content.normalise import fold
from bot.content.schema import Entry
from bot.content.yamlfile import read_yaml
from bot.latency import BENCH_TODAY as TODAY
from bot.latency import Row, percentiles_ms

ROOT = Path(__file__).resolve().parents[1]
GOLDEN_DIR = ROOT / "tests" / "data"


def _questions() -> list[str]:
    questions: list[str] = []
    for path in sorted(GOLDEN_DIR.glob("golden*.yaml")):
        raw = read_yaml(path)
        cases = raw.get("cases", []) if isinstance(raw, dict) else []
        questions += [str(c["question"]) for c in cases if isinstance(c, dict) and "question" in c]
    return questions


def _time_each(fn: Callable[[str], object], questions: Sequence[str], rounds: int) -> list[float]:
    samples: list[float] = []
    for _ in range(rounds):
        for q in questions:
            start = time.perf_counter()
            fn(q)
            samples.append(time.perf_counter() - start)
    return samples


def replicated(kb: KnowledgeBase, size: int) -> KnowledgeBase:
    """The knowledge base grown to `size` entries; each copy's phrasings differ by a made-up word."""
    entries: list[Entry] = list(kb.entries)
    copy = 0
    while len(entries) < size:
        copy += 1
        for entry in kb.entries:
            if len(entries) >= size:
                break
            tag = f"zq{copy}x"
            entries.append(
                entry.model_copy(
                    update={
                        "id": f"{entry.id}-r{copy}",
                        "phrasings": tuple(f"{p} {tag}" for p in entry.phrasings),
                        "related": (),
                    }
                )
            )
    return kb.model_copy(update={"entries": tuple(entries)})


def _ask(asker: Asker, question: str) -> object:
    # Each round asks the same questions again: folding is cached, and a student's next question is
    # new text, so the cache starts empty for every question measured.
    fold.cache_clear()
    asker.matcher.forget_recent()
    return asker.ask(question, TODAY)


def ask_rows(rounds: int) -> list[Row]:
    kb = assemble().kb
    questions = _questions()
    rows: list[Row] = []
    for size in (len(kb.entries), 10_000):
        grown = kb if size == len(kb.entries) else replicated(kb, size)
        asker = build_asker(grown)
        samples = _time_each(partial(_ask, asker), questions, rounds)
        p50, p99 = percentiles_ms(samples)
        rows.append(
            Row(
                "ask, in process",
                f"{len(grown.entries)} entries",
                p50,
                p99,
                f"{len(samples)} questions",
            )
        )
    return rows


def cold_start_rows(runs: int) -> list[Row]:
    """With the bot's bytecode compiled first, as any start but the very first finds it. Where
    nothing may write it (PYTHONDONTWRITEBYTECODE set, a read-only checkout) and it was never
    compiled, every start compiles each of the bot's modules again: about 0.2 s more."""
    compileall.compile_dir(ROOT / "bot", quiet=1)
    samples: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "bot",
                "ask",
                "--today",
                TODAY.isoformat(),
                "does a level 300 course count",
            ],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        samples.append(time.perf_counter() - start)
    p50, p99 = percentiles_ms(samples)
    note = f"{runs} runs, bytecode compiled"
    return [Row("cold start to first answer", "python -m bot ask", p50, p99, note)]


def telegram_rows(updates: int) -> list[Row]:
    from bot.telegram.bench import measure

    return measure(assemble().conversation, updates)


def reminder_rows(students: int) -> list[Row]:
    """How long a morning's reminders to `students` students take through the rate limiter."""
    from bot.telegram.reminder_bench import reminder_batch

    batch = reminder_batch(assemble().conversation, students)
    total = batch.seconds * 1000
    per_second = batch.sent / batch.seconds if batch.seconds else 0.0
    note = f"{batch.sent}/{batch.students} sent, {per_second:.1f} msg/s (limit {batch.rate}/s)"
    return [Row("reminders due the same morning (whole batch)", f"{students} students", total, total, note)]


def print_table(rows: Sequence[Row]) -> None:
    header = f"{'measure':<44} {'size':<24} {'p50 ms':>9} {'p99 ms':>9}  note"
    print(header)
    print("-" * len(header))
    for r in rows:
        print(f"{r.name:<44} {r.size:<24} {r.p50_ms:>9.3f} {r.p99_ms:>9.3f}  {r.note}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.bench")
    parser.add_argument("--long", action="store_true", help="more rounds, and the long runs")
    args = parser.parse_args(argv)
    rounds = 20 if args.long else 5
    rows = ask_rows(rounds) + cold_start_rows(10 if args.long else 5)
    rows += telegram_rows(2000 if args.long else 400)
    rows += reminder_rows(1000)
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
