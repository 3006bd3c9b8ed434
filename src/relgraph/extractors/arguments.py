"""The noun a trigger is about, its argument: :class:`Arguments` adds to :class:`~relgraph.extractors.around.Around`
(positions and the subject) the argument of a verb (its object, past the prepositions its frame allows and an
apposition; a passive's subject) or of a noun, and a verb's complement ("raised ... to embassy status")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from relgraph.extractors.around import Around
from relgraph.extractors.kinds import HitKind
from relgraph.extractors.positions import name_words
from relgraph.extractors.scanning import Hit

__all__ = ["Arguments"]

_OBJECT_WORDS = 4  # at most this many words between a verb and the noun that is its object
_COMPLEMENT_WORDS = 8  # at most this many words from a verb to the preposition of its complement (past its object)
_ASIDE_WORDS = 10  # an apposition between commas after an object: "John Shad, chairman of the SEC, as ambassador"
_MODIFIER_WORDS = 5  # at most this many words between a preposition and its noun ("as the first U.S. minister")


class Arguments(Around):
    """A trigger in its sentence, with the argument it needs found."""

    def passive(self) -> bool:
        """A passive marker is one of the two words before the trigger ("was recalled", "were restored")."""
        before = self.reading.words_between(max(self.sentence[0], self.hit.start - 24), self.hit.start)[-2:]
        return not self.progressive() and not self.lang.words["passive_markers"].isdisjoint(before)  # "is welcoming"

    def nearest_match(self, pattern: re.Pattern[str]) -> tuple[int, int] | None:
        """The occurrence of ``pattern`` nearest to the trigger within the clause (then the sentence)."""
        for lo, hi in ((self.clause.start, self.clause.end), self.sentence):
            found = [(m.start(), m.end()) for m in pattern.finditer(self.reading.low, lo, hi)]
            if found:
                return min(found, key=lambda s: abs(s[0] - self.hit.start))
        return None

    def argument(self, pattern: re.Pattern[str], complement: bool = False) -> tuple[int, int] | None:
        """The noun matching ``pattern`` that the trigger is about.

        Where the subject precedes a verb, a passive verb's ("the embassy was
        reopened", "which was reopened") is before it; an active verb's is its object
        (after it, with no preposition between but those of the ``through`` param:
        "raised ... to embassy status"), else its subject ("the embassy reopened").
        Otherwise the nearest occurrence. A ``complement`` is after the verb, never its subject: "the
        consulate was raised to an embassy", not "the embassy was turned into a consulate".
        """
        if self.lang.verb_first or self.spec.word_class != "verb":
            return self.nearest_match(pattern)
        low, (s_lo, s_hi) = self.reading.low, self.sentence
        before = [] if complement else [(m.start(), m.end()) for m in pattern.finditer(low, s_lo, self.hit.start)]
        if self.passive() and before:
            return before[-1]  # else its complement: "was appointed as Britain's ambassador"
        through = self.spec.param("through")
        for m in pattern.finditer(low, self.hit.end, s_hi):
            aside = self._aside(m.start())  # "nominate John Shad, chairman of the SEC, as ambassador"
            preps = [
                c
                for c in self._untimed(self.reading.cues_in(self.hit.end, m.start(), HitKind.PREP))
                if not aside[0] <= c.start < aside[1]
            ]
            if complement:  # after the object and its own phrases: "converted its consulate in Quito to an embassy"
                if self._complement(preps, m.start()):
                    return m.start(), m.end()
                continue
            object_words = name_words(self._outside(aside, self.hit.end, m.start()), self.lang)  # a name is one
            if (not preps and object_words <= _OBJECT_WORDS) or (
                preps
                and all(c.entry.value in through for c in preps)
                and name_words(self._outside(aside, self.hit.end, preps[0].start), self.lang) <= _OBJECT_WORDS + 1
                and self.within(preps[-1].end, m.start(), _MODIFIER_WORDS)
            ):  # "as its first ambassador"
                return m.start(), m.end()
            break
        in_clause = [b for b in before if b[0] >= self.clause.start]
        return in_clause[-1] if in_clause else None

    def _aside(self, end: int) -> tuple[int, int]:
        """An apposition set off by commas between the trigger's object and ``end`` ("John Shad, chairman of the
        SEC, as"): its span from the first comma to the last, at most ``_ASIDE_WORDS`` words; else empty."""
        low = self.reading.low
        first = low.find(",", self.hit.end, end)
        last = low.rfind(",", first + 1, end) if first >= 0 else -1
        if last < 0 or not self.within(first, last, _ASIDE_WORDS):
            return (0, 0)
        return (first, last + 1)

    def _outside(self, aside: tuple[int, int], start: int, end: int) -> str:
        """The text from ``start`` to ``end`` without ``aside``."""
        text = self.reading.norm.text
        return text[start:end] if aside == (0, 0) else text[start : aside[0]] + text[aside[1] : end]

    def _untimed(self, preps: list[Hit]) -> list[Hit]:
        """``preps`` but those that open a time expression ("was reappointed in 1911 as minister")."""
        dates = self.reading.dates_in(self.sentence)
        return [c for c in preps if not any(self.within(c.end, d.start, 0) for d in dates if d.start >= c.end)]

    def _complement(self, preps: Sequence[Hit], start: int) -> bool:
        """Whether the noun at ``start`` is governed by the first preposition of the ``through`` param, with only
        others of it after that one ("raised to the rank of embassy"), close enough to the verb and its object."""
        through = self.spec.param("through")
        at = next((i for i, c in enumerate(preps) if c.entry.value == through[0]), None) if through else None
        return (
            at is not None
            and all(c.entry.value in through for c in preps[at:])
            and self.within(self.hit.end, preps[at].start, _COMPLEMENT_WORDS)
            and self.within(preps[-1].end, start, _MODIFIER_WORDS)
        )
