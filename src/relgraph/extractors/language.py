"""A language's vocabulary for the rule-based extractor, compiled once per process.

The vocabulary is data: the gazetteer's states (names, capitals, demonyms, titles), people, cities, groups and
organisations, and ``data/lexicon/<lang>.json`` (offices, honorifics, anaphors, news agencies, prepositions, clause
breaks, modality markers, triggers with their frames), all in one :class:`~relgraph.extractors.scanning.Lexicon`.

What differs between languages is data too, so that the reading and the frames have no Arabic or English branches:
the ``syntax`` flags (``clitics``, ``verb_first``, ``modifiers_first``, ``cased``), closed word lists (relatives,
auxiliaries, possessives, the words allowed between an office and its state or a preposition and its noun ...),
the nouns frames look for (embassies, envoys, diplomats) as regular expressions, and per-frame defaults
(``frame_params``). Regular expressions are folded like the text they match: write their escapes in lower case.

Lexicons are checked against ``data/lexicon/schema.json``; ``docs/extending.md`` shows how a language is added.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from relgraph.dates.lexicon import alternation
from relgraph.errors import ExtractorError
from relgraph.extractors.compiled import cached
from relgraph.extractors.entries import _entries, _kingdoms, _surnames
from relgraph.extractors.kinds import HitKind, Role
from relgraph.extractors.morphology import morphology
from relgraph.extractors.scanning import Clitics, Lexicon
from relgraph.extractors.triggers import (
    TriggerSpec,
    _perfect_forms,
    _present_forms,
    _triggers,
    _verb_entries,
    _verb_lists,
)
from relgraph.gazetteer import Gazetteer
from relgraph.model import EventType
from relgraph.resources import read_json
from relgraph.schema import check
from relgraph.text.normalize import fold

__all__ = ["ACTOR_KINDS", "LEXICON_KEYS", "Language", "TriggerSpec", "compile_language", "language"]

#: Lexicon kinds that denote (or stand for) states; they form the scanner's actor layer.
ACTOR_KINDS = (
    HitKind.STATE,
    HitKind.GROUP,
    HitKind.ORG,
    HitKind.PERSON,
    HitKind.PLACE,
    HitKind.PAIR,
    HitKind.KINGDOM,
    HitKind.COUNTRY_PRONOUN,
    HitKind.PERSON_NAME,
)


@dataclass(frozen=True)
class Language:
    """Everything the extractor knows about one language.

    Besides the lexicon and its triggers, the syntax the frames need: ``verb_first`` (VSO, as in Arabic),
    ``modifiers_first`` ("the Qatari envoy"), ``cased`` (names capitalised), and the closed word lists.
    """

    code: str
    lexicon: Lexicon
    triggers: tuple[TriggerSpec, ...]
    needs: dict[int, re.Pattern[str]]
    agencies: dict[str, str]
    kingdoms: frozenset[str]
    about_relations: dict[EventType, tuple[str, ...]]
    name_glue: frozenset[str] = field(default_factory=frozenset)
    verb_first: bool = False
    modifiers_first: bool = True
    cased: bool = True
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)
    office_states: dict[str, str] = field(default_factory=dict)
    proclitics: dict[str, str] = field(default_factory=dict)
    modal_window: int = 45
    modal_reach: dict[str, int] = field(default_factory=dict)  # words a cue of a category may be from its trigger
    #: per word class, how many words (no state's name counted) before and after a trigger what it needs may be
    needs_reach: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: per word class, the proclitic prepositions what a trigger needs may carry ("قطع المغرب لعلاقاته": for)
    needs_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: the base forms of the verbs triggers are derived from ("visit"): after "to", an infinitive
    base_verbs: frozenset[str] = frozenset()
    #: the triggers' perfect forms ("توجه/يتوجه" → توجه، توجهت): one opening with an imperfect's letter is no imperfect
    perfect_forms: frozenset[str] = frozenset()
    #: the triggers' present forms a suffix makes ("visit" → "visits"): with a weekday gone by, the coming one
    present_forms: frozenset[str] = frozenset()
    #: light verbs with a future prefix ("سيقوم" بزيارة, "ستجري" محادثات), derived from ``light_verbs``
    future_light_verbs: frozenset[str] = frozenset()
    #: per kind of source (``record_keepers``: one state's own record; ``publishers``: a state's press), the words
    #: of an article's ``source`` (lower case) -> that state
    sources: dict[str, dict[str, str]] = field(default_factory=dict)
    #: leaders' surnames (folded) -> their (state, from, to) spans, for the word a regime noun governs ("نظام الأسد")
    surnames: dict[str, tuple[tuple[str, date, date | None], ...]] = field(default_factory=dict)
    #: a frame's ``goal`` or ``guest`` param -> the roles of the references that fill it ("to": to or for)
    goal_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: a word for how many parties a meeting has (folded, articles and endings as written) -> that number:
    #: "ثلاثي", "trilateral" -> 3
    party_counts: dict[str, int] = field(default_factory=dict)
    #: the script's commas, as written (not folded: the office before a name is cut from the original text)
    commas: frozenset[str] = frozenset()
    #: the person prefixes of the imperfect (the ``persons`` of the ``morphology`` block): يزور, تزور
    person_prefixes: frozenset[str] = frozenset()
    _roles: dict[str, Role] = field(default_factory=dict, repr=False, compare=False)  # proclitic() by prefix

    def has(self, key: str, word: str) -> bool:
        """Whether ``word`` (folded) is in the closed list ``key`` ("relatives", "name_stops", ...)."""
        return word in self.words.get(key, ())

    def proclitic(self, prefix: str) -> Role:
        """The preposition a word's proclitics carry ("للسعودية": for) past a conjunction, "" if none; once a prefix."""
        role = self._roles.get(prefix)
        if role is None:
            p = prefix.lstrip("".join(self.lexicon.clitics.conjunctions))
            role = Role(next((r for clitic, r in self.proclitics.items() if p.startswith(clitic)), ""))
            self._roles[prefix] = role
        return role

    def pattern(self, key: str) -> re.Pattern[str]:
        """The compiled regular expression ``key`` ("mission_nouns", ...); one that never matches if absent."""
        return self.patterns.get(key, _NEVER)


_NEVER = re.compile(r"(?!)")
#: Closed word lists a lexicon may give (folded at load time).
_WORD_LISTS = (
    "conjunctions",
    "relatives",
    "auxiliaries",
    "passive_markers",
    "name_stops",
    "office_gap",
    "possessive_marks",
    "office_modifiers",
    "possessives",
    "possessive_suffixes",
    "prep_gap",
    "additives",
    "universal_quantifiers",
    "purpose_prefixes",
    "instrument_prefixes",
    "noun_endings",
    "object_lam_heads",
    "presupposing",
    "imperfect_future",
    "topic_openers",
    "future_prefixes",
    "imperfect_prefixes",
    "not_a_place_after",
    "articles",
    "kingdom_named_by",
    "progressive_endings",
    "welcomed_after",
    "former_markers",
    "complementizers",
    "compound_prefixes",
    "polity_heads",
    "record_envoy_titles",
    "definite_determiners",
    "demonstratives",
    "unnamed_groups",
    "where_words",
    "disjunctions",
    "during_words",
    "light_nouns",
    "organisation_titles",
    "dual_endings",
    "negation_lifters",
    "name_clitics",
    "place_cues",
    "topic_cues",
    "infinitive_markers",
    "controller_markers",
    "possessive_endings",
    "kingdom_words",
    "state_nouns",
)
#: Regular expressions a lexicon may give, over folded text.
_PATTERNS = (
    "mission_nouns",
    "mission_work",
    "envoy_nouns",
    "diplomat_nouns",
    "dual_mission_nouns",
    "partner_pronouns",
    "counterparts",
    "pair_plural_after",
    "private_partners",
    "domestic_meetings",
    "regional_meetings",
    "together",
    "apart",
    "meeting_levels",
    "respectively",
    "distributive",
    "civilians_after",
    "civilians_before",
    "staff_nouns",
    "event_anchored",
    "off_domain",
    "leisure",
    "reciprocals",
    "other_ties",
    "currencies",
    "name_token",
    "content_anaphors",
    "status_instruments",
    "below_minister",
    "partnered_nouns",
    "committee_nouns",
    "addressed",
    "recognized_things",
    "plural_documents",
    "planned_legs",
    "residence",
    "document_nouns",
    "titled_sources",
    "hosted_talks",
    "seated_governments",
    "exile",
    "consular_nouns",
)
#: Every top-level key a lexicon may have.
LEXICON_KEYS = frozenset(
    {
        "_about",
        "syntax",
        "offices",
        "office_states",
        "honorifics",
        "name_glue",
        "pair_anaphors",
        "pair_modified",
        "kingdom_anaphors",
        "country_pronouns",
        "agencies",
        "prepositions",
        "proclitic_prepositions",
        "location_heads",
        "clause_breaks",
        "modality",
        "modal_window",
        "modal_reach",
        "needs_reach",
        "needs_cues",
        "lexemes",
        "modal_nouns",
        "record_keepers",
        "publishers",
        "eponym_heads",
        "modal_adjectives",
        "after_modality_adjectives",
        "regime_nouns",
        "impersonal_passives",
        "announcement_verbs",
        "occurrence_verbs",
        "gathering_verbs",
        "modal_verbs",
        "morphology",
        "light_verbs",
        "reporting_verbs",
        "phase_verbs",
        "covering_verbs",
        "after_modality",
        "future_predicates",
        "date_blockers",
        "date_bounds",
        "date_simultaneity",
        "time_prepositions",
        "indirect_contact",
        "frame_params",
        "triggers",
        "agreement_about_relations",
        "state_names",
        "goal_cues",
        "party_counts",
        "clitics",
        "commas",
        *_WORD_LISTS,
        *_PATTERNS,
    }
)
#: ``data/lexicon/schema.json`` lists the same keys with their forms (tests/test_lexicon_schema.py keeps them one).


@cache
def language(code: str) -> Language:
    """The compiled vocabulary of ``code`` (``ar`` or ``en``), built once per process, or loaded from the copy an
    earlier process kept (:mod:`relgraph.extractors.compiled`)."""
    return cached(
        f"language-{code}",
        Language,
        lambda: compile_language(code, read_json("lexicon", f"{code}.json"), Gazetteer.default()),
    )


def compile_language(code: str, data: dict[str, Any], gazetteer: Gazetteer, *, file: str | None = None) -> Language:
    """Compile a lexicon (the parsed ``data/lexicon/<code>.json``, or ``file``) with ``gazetteer``'s names. Raises
    :class:`~relgraph.errors.LexiconError` (an :class:`~relgraph.errors.ExtractorError`) for data that breaks
    ``data/lexicon/schema.json`` (an unknown key, a misspelt list; a value outside a closed vocabulary), and
    :class:`~relgraph.errors.ExtractorError` for a regular expression that does not compile."""
    check(data, "lexicon", file or f"data/lexicon/{code}.json")
    try:
        return _compile(code, data, gazetteer)
    except re.error as e:
        raise ExtractorError(f"lexicon {code!r}: bad regular expression {e.pattern!r}: {e}") from e


def _compile(code: str, data: dict[str, Any], gazetteer: Gazetteer) -> Language:
    syntax: dict[str, bool] = data.get("syntax", {})
    clitics = syntax.get("clitics", False)
    inflection = morphology(data.get("morphology", {}))
    specs, trigger_entries = _triggers(data, clitics, inflection)
    entries = [*_entries(code, data, gazetteer, clitics), *trigger_entries, *_verb_entries(data, clitics, inflection)]
    lexicon = Lexicon(entries, code, ACTOR_KINDS, _clitics(data.get("clitics", {})))
    # the first words of forms that open with a conjunction's letter ("وزير", "واشنطن"): there, no conjunction
    conjunctions = tuple(fold(c) for c in data.get("clitics", {}).get("conjunctions", ()))
    like = frozenset(w for e in entries if (w := fold(e.form).split(" ")[0]).startswith(conjunctions))
    verbs = _verb_lists(data, inflection)
    light = verbs["light_verbs"]
    return Language(
        code,
        lexicon,
        tuple(specs),
        needs={s.index: re.compile(fold(s.needs)) for s in specs if s.needs},
        agencies={fold(k): v for k, v in data.get("agencies", {}).items()},
        kingdoms=frozenset(_kingdoms(gazetteer, code, data)),
        about_relations={
            EventType.from_slug(slug): tuple(fold(f) for f in forms)
            for slug, forms in data.get("agreement_about_relations", {}).items()
        },
        name_glue=frozenset(fold(w) for w in data.get("name_glue", ())),
        verb_first=syntax.get("verb_first", False),
        modifiers_first=syntax.get("modifiers_first", True),
        cased=syntax.get("cased", True),
        words={key: frozenset(fold(w) for w in data.get(key, ())) for key in _WORD_LISTS}
        | {"conjunction_like": like, **verbs},
        patterns=_patterns(data),
        office_states={fold(k): v for k, v in data.get("office_states", {}).items()},
        proclitics=data.get("proclitic_prepositions", {}),
        modal_window=int(data.get("modal_window", 45)),
        modal_reach={str(k): int(v) for k, v in data.get("modal_reach", {}).items()},
        needs_reach={str(k): (str(v[0]), str(v[1])) for k, v in data.get("needs_reach", {}).items()},
        needs_cues={str(k): tuple(map(str, v)) for k, v in data.get("needs_cues", {}).items()},
        base_verbs=frozenset(fold(lemma) for raw in data.get("triggers", ()) for lemma in raw.get("lemmas", ())),
        perfect_forms=_perfect_forms(data, inflection),
        present_forms=_present_forms(data, inflection),
        future_light_verbs=frozenset(fold(p) + v for p in data.get("future_prefixes", ()) for v in light),
        sources={key: {str(k).lower(): str(v) for k, v in data.get(key, {}).items()} for key in _SOURCES},
        surnames=_surnames(gazetteer, code),
        goal_cues={str(k): tuple(map(str, v)) for k, v in data.get("goal_cues", {}).items()},
        party_counts={fold(w): int(n) for n, words in data.get("party_counts", {}).items() for w in words},
        commas=frozenset(data.get("commas", ())),
        person_prefixes=frozenset(fold(p) for p in data.get("morphology", {}).get("persons", ())),
    )


def _patterns(data: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """The lexicon's regular expressions, and those made of its news agencies, record keepers and publishers."""
    return {
        **{key: re.compile(fold(str(data[key]))) for key in _PATTERNS if key in data},
        "agencies": _agencies(data.get("agencies", {})),
        **{key: re.compile("|".join(re.escape(k.lower()) for k in data.get(key, {})) or "(?!)") for key in _SOURCES},
    }


_SOURCES = ("record_keepers", "publishers")  # the kinds of an article's source that tell a state
_CLITIC_KEYS = (
    "conjunctions prepositions article_prepositions verb_prefixes pronouns nisba_endings case_endings suffixes"
)


def _clitics(data: dict[str, Any]) -> Clitics:
    """The lexicon's ``clitics``, folded as the text they are read in."""
    taa = data.get("taa")
    return Clitics(
        **{key: tuple(fold(c) for c in data.get(key, ())) for key in _CLITIC_KEYS.split()},
        article=fold(data.get("article", "")),
        contracted_article=fold(data.get("contracted_article", "")),
        taa=(fold(taa[0]), fold(taa[1])) if taa else None,
    )


def _agencies(agencies: dict[str, str]) -> re.Pattern[str]:
    """News agencies' names as whole words of folded text. They are looked for in datelines only, not scanned
    with the lexicon, where "ومع" (Morocco's agency) would hide "و" + "مع" (and with) everywhere."""
    forms = {fold(form) for form in agencies}
    return re.compile(rf"(?<![^\W_])(?:{alternation(forms)})(?![^\W_])") if forms else _NEVER
