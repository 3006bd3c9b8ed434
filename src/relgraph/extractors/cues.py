"""Prepositions and coordination: the cue that governs each reference (:class:`_Cues`), and references joined
by a conjunction (:func:`conjoined`), which share it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import cast

from relgraph.extractors.kinds import HitKind, RefKind, Role
from relgraph.extractors.language import Language, TriggerSpec
from relgraph.extractors.positions import (
    _BOUNDARY,
    ActorRef,
    Words,
    _Hits,
    _next_word,
)
from relgraph.extractors.scanning import Hit

__all__ = ["by_conjunction", "conjoined", "proclitic_conjunction", "unconjoined"]


class _Cues:
    """Finds the preposition that governs a reference, in the sentences that have a trigger (no frame reads
    another's): its own proclitic, or the word before it.

    A head between them is skipped: "في العاصمة الألمانية برلين", "لدى حكومة خادم
    الحرمين الشريفين", "in the Saudi capital Riyadh", "in the government of Egypt";
    so are the words of the language's ``prep_gap`` ("with the", "بين كل من").
    """

    def __init__(
        self,
        preps: Sequence[Hit],
        heads: Sequence[Hit],
        words: Words,
        lang: Language,
        active: Sequence[tuple[int, int]],
    ) -> None:
        self.preps = _Hits(preps, ordered=True)
        self.skips = _Hits(heads)
        self.words = words
        self.lang = lang
        self._active_starts = [s for s, _ in active]
        self._active_ends = [e for _, e in active]
        self._gap = lang.words.get("prep_gap", frozenset())

    def of(self, hit: Hit) -> Role:
        start, prefix = hit.start, hit.prefix
        i = bisect_right(self._active_starts, start) - 1
        if i < 0 or start >= self._active_ends[i]:
            return Role.NONE
        lang, words, low = self.lang, self.words, self.words.low
        if prefix:
            role = lang.proclitic(prefix)
            if role:
                return role
            start -= len(prefix)
        near: list[Hit] = []  # the heads at most a word before the reference, nearest first
        skips = self.skips
        j = bisect_left(skips.starts, start)
        while j > 0:  # skips.before(start), without a generator: this runs for every reference
            j -= 1
            head = skips.hits[j]
            if head.end > start:
                continue
            if not words.within(head.end, start, 1):
                break
            near.append(head)
        for head in reversed(near):
            if head.entry.kind == HitKind.STATE:
                continue
            if _BOUNDARY.search(low, head.end, start) or self.preps.any_in(head.end, start):
                continue  # a head in the sentence before, across a clause, or governing something else
            start = head.start - len(head.prefix)
            role = lang.proclitic(head.prefix)
            if role in (Role.BY, Role.FOR):
                return role
            adjective = next((h for h in self.skips.before(start) if h.entry.kind == HitKind.STATE), None)
            if adjective is not None and not low[adjective.end : start].strip():
                start = adjective.start
            break
        k = bisect_right(self.preps.ends, start) - 1  # the last preposition before
        while (
            k >= 0
            and words.within(end := self.preps.ends[k], start, 2)
            and self._gap.issuperset(words.between(end, start))
        ):
            prep = self.preps.hits[k]
            if prep.entry.value:
                return cast(Role, prep.entry.value)  # a Role since the lexicon was compiled
            start, k = prep.start - len(prep.prefix), k - 1  # "كل من", each of: the preposition before governs
        return Role.NONE


def unconjoined(lang: Language, word: str) -> str:
    """``word`` without the conjunctions written on it ("ويلتقي" → "يلتقي", "والطاقة" → "الطاقة")."""
    return word.lstrip("".join(lang.lexicon.clitics.conjunctions))


def unclitic(lang: Language, word: str) -> str:
    """``word`` without its conjunctions and a proclitic preposition: "وبذلك" → "ذلك"."""
    word = unconjoined(lang, word)
    return word[1:] if len(word) > 2 and word[0] in lang.lexicon.clitics.prepositions else word


def conjoined(lang: Language, words: Words, end: int, start: int) -> bool:
    """Whether only a comma, a conjunction or a hyphen joins ``low[:end]`` and ``low[start:]`` (``low`` is
    ``words.low``).

    The conjunction may be a word followed by determiners from the language's
    ``prep_gap`` ("and the") or a proclitic on the second word ("وروسيا"); the hyphen
    makes a compound ("the Egypt-Israel treaty", "Saudi-Iranian talks").
    """
    gap = words.between(end, start)
    joint = words.low[end:start]
    if not gap:
        return joint.strip() == "," or joint == "-" or proclitic_conjunction(lang, words.low, start)
    if joint.lstrip().startswith(","):  # "Saudi Arabia, the UAE, Bahrain and Egypt", "France, and the USSR"
        return lang.words["prep_gap"].issuperset(gap[1:] if lang.has("conjunctions", gap[0]) else gap) or _added(
            lang, gap
        )
    return (
        (lang.has("conjunctions", gap[0]) and lang.words["prep_gap"].issuperset(gap[1:]))
        or _added(lang, gap)
        or _group_members(lang, joint)
    )


def _added(lang: Language, gap: list[str]) -> bool:
    """``gap`` is a phrase of the language's ``additives`` ("in addition to", "إضافة إلى"), maybe with determiners:
    it joins a list as a conjunction does ("الدول الخمس ... إضافة إلى ألمانيا")."""
    for phrase in _phrases(lang.words.get("additives", frozenset())).get(gap[0], ()) if gap else ():
        if tuple(gap[: len(phrase)]) == phrase and lang.words["prep_gap"].issuperset(gap[len(phrase) :]):
            return True
    return False


@lru_cache(maxsize=8)
def _phrases(phrases: frozenset[str]) -> dict[str, list[tuple[str, ...]]]:
    """``phrases`` as word tuples, by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        words = tuple(p.split())
        out.setdefault(words[0], []).append(words)
    return out


def _group_members(lang: Language, joint: str) -> bool:
    """A conjunction and a group no state is named in (``unnamed_groups``), then its members in apposition: "Iran and
    the six world powers - the United States, Britain ...", "طهران والقوى الست الكبرى، الولايات المتحدة ..."."""
    mark, sign = max((joint.rfind(m), m) for m in _APPOSITION)
    group, members = joint[:mark].split(), joint[mark + len(sign) :].split()
    if mark < 0 or not group or len(group) > 6 or not lang.words["prep_gap"].issuperset(members):
        return False
    if not (lang.has("conjunctions", group[0]) or unconjoined(lang, group[0]) != group[0]):
        return False
    return any(lang.has("unnamed_groups", unconjoined(lang, w)) for w in group)


_APPOSITION = (",", "(", ":", " - ", "–", "—")  # what sets a group's members after it
_APPOSITION_MARKS = frozenset(m.strip() for m in _APPOSITION)


def goes_on(lang: Language, words: Words, prev: ActorRef, ref: ActorRef) -> bool:
    """``ref`` goes on a list after ``prev``: :func:`conjoined` with it, or the first of a named group's members in
    apposition to it ("الدول الدائمة العضوية في مجلس الأمن (الولايات المتحدة، الصين ...) إضافة إلى ألمانيا": the
    list, and what it adds, go on with the group)."""
    if conjoined(lang, words, prev.end, ref.start):
        return True
    joint = words.low[prev.end : ref.start].strip()
    return prev.kind == RefKind.GROUP and set(ref.codes) <= set(prev.codes) and joint in _APPOSITION_MARKS


def proclitic_conjunction(lang: Language, low: str, pos: int) -> bool:
    """The word at (or after spaces from) ``pos`` carries a conjunction ("وروسيا"), not a word that opens with its
    letter ("وزير", "واشنطن", "وزيرا": the first words of the language's forms, ``conjunction_like``)."""
    first = low[pos : pos + 1]
    if first.isspace():
        first = low[pos : pos + 16].lstrip()[:1]
    if not lang.has("conjunctions", first):
        return False  # (the word is read only where it may be one: the cheap test first)
    word, like = _next_word(low, pos), lang.words.get("conjunction_like", frozenset())
    return word not in like and word[:-1] not in like


def by_conjunction(lang: Language, words: Words, end: int, start: int) -> bool:
    """Whether a conjunction joins ``low[:end]`` and ``low[start:]``: a word between ("and") or a proclitic on the
    second ("وروسيا")."""
    return any(lang.has("conjunctions", w) for w in words.between(end, start)) or proclitic_conjunction(
        lang, words.low, start
    )


def _coordinated(refs: list[ActorRef], words: Words, lang: Language, triggers: Sequence[Hit] = ()) -> list[ActorRef]:
    """A reference joined by "و"/"and" to the one before inherits its preposition: بين قطر وروسيا; so does a
    city's state right after it: "في عنتيبي بأوغندا" (in Entebbe, Uganda). Not one a verb of ``triggers`` follows:
    "as part of Colombia, and the United States recognized it" begins a clause."""
    verbs = [t.start for t in triggers if isinstance(t.entry.value, TriggerSpec) and t.entry.value.word_class == "verb"]
    out: list[ActorRef] = []
    for r in refs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.cue
            and (
                (
                    not r.cue
                    and conjoined(lang, words, prev.end, r.start)
                    and _listed(lang, words, prev.end, r)
                    and not (prev.cue != Role.BETWEEN and _subject_of(lang, words, prev, r, verbs))
                )
                or (
                    prev.kind in (RefKind.CITY, RefKind.CAPITAL)
                    and prev.codes == r.codes
                    and words.within(prev.end, r.start, 0)
                )
            )
        ):
            r = r._replace(cue=prev.cue)
        out.append(r)
    return out


def _subject_of(lang: Language, words: Words, prev: ActorRef, ref: ActorRef, verbs: Sequence[int]) -> bool:
    """After a comma and a conjunction, a verb at most a word after ``ref`` ("..., and X formally recognized"):
    ``ref`` is the subject of a clause of its own (not "embassies in Algiers and Washington reopened")."""
    i = bisect_left(verbs, ref.end)
    joint = words.low[prev.end : ref.start]
    return any(c in joint for c in lang.commas) and i < len(verbs) and words.within(ref.end, verbs[i], 1)


def _listed(lang: Language, words: Words, end: int, ref: ActorRef) -> bool:
    """``ref``, after a comma alone, is in a list that goes on ("with India, Japan and China"), not a new
    clause's subject ("following the invasion of Kuwait, Syria broke off relations")."""
    low = words.low
    commas = lang.commas
    joint = low[end : ref.start].strip()
    gap = words.between(end, ref.start)  # a comma and determiners alone: "with the Soviet Union, the United States"
    if joint[:1] not in commas or any(lang.has("conjunctions", w) for w in gap):
        return True
    if proclitic_conjunction(lang, low, ref.start):
        return True  # "برؤساء السنغال السيد سنغور، وغينيا السيد سيكوتوري": a conjunction on it continues the list
    after = low[ref.end : ref.end + 2].lstrip()[:1]
    word = _next_word(low, ref.end)
    return after in commas or lang.has("conjunctions", word) or proclitic_conjunction(lang, low, ref.end)
