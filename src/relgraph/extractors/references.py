"""References: every mention of a state in an article, one reader per kind of reference."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from operator import sub as minus
from typing import cast

from relgraph.extractors.cues import _coordinated, _Cues
from relgraph.extractors.entries import GOVERNED, NAME_OR_CAPITAL, WORD_LIKE
from relgraph.extractors.kinds import HitKind, Level, RefKind, Role
from relgraph.extractors.language import Language, TriggerSpec
from relgraph.extractors.offices import _governing_office, _held_by, _shared_offices, _state_after_name
from relgraph.extractors.persons import (
    _given_name,
    _honoured,
    _name_keys,
    _other_given_name,
    _person_name,
    _regimes,
    _state_of,
    _titled_persons,
    _with_persons,
)
from relgraph.extractors.positions import (
    ActorRef,
    Words,
    _compounded,
    _definite,
    _Hits,
    _last_word,
    _next_word,
    _polity_of,
)
from relgraph.extractors.scanning import PREFIX, SPAN, START, Hit


def _visited(hit: Hit, before: Sequence[Hit], words: Words, reach: int = 5) -> bool:
    """A travel verb taking its host as a bare object ("زار") or a place noun ("مطار عمان") is right before."""
    last = _Hits(before, ordered=True).last_until(hit.start - len(hit.prefix))
    spec = last.entry.value if last is not None else None
    return (
        last is not None
        and (not isinstance(spec, TriggerSpec) or (spec.frame == "travel" and "object" in spec.param("goal")))
        and words.within(last.end, hit.start, reach)
    )


_VISITED_BY = ((HitKind.TRIGGER, 5), (HitKind.LOCHEAD, 0))  # what makes a name-or-capital the capital, how near

#: The reference a state's name makes with no office governing it, by the lexicon's sub-kind of the name:
#: (kind, agentive, level).
_BARE: dict[str, tuple[RefKind, bool, Level | None]] = {
    "demonym": (RefKind.TOPIC, False, None),
    "capital": (RefKind.CAPITAL, True, None),
    "title": (RefKind.OFFICIAL, True, Level.HEAD),
}


class _References:
    """An article's references, one kind of hit at a time; its readers share words, cues, offices and persons."""

    def __init__(
        self,
        actor_hits: Sequence[Hit],
        cues: Sequence[Hit],
        kinds: dict[HitKind, list[Hit]],
        words: Words,
        text: str,
        lang: Language,
        home: str | None,
        active: Sequence[tuple[int, int]],
        published: date | None,
        recorder: str | None = None,
    ) -> None:
        self.actor_hits = actor_hits
        self.words, self.low, self.text, self.lang = words, words.low, text, lang
        self.kinds, self.home, self.published, self.recorder = kinds, home, published, recorder
        self.offices = _Hits(kinds.get(HitKind.OFFICE, []), ordered=True)
        self.honorifics = kinds.get(HitKind.HONORIFIC, [])
        lochead, office, body = HitKind.LOCHEAD, HitKind.OFFICE, Level.BODY
        heads = [h for h in cues if (k := h.entry.kind) == lochead or (k == office and h.entry.value == body)]
        if lang.modifiers_first:  # "in the Saudi capital": an adjective before a head is skipped with it
            heads += [h for h in actor_hits if h.entry.data == "demonym"]
        self.cue_of = _Cues(kinds.get(HitKind.PREP, []), heads, words, lang, active).of
        # Nouns a person's name or title after them names: "مطار بن غوريون", "جامعة الملك سعود" (no one acting).
        self.institutions = _Hits(kinds.get(HitKind.EPONYM, []), ordered=True)
        self.eponymous = _Hits(
            sorted([*kinds.get(HitKind.LOCHEAD, ()), *self.institutions.hits], key=START), ordered=True
        )
        self.refs: list[ActorRef] = []
        self.used_offices: dict[int, tuple[str, ...]] = {}  # an office's start -> the state(s) the text gave it
        self.persons: dict[str, tuple[str, ...]] = {}
        self.others: set[str] = set()  # known surnames the article gave someone else ("Charles Kennedy")
        # Where a word the lexicon knows starts (a name ends before it): worked out in C unless honorifics need
        # leaving out.
        every = [*actor_hits, *cues]
        self.stops: set[int] = (
            set(map(minus, map(START, every), map(len, map(PREFIX, every))))
            if not (self.honorifics)
            else {h.start - len(h.prefix) for h in every if h.entry.kind != HitKind.HONORIFIC}
        )

    def read(self) -> list[ActorRef]:
        """The references to states, one reader per kind of hit, then offices with no state, regimes, persons."""
        readers = {
            HitKind.STATE: self.state,
            HitKind.GROUP: self.state,
            HitKind.ORG: self.org,
            HitKind.PERSON: self.person,
            HitKind.PLACE: self.place,
        }
        phrases = _Hits(self.kinds.get(HitKind.LEXEME, ()), ordered=True)  # a fixed phrase is one word ...
        for hit in self.actor_hits:  # ... "أولا بأول" is no Powell
            phrase = phrases.last_starting(hit.start) if phrases.hits else None
            if phrase is None or phrase.end < hit.end:
                readers.get(hit.entry.kind, self.anaphor)(hit)
        self.unheld_offices()
        return self.finished()

    def state(self, hit: Hit) -> None:
        """A state's name, capital, adjective or title, or a group of states: with the office that governs it
        ("وزير الخارجية الإيراني"), and the name of the official after it."""
        word_start = hit.start - len(hit.prefix)
        if hit.entry.kind == HitKind.STATE:
            if _compounded(self.low, word_start, self.lang) or _given_name(self.text, hit.end, self.lang):
                return  # "the one-China policy", "pro-Iran militias": a modifier, not the state; "Jordan B. Smith"
            codes, sub, word_like = self._state_name(hit)
            if sub != "name" and self._polity(hit, word_start):
                return
        else:  # a group: its members when the article was written (now, when undated): BRICS in 2015 is five
            members = hit.entry.value
            codes = tuple(m.code for m in members if m.member_on(self.published))  # type: ignore[attr-defined]
            sub, word_like = "group", False
        office = _governing_office(hit, self.offices, self.words, self.lang, sub, self.used_offices)
        if office is None and hit.entry.data == GOVERNED:
            return  # "tourists from the Gulf states": a region; "the leaders of the Gulf states": the group
        start = word_start if office is None else min(office.start - len(office.prefix), word_start)
        end = hit.end if office is None else max(office.end, hit.end)
        level: Level | None
        if office is not None:
            self.used_offices[office.start] = codes
            ref_kind, agentive, level = RefKind.OFFICIAL, True, cast(Level, office.entry.value)
            if self.recorder and self.lang.has("record_envoy_titles", self.low[office.start : office.end]):
                level = Level.ENVOY  # in a state's own record, "U.S. Minister John Clay" heads a legation
        else:
            ref_kind, agentive, level = _BARE.get(sub, (RefKind.NAME, True, None))
        cue_from = office if office is not None and office.start < hit.start else hit
        cue = self.cue_of(cue_from)
        if word_like and self._common_word(hit, office, sub, cue):
            return
        who = None
        if ref_kind == RefKind.OFFICIAL and level != Level.BODY:  # "الحكومة الألمانية" is followed by no one's name
            name_end, name = self._name_after(end)
            if name:
                end, who = name_end, (name_end - len(name), name_end)
                self._remember(name, codes)
        kind = ref_kind if hit.entry.kind == HitKind.STATE else RefKind.GROUP
        self.refs.append(ActorRef(start, end, codes, kind, cue, agentive, level, None, who))

    def _state_name(self, hit: Hit) -> tuple[tuple[str, ...], str, bool]:
        """The state a name stands for, the lexicon's sub-kind of the name, and whether it is also a common word
        (``word_like``): one spelling of a capital and a state is read by its preposition or verb."""
        codes = (str(hit.entry.value),)
        sub = str(hit.entry.data or "name")
        if sub == NAME_OR_CAPITAL:  # "إلى عمان", "زار ... عمان" Amman; "أعلنت عمان" Oman
            visited = self.cue_of(hit) in self.lang.words["place_cues"] or any(
                _visited(hit, self.kinds.get(kind, []), self.words, reach) for kind, reach in _VISITED_BY
            )
            sub = "capital" if visited else "name"
            codes = (str(hit.entry.value[sub == "capital"]),)  # type: ignore[index]
        elif sub.startswith(WORD_LIKE):
            return codes, sub[len(WORD_LIKE) :], True
        return codes, sub, False

    def _common_word(self, hit: Hit, office: Hit | None, sub: str, cue: str) -> bool:
        """A name that is also a common word is the word here: "وزير المالية" (a construct state: "الوزير المالي"
        is Malian), "مالي" financial, "مسقط رأسه" a birthplace. An adjective counts only with an office, a name
        only as a place after a preposition."""
        low, lang = self.low, self.lang
        if (
            office is not None
            and office.start < hit.start
            and ((_definite(low, hit, lang) and not _definite(low, office, lang)) or _unlike(hit, office, lang, low))
        ):
            return True
        return not (
            office is not None
            if sub == "demonym"
            else cue in lang.words["place_cues"] and not lang.has("not_a_place_after", _next_word(low, hit.end))
        )

    def _name_after(self, pos: int) -> tuple[int, str]:
        """:func:`_person_name` after ``pos``, in this article."""
        return _person_name(pos, self.low, self.text, self.honorifics, self.lang, self.stops)

    def _remember(self, name: str, codes: tuple[str, ...], known: bool = False) -> None:
        """A person named after an office acts for ``codes``: so do later mentions of the name (of a name the
        gazetteer ``known``, the surname: the scan finds the whole name itself)."""
        for key in _name_keys(name, self.lang)[known:]:
            self.persons.setdefault(key, codes)

    def org(self, hit: Hit) -> None:
        """An organisation: no state, no agent (it keeps an office after it from being a state's)."""
        self.refs.append(ActorRef(hit.start - len(hit.prefix), hit.end, (), RefKind.ORG, Role.NONE, False))

    def person(self, hit: Hit) -> None:
        """A person the gazetteer knows, acting for the state of their term."""
        word_start = hit.start - len(hit.prefix)
        if self.eponymous.ends_at(word_start, self.words):
            return  # a place named after a person: "مطار بن غوريون", "King Fahd Palace"
        codes = _state_of(hit.entry.value, self.published)  # type: ignore[arg-type]
        name = self.text[hit.start : hit.end]
        if self.lang.cased and (
            name in self.others
            or _other_given_name(hit, word_start, self.text, self.offices, self.honorifics, self.words)
        ):
            codes = ()  # "Lib Dem leader Charles Kennedy" is not President Kennedy, nor is "Mr Kennedy" after him
            self.others.add(name)
        # "Richard von Weizsaecker", then "Weizsaecker"; in a script without capitals, a name alone is often a word
        # ("شكري": thanks), so only a full name read is remembered: "عادل الجبير", then "الجبير"
        if codes and (self.lang.cased or " " in name.strip()):
            self._remember(self.low[hit.start : hit.end], codes, known=True)
        self.refs.append(
            ActorRef(
                _honoured(word_start, self.honorifics, self.words),  # "صاحب السمو الملكي الأمير محمد بن سلمان"
                hit.end,
                codes,
                RefKind.PERSON,
                self.cue_of(hit),
                True,
                Level.HEAD,
                None,
                (hit.start, hit.end),
            )
        )

    def place(self, hit: Hit) -> None:
        """A city (in a state) or a venue (no state's); not a person's given name ("Milan D. Bish")."""
        word_start = hit.start - len(hit.prefix)
        if _given_name(self.text, hit.end, self.lang) or self._polity(hit, word_start):
            return
        place: tuple[str | None, str, str | None] = hit.entry.value  # type: ignore[assignment]
        refs = self.refs
        prev = refs[-1] if refs else None
        if prev is not None and (prev.start, prev.end) == (word_start, hit.end) and prev.codes == place[:1]:
            # A city that also stands for its government ("Tel Aviv"): a capital of a kind.
            refs[-1] = prev._replace(kind=RefKind.CAPITAL, level=None, name=place[1])
            return
        codes, kind = ((place[0],), RefKind.CITY) if place[0] else ((), RefKind.VENUE)
        refs.append(ActorRef(word_start, hit.end, codes, kind, self.cue_of(hit), False, None, place[1], None, place[2]))

    def _state_named_after(self, hit: Hit) -> bool:
        """A state's name follows ``hit`` and its preposition ("the Kingdom of Italy", "of the Netherlands")."""
        following = next((h for h in self.actor_hits if h.start > hit.end), None)
        if following is None or following.entry.kind != HitKind.STATE:
            return False
        return len(self.words.between(hit.end, following.start - len(following.prefix))) <= 2

    def _polity(self, hit: Hit, start: int) -> bool:
        """:func:`_polity_of`: kept as a reference to no state."""
        if not _polity_of(self.words, self.lang, start):
            return False
        self.refs.append(ActorRef(start, hit.end, (), RefKind.POLITY, Role.NONE, False))
        return True

    def anaphor(self, hit: Hit) -> None:
        """A reference the discourse resolves: the pair, the kingdom, "his country", a topic ..."""
        kind, after = hit.entry.kind, _next_word(self.low, hit.end)
        start, end, cue, level = hit.start - len(hit.prefix), hit.end, self.cue_of(hit), None
        if kind == HitKind.KINGDOM and self.lang.has("kingdom_named_by", after):
            # "the Kingdom of the Two Sicilies", "of Hawaii": a kingdom the gazetteer does not hold (it reads "the
            # Kingdom of Spain" whole); "the Kingdom of Italy" is the state named after it
            if not self._state_named_after(hit):
                self.refs.append(ActorRef(start, end, (), RefKind.POLITY, Role.NONE, False))
            return
        if kind == HitKind.PAIR and self.lang.pattern("pair_plural_after").fullmatch(after):
            return  # "البلدان العربية" are countries, not two
        # "سفير المملكة", "the Kingdom's ambassador": the kingdom's official, resolved with the kingdom
        office = (
            _governing_office(hit, self.offices, self.words, self.lang, "name") if kind == HitKind.KINGDOM else None
        )
        if office is not None:
            self.used_offices[office.start] = ()
            start, end = min(start, office.start - len(office.prefix)), max(end, office.end)
            cue = self.cue_of(office) if office.start < hit.start else cue
            level = cast(Level, office.entry.value)
        self.refs.append(ActorRef(start, end, (), RefKind(kind), cue, True, level))

    def unheld_offices(self) -> None:
        """Offices with no state: a title only one state uses ("Secretary of State"), else the one state the text
        gave the same office before ("the Saudi Crown Prince ... the Crown Prince"), else the home state of the
        news agency (not for bodies: "the government" of a dateline is anyone's), or left for the frames."""
        covered = _Hits(self.refs)
        people = _Hits([r for r in self.refs if r.kind == RefKind.PERSON and r.codes])
        holders: dict[str, set[str]] = {}  # office as written -> the states the text gave it so far
        for office in self.offices.hits:
            form = self.low[office.start : office.end]
            if office.start in self.used_offices:
                holders.setdefault(form, set()).update(self.used_offices[office.start])
                continue
            if covered.covers(office.start) or self._named_after(office):
                continue
            person = people.first_from(office.end)  # "President Mukherjee", "ولي عهد أبوظبي الشيخ محمد بن زايد"
            if person is not None and _held_by(office, person, self.refs, self.words, self.lang):
                holders.setdefault(form, set()).update(person.codes)
            self._office(office, form, holders.get(form, set()))

    def _named_after(self, office: Hit) -> bool:
        """ "مدينة الملك عبدالله" is named after a king; "رئيس جامعة" heads a university, not a state."""
        return self.eponymous.ends_at(office.start - len(office.prefix), self.words) or (
            self.institutions.starts_at(office.end, self.words)
        )

    def _office(self, office: Hit, form: str, held: set[str]) -> None:
        """An office no state governs, standing for the state of :meth:`unheld_offices`, with the name after it."""
        # The same office told again is the same state's: a head's, or any in English ("the Foreign Minister"); an
        # Arabic minister's bare title is rather the dateline's ("وزير الخارجية" after "وزير الخارجية الأميركي").
        body = office.entry.value == Level.BODY
        name_end, name = (office.end, "") if body else self._name_after(office.end)
        # ... unless a dateline's news names another holder: "BUENOS AIRES - West German President Weizsaecker ...
        # President Raul Alfonsin" is the home state's
        again = len(held) == 1 and (self.lang.cased or office.entry.value == Level.HEAD)
        if again and name and self.home not in (None, *held) and tuple(held) in self.persons.values():
            again = any(self.persons.get(k) == tuple(held) for k in _name_keys(name, self.lang))
        own = self.lang.office_states.get(form) or (next(iter(held)) if again else None)
        state = own or (self.home if not body else None)  # "the government" of a dateline: anyone's
        codes: tuple[str, ...] = (state,) if state else ()
        who = (name_end - len(name), name_end) if name else None
        of = _state_after_name(self.refs, name_end, self.words, self.lang) if name else None
        if of is not None:
            self.refs.remove(of)  # "President Kovind of India", "King Abdullah II of Jordan": the name's state
            codes, name_end = of.codes, of.end
        if name and codes:
            self._remember(name, codes)
        self.refs.append(
            ActorRef(
                office.start,
                max(office.end, name_end),
                codes,
                RefKind.OFFICE if of is None else RefKind.OFFICIAL,
                self.cue_of(office),
                True,
                cast(Level, office.entry.value),
                None,
                who,
            )
        )

    def finished(self) -> list[ActorRef]:
        """The references with regimes ("نظام الأسد") and later mentions of persons added, currencies ("U.S.
        dollars") left out, in text order, overlaps resolved, offices, titles and coordinated ones joined."""
        words, lang, low, cue_of = self.words, self.lang, self.low, self.cue_of
        refs = self.refs
        refs += _regimes(self.kinds, _Hits(sorted(refs, key=SPAN)), words, lang, self.published, cue_of)
        refs = [r for r in refs if r.kind not in (RefKind.NAME, RefKind.TOPIC) or not _currency(r, low, lang)]
        refs = _with_persons(refs, self.persons, words, self.text, lang, cue_of)
        refs.sort(key=SPAN)
        refs = _shared_offices(_titled_persons(_dedupe_overlaps(refs), words, lang), words, lang)
        return _coordinated(refs, words, lang, self.kinds.get(HitKind.TRIGGER, ()))


def _unlike(hit: Hit, office: Hit, lang: Language, low: str) -> bool:
    """A feminine adjective after an office that is not is no adjective of it: "وزراء مالية" (ministers of
    finance, not Malian ministers); the feminine is the noun's last letter the lexicon's ``taa`` gives."""
    taa = lang.lexicon.clitics.taa
    word, office_word = low[hit.start : hit.end + len(hit.suffix)], low[office.start : office.end + len(office.suffix)]
    return taa is not None and word.endswith(taa[0]) and not office_word.endswith(taa[0])


def _currency(ref: ActorRef, low: str, lang: Language) -> bool:
    """``ref`` (a name or an adjective) names a currency, no state acting: "U.S. dollars", "دولار أمريكي", "ريال
    سعودي" (the language's ``currencies`` right after it where modifiers come first, right before it otherwise)."""
    currencies = lang.pattern("currencies")
    if lang.modifiers_first:
        return currencies.match(low, ref.end) is not None
    word = _last_word(low, max(0, ref.start - 24), ref.start)
    return word is not None and currencies.fullmatch(word) is not None


def _dedupe_overlaps(refs: list[ActorRef]) -> list[ActorRef]:
    out: list[ActorRef] = []
    for r in refs:
        if out and r.start < out[-1].end:
            prev = out[-1]
            # Keep the wider reference; a nested one adds its codes when it is part of the same phrase.
            if r.end <= prev.end:
                if prev.kind == RefKind.OFFICIAL and r.kind == RefKind.PERSON and prev.who is None:
                    out[-1] = prev._replace(who=r.who)  # the person named inside the official's phrase
                continue
            out[-1] = prev if (prev.end - prev.start) >= (r.end - r.start) else r
            continue
        out.append(r)
    return out
