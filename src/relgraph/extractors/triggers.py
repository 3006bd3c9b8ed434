"""Triggers: the words that signal an event (:class:`TriggerSpec`: the type, the frame that assigns its roles,
what it needs nearby, its frame's params), compiled from the lexicon's ``triggers`` into scanner entries."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from typing import Any

from relgraph.errors import ExtractorError
from relgraph.extractors.entries import _word_class
from relgraph.extractors.kinds import HitKind, Modality
from relgraph.extractors.morphology import Inflection, Morphology
from relgraph.extractors.scanning import Entry
from relgraph.model import EventType
from relgraph.text.normalize import fold

__all__ = ["TriggerSpec"]


@dataclass(frozen=True, slots=True)
class TriggerSpec:
    """An event trigger: the type it signals, the frame that assigns roles, and its conditions."""

    index: int
    type: EventType
    frame: str
    word_class: str
    generic: bool = False
    needs: str | None = None  # a folded regex that must occur near the trigger (e.g. "علاق" for relations)
    params: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def param(self, name: str) -> tuple[str, ...]:
        for key, value in self.params:
            if key == name:
                return value
        return ()


_TRIGGER_KEYS = ("type", "frame", "class", "forms", "lemmas", "generic_forms", "needs")


def _triggers(data: dict[str, Any], clitics: bool, inflection: Inflection) -> tuple[list[TriggerSpec], list[Entry]]:
    """The trigger specs and their lexicon entries.

    A trigger's keys other than :data:`_TRIGGER_KEYS` are its frame's params, over the
    language's defaults for that frame (``frame_params``).
    """
    specs: list[TriggerSpec] = []
    entries: list[Entry] = []
    defaults: dict[str, dict[str, list[str]]] = data.get("frame_params", {})
    # Where suffixes inflect, a form a verb's lemma derives that is a noun of its type is read as the noun ("meeting",
    # from "meet"); Arabic's perfect and verbal noun written alike (قطع) are both read.
    triggers = data.get("triggers", []) if isinstance(inflection, Morphology) else []
    nouns = {(raw["type"], f) for raw in triggers if raw["class"] == "noun" for f in raw.get("forms", ())}
    for i, raw in enumerate(data.get("triggers", [])):
        if raw["class"] not in ("verb", "noun", "word"):
            raise ExtractorError(
                f"trigger {raw.get('forms', raw.get('lemmas'))}: class {raw['class']!r} is not verb, noun or word"
            )
        given = {**defaults.get(raw["frame"], {}), **{k: v for k, v in raw.items() if k not in _TRIGGER_KEYS}}
        params = tuple((k, tuple(fold(str(x)) for x in v)) for k, v in given.items())  # words compared with folded text
        etype = EventType.from_slug(raw["type"])
        spec = TriggerSpec(i, etype, raw["frame"], raw["class"], False, raw.get("needs"), params)
        generic = TriggerSpec(i, etype, raw["frame"], raw["class"], True, raw.get("needs"), params)
        specs.append(spec)
        word_class = _word_class(clitics, raw["class"])
        derived = (f for lemma in raw.get("lemmas", ()) for f in inflection.inflections(lemma))
        forms = [*raw.get("forms", ()), *(f for f in derived if (raw["type"], f) not in nouns)]
        entries += [Entry(form, HitKind.TRIGGER, spec, word_class) for form in dict.fromkeys(forms)]
        entries += [Entry(form, HitKind.TRIGGER, generic, word_class) for form in raw.get("generic_forms", ())]
    return specs, entries


def _perfect_forms(data: dict[str, Any], inflection: Inflection) -> frozenset[str]:
    """The perfect forms of the triggers' verbs given by principal parts ("توجه/يتوجه" → توجه، توجهت، توجها)."""
    return frozenset(
        fold(form)
        for raw in data.get("triggers", ())
        for lemma in raw.get("lemmas", ())
        if "/" in lemma
        for form in inflection.inflections(_perfect(lemma))
    )


def _present_forms(data: dict[str, Any], inflection: Inflection) -> frozenset[str]:
    """The present (third person) forms of the triggers' verbs and the light verbs where suffixes inflect them
    ("visits", "meets"; "begins" a visit, "holds" talks)."""
    if not isinstance(inflection, Morphology):
        return frozenset()
    verbs = [raw.get("lemmas", ()) for raw in data.get("triggers", ()) if raw.get("class") == "verb"]
    return frozenset(fold(inflection.present(lemma)) for lemma in (*chain(*verbs), *data.get("light_verbs", ())))


def _perfect(lemma: str) -> str:
    """The perfect principal part of a lemma, with its other words: "أجرى/يجري مباحثات" → "أجرى مباحثات"."""
    head, space, rest = lemma.partition(" ")
    return head.partition("/")[0] + space + rest


def _verb_entries(data: dict[str, Any], clitics: bool, inflection: Inflection) -> list[Entry]:
    """Verbs that announce a decision ("announced that they will restore ties") and verbs of modality, by category
    ("هدد/يهدد", "threaten"), inflected from their lemmas like the triggers."""
    announcing = [
        Entry(form, HitKind.ANNOUNCE, form, _word_class(clitics, "verb"))
        for lemma in data.get("announcement_verbs", ())
        for form in inflection.inflections(lemma)
    ]
    modal = [
        Entry(form, HitKind.MODAL, Modality(category), _word_class(clitics, "verb"))
        for category, lemmas in data.get("modal_verbs", {}).items()
        for lemma in lemmas
        for form in dict.fromkeys([*([] if "/" in lemma else [lemma]), *inflection.inflections(lemma)])
    ]
    # A noun's predicate with a future prefix (المباحثات ستبحث): read after the noun, prefix checked there.
    predicates = [
        Entry(form, HitKind.MODAL_AFTER, Modality.FUTURE, _word_class(clitics, "verb"))
        for lemma in data.get("future_predicates", ())
        for form in inflection.inflections(lemma)
    ]
    # "..., which took place on May 3": a relative with a verb of occurrence is about the event noun before it.
    occurring = [
        Entry(form, HitKind.OCCUR, form, _word_class(clitics, "verb"))
        for lemma in data.get("occurrence_verbs", ())
        for form in inflection.inflections(lemma)
    ]
    # "the meeting that brought together X and Y": a relative with a verb of gathering names the meeting's parties.
    gathering = [
        Entry(form, HitKind.GATHER, form, _word_class(clitics, "verb"))
        for lemma in data.get("gathering_verbs", ())
        for form in inflection.inflections(lemma)
    ]
    return [*announcing, *modal, *predicates, *occurring, *gathering]


#: Lists of verbs a lexicon may give, read as their forms by :func:`_verb_lists`.
_VERB_LISTS = ("light_verbs", "reporting_verbs", "phase_verbs", "covering_verbs")


def _verb_lists(data: dict[str, Any], inflection: Inflection) -> dict[str, frozenset[str]]:
    """The lists of verbs as their forms (folded): a lemma ("/يقوم", "أكد/يؤكد") gives all of them; a bare word a
    light verb's alone ("hold", after "to"), a verb of saying's with its inflections ("stress": stresses ...)."""

    def forms(key: str, verb: str) -> list[str]:
        if "/" in verb:
            return inflection.inflections(verb)
        return [verb] if key == "light_verbs" else [verb, *inflection.inflections(verb)]

    return {key: frozenset(fold(f) for v in data.get(key, ()) for f in forms(key, v)) for key in _VERB_LISTS}
