"""Load `knowledge/` once, validating everything, and list every defect a coordinator must fix.

Why one loader: the bot, `ask`, the terminal chat and `kb check` must all see the same data with
the same checks, so a defect found by `kb check` is exactly what would break the bot.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError
from rapidfuzz import fuzz, process

from bot.citation import Citation
from bot.content.messages import Messages, finding_defects
from bot.content.normalise import Lexicon, Normaliser
from bot.content.rulebook_loader import load_rulebook, rulebook_defects
from bot.content.schema import (
    ANSWER_HARD_LIMIT,
    QUOTE_MAX_WORDS,
    DetailsFile,
    Entry,
    Source,
    SourcesFile,
    UnsaidDetail,
)
from bot.content.yamlfile import DataFileError, read_yaml
from bot.rules.circumstances import YEARLY_DEADLINES
from bot.rules.rulebook import Rulebook

DEFAULT_KNOWLEDGE_DIR = Path(__file__).resolve().parents[2] / "knowledge"
DEFAULT_DIALOGS_DIR = Path(__file__).resolve().parents[2] / "dialogs"
DETAILS_FILE = "details.yaml"
"""Optional: a knowledge base without it simply says nothing of unsaid details."""
URL = re.compile(r"https?://[a-z0-9][^\s<>\"')]*", re.IGNORECASE)
COLLISION_SIMILARITY = 96.0
_YEARLY = frozenset(p.value for p in YEARLY_DEADLINES)


@dataclass(frozen=True)
class Defect:
    """One thing wrong in the data, said so a coordinator can find and fix it."""

    file: str
    entry: str | None
    problem: str
    warning: bool = False

    def __str__(self) -> str:
        where = f"{self.file}: {self.entry}" if self.entry else self.file
        return f"{'warning' if self.warning else 'error'}: {where}: {self.problem}"


class KnowledgeError(ValueError):
    """The knowledge base has defects; the message lists them all."""

    def __init__(self, defects: list[Defect]) -> None:
        self.defects = defects
        super().__init__("\n".join(str(d) for d in defects))


class KnowledgeBase(BaseModel):
    """Everything the bot knows, validated and indexed by id."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True, defer_build=True)

    sources: tuple[Source, ...]
    entries: tuple[Entry, ...]
    lexicon: Lexicon
    messages: Messages
    rulebook: Rulebook
    details: tuple[UnsaidDetail, ...] = ()
    """Details the pages never give (knowledge/details.yaml), said so when a question asks them."""

    @property
    def by_id(self) -> Mapping[str, Entry]:
        return MappingProxyType({e.id: e for e in self.entries})

    def source(self, source_id: str) -> Source:
        return next(s for s in self.sources if s.id == source_id)

    def normaliser(self) -> Normaliser:
        return Normaliser(self.lexicon)


@dataclass
class _Reading:
    """What was read so far, and what was wrong with it."""

    root: Path
    defects: list[Defect] = field(default_factory=list)
    entries: list[tuple[Path, Entry]] = field(default_factory=list)
    sources: tuple[Source, ...] = ()

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root.parent))
        except ValueError:
            return str(path)

    def add(self, path: Path, entry: str | None, problem: str, *, warning: bool = False) -> None:
        self.defects.append(Defect(self.rel(path), entry, problem, warning))

    def yaml(self, path: Path) -> object:
        try:
            return read_yaml(path)
        except DataFileError as exc:
            self.add(path, None, str(exc).removeprefix(f"{path}: "))
            return None


def _errors(exc: ValidationError) -> Iterator[str]:
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"])
        yield f"{where}: {err['msg']}" if where else err["msg"]


def _read_sources(reading: _Reading) -> tuple[Source, ...]:
    path = reading.root / "sources.yaml"
    raw = reading.yaml(path)
    try:
        return SourcesFile.model_validate(raw).sources
    except ValidationError as exc:
        for problem in _errors(exc):
            reading.add(path, None, problem)
        return ()


def _read_entries(reading: _Reading) -> list[tuple[Path, Entry]]:
    found: list[tuple[Path, Entry]] = []
    files = sorted((reading.root / "entries").glob("*.yaml"))
    if not files:
        reading.add(reading.root / "entries", None, "no entry files (*.yaml) found")
    for path in files:
        before = len(reading.defects)
        raw = reading.yaml(path)
        items = raw.get("entries") if isinstance(raw, dict) else None
        if len(reading.defects) > before:
            continue
        if not isinstance(items, list):
            reading.add(path, None, "expected a top-level 'entries:' list")
            continue
        for position, item in enumerate(items, start=1):
            name = item.get("id") if isinstance(item, dict) else None
            label = str(name) if name else f"entry #{position}"
            try:
                found.append((path, Entry.model_validate(item)))
            except ValidationError as exc:
                for problem in _errors(exc):
                    reading.add(path, label, problem)
    return found


M = TypeVar("M", bound=BaseModel)


def _read_model(reading: _Reading, name: str, model: type[M]) -> M | None:
    path = reading.root / name
    raw = reading.yaml(path)
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        for problem in _errors(exc):
            reading.add(path, None, problem)
        return None


def _check_entries(
    reading: _Reading,
    entries: list[tuple[Path, Entry]],
    sources: tuple[Source, ...],
    normaliser: Normaliser | None,
    dialog_names: frozenset[str] | None,
) -> None:
    source_ids = {s.id for s in sources}
    addresses = {a.rstrip("/") for s in sources for a in s.addresses}
    first_seen: dict[str, Path] = {}
    for path, entry in entries:
        if entry.id in first_seen:
            reading.add(path, entry.id, f"duplicate id (first in {reading.rel(first_seen[entry.id])})")
        else:
            first_seen[entry.id] = path
    known = set(first_seen)
    for path, entry in entries:
        if entry.kind == "answer" and entry.citation is None:
            reading.add(path, entry.id, "missing citation (source and quote)")
        if entry.citation is not None:
            if entry.citation.source not in source_ids:
                reading.add(path, entry.id, f"citation names unknown source {entry.citation.source!r}")
            words = len(entry.citation.quote.split())
            if words > QUOTE_MAX_WORDS:
                reading.add(path, entry.id, f"quote has {words} words (at most {QUOTE_MAX_WORDS})")
        if len(entry.answer) > ANSWER_HARD_LIMIT:
            reading.add(
                path,
                entry.id,
                f"answer has {len(entry.answer)} characters (at most {ANSWER_HARD_LIMIT})",
            )
        if entry.deadline is not None and entry.deadline not in _YEARLY:
            allowed = ", ".join(sorted(_YEARLY))
            reading.add(path, entry.id, f"deadline {entry.deadline!r} is not a yearly date ({allowed})")
        if entry.next is not None and entry.next not in known:
            reading.add(path, entry.id, f"next entry {entry.next!r} does not exist")
        if entry.next == entry.id:
            reading.add(path, entry.id, "names itself as next")
        if entry.if_missed is not None and (entry.if_missed not in known or entry.deadline is None):
            reading.add(path, entry.id, f"if_missed {entry.if_missed!r}: no such entry, or no deadline")
        if entry.for_premaster is not None and entry.for_premaster not in known:
            reading.add(path, entry.id, f"premaster entry {entry.for_premaster!r} does not exist")
        for ref in entry.related:
            if ref not in known:
                reading.add(path, entry.id, f"related entry {ref!r} does not exist")
            if ref == entry.id:
                reading.add(path, entry.id, "names itself as related")
        if dialog_names is not None:
            for name in entry.dialogs:
                if name not in dialog_names:
                    reading.add(path, entry.id, f"dialog {name!r} does not exist in dialogs/")
        for url in URL.findall(entry.answer):
            if url.rstrip("/.") not in addresses:
                reading.add(path, entry.id, f"web address {url} is not one the sources give")
    if normaliser is not None:
        _check_collisions(reading, entries, normaliser)


def _check_details(reading: _Reading, details: DetailsFile, known: set[str]) -> None:
    """Every entry said to answer a detail exists, and no detail is listed twice."""
    path = reading.root / DETAILS_FILE
    seen: set[str] = set()
    for detail in details.details:
        if detail.id in seen:
            reading.add(path, detail.id, "duplicate id")
        seen.add(detail.id)
        for field_name, ids in (("answered_by", detail.answered_by), ("only_for", detail.only_for)):
            for entry_id in ids:
                if entry_id not in known:
                    reading.add(
                        path, detail.id, f"{field_name} names entry {entry_id!r}, which does not exist"
                    )


def _check_collisions(reading: _Reading, entries: list[tuple[Path, Entry]], normaliser: Normaliser) -> None:
    """Two entries asked the same way cannot both be found: name each such pair once."""
    owners: list[tuple[str, str, Path]] = []
    for path, entry in entries:
        for phrasing in entry.phrasings:
            text = normaliser.text(phrasing)
            if text:
                owners.append((text, entry.id, path))
            else:
                reading.add(path, entry.id, f"phrasing {phrasing!r} has no meaningful words")
    reported: set[tuple[str, str]] = set()
    for first, second in _alike_pairs([text for text, _, _ in owners]):
        _, owner, path = owners[first]
        other = owners[second][1]
        if owner == other or (owner, other) in reported:
            continue
        reported.add((owner, other))
        reading.add(path, owner, f"phrasing {owners[first][0]!r} collides with entry {other!r}")


def _alike_pairs(texts: list[str]) -> list[tuple[int, int]]:
    """Pairs (i < j) of texts at least COLLISION_SIMILARITY alike, in reading order.

    Texts that alike differ little in length (a ratio of r needs the longer within (2 - r) / r of
    the shorter), so each is compared only with those of nearly its length: the check stays cheap
    as the knowledge base grows, and the bot starts fast."""
    share = COLLISION_SIMILARITY / 100.0
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    lengths = [len(texts[i]) for i in order]
    pairs: list[tuple[int, int]] = []
    for position, index in enumerate(order):
        end = bisect.bisect_right(lengths, lengths[position] * (2 - share) / share)
        window = [texts[i] for i in order[position + 1 : end]]
        for _, _, offset in process.extract(
            texts[index], window, scorer=fuzz.ratio, score_cutoff=COLLISION_SIMILARITY, limit=None
        ):
            other = order[position + 1 + offset]
            pairs.append((min(index, other), max(index, other)))
    return sorted(pairs)


def quote_defects(
    citations: Iterable[tuple[str, str, Citation]],
    sources: tuple[Source, ...],
    sources_dir: Path,
) -> list[Defect]:
    """Prove every quote is a sentence of its page as the page has it: (file, name, citation) each."""
    texts: dict[str, str] = {}
    defects: list[Defect] = []
    for source in sources:
        path = sources_dir / source.file
        try:
            texts[source.id] = quote_form(path.read_text(encoding="utf-8"))
        except OSError:
            defects.append(Defect(str(path), None, f"source {source.id!r}: file not found"))
    for file, name, cite in citations:
        if cite.source not in texts:
            if cite.source not in {s.id for s in sources}:
                defects.append(Defect(file, name, f"citation names unknown source {cite.source!r}"))
            continue
        if quote_form(cite.quote) not in texts[cite.source]:
            defects.append(Defect(file, name, f"quote not found in source {cite.source!r}: {cite.quote!r}"))
    return defects


def quote_form(text: str) -> str:
    """Whitespace and quote marks normalised, so a quote matches however the page was copied."""
    text = text.translate(str.maketrans("‘’“”´", "''\"\"'"))
    return " ".join(text.split()).casefold()


def dialog_names(dialogs_dir: Path) -> frozenset[str] | None:
    """Names of the dialog scripts, or None where there is no dialogs folder to check against."""
    if not dialogs_dir.is_dir():
        return None
    return frozenset(p.stem for p in dialogs_dir.glob("*.yaml"))


def _read(
    root: Path, sources_dir: Path | None, dialogs_dir: Path | None
) -> tuple[_Reading, KnowledgeBase | None]:
    reading = _Reading(root=root)
    sources = _read_sources(reading)
    entries = _read_entries(reading)
    lexicon = _read_model(reading, "lexicon.yaml", Lexicon)
    messages = _read_model(reading, "messages.yaml", Messages)
    has_details = (reading.root / DETAILS_FILE).exists()
    details = _read_model(reading, DETAILS_FILE, DetailsFile) if has_details else DetailsFile()
    normaliser = Normaliser(lexicon) if lexicon is not None else None
    if lexicon is not None:
        for name, words in lexicon.cues:
            if not words:
                reading.add(reading.root / "lexicon.yaml", f"cues.{name}", "is empty: a calculator needs it")
    names = dialog_names(dialogs_dir) if dialogs_dir is not None else None
    _check_entries(reading, entries, sources, normaliser, names)
    if details is not None:
        _check_details(reading, details, {e.id for _, e in entries})
    for problem in rulebook_defects(root):
        file, _, rest = problem.partition(": ")
        reading.defects.append(Defect(file, None, rest))
    rulebook = None if any(not d.warning for d in reading.defects) else load_rulebook(root)
    reading.entries = entries
    reading.sources = sources
    if sources_dir is not None:
        citations = [(reading.rel(p), e.id, e.citation) for p, e in entries if e.citation is not None]
        if rulebook is not None:
            citations += [(reading.rel(p), n, c) for p, n, c in _rulebook_citations(root, rulebook)]
        reading.defects += quote_defects(citations, sources, sources_dir)
    unworded = finding_defects(messages, rulebook.clauses) if rulebook and messages else []
    for where, problem in unworded:
        reading.add(root / "messages.yaml", where, problem)
    if rulebook is None or lexicon is None or messages is None or details is None or unworded:
        return reading, None
    kb = KnowledgeBase(
        sources=sources,
        entries=tuple(e for _, e in entries),
        lexicon=lexicon,
        messages=messages,
        rulebook=rulebook,
        details=details.details,
    )
    return reading, kb


def _rulebook_citations(root: Path, book: Rulebook) -> list[tuple[Path, str, Citation]]:
    parameters = [(root / "parameters.yaml", p.id, p.citation) for p in book.parameters.values()]
    clauses = [(root / "clauses.yaml", c.id, c.citation) for c in book.clauses.values()]
    return parameters + clauses


@dataclass(frozen=True)
class Inspection:
    """What `kb check` learns from `knowledge/`: every defect, and what other checks need."""

    defects: list[Defect]
    entry_ids: frozenset[str]
    sources: tuple[Source, ...]


def inspect_knowledge(
    root: Path = DEFAULT_KNOWLEDGE_DIR,
    sources_dir: Path | None = None,
    dialogs_dir: Path | None = DEFAULT_DIALOGS_DIR,
) -> Inspection:
    """Every defect in the knowledge base (errors and warnings), for `kb check`."""
    reading, _ = _read(root, sources_dir, dialogs_dir)
    ids = frozenset(e.id for _, e in reading.entries)
    return Inspection(defects=reading.defects, entry_ids=ids, sources=reading.sources)


def load_knowledge(
    root: Path = DEFAULT_KNOWLEDGE_DIR, dialogs_dir: Path | None = DEFAULT_DIALOGS_DIR
) -> KnowledgeBase:
    """The validated knowledge base; raises KnowledgeError listing every defect."""
    reading, kb = _read(root, None, dialogs_dir)
    if kb is None:
        raise KnowledgeError([d for d in reading.defects if not d.warning])
    return kb
