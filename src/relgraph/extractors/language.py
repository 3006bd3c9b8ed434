"""A language's vocabulary for the rule-based extractor, compiled once per process.

The vocabulary is data: the gazetteer's states (names, capitals, demonyms,
titles), groups and organisations, and ``data/lexicon/<lang>.json`` (offices,
honorifics, anaphors, news agencies, prepositions, clause breaks, modality
markers and event triggers with their frames). Everything goes into one
:class:`~relgraph.extractors.scanning.Lexicon`, scanned once per article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from relgraph.extractors.scanning import Entry, Lexicon
from relgraph.gazetteer import Gazetteer
from relgraph.model import EventType
from relgraph.resources import read_json
from relgraph.text.normalize import fold

__all__ = ["ACTOR_KINDS", "Language", "TriggerSpec", "language"]

#: Lexicon kinds that denote (or stand for) states; they form the scanner's actor layer.
ACTOR_KINDS = ("state", "group", "org", "pair", "kingdom", "country_pronoun", "person_name")


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


@dataclass(frozen=True)
class Language:
    """Everything the extractor knows about one language."""

    code: str
    lexicon: Lexicon
    triggers: tuple[TriggerSpec, ...]
    needs: dict[int, re.Pattern[str]]
    agencies: dict[str, str]
    kingdoms: frozenset[str]
    about_relations: dict[EventType, tuple[str, ...]]
    name_glue: frozenset[str] = field(default_factory=frozenset)


def _word_class(lang: str, arabic: str) -> str:
    return arabic if lang == "ar" else ("en_name" if arabic in ("name", "nisba") else "en_word")


def _entries(lang: str, data: dict[str, object], gazetteer: Gazetteer) -> Iterator[Entry]:
    for form, code, kind in gazetteer.surface_forms(lang):
        yield Entry(form, "state", code, _word_class(lang, "nisba" if kind == "demonym" else "name"), kind)
    for form, codes in gazetteer.group_forms(lang):
        yield Entry(form, "group", tuple(codes), _word_class(lang, "name"))
    for form in gazetteer.organisations(lang):
        yield Entry(form, "org", None, _word_class(lang, "name"))

    def words(key: str, kind: str, word_class: str = "word", value: object = None) -> Iterator[Entry]:
        for form in data.get(key, ()):  # type: ignore[attr-defined]
            yield Entry(form, kind, value if value is not None else form, _word_class(lang, word_class))

    offices: dict[str, list[str]] = data.get("offices", {})  # type: ignore[assignment]
    for level, forms in offices.items():
        for form in forms:
            yield Entry(form, "office", level, _word_class(lang, "noun") if lang == "ar" else "en_word")
    yield from words("honorifics", "honorific")
    yield from words("pair_anaphors", "pair", "noun")
    yield from words("kingdom_anaphors", "kingdom", "noun")
    yield from words("country_pronouns", "country_pronoun", "name")
    yield from words("clause_breaks", "break")
    yield from words("indirect_contact", "contact")
    yield from words("after_modality", "modal_after")
    yield from words("location_heads", "lochead", "noun")
    yield from words("date_blockers", "blocker")
    for form, code in data.get("agencies", {}).items():  # type: ignore[attr-defined]
        yield Entry(form, "agency", code, "word" if lang == "ar" else "en_name")
    for form, role in data.get("prepositions", {}).items():  # type: ignore[attr-defined]
        yield Entry(form, "prep", role, _word_class(lang, "word"))
    for category, forms in data.get("modality", {}).items():  # type: ignore[attr-defined]
        for form in forms:
            yield Entry(form, "modal", category, _word_class(lang, "word"))


def _triggers(data: dict[str, object]) -> tuple[list[TriggerSpec], list[Entry]]:
    specs: list[TriggerSpec] = []
    entries: list[Entry] = []
    lang_word = "word"
    for i, raw in enumerate(data.get("triggers", [])):  # type: ignore[attr-defined]
        params = tuple(
            (k, tuple(v)) for k, v in raw.items() if k not in ("type", "frame", "class", "forms", "generic_forms", "needs")
        )
        etype = EventType.from_slug(raw["type"])
        spec = TriggerSpec(i, etype, raw["frame"], raw["class"], False, raw.get("needs"), params)
        generic = TriggerSpec(i, etype, raw["frame"], raw["class"], True, raw.get("needs"), params)
        specs.append(spec)
        for form in raw["forms"]:
            entries.append(Entry(form, "trigger", spec, raw["class"] if raw["class"] else lang_word))
        for form in raw.get("generic_forms", ()):
            entries.append(Entry(form, "trigger", generic, raw["class"]))
    return specs, entries


@cache
def language(code: str) -> Language:
    """The compiled vocabulary of ``code`` (``ar`` or ``en``), built once per process."""
    data: dict[str, object] = read_json("lexicon", f"{code}.json")
    gazetteer = Gazetteer.default()
    specs, trigger_entries = _triggers(data)
    if code != "ar":
        trigger_entries = [
            Entry(e.form, e.kind, e.value, "en_word", e.data) for e in trigger_entries
        ]
    lexicon = Lexicon([*_entries(code, data, gazetteer), *trigger_entries], code, ACTOR_KINDS)
    needs = {s.index: re.compile(fold(s.needs)) for s in specs if s.needs}
    agencies = {fold(k): v for k, v in data.get("agencies", {}).items()}  # type: ignore[attr-defined]
    kingdoms = frozenset(_kingdoms(gazetteer))
    about = {
        EventType.from_slug(slug): tuple(fold(f) for f in forms)
        for slug, forms in data.get("agreement_about_relations", {}).items()  # type: ignore[attr-defined]
    }
    glue = frozenset(fold(w) for w in data.get("name_glue", ()))  # type: ignore[attr-defined]
    return Language(code, lexicon, tuple(specs), needs, agencies, kingdoms, about, glue)


def _kingdoms(gazetteer: Gazetteer) -> Iterator[str]:
    """States whose names say they are kingdoms: what "the Kingdom" / "المملكة" can stand for."""
    for state in gazetteer:
        names = (state.name_en, state.name_ar, *state.aliases_en, *state.aliases_ar)
        if any("kingdom" in n.lower() or "مملكة" in n or "المملكة" in n for n in names) and not state.former:
            yield state.code
