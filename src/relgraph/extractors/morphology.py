"""Inflection from lemmas: a language's lexicon lists a verb once and its forms are derived here.

:func:`morphology` reads a lexicon's ``morphology`` block: English spelling rules with their exceptions
(:class:`Morphology`), or a conjugation table over principal parts (:class:`Conjugation`, for Arabic).

English verbs inflect by the suffix tables of the lexicon's ``morphology`` block (``recall`` → ``recalls``,
``recalled``, ``recalling``), with its exceptions: ``irregular`` (past and participle: ``"meet": ["met", "met"]``)
and ``doubling`` (a final consonant doubled before -ed and -ing: ``expel`` → ``expelled``). A multi-word lemma
inflects its first word ("break off" → "broke off", "breaking off"). The bare lemma is not derived: "to visit" is
no visit, and a trigger that wants its base form lists it among its ``forms``.

>>> from relgraph.resources import read_json
>>> english = read_json("lexicon", "en.json")["morphology"]
>>> rules = Morphology.from_data({**english, "irregular": {"break": ["broke", "broken"]}, "doubling": ["expel"]})
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
from typing import Any, Protocol

__all__ = ["Conjugation", "Inflection", "Morphology", "morphology"]


class Inflection(Protocol):
    def inflections(self, lemma: str) -> list[str]:
        """The forms derived from ``lemma``."""
        ...


def morphology(data: Mapping[str, Any]) -> Inflection:
    """The inflection a lexicon's ``morphology`` block describes: a conjugation table where it has one."""
    return Conjugation.from_data(data) if "perfect" in data else Morphology.from_data(data)


@dataclass(frozen=True)
class Morphology:
    """A language's inflection by suffixes (the lexicon's ``morphology`` block): tables of endings for the third
    person singular, the past (and past participle) and the progressive, the longest ending of the stem that a
    table knows replaced by its own (``""`` appends: ``recall`` → ``recalled``; ``"y": ["ied"]``: ``ratify`` →
    ``ratified``), and the exceptions: ``irregular`` past and participle, ``doubling`` verbs that double their last
    consonant before the past's and the progressive's plain suffix."""

    irregular: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    doubling: frozenset[str] = frozenset()
    tables: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Morphology:
        return cls(
            {k: (str(v[0]), str(v[1])) for k, v in data.get("irregular", {}).items()},
            frozenset(map(str, data.get("doubling", ()))),
            {
                name: {str(k): tuple(map(str, v)) for k, v in data.get(name, {}).items()}
                for name in ("third_person", "past", "progressive")
            },
        )

    def inflections(self, lemma: str) -> list[str]:
        """The third person singular, past, past participle and -ing forms of ``lemma``, each once."""
        head, space, rest = lemma.partition(" ")
        past, participle = self.irregular.get(head) or (self._suffixed(head, "past"),) * 2
        forms = (self._suffixed(head, "third_person"), past, participle, self._suffixed(head, "progressive"))
        return [f + space + rest for f in dict.fromkeys(forms)]

    def present(self, lemma: str) -> str:
        """The third person singular present of ``lemma`` ("visit" → "visits", "break off" → "breaks off")."""
        head, space, rest = lemma.partition(" ")
        return self._suffixed(head, "third_person") + space + rest

    def _suffixed(self, verb: str, name: str) -> str:
        table = self.tables.get(name, {})
        if verb in self.doubling and name != "third_person":
            return verb + verb[-1] + table.get("", ("",))[0]
        return _endings(verb, table)[0]


@dataclass(frozen=True)
class Conjugation:
    """Verbs conjugated from their principal parts by tables of endings (the lexicon's ``morphology`` block).

    A lemma gives the perfect and, where the verb's imperfect is a trigger too, the imperfect, both in the third
    person masculine singular: ``"زار/يزور"``. Each table maps a stem's ending to the endings that replace it,
    the longest that fits winning (``""`` appends), so a defective verb takes its own (التقى → التقت، التقيا);
    the imperfect's first letter is replaced by each of ``persons`` (يزور → تزور); "/يعمل" gives the imperfect
    only (تعمل على, works towards: not عمل, worked). Clitics are not derived here:
    the scanner reads them around every form. A multi-word lemma conjugates its first word ("أجرى/يجري مباحثات").

    >>> rules = Conjugation({"": ("", "ت", "ا"), "ى": ("ى", "ت", "يا")}, {"": ("", "ان"), "ي": ("ي", "يان")},
    ...                     ("ي", "ت"))
    >>> rules.inflections("زار/يزور")
    ['زار', 'زارت', 'زارا', 'يزور', 'يزوران', 'تزور', 'تزوران']
    >>> rules.inflections("التقى/يلتقي")
    ['التقى', 'التقت', 'التقيا', 'يلتقي', 'يلتقيان', 'تلتقي', 'تلتقيان']
    >>> rules.inflections("عقد اجتماعا")
    ['عقد اجتماعا', 'عقدت اجتماعا', 'عقدا اجتماعا']
    """

    perfect: Mapping[str, tuple[str, ...]]
    imperfect: Mapping[str, tuple[str, ...]]
    persons: tuple[str, ...]

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Conjugation:
        def table(key: str) -> dict[str, tuple[str, ...]]:
            return {str(k): tuple(map(str, v)) for k, v in data.get(key, {}).items()}

        return cls(table("perfect"), table("imperfect"), tuple(map(str, data.get("persons", ()))))

    def inflections(self, lemma: str) -> list[str]:
        head, space, rest = lemma.partition(" ")
        perfect, _, imperfect = head.partition("/")
        forms = _endings(perfect, self.perfect) if perfect else []  # "/يعمل": the imperfect only
        if imperfect:
            forms += [person + form[1:] for person in self.persons for form in _endings(imperfect, self.imperfect)]
        return [f + space + rest for f in dict.fromkeys(forms)]


def _endings(stem: str, table: Mapping[str, tuple[str, ...]]) -> list[str]:
    """``stem`` with each ending of the longest key of ``table`` it ends with, in place of that key."""
    key = max((k for k in table if stem.endswith(k)), key=len, default=None)
    if key is None:
        return [stem]
    base = stem[: len(stem) - len(key)]
    return [base + ending for ending in table[key]]
