"""The gazetteer: states by code or name, their lineage, the state as of a date, surface forms.

The data lives in ``data/gazetteer/`` (``states.json``, ``groups.json``,
``organisations.json``; see the README there) and is read once per process by
:meth:`Gazetteer.default`.

>>> g = Gazetteer.default()
>>> g.resolve("Burma").code, g.resolve("دولة قطر").code, g.get("qat").name_en
('MM', 'QA', 'Qatar')
>>> sorted(g.lineage("RU")), g.as_of("RU", date(1988, 8, 1)), g.as_of("CZ", date(1980, 1, 1))
(['RU', 'SU'], 'SU', 'CS')

Surface forms are matched after :func:`relgraph.text.fold`. A form that two
unrelated states share ("Congo", "كوريا"), or that is also an ordinary word once
diacritics are gone ("مالي", financial), is *ambiguous*: :meth:`Gazetteer.surface_forms`
leaves it out and :meth:`Gazetteer.ambiguous_forms` lists it. A form shared within
one lineage ("Moscow", capital of the USSR and of Russia) goes to the living state;
:meth:`Gazetteer.as_of` turns it into the state that stood for it on the day.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from relgraph.errors import UnknownLanguageError, UnknownStateError
from relgraph.model import State, Succession
from relgraph.resources import read_json
from relgraph.text.normalize import fold

__all__ = ["KINDS", "LANGS", "Gazetteer", "Group", "GroupMember"]

#: Kinds of surface form, in the order that wins when one state writes a form twice.
KINDS = ("name", "capital", "title", "demonym")
LANGS = ("en", "ar")
_THE = re.compile(r"^the\s+")


@dataclass(frozen=True, slots=True)
class GroupMember:
    """A state's membership of a group, from ``since`` to ``until`` (both optional, inclusive)."""

    code: str
    since: date | None = None
    until: date | None = None

    def member_on(self, day: date | None) -> bool:
        """Whether the state belonged on ``day``; ``None`` means now (a membership that has not ended)."""
        if day is None:
            return self.until is None
        return (self.since is None or self.since <= day) and (self.until is None or day <= self.until)


@dataclass(frozen=True, slots=True)
class Group:
    """A group of states that news names as such ("the GCC states") and that expands to its members."""

    id: str
    name_en: str
    name_ar: str
    forms_en: tuple[str, ...]
    forms_ar: tuple[str, ...]
    members: tuple[GroupMember, ...]

    def members_on(self, day: date | None = None) -> frozenset[str]:
        """The member codes on ``day`` (``None``: the current members)."""
        return frozenset(m.code for m in self.members if m.member_on(day))

    def forms(self, lang: str) -> tuple[str, ...]:
        return self.forms_en if lang == "en" else self.forms_ar


def _lang(lang: str) -> str:
    if lang not in LANGS:
        raise UnknownLanguageError(lang, LANGS)
    return lang


def _state_forms(state: State, lang: str) -> Iterator[tuple[str, str]]:
    """``(form, kind)`` for every form ``state`` has in ``lang``, kinds in :data:`KINDS` order."""
    if lang == "en":
        names = (state.name_en, *state.aliases_en)
        capitals = (*((state.capital_en,) if state.capital_en else ()), *state.capital_aliases_en)
        titles, demonyms = state.titles_en, state.demonyms_en
    else:
        names, capitals = (state.name_ar, *state.aliases_ar), state.capital_ar
        titles, demonyms = state.titles_ar, state.demonyms_ar
    for kind, forms in zip(KINDS, (names, capitals, titles, demonyms), strict=True):
        for form in forms:
            yield form, kind


@dataclass(frozen=True, slots=True)
class _Form:
    """One folded key of one language: the first way it was written, its states, its best kind."""

    written: str
    codes: tuple[str, ...]
    kind: str
    ambiguous: bool


class Gazetteer:
    """States by code or name, their lineage, the state as of a date, and the forms that name them.

    Build it from plain values (tests do), or use :meth:`default` for the shipped data.
    ``ambiguous`` lists ``(form, lang)`` pairs declared ambiguous even when one state
    carries them (forms that are also ordinary words).
    """

    def __init__(
        self,
        states: Iterable[State],
        groups: Iterable[Group] = (),
        organisations: Mapping[str, Iterable[str]] | None = None,
        ambiguous: Iterable[tuple[str, str]] = (),
    ) -> None:
        self._states = {s.code: s for s in sorted(states, key=lambda s: s.code)}
        self._alpha3 = {s.alpha3.upper(): s.code for s in self._states.values() if s.alpha3}
        self._groups = tuple(groups)
        self._organisations = {lang: tuple((organisations or {}).get(lang, ())) for lang in LANGS}
        declared = {(fold(form), _lang(lang)) for form, lang in ambiguous}
        self._forms = {lang: self._index(lang, {key for key, la in declared if la == lang}) for lang in LANGS}

    def _index(self, lang: str, declared: set[str]) -> dict[str, _Form]:
        """Every folded form of ``lang``: who carries it; lineage-shared forms given to the living state."""
        written: dict[str, str] = {}
        carriers: dict[str, dict[str, str]] = {}  # key -> code -> best kind
        for state in self._states.values():
            for form, kind in _state_forms(state, lang):
                key = fold(form)
                written.setdefault(key, form)
                carriers.setdefault(key, {}).setdefault(state.code, kind)
        index = {}
        for key, by_code in carriers.items():
            codes = tuple(by_code)
            if len(codes) > 1 and all(c in self.lineage(codes[0]) for c in codes):
                living = [c for c in codes if not self._states[c].former] or [codes[0]]
                codes = (living[0],)
            kind = min(by_code.values(), key=KINDS.index) if len(codes) > 1 else by_code[codes[0]]
            index[key] = _Form(written[key], codes, kind, len(codes) > 1 or key in declared)
        return index

    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer shipped in ``data/gazetteer/``, loaded once per process."""
        return _default()

    # -- the states --------------------------------------------------------------------------------------------

    def __iter__(self) -> Iterator[State]:
        return iter(self._states.values())

    def __len__(self) -> int:
        return len(self._states)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and self._code(code) is not None

    def _code(self, code: str) -> str | None:
        code = code.strip().upper()
        return code if code in self._states else self._alpha3.get(code)

    def get(self, code: str) -> State:
        """The state with ISO 3166 alpha-2 or alpha-3 ``code``, in any case (``"qa"``, ``"QAT"``)."""
        found = self._code(code)
        if found is None:
            raise UnknownStateError(code, self._suggest(code))
        return self._states[found]

    def resolve(self, name: str) -> State:
        """The state a code or an English or Arabic name, old name, capital, demonym or title names.

        Raises :class:`~relgraph.errors.UnknownStateError` for an unknown name, with up
        to three suggestions, and for a name two states share, suggesting both.
        """
        code = self._code(name)
        if code is not None:
            return self._states[code]
        key = fold(name)
        for lang in LANGS:
            found = self._forms[lang].get(key) or self._forms[lang].get(_THE.sub("", key))
            if found is not None:
                if len(found.codes) == 1:
                    return self._states[found.codes[0]]
                raise UnknownStateError(name, [f"{self._states[c].name_en} ({c})" for c in found.codes])
        raise UnknownStateError(name, self._suggest(name))

    def _suggest(self, name: str) -> list[str]:
        """Up to three names close to ``name`` (difflib), one per state."""
        keys = {key: form for lang in LANGS for key, form in self._forms[lang].items() if form.kind == "name"}
        out: dict[str, str] = {}
        for key in difflib.get_close_matches(fold(name), keys, n=10, cutoff=0.7):
            form = keys[key]
            for code in form.codes:
                out.setdefault(code, f"{form.written} ({code})")
        return list(out.values())[:3]

    # -- time --------------------------------------------------------------------------------------------------

    def lineage(self, code: str) -> frozenset[str]:
        """``code`` with its predecessors (and theirs) and its successors (and theirs).

        RU → {RU, SU}; SU → {SU, RU}; CZ → {CZ, CS}; CS → {CS, CZ, SK}; DE → {DE, DD}.
        Siblings are not kin: Czechia's lineage leaves Slovakia out.
        """
        start = self.get(code).code
        found = {start}
        for step in (lambda s: s.predecessors, lambda s: [x.successor for x in s.successors]):
            todo = [start]
            while todo:
                for nxt in step(self._states[todo.pop()]):
                    if nxt not in found:
                        found.add(nxt)
                        todo.append(nxt)
        return frozenset(found)

    def as_of(self, code: str, day: date) -> str:
        """The state that stood for ``code`` on ``day``.

        Back in time, a state gives way to a predecessor that existed then when it
        continues that predecessor (RU on 1988-08-01 → SU) or did not exist itself
        (CZ in 1980 → CS); Germany existed in 1980, so DE stays DE. Forward, a former
        state gives way to its continuator, or to its only successor (SU in 1995 → RU,
        DD in 1995 → DE); Czechoslovakia after 1992 has two and stays CS.
        """
        state = self.get(code)
        for pred in state.predecessors:
            link = self._link(pred, state.code)
            if day < link.date and self._states[pred].existed_on(day) and (link.continues or not state.existed_on(day)):
                return self.as_of(pred, day)
        if state.valid_to is not None and day > state.valid_to:
            links = [s for s in state.successors if s.date <= day]
            heirs = [s for s in links if s.continues] or (links if len(links) == 1 else [])
            if heirs:
                return self.as_of(heirs[0].successor, day)
        return state.code

    def _link(self, predecessor: str, successor: str) -> Succession:
        return next(s for s in self._states[predecessor].successors if s.successor == successor)

    # -- text --------------------------------------------------------------------------------------------------

    def surface_forms(self, lang: str) -> Iterator[tuple[str, str, str]]:
        """``(form as written, code, kind)`` for every unambiguous form of ``lang``.

        ``kind`` is one of :data:`KINDS`. Each folded form comes once. All-capital
        English forms ("US", "UK") are acronyms: match them case-sensitively.
        """
        for form in self._forms[_lang(lang)].values():
            if not form.ambiguous:
                yield form.written, form.codes[0], form.kind

    def ambiguous_forms(self, lang: str) -> Iterator[tuple[str, tuple[str, ...]]]:
        """``(form as written, codes)`` for the forms :meth:`surface_forms` leaves out.

        Two or more codes: states that share the form. One code: the form also reads
        as an ordinary word ("مالي", financial).
        """
        for form in self._forms[_lang(lang)].values():
            if form.ambiguous:
                yield form.written, form.codes

    def groups(self, lang: str, on: date | None = None) -> dict[str, frozenset[str]]:
        """Group surface forms ("the GCC states", "دول مجلس التعاون") → member codes on ``on`` (default: now)."""
        return {form: group.members_on(on) for group in self._groups for form in group.forms(_lang(lang))}

    def group_forms(self, lang: str, on: date | None = None) -> Iterator[tuple[str, frozenset[str]]]:
        """:meth:`groups` as ``(form, codes)`` pairs, the shape a lexicon is built from."""
        return iter(self.groups(lang, on).items())

    def organisations(self, lang: str) -> Iterator[str]:
        """Surface forms of organisations and regions that are not states ("the UN", "أمريكا اللاتينية")."""
        return iter(self._organisations[_lang(lang)])


# -- loading -----------------------------------------------------------------------------------------------------


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _state(raw: dict[str, Any]) -> State:
    cap = raw["capital"]
    return State(
        code=raw["code"],
        alpha3=raw["alpha3"],
        wikidata=raw["wikidata"],
        name_en=raw["name"]["en"],
        name_ar=raw["name"]["ar"],
        aliases_en=tuple(raw["aliases"]["en"]),
        aliases_ar=tuple(raw["aliases"]["ar"]),
        capital_en=cap["en"],
        capital_ar=tuple(cap["ar"]),
        capital_coords=(cap["coords"][0], cap["coords"][1]) if cap.get("coords") else None,
        capital_aliases_en=tuple(cap["aliases_en"]),
        demonyms_en=tuple(raw["demonyms"]["en"]),
        demonyms_ar=tuple(raw["demonyms"]["ar"]),
        titles_en=tuple(raw["titles"]["en"]),
        titles_ar=tuple(raw["titles"]["ar"]),
        valid_from=_day(raw.get("valid_from")),
        valid_to=_day(raw.get("valid_to")),
        successors=tuple(
            Succession(s["code"], date.fromisoformat(s["date"]), s["continues"]) for s in raw.get("successors", ())
        ),
        predecessors=tuple(raw.get("predecessors", ())),
        status=raw["status"],
    )


def _group(raw: dict[str, Any]) -> Group:
    members = tuple(GroupMember(m["code"], _day(m.get("since")), _day(m.get("until"))) for m in raw["members"])
    names, forms = raw["name"], raw["forms"]
    return Group(raw["id"], names["en"], names["ar"], tuple(forms["en"]), tuple(forms["ar"]), members)


@cache
def _default() -> Gazetteer:
    states = read_json("gazetteer", "states.json")
    orgs = read_json("gazetteer", "organisations.json")
    entries = [*orgs["organisations"], *orgs["regions"]]
    return Gazetteer(
        (_state(raw) for raw in states["states"]),
        (_group(raw) for raw in read_json("gazetteer", "groups.json")["groups"]),
        {lang: [form for entry in entries for form in entry[lang]] for lang in LANGS},
        [(a["form"], a["lang"]) for a in states["ambiguous"]],
    )
