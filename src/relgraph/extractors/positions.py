"""Positions in a read article: the references (:class:`ActorRef`), the words, sentences and clauses, and
lookups of hits by offset (:class:`_Hits`)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate, repeat
from operator import itemgetter
from typing import Generic, NamedTuple, TypeVar

from relgraph.extractors.kinds import Level, RefKind, Role
from relgraph.extractors.language import Language
from relgraph.extractors.scanning import SPAN, START, STOP, Hit, spaced
from relgraph.text.sentences import char_positions

__all__ = ["ActorRef", "Clause", "Words"]


_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_BOUNDARY = re.compile(r"[.!?;:\n]")
_PUNCTUATION = re.compile(r"[^\w\s']")


class ActorRef(NamedTuple):
    """A reference to one or more states in the normalised text.

    A named tuple, like :class:`~relgraph.extractors.scanning.Hit`: an article has dozens, made, compared (``a
    in refs``) and copied with a change (``_replace``) in the extractor's inner loops, where a frozen dataclass
    costs several times as much.
    """

    start: int
    end: int
    codes: tuple[str, ...]
    kind: RefKind
    cue: Role = Role.NONE  # the preposition that governs it
    agentive: bool = True
    level: Level | None = None  # for officials, persons and offices
    name: str | None = None  # for a city or a venue: its English name
    who: tuple[int, int] | None = None  # for a person, an official or an office: where the person's name is
    seat: str | None = None  # for a venue: the state it lies in, whose missions and envoys are posted there

    def resolved(self, codes: tuple[str, ...], kind: RefKind) -> ActorRef:
        """This reference standing for ``codes``, as ``kind`` (``_replace``, without its keyword machinery)."""
        return ActorRef(
            self.start, self.end, codes, kind, self.cue, self.agentive, self.level, self.name, self.who, self.seat
        )


_CODES = itemgetter(2)  # of an ActorRef


class Clause(NamedTuple):
    """A sentence's part between clause breaks ("when", "حيث", ";")."""

    start: int
    end: int


class Words:
    """The words of a text: its spaced copy (``scanning.spaced(low)``: the same letters and digits, spaces for
    the rest), which ``str.split`` cuts into words in C. Nothing is indexed: most questions are about a few words
    near a reference, and :meth:`within` answers one about a long stretch from its first words.
    """

    def __init__(self, low: str, spaced_text: str | None = None) -> None:
        self.low = low
        self.spaced = spaced(low) if spaced_text is None else spaced_text

    def count(self, a: int, b: int) -> int:
        """How many words overlap ``low[a:b]`` (as ``len(_WORD.findall(low, a, b))``)."""
        return len(self.spaced[a:b].split())

    def within(self, a: int, b: int, n: int) -> bool:
        """Whether at most ``n`` words overlap ``low[a:b]`` (``count(a, b) <= n``), looking no further than
        it takes: ``n`` is small, the stretch may be long."""
        if b <= a:
            return True
        if b - a > _GLANCE and len(self.spaced[a : a + _GLANCE].split(None, n)) > n:
            return False
        return len(self.spaced[a:b].split(None, n)) <= n

    def between(self, a: int, b: int) -> list[str]:
        """The words of ``low[a:b]``, cut at its edges (as ``_WORD.findall(low, a, b)``)."""
        return self.spaced[a:b].split()


_GLANCE = 64  # characters: where more than a few words are, they are in the first of these
_T = TypeVar("_T", Hit, ActorRef)


class _Hits(Generic[_T]):
    """Lexicon hits of a few kinds (or references), in text order, with the lookups by position the reading
    needs."""

    def __init__(self, hits: Sequence[_T], ordered: bool = False) -> None:
        """``ordered``: ``hits`` are in text order already (a kind's cues are)."""
        self.hits: list[_T] = list(hits) if ordered else sorted(hits, key=SPAN)
        self.starts = list(map(START, self.hits))
        self.ends = list(map(STOP, self.hits))
        self._reach: list[int] | None = None  # the furthest end so far, for covers()

    def first_from(self, pos: int) -> _T | None:
        """The first hit starting at or after ``pos``."""
        i = bisect_left(self.starts, pos)
        return self.hits[i] if i < len(self.hits) else None

    def last_starting(self, pos: int) -> _T | None:
        """The last hit starting at or before ``pos``."""
        i = bisect_right(self.starts, pos) - 1
        return self.hits[i] if i >= 0 else None

    def last_until(self, pos: int) -> _T | None:
        """The last hit ending at or before ``pos`` (the hits of one kind do not overlap)."""
        i = bisect_right(self.ends, pos) - 1
        return self.hits[i] if i >= 0 else None

    def before(self, pos: int) -> Iterator[_T]:
        """The hits ending at or before ``pos``, nearest first."""
        for i in range(bisect_left(self.starts, pos) - 1, -1, -1):
            if self.hits[i].end <= pos:
                yield self.hits[i]

    def any_in(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, start)
        return i < len(self.hits) and self.hits[i].start < end

    def starts_at(self, pos: int, words: Words) -> bool:
        """Whether a hit starts right after ``pos``, with no word between."""
        hit = self.first_from(pos)
        return hit is not None and words.within(pos, hit.start, 0)

    def ends_at(self, pos: int, words: Words) -> bool:
        """Whether a hit ends right before ``pos``, with no word between."""
        hit = self.last_until(pos)
        return hit is not None and words.within(hit.end, pos, 0)

    def covers(self, pos: int) -> bool:
        """Whether a hit that starts at or before ``pos`` ends after it."""
        if self._reach is None:
            self._reach = list(accumulate(self.ends, max))
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self._reach[i] > pos


def _sentence_at(sentences: Sequence[tuple[int, int]], starts: Sequence[int], pos: int) -> tuple[int, int]:
    """The sentence (of ``sentences``, whose ``starts`` these are) holding ``pos``; ``(pos, pos)`` between them."""
    i = bisect_right(starts, pos) - 1
    return sentences[i] if i >= 0 and pos < sentences[i][1] else (pos, pos)


def _clauses(
    sentences: Sequence[tuple[int, int]], breaks: Sequence[Hit], text: str, commas: frozenset[str]
) -> list[Clause]:
    """Sentences cut at ; : and at clause-opening words ("حيث", "when", "while" ...).

    Commas do not cut: Arabic news strings whole reports together with them
    ("أعلنت موريتانيا، الأحد، استئناف العلاقات"); nor does a word set off by commas on both sides ("did
    not, however, recognise": the negation stays in force).
    """
    cuts = sorted(
        {
            h.start
            for h in breaks
            if not (text[h.start - 2 : h.start - 1] in commas and text[h.end : h.end + 1] in commas)
        }.union(char_positions(text, ";:"))
    )
    if not cuts:  # most articles: a clause per sentence, made in C
        return list(map(tuple.__new__, repeat(Clause), sentences))
    out: list[Clause] = []
    for start, end in sentences:
        pos = start
        for i in cuts[bisect_left(cuts, start) : bisect_left(cuts, end)]:
            mark = text[i] in ";:"
            if i > pos or mark:
                if i > pos:
                    out.append(Clause(pos, i))
                pos = i + 1 if mark else i
        if pos < end:
            out.append(Clause(pos, end))
    return out


def _next_word(low: str, pos: int) -> str:
    """The word that starts after ``pos`` (past spaces), or ""."""
    m = _NEXT_WORD.match(low, pos)
    return m.group(1) if m else ""


_NEXT_WORD = re.compile(r"\s*([^\W_]+)")
_LAST_WORD = re.compile(r"([^\W_]+)\s*$")


def _last_word(low: str, lo: int, hi: int) -> str | None:
    """The word that ends ``low[lo:hi]`` (past spaces; cut at ``lo``), or ``None``: ``_LAST_WORD.search(low, lo,
    hi)``'s, found from the end instead of trying every start in the stretch (a regular expression's ``\\s`` is
    ``str.isspace``, ``[^\\W_]`` is ``str.isalnum``)."""
    stretch = low[lo:hi].rstrip()
    start = end = len(stretch)
    while start and stretch[start - 1].isalnum():
        start -= 1
    return stretch[start:] if start < end else None


def _definite(low: str, hit: Hit, lang: Language) -> bool:
    """The word of ``hit`` carries the definite article (after any conjunction): "المالية", "والوزير"."""
    word = low[hit.start - len(hit.prefix) : hit.end].lstrip("".join(lang.words["conjunctions"]))
    return any(word.startswith(a) for a in lang.words["articles"])


def _compounded(low: str, start: int, lang: Language) -> bool:
    """Whether a state's name is joined by a hyphen to one of the lexicon's ``compound_prefixes`` ("one-china")."""
    if start < 2 or low[start - 1] != "-":
        return False
    found = _LAST_WORD.search(low, max(0, start - 16), start - 1)
    return found is not None and lang.has("compound_prefixes", found.group(1))


def _polity_of(words: Words, lang: Language, start: int) -> bool:
    """Whether a city, a capital or a people at ``start`` follows a polity noun and "of" ("the Republic of Genoa",
    "the Kingdom of Hanover", "the Free City of Hamburg"; the lexicon's ``polity_heads``): a state of its own that
    the gazetteer does not hold, not today's."""
    if not words.spaced[max(0, start - 40) : start].rstrip().endswith("of"):
        return False  # (the last word is no "of": most names, and every Arabic one)
    before = " ".join(words.between(max(0, start - 40), start)[-4:])
    if not before.endswith(" of"):
        return False
    return any(before[: -len(" of")].endswith(h) for h in lang.words["polity_heads"])


def name_words(text: str, lang: Language) -> int:
    """The words of ``text``, a name counting as one where names are capitalised ("named Amr Kamal el-Din
    El-Sherbini as": one word between; the language's ``name_glue`` inside a name)."""
    count, naming = 0, False
    for w in text.replace("-", " ").split():
        name = lang.cased and (w[:1].isupper() or (naming and w.lower() in lang.name_glue))
        count += not (name and naming)
        naming = name
    return count
