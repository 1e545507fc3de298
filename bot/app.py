"""The composition root: load the data once, build the matcher, the engine and the conversation.

Everything else receives what it needs from here; nothing else reads `knowledge/` or `dialogs/`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.answering.ask import Asker
from bot.answering.computed import build_computers
from bot.answering.matcher import Matcher, MatcherIndex
from bot.content.coverage import uncovered_sentences
from bot.content.kbcache import cached_knowledge
from bot.content.loader import (
    DEFAULT_DIALOGS_DIR,
    DEFAULT_KNOWLEDGE_DIR,
    URL,
    Defect,
    KnowledgeBase,
    inspect_knowledge,
    load_knowledge,
    quote_defects,
)
from bot.content.silences import SILENCES_FILE, load_silences, silence_problems
from bot.dialogs.contract import contract_defects
from bot.dialogs.conversation import ALIASES, Conversation
from bot.dialogs.engine import Engine
from bot.dialogs.loader import (
    DialogError,
    ScriptDefect,
    read_scripts,
    script_citations,
    script_defects,
    script_texts,
)
from bot.dialogs.registry import build_registry
from bot.dialogs.reminders import READS
from bot.dialogs.script import Script

MENU = ("petition", "course", "progress", "circumstances", "electives")
"""The dialogs offered on the main menu, in this order."""
COMMANDS = ("start", "help", *MENU, "reminders", *ALIASES, "cancel", "forget")
"""Every command the bot offers, in the order of Telegram's command menu (`Conversation.command_menu`)."""
JOBS = ("petition", "course", "progress")
"""The bot's three jobs, offered after a greeting or "what can you do"."""


@dataclass(frozen=True)
class Assembly:
    kb: KnowledgeBase
    matcher: Matcher
    asker: Asker
    conversation: Conversation


def build_asker(kb: KnowledgeBase, index: MatcherIndex | None = None) -> Asker:
    """One normaliser for the matcher, the asker and the calculators: built once, cached once.
    `index`: the matcher's index of `kb`, if one is kept (see `matcher_index`)."""
    normaliser = kb.normaliser()
    return Asker(
        kb,
        Matcher(kb.entries, normaliser, index=index),
        build_computers(kb, normaliser.stopwords, normaliser.calculated_words()),
    )


def matcher_index(kb: KnowledgeBase) -> MatcherIndex:
    """What the matcher derives from the knowledge base alone."""
    return MatcherIndex.build(kb.entries, kb.normaliser())


@dataclass(frozen=True)
class Prepared:
    """What a start derives from the knowledge base and the dialog files alone: kept with the
    knowledge base between starts (parsing the scripts was a twentieth of a cold start)."""

    index: MatcherIndex
    scripts: dict[str, Script]
    problems: tuple[ScriptDefect, ...]
    """The scripts' parse defects: kept too, so a broken script still fails every start."""


def prepare(kb: KnowledgeBase, dialogs_dir: Path) -> Prepared:
    scripts, problems = read_scripts(dialogs_dir)
    return Prepared(matcher_index(kb), scripts, tuple(problems))


def assemble(
    knowledge_dir: Path = DEFAULT_KNOWLEDGE_DIR, dialogs_dir: Path = DEFAULT_DIALOGS_DIR
) -> Assembly:
    """Load and validate everything once; raises with every defect listed if anything is wrong."""
    kb, prepared = cached_knowledge(knowledge_dir, dialogs_dir, prepare, Prepared)
    asker = build_asker(kb, prepared.index)
    scripts, defects = prepared.scripts, list(prepared.problems)
    registry = build_registry(kb)
    entry_ids = {e.id for e in kb.entries}
    defects += script_defects(
        scripts, registry.validators, registry.computations, entry_ids, registry.effects
    )
    defects += contract_defects(scripts, registry, READS)
    if defects:
        raise DialogError(defects)
    engine = Engine(scripts, registry, kb.messages, asker.matcher.normaliser.words)
    conversation = Conversation(
        engine, asker, [d for d in MENU if d in scripts], [d for d in JOBS if d in scripts]
    )
    return Assembly(kb=kb, matcher=asker.matcher, asker=asker, conversation=conversation)


def check(
    knowledge_dir: Path = DEFAULT_KNOWLEDGE_DIR,
    dialogs_dir: Path = DEFAULT_DIALOGS_DIR,
    sources_dir: Path | None = None,
) -> list[Defect]:
    """Every defect of the knowledge base and the dialog scripts, for `kb check`."""
    inspection = inspect_knowledge(knowledge_dir, sources_dir, dialogs_dir)
    defects = list(inspection.defects)
    scripts, script_problems = read_scripts(dialogs_dir)
    kb = None if any(not d.warning for d in defects) else load_knowledge(knowledge_dir, dialogs_dir)
    if kb is not None:
        registry = build_registry(kb)
        script_problems += script_defects(
            scripts, registry.validators, registry.computations, inspection.entry_ids, registry.effects
        )
        script_problems += contract_defects(scripts, registry, READS)
        steps = frozenset(f"{s.id}.{step.id}" for s in scripts.values() for step in s.steps)
        silences_file = knowledge_dir / SILENCES_FILE
        try:
            problems = silence_problems(
                load_silences(knowledge_dir), kb.messages.findings, inspection.entry_ids, steps
            )
        except (OSError, ValueError) as exc:
            problems = [str(exc)]
        defects += [Defect(f"knowledge/{silences_file.name}", None, problem) for problem in problems]
    defects += [Defect(p.file, p.step, p.problem) for p in script_problems]
    addresses = {a.rstrip("/") for s in inspection.sources for a in s.addresses}
    for file, step, text in script_texts(scripts):
        for url in URL.findall(text):
            if url.rstrip("/.") not in addresses:
                defects.append(Defect(file, step, f"web address {url} is not one the sources give"))
    if sources_dir is not None:
        defects += quote_defects(script_citations(scripts), inspection.sources, sources_dir)
        if kb is not None:
            quotes = [e.citation.quote for e in kb.entries if e.citation is not None]
            quotes += [cite.quote for _, _, cite in script_citations(scripts)]
            defects += uncovered_sentences(kb, sources_dir, quotes, kb.normaliser())
    return defects
