"""The command line: `run`, `chat`, `ask` and `kb check`.

The clock is read here, at the edge, and passed inward as `today`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

from bot.answering.ask import Answer
from bot.clock import amsterdam_today


def _today_from(value: str | None) -> date:
    return amsterdam_today() if value is None else date.fromisoformat(value)


def _answer_json(answer: Answer) -> str:
    return json.dumps(
        {
            "kind": answer.kind.value,
            "answer": answer.answer,
            "entry": answer.entry,
            "score": answer.score,
            "citations": [c.model_dump() for c in answer.citations],
            "choices": [c.model_dump() for c in answer.choices],
            "related": [c.model_dump() for c in answer.related],
            "dialogs": list(answer.dialogs),
        },
        ensure_ascii=False,
    )


def _answer_text(answer: Answer, try_dialog: str, related: str) -> str:
    text = answer.answer
    if answer.related:
        text += "\n\n" + related.format(titles="; ".join(c.title for c in answer.related))
    if answer.dialogs:
        text += "\n\n" + try_dialog.format(commands=", ".join(f"/{d}" for d in answer.dialogs))
    return text


def _cmd_ask(args: argparse.Namespace) -> int:
    from bot.app import assemble

    assembly = assemble()
    today = _today_from(args.today)
    asker = assembly.asker
    if args.question == ["-"]:
        for raw in sys.stdin.buffer:
            line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            print(_answer_json(asker.ask(line, today)), flush=True)
        return 0
    answer = asker.ask(" ".join(args.question), today)
    if args.json:
        print(_answer_json(answer))
    else:
        messages = assembly.kb.messages
        print(_answer_text(answer, messages.try_dialog, messages.related))
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from bot.app import check

    sources = Path(args.sources) if args.sources else None
    if sources is not None and not sources.is_dir():
        print(f"kb check: --sources {sources} is not a folder", file=sys.stderr)
        return 2
    defects = check(sources_dir=sources)
    errors = [d for d in defects if not d.warning]
    for defect in defects:
        print(defect, file=sys.stderr if not defect.warning else sys.stdout)
    if errors:
        print(f"kb check: {len(errors)} error(s)", file=sys.stderr)
        return 1
    from bot.content.loader import DEFAULT_KNOWLEDGE_DIR
    from bot.content.silences import load_silences

    silences = load_silences(DEFAULT_KNOWLEDGE_DIR).silences
    print(f"Where the pages are silent ({len(silences)}, each once, with what answers it):")
    for silence in silences:
        print(f"  - {silence.topic}: {silence.decides} [{', '.join(silence.handled_by)}]")
    checked = "knowledge/ and dialogs/" + (f", quotes proven against {sources}" if sources else "")
    print(f"kb check: OK ({checked}; {len(defects)} warning(s))")
    return 0


def _cmd_chat(args: argparse.Namespace) -> int:
    from bot.app import assemble
    from bot.console import run_console

    assembly = assemble()
    fixed = args.today
    return run_console(assembly.conversation, lambda: _today_from(fixed))


def _cmd_run(args: argparse.Namespace) -> int:
    from bot.app import assemble
    from bot.settings import Settings, SettingsError
    from bot.telegram.persistence import StoreError
    from bot.telegram.run import TelegramUnreachableError, run

    try:
        settings = Settings.load(webhook=args.webhook)
        run(assemble().conversation, settings, webhook=args.webhook)
    except SettingsError as exc:
        print(exc, file=sys.stderr)
        return 2
    except StoreError as exc:
        print(f"python -m bot run: {exc}", file=sys.stderr)
        return STORE_UNUSABLE
    except TelegramUnreachableError as exc:
        print(f"python -m bot run: {exc}", file=sys.stderr)
        return TELEGRAM_UNREACHABLE
    return 0


TELEGRAM_UNREACHABLE = 69
"""EX_UNAVAILABLE: the network may come back, so systemd restarts (StartLimitBurst bounds it)."""
STORE_UNUSABLE = 78
"""EX_CONFIG: the unit's RestartPreventExitStatus stops systemd from restarting into the same failure."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer one question (or one per line with -)")
    ask.add_argument("question", nargs="+", help="the question, or - to read lines from stdin")
    ask.add_argument("--json", action="store_true", help="print one JSON object")
    ask.add_argument("--today", help="pretend today is this date (YYYY-MM-DD)")
    ask.set_defaults(func=_cmd_ask)
    kb = sub.add_parser("kb", help="knowledge-base tools")
    kb_sub = kb.add_subparsers(dest="kb_command", required=True)
    kb_check = kb_sub.add_parser("check", help="validate knowledge/ and dialogs/")
    kb_check.add_argument("--sources", help="folder with the official pages, to prove quotes")
    kb_check.set_defaults(func=_cmd_check)
    chat = sub.add_parser("chat", help="chat in the terminal (no token, no network)")
    chat.add_argument("--today", help="pretend today is this date (YYYY-MM-DD)")
    chat.set_defaults(func=_cmd_chat)
    run = sub.add_parser("run", help="run the Telegram bot")
    run.add_argument("--webhook", action="store_true", help="receive updates by webhook")
    run.set_defaults(func=_cmd_run)
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except ValueError as exc:
        if exc.__class__.__name__ not in ("KnowledgeError", "DialogError", "RulebookError"):
            raise
        print(
            f"The knowledge base or dialogs have defects; run `python -m bot kb check`.\n{exc}",
            file=sys.stderr,
        )
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
