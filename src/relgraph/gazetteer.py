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
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, Generic, TypeVar

from relgraph.errors import UnknownLanguageError, UnknownStateError
from relgraph.model import PartialDate, State, Succession
from relgraph.resources import read_json
from relgraph.text.normalize import fold

__all__ = [
    "KINDS",
    "LANGS",
    "OFFICES",
    "City",
    "Gazetteer",
    "Group",
    "GroupMember",
    "Person",
    "Roster",
    "Term",
    "read_cities",
    "read_people",
]

#: Kinds of surface form, in the order that wins when one state writes a form twice.
KINDS = ("name", "capital", "title", "demonym")
LANGS = ("en", "ar")
#: The offices a :class:`Term` records; a ``leader`` is a ruling party's general secretary (SU, CN, KP, ...).
OFFICES = ("head_of_state", "head_of_government", "foreign_minister", "leader")
_THE = re.compile(r"^the\s+")
_T = TypeVar("_T", "Person", "City")


class _Named:
    """Something news names by ``forms_en`` and ``forms_ar``, the usual full form first."""

    __slots__ = ()
    forms_en: tuple[str, ...]
    forms_ar: tuple[str, ...]

    def forms(self, lang: str) -> tuple[str, ...]:
        return self.forms_en if lang == "en" else self.forms_ar


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
class Group(_Named):
    """A group of states that news names as such ("the GCC states") and that expands to its members."""

    id: str
    name_en: str
    name_ar: str
    forms_en: tuple[str, ...]
    forms_ar: tuple[str, ...]
    members: tuple[GroupMember, ...]
    governed_en: tuple[str, ...] = ()  # forms that name the group only after an office: "leaders of the Gulf states"
    governed_ar: tuple[str, ...] = ()

    def governed(self, lang: str) -> tuple[str, ...]:
        """The forms that name the group only as the state of an office ("قادة دول الخليج", "the leaders of the
        Gulf states"); alone they name a region ("tourists from the Gulf states")."""
        return self.governed_en if lang == "en" else self.governed_ar

    def members_on(self, day: date | None = None) -> frozenset[str]:
        """The member codes on ``day`` (``None``: the current members)."""
        return frozenset(m.code for m in self.members if m.member_on(day))


@dataclass(frozen=True, slots=True)
class Term:
    """One office (one of :data:`OFFICES`) held for one state from ``start`` to ``end`` (``None``: still held)."""

    office: str
    state: str
    start: date
    end: date | None = None


@dataclass(frozen=True, slots=True)
class Person(_Named):
    """A head of state or government or a foreign minister whom news names without the state.

    ``forms_en`` / ``forms_ar`` start with the full name; :meth:`spans` gives the
    time the person acted for each state.
    """

    id: str
    forms_en: tuple[str, ...]
    forms_ar: tuple[str, ...]
    terms: tuple[Term, ...]

    @property
    def name_en(self) -> str:
        return self.forms_en[0]

    @property
    def states(self) -> frozenset[str]:
        return frozenset(t.state for t in self.terms)

    def spans(self) -> tuple[tuple[str, date, date | None], ...]:
        """``(state, from, to)``: the terms for each state merged where they overlap or touch (``to`` None: now)."""
        out: list[tuple[str, date, date | None]] = []
        for term in sorted(self.terms, key=lambda t: (t.state, t.start)):
            if out and out[-1][0] == term.state and _touches(out[-1][2], term.start):
                state, start, end = out[-1]
                out[-1] = (state, start, None if end is None or term.end is None else max(end, term.end))
            else:
                out.append((term.state, term.start, term.end))
        return tuple(out)


def _touches(end: date | None, start: date) -> bool:
    return end is None or start.toordinal() <= end.toordinal() + 1


@dataclass(frozen=True, slots=True)
class City(_Named):
    """A place where things happen: a city or a venue of the state ``state``.

    ``venue`` marks places where states meet so often on neutral ground (New York
    for the UN, Geneva) that being there is no visit to ``state``. ``capital``
    marks an entry that only adds the flag to the state's capital: its forms are
    the capital's, read from the state.
    """

    name_en: str
    state: str
    forms_en: tuple[str, ...]
    forms_ar: tuple[str, ...]
    coords: tuple[float, float] | None = None
    venue: bool = False
    capital: bool = False


@dataclass(frozen=True, slots=True)
class Roster(Generic[_T]):
    """People or cities, with the ``(form, lang)`` pairs declared ambiguous among them (ordinary words)."""

    items: tuple[_T, ...]
    ambiguous: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class _Carried(Generic[_T]):
    """One folded key of people or cities: the first way it was written, who carries it, whether it is ambiguous."""

    written: str
    items: tuple[_T, ...]
    ambiguous: bool


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
        for form in _written_ways(forms, lang):
            yield form, kind


def _written_ways(forms: Iterable[str], lang: str) -> Iterator[str]:
    """``forms``, and in English each also without its accents, as news often writes it ("Bogota", "Sao Tome"), and
    with "Saint" abbreviated as records and news write it ("St. Lucia", "St Vincent")."""
    for form in forms:
        ways = [form]
        if lang == "en":
            plain = unicodedata.normalize(
                "NFC", "".join(c for c in unicodedata.normalize("NFD", form) if unicodedata.category(c) != "Mn")
            )
            ways += [plain] if plain != form else []
            ways += [_SAINT.sub(short, way) for way in list(ways) if _SAINT.search(way) for short in ("St. ", "St ")]
        yield from dict.fromkeys(ways)


_SAINT = re.compile(r"\bSaint ")


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
    carries them (forms that are also ordinary words). ``people`` and ``cities`` are
    rosters, or functions that return one on first use (the shipped ones are read lazily).
    """

    def __init__(
        self,
        states: Iterable[State],
        groups: Iterable[Group] = (),
        organisations: Mapping[str, Iterable[str]] | None = None,
        ambiguous: Iterable[tuple[str, str]] = (),
        people: Roster[Person] | Callable[[], Roster[Person]] | None = None,
        cities: Roster[City] | Callable[[], Roster[City]] | None = None,
    ) -> None:
        self._rosters: dict[str, Any] = {"people": people, "cities": cities}
        self._carried: dict[str, dict[str, dict[str, Any]]] = {}
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

    def begun(self, code: str, day: date) -> bool:
        """Whether the state ``code`` had come into being by the end of ``day``'s year: Italy had not in 1850, nor
        Germany in 1860; the Kingdom of Italy had in "Establishment of Diplomatic Relations, 1861" (a year dated by
        its first day, before the kingdom's proclamation in March). Whether it still stood is :meth:`as_of`'s."""
        valid_from = self.get(code).valid_from
        return valid_from is None or valid_from <= date(day.year, 12, 31)

    def capital_then(self, written: str, day: date) -> str | None:
        """The former state whose capital the place ``written`` (as the text has it) was on ``day``: "Berlin" in
        1974 is East Germany's (``shared`` in the capital's entry), in 1995 Germany's (``None``: its own)."""
        folded = fold(written)
        return next(
            (
                s.code
                for s in self._states.values()
                if s.shared_capital and s.existed_on(day) and any(folded.endswith(f) for f in s.shared_capital)
            ),
            None,
        )

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

    def word_like_forms(self, lang: str) -> Iterator[tuple[str, str, str]]:
        """``(form as written, code, kind)`` for the ambiguous forms only one state carries: a name that is
        also an ordinary word ("مسقط", "مالي"). Left out of :meth:`surface_forms`, they name the state only
        where the context says so (a place after "to" or "in", a demonym after an office): the extractor's call.
        """
        for form in self._forms[_lang(lang)].values():
            if form.ambiguous and len(form.codes) == 1:
                yield form.written, form.codes[0], form.kind

    def groups(self, lang: str, on: date | None = None) -> dict[str, frozenset[str]]:
        """Group surface forms ("the GCC states", "دول مجلس التعاون") → member codes on ``on`` (default: now)."""
        return {form: group.members_on(on) for group in self._groups for form in group.forms(_lang(lang))}

    def group_memberships(self, lang: str) -> Iterator[tuple[str, tuple[GroupMember, ...], bool]]:
        """``(form, memberships, governed)`` for every group form of ``lang``: who belonged when ("BRICS
        countries" in 2015 are five, in 2024 nine), for an extractor to read as of an article's date; ``governed``:
        the form names the group only as the state of an office (:meth:`Group.governed`)."""
        for group in self._groups:
            for form in group.forms(_lang(lang)):
                yield form, group.members, False
            for form in group.governed(_lang(lang)):
                yield form, group.members, True

    def organisations(self, lang: str) -> Iterator[str]:
        """Surface forms of organisations and regions that are not states ("the UN", "أمريكا اللاتينية")."""
        return iter(self._organisations[_lang(lang)])

    # -- people and places -------------------------------------------------------------------------------------

    def people(self, lang: str) -> Iterator[tuple[str, str, date, date | None]]:
        """``(form as written, state code, in office from, to)`` for every unambiguous form of every person.

        A person yields one row per form and per span of :meth:`Person.spans` (``to``
        None: still in office). A form two people of one state share ("Bush") yields
        both; a form people of two states share ("Kim"), or an ordinary word ("عون"),
        is left out.
        """
        for carried in self._index_of("people", lang).values():
            if not carried.ambiguous:
                for person in carried.items:
                    for state, start, end in person.spans():
                        yield carried.written, state, start, end

    def surnames(self, lang: str) -> Iterator[tuple[str, str, date, date | None]]:
        """``(surname as written, state code, in office from, to)``: the last word of a person's name of two
        words or more ("الأسد" of "بشار الأسد"), where the people who bear it all held office in one state.

        A surname alone is often an ordinary word ("الأسد", the lion; "مبارك", blessed): the reading takes it
        for the person only where the text says so ("نظام الأسد", the Assad regime).
        """
        bearers: dict[str, list[Person]] = {}
        written: dict[str, str] = {}
        for carried in self._index_of("people", lang).values():
            last = carried.written.split()[-1] if " " in carried.written else ""
            if len(last) > 2:
                written.setdefault(fold(last), last)
                for person in carried.items:
                    if person not in bearers.setdefault(fold(last), []):
                        bearers[fold(last)].append(person)
        for key, people in bearers.items():
            if len({code for person in people for code in _states_of(person)}) == 1:
                for person in people:
                    for state, start, end in person.spans():
                        yield written[key], state, start, end

    def person(self, form: str) -> tuple[Person, ...]:
        """The people any English or Arabic form names, ambiguous forms included (``()``: nobody)."""
        return self._lookup("people", form)

    def cities(self, lang: str) -> Iterator[tuple[str, str, str, bool]]:
        """``(form as written, state code, English name, venue)`` for every unambiguous form of a city or venue.

        Capitals come in only where ``cities.json`` flags them as venues (Vienna,
        Brussels); their other uses are the states' ``capital`` forms.
        """
        for carried in self._index_of("cities", lang).values():
            if not carried.ambiguous:
                city = carried.items[0]
                yield carried.written, city.state, city.name_en, city.venue

    def city(self, form: str) -> tuple[City, ...]:
        """The cities any English or Arabic form names, ambiguous forms included (``()``: none)."""
        return self._lookup("cities", form)

    def _lookup(self, kind: str, form: str) -> tuple[Any, ...]:
        key = fold(form)
        for lang in LANGS:
            found = self._index_of(kind, lang).get(key) or self._index_of(kind, lang).get(_THE.sub("", key))
            if found is not None:
                return found.items
        return ()

    def _index_of(self, kind: str, lang: str) -> dict[str, _Carried[Any]]:
        """The folded forms of the people or cities roster in ``lang``, built on first use."""
        if kind not in self._carried:
            roster = self._rosters[kind]
            roster = roster() if callable(roster) else roster or Roster(())
            self._carried[kind] = {la: self._carry(roster, la) for la in LANGS}
        return self._carried[kind][_lang(lang)]

    def _carry(self, roster: Roster[Any], lang: str) -> dict[str, _Carried[Any]]:
        """Folded form → its carriers; ambiguous when declared, when people or cities of two states carry
        it, or when it names another state (a city "طرابلس" in Lebanon is Libya's capital)."""
        declared = {fold(form) for form, la in roster.ambiguous if la == lang}
        written: dict[str, str] = {}
        carriers: dict[str, list[Any]] = {}
        for item in roster.items:
            for form in self._forms_of(item, lang):
                key = fold(form)
                written.setdefault(key, form)
                if item not in carriers.setdefault(key, []):
                    carriers[key].append(item)
        index = {}
        for key, items in carriers.items():
            states = {code for item in items for code in _states_of(item)}
            named = self._forms[lang].get(key)  # Aden, Yemen's city, is South Yemen's capital: no clash
            clash = named is not None and not any(set(named.codes) <= self.lineage(state) for state in states)
            ambiguous = key in declared or (len(items) > 1 and len(states) > 1) or clash
            index[key] = _Carried(written[key], tuple(items), ambiguous)
        return index

    def _forms_of(self, item: Person | City, lang: str) -> tuple[str, ...]:
        """An item's forms; a capital's venue entry takes the capital's forms from its state."""
        if isinstance(item, City) and item.capital:
            state = self._states[item.state]
            return tuple(form for form, kind in _state_forms(state, lang) if kind == "capital")
        return tuple(_written_ways(item.forms(lang), lang))


def _states_of(item: Person | City) -> frozenset[str]:
    return item.states if isinstance(item, Person) else frozenset((item.state,))


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
        shared_capital=tuple(fold(f) for lang in ("en", "ar") for f in cap.get("shared", {}).get(lang, ())),
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
    names, forms, governed = raw["name"], raw["forms"], raw.get("governed_forms", {})
    return Group(
        raw["id"],
        names["en"],
        names["ar"],
        tuple(forms["en"]),
        tuple(forms["ar"]),
        members,
        tuple(governed.get("en", ())),
        tuple(governed.get("ar", ())),
    )


@cache
def _bound(text: str) -> PartialDate:
    return PartialDate.parse(text)


def _person(raw: dict[str, Any]) -> Person:
    terms = []
    for t in raw["terms"]:
        end = _bound(t["to"]).latest if t.get("to") else None
        terms.append(Term(t["office"], t["state"], _bound(t["from"]).earliest, end))
    return Person(raw["id"], tuple(raw["en"]), tuple(raw["ar"]), tuple(terms))


def _city(raw: dict[str, Any]) -> City:
    coords = raw.get("coords")
    return City(
        raw["name"],
        raw["state"],
        tuple(raw.get("en", ())),
        tuple(raw.get("ar", ())),
        (coords[0], coords[1]) if coords else None,
        raw.get("venue", False),
        raw.get("capital", False),
    )


def _ambiguous(raw: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    return tuple((a["form"], a["lang"]) for a in raw["ambiguous"])


@cache
def read_people() -> Roster[Person]:
    """The people of ``data/gazetteer/people.json`` (read once per process)."""
    raw = read_json("gazetteer", "people.json")
    return Roster(tuple(_person(p) for p in raw["people"]), _ambiguous(raw))


@cache
def read_cities() -> Roster[City]:
    """The cities and venues of ``data/gazetteer/cities.json`` (read once per process)."""
    raw = read_json("gazetteer", "cities.json")
    return Roster(tuple(_city(c) for c in raw["cities"]), _ambiguous(raw))


@cache
def _default() -> Gazetteer:
    states = read_json("gazetteer", "states.json")
    orgs = read_json("gazetteer", "organisations.json")
    entries = [*orgs["organisations"], *orgs["regions"]]
    return Gazetteer(
        (_state(raw) for raw in states["states"]),
        (_group(raw) for raw in read_json("gazetteer", "groups.json")["groups"]),
        {lang: [form for entry in entries for form in entry[lang]] for lang in LANGS},
        _ambiguous(states),
        read_people,
        read_cities,
    )
