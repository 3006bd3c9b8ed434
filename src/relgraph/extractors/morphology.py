"""Inflection from lemmas: a language's lexicon lists a verb once and its forms are derived here.

English verbs inflect by rule (``recall`` → ``recalls``, ``recalled``, ``recalling``); the exceptions are data in
the lexicon's ``morphology`` block: ``irregular`` (past and participle: ``"meet": ["met", "met"]``) and ``doubling``
(a final consonant doubled before -ed and -ing: ``expel`` → ``expelled``). A multi-word lemma inflects its first word
("break off" → "broke off", "breaking off"). The bare lemma is not derived: "to visit" is no visit, and a trigger
that wants its base form lists it among its ``forms``.

>>> rules = Morphology(irregular={"break": ("broke", "broken")}, doubling=frozenset({"expel"}))
>>> rules.inflections("recall")
['recalls', 'recalled', 'recalling']
>>> rules.inflections("expel")
['expels', 'expelled', 'expelling']
>>> rules.inflections("break off")
['breaks off', 'broke off', 'broken off', 'breaking off']
>>> rules.inflections("normalize")
['normalizes', 'normalized', 'normalizing']
>>> rules.inflections("ratify")
['ratifies', 'ratified', 'ratifying']
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Morphology"]

_VOWELS = frozenset("aeiou")


@dataclass(frozen=True)
class Morphology:
    """A language's inflection rules and their exceptions (the lexicon's ``morphology`` block)."""

    irregular: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    doubling: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Morphology:
        return cls({k: (str(v[0]), str(v[1])) for k, v in data.get("irregular", {}).items()},
                   frozenset(map(str, data.get("doubling", ()))))

    def inflections(self, lemma: str) -> list[str]:
        """The third person singular, past, past participle and -ing forms of ``lemma``, each once."""
        head, space, rest = lemma.partition(" ")
        past, participle = self.irregular.get(head) or (self._suffixed(head, "ed"),) * 2
        forms = (_third_person(head), past, participle, self._suffixed(head, "ing"))
        return [f + space + rest for f in dict.fromkeys(forms)]

    def _suffixed(self, verb: str, suffix: str) -> str:
        """``verb`` + -ed or -ing, with its spelling rules."""
        if verb in self.doubling:
            return verb + verb[-1] + suffix
        if suffix == "ing":
            if verb.endswith("ie"):
                return verb[:-2] + "ying"
            if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
                return verb[:-1] + "ing"
            return verb + "ing"
        if verb.endswith("e"):
            return verb + "d"
        if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
            return verb[:-1] + "ied"
        return verb + "ed"


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"
