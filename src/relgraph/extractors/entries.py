"""The lexicon entries of a language: the gazetteer's names (states, people, places, groups, organisations) and
the lexicon's word lists, each as a :class:`~relgraph.extractors.scanning.Entry` of its :class:`HitKind`, for
:mod:`relgraph.extractors.language` to compile into one scanner (the triggers are compiled there); and what else the
gazetteer tells a language: the states "the Kingdom" can be, leaders' surnames."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from relgraph.extractors.kinds import HitKind, Level, Modality, Role
from relgraph.extractors.scanning import Entry
from relgraph.gazetteer import LANGS as GAZETTEER_LANGS
from relgraph.gazetteer import Gazetteer
from relgraph.text.normalize import fold

__all__ = ["NAME_OR_CAPITAL", "WORD_LIKE"]


#: Marks the kind of a state's form that is also an ordinary word ("word-like capital": مسقط).
WORD_LIKE = "word-like "


#: Marks a form that is one state's name and another's capital ("عمان": Oman, and Amman once folded); its value
#: is ``(the named state, the capital's state)``.
NAME_OR_CAPITAL = "name or capital"
GOVERNED = "governed"  # a group's form that names it only as the state of an office ("قادة دول الخليج")


def _word_class(clitics: bool, cls: str) -> str:
    """The scanner's word class: Arabic classes where words carry clitics, else English ones."""
    if clitics:
        return cls
    return "en_name" if cls in ("name", "nisba") else "en_word"


def _entries(lang: str, data: dict[str, Any], gazetteer: Gazetteer, clitics: bool) -> Iterator[Entry]:
    if lang in GAZETTEER_LANGS:
        yield from _gazetteer_entries(lang, gazetteer, clitics)
    # A language the gazetteer does not write: the lexicon names the states it needs ("la France", "marocain").
    # Demonyms are capitalised names in English ("Moroccan"), ordinary words in French ("marocain").
    demonym = _word_class(clitics, "nisba" if data.get("syntax", {}).get("demonyms_cased", True) else "word")
    for code, kinds in data.get("state_names", {}).items():
        for kind, forms in kinds.items():
            word_class = demonym if kind == "demonym" else _word_class(clitics, "name")
            yield from (Entry(form, HitKind.STATE, code, word_class, kind) for form in forms)
    yield from _lexicon_entries(data, clitics)


def _gazetteer_entries(lang: str, gazetteer: Gazetteer, clitics: bool) -> Iterator[Entry]:
    name = _word_class(clitics, "name")
    places = list(gazetteer.cities(lang))
    venues = {fold(form) for form, _, _, venue in places if venue}
    for form, code, kind in gazetteer.surface_forms(lang):
        if kind == "capital" and fold(form) in venues:
            continue  # Vienna, Brussels: where states meet, not the government that receives them
        yield Entry(form, HitKind.STATE, code, _word_class(clitics, "nisba" if kind == "demonym" else "name"), kind)
    # Forms that are also ordinary words ("مسقط", "مالي"): a state only in a place's or an office's context.
    for form, code, kind in gazetteer.word_like_forms(lang):
        word_class = _word_class(clitics, "nisba" if kind == "demonym" else "name")
        yield Entry(form, HitKind.STATE, code, word_class, WORD_LIKE + kind)
    # "عمان", Oman and Amman: the reading decides by the preposition before it.
    for form, sharing in gazetteer.ambiguous_forms(lang):
        named = _name_and_capital(gazetteer, lang, form, sharing)
        if named is not None:
            yield Entry(form, HitKind.STATE, named, name, NAME_OR_CAPITAL)
    # People news names without their state ("Putin", "السادات"): value = their (state, from, to) spans.
    terms: dict[str, list[tuple[str, date, date | None]]] = {}
    for form, code, start, end in gazetteer.people(lang):
        terms.setdefault(form, []).append((code, start, end))
    for form, spans in terms.items():
        yield Entry(form, HitKind.PERSON, tuple(spans), name)
    # Cities and venues: value = (state or None for a venue, English name, the state a venue lies in).
    for form, code, city, venue in places:
        yield Entry(form, HitKind.PLACE, (None, city, code) if venue else (code, city, None), name)
    # Groups ("the GCC states"): value = their memberships (state, since, until), in a fixed order.
    for form, members, governed in gazetteer.group_memberships(lang):
        yield Entry(
            form, HitKind.GROUP, tuple(sorted(members, key=lambda m: m.code)), name, GOVERNED if governed else None
        )
    for form in gazetteer.organisations(lang):
        yield Entry(form, HitKind.ORG, None, name)


#: The lexicon's word lists that are cues of one kind, in the order they are read, each with its word class.
_WORD_LIST_KINDS = (
    ("honorifics", HitKind.HONORIFIC, "word"),
    ("pair_anaphors", HitKind.PAIR, "noun"),
    ("kingdom_anaphors", HitKind.KINGDOM, "noun"),
    ("country_pronouns", HitKind.COUNTRY_PRONOUN, "noun"),
    ("clause_breaks", HitKind.BREAK, "word"),
    ("indirect_contact", HitKind.CONTACT, "word"),
    ("after_modality", HitKind.MODAL_AFTER, "word"),
    ("location_heads", HitKind.LOCHEAD, "noun"),
    ("eponym_heads", HitKind.EPONYM, "noun"),
    ("regime_nouns", HitKind.REGIME, "noun"),
    ("impersonal_passives", HitKind.IMPERSONAL, "word"),
    ("date_blockers", HitKind.BLOCKER, "word"),
    ("date_bounds", HitKind.BOUND, "word"),
    ("date_simultaneity", HitKind.WHEN, "word"),
    ("time_prepositions", HitKind.TIME_PREP, "word"),
)


def _lexicon_entries(data: dict[str, Any], clitics: bool) -> Iterator[Entry]:
    def words(key: str, kind: HitKind, word_class: str = "word") -> Iterator[Entry]:
        for form in data.get(key, ()):
            yield Entry(form, kind, form, _word_class(clitics, word_class))

    for level, forms in data.get("offices", {}).items():
        for form in forms:
            yield Entry(form, HitKind.OFFICE, Level(level), _word_class(clitics, "noun"))
    # Whole words that a trigger with clitics would misread ("وزارة" is no و+زار+ه, "فيصل" no ف+يصل): the longer
    # hit wins, so the trigger is not seen there.
    for word_class, forms in data.get("lexemes", {}).items():
        for form in forms:
            yield Entry(form, HitKind.LEXEME, form, _word_class(clitics, word_class))
    for key, kind, word_class in _WORD_LIST_KINDS:
        yield from words(key, kind, word_class)
    # Pair anaphors with a modifier, derived: "the two Gulf states", "both Asian nations" (``pair_modified``).
    modified = data.get("pair_modified", {})
    for det in modified.get("determiners", ()):
        for mod in modified.get("modifiers", ()):
            for noun in modified.get("nouns", ()):
                form = f"{det} {mod} {noun}"
                yield Entry(form, HitKind.PAIR, form, _word_class(clitics, "noun"))
    for form, role in data.get("prepositions", {}).items():
        yield Entry(form, HitKind.PREP, Role(role), _word_class(clitics, "word"))
    # Modality by category: words, verbal nouns with a noun's clitics ("عزمه زيارة", his intention to visit, and
    # with the article: "للمطالبة بإغلاق"), and adjectives inflected like a nisba, with or without the article
    # (مقبل → المقبلة، القادمين، مرتقبة).
    articles = data.get("articles", ()) if clitics else ()
    for key, word_class in (("modality", "word"), ("modal_nouns", "noun"), ("modal_adjectives", "nisba")):
        for category, forms in data.get(key, {}).items():
            for form in forms:
                yield Entry(form, HitKind.MODAL, Modality(category), _word_class(clitics, word_class))
                if word_class == "noun":
                    definite = (a + form for a in articles if not form.startswith(a))
                    yield from (Entry(f, HitKind.MODAL, Modality(category), "noun") for f in definite)
    yield from words("after_modality_adjectives", HitKind.MODAL_AFTER, "nisba")


def _name_and_capital(gazetteer: Gazetteer, lang: str, form: str, codes: tuple[str, ...]) -> tuple[str, str] | None:
    """``(the state named, the state whose capital it is)`` for a form two states share that way, else None."""
    if len(codes) != 2:
        return None
    key = fold(form)
    named = capital = None
    for code in codes:
        s = gazetteer.get(code)
        if lang == "en":
            names, capitals = (s.name_en, *s.aliases_en), (*filter(None, (s.capital_en,)), *s.capital_aliases_en)
        else:
            names, capitals = (s.name_ar, *s.aliases_ar), s.capital_ar
        if key in map(fold, names):
            named = code
        elif key in map(fold, capitals):
            capital = code
    return (named, capital) if named and capital else None


def _surnames(gazetteer: Gazetteer, lang: str) -> dict[str, tuple[tuple[str, date, date | None], ...]]:
    """Leaders' surnames, folded, with their terms: looked up only for the word a regime noun governs."""
    terms: dict[str, list[tuple[str, date, date | None]]] = {}
    for form, code, start, end in gazetteer.surnames(lang) if lang in GAZETTEER_LANGS else ():
        terms.setdefault(fold(form), []).append((code, start, end))
    return {form: tuple(spans) for form, spans in terms.items()}


def _kingdoms(gazetteer: Gazetteer, lang: str, data: dict[str, Any]) -> Iterator[str]:
    """States whose names say they are kingdoms (a word of the lexicon's ``kingdom_words`` in one of their names in
    the language, the gazetteer's or the lexicon's ``state_names``): what "the Kingdom" / "المملكة" can stand for,
    a former one too once named ("the Kingdom of the Serbs, Croats and Slovenes ... recognized the kingdom")."""
    words = [fold(w) for w in data.get("kingdom_words", ())]
    given = data.get("state_names", {})
    for state in gazetteer:
        if lang == "en":
            names: tuple[str, ...] = (state.name_en, *state.aliases_en)
        elif lang == "ar":
            names = (state.name_ar, *state.aliases_ar)
        else:
            names = tuple(given.get(state.code, {}).get("name", ()))
        if any(w in fold(n) for n in names for w in words):
            yield state.code
