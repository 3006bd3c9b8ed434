"""References: every mention of a state in an article, one reader per kind of reference."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from operator import sub as minus

from relgraph.extractors.cues import _coordinated, _Cues
from relgraph.extractors.language import NAME_OR_CAPITAL, WORD_LIKE, Language, TriggerSpec
from relgraph.extractors.offices import _governing_office, _shared_offices
from relgraph.extractors.persons import _name_keys, _person_name, _titled_persons, _with_persons
from relgraph.extractors.positions import (
    _LAST_WORD,
    _NEXT_WORD,
    ActorRef,
    Words,
    _definite,
    _Hits,
    _next_word,
)
from relgraph.extractors.scanning import PREFIX, SPAN, START, Hit
from relgraph.text.normalize import fold



#: The prepositions after which a word-like name is a place ("إلى مسقط", "في مالي").
_PLACE_CUES = frozenset({"to", "in", "from", "at", "by"})


def _visited(hit: Hit, triggers: Sequence[Hit], words: Words) -> bool:
    """A travel verb that takes its host as a bare object ("زار") is a few words before ``hit``."""
    before = _Hits(triggers, ordered=True).last_until(hit.start - len(hit.prefix))
    spec = before.entry.value if before is not None else None
    return (before is not None and isinstance(spec, TriggerSpec) and spec.frame == "travel"
            and "object" in spec.param("goal") and words.within(before.end, hit.start, 5))


def _actors(
    actor_hits: Sequence[Hit], cues: Sequence[Hit], kinds: dict[str, list[Hit]], words: Words, text: str,
    lang: Language, home: str | None, active: Sequence[tuple[int, int]], published: date | None,
) -> list[ActorRef]:
    """The references to states; ``active`` are the sentences with a trigger, where prepositions matter.
    ``kinds`` holds the ``cues`` of each kind."""
    low = words.low
    offices = _Hits(kinds.get("office", []), ordered=True)
    honorifics = kinds.get("honorific", [])
    heads = [h for h in cues if h.entry.kind == "lochead" or (h.entry.kind == "office" and h.entry.value == "body")]
    if lang.modifiers_first:  # "in the Saudi capital": an adjective before a head is skipped with it
        heads += [h for h in actor_hits if h.entry.data == "demonym"]
    cue_of = _Cues(kinds.get("prep", []), heads, words, lang, active).of
    # Nouns a person's name or title after them names: "مطار بن غوريون", "جامعة الملك سعود" (no one acting).
    institutions = _Hits(kinds.get("eponym", []), ordered=True)
    eponymous = _Hits(sorted([*kinds.get("lochead", ()), *institutions.hits], key=START), ordered=True)
    refs: list[ActorRef] = []
    used_offices: dict[int, tuple[str, ...]] = {}  # an office's start -> the state(s) the text gave it
    persons: dict[str, tuple[str, ...]] = {}
    # Where a word the lexicon knows starts (a name ends before it): worked out in C unless honorifics need
    # leaving out.
    every = [*actor_hits, *cues]
    stops: set[int] = set(map(minus, map(START, every), map(len, map(PREFIX, every)))) if not honorifics else {
        h.start - len(h.prefix) for h in every if h.entry.kind != "honorific"}

    for hit in actor_hits:
        kind = hit.entry.kind
        word_start = hit.start - len(hit.prefix)
        codes: tuple[str, ...]
        word_like = False
        if kind == "state":
            codes = (str(hit.entry.value),)
            sub = str(hit.entry.data or "name")
            if sub == NAME_OR_CAPITAL:  # "إلى عمان", "زار ... عمان" Amman; "أعلنت عمان" Oman
                visited = cue_of(hit) in _PLACE_CUES or _visited(hit, kinds.get("trigger", []), words)
                sub = "capital" if visited else "name"
                codes = (str(hit.entry.value[sub == "capital"]),)  # type: ignore[index]
            elif sub.startswith(WORD_LIKE):
                word_like, sub = True, sub[len(WORD_LIKE):]
        elif kind == "group":
            codes = tuple(hit.entry.value)  # type: ignore[arg-type]
            sub = "group"
        elif kind == "org":
            refs.append(ActorRef(word_start, hit.end, (), "org", "", False))
            continue
        elif kind == "person":
            if eponymous.ends_at(word_start, words):
                continue  # a place named after a person: "مطار بن غوريون", "King Fahd Palace"
            codes = _state_of(hit.entry.value, published)  # type: ignore[arg-type]
            refs.append(ActorRef(word_start, hit.end, codes, "person", cue_of(hit), True, "head", None,
                                 (hit.start, hit.end)))
            continue
        elif kind == "place":
            place: tuple[str | None, str] = hit.entry.value  # type: ignore[assignment]
            prev = refs[-1] if refs else None
            if prev is not None and (prev.start, prev.end) == (word_start, hit.end) and prev.codes == place[:1]:
                # A city that also stands for its government ("Tel Aviv"): a capital of a kind.
                refs[-1] = prev._replace(kind="capital", level=None, name=place[1])
                continue
            refs.append(ActorRef(word_start, hit.end, (place[0],) if place[0] else (),
                                 "city" if place[0] else "venue", cue_of(hit), False, None, place[1]))
            continue
        else:
            if kind == "kingdom" and lang.has("kingdom_named_by", _next_word(low, hit.end)):
                continue  # "the Kingdom of the Two Sicilies": a kingdom it names, not the one the text is about
            refs.append(ActorRef(word_start, hit.end, (), kind, cue_of(hit), True))
            continue
        office = _governing_office(hit, offices, words, lang, sub)
        start = word_start if office is None else min(office.start - len(office.prefix), word_start)
        end = hit.end if office is None else max(office.end, hit.end)
        if office is not None:
            used_offices[office.start] = codes
            ref_kind, agentive, level = "official", True, str(office.entry.value)
        elif sub == "demonym":
            ref_kind, agentive, level = "topic", False, None
        elif sub == "capital":
            ref_kind, agentive, level = "capital", True, None
        elif sub == "title":
            ref_kind, agentive, level = "official", True, "head"
        else:
            ref_kind, agentive, level = "name", True, None
        cue_from = office if office is not None and office.start < hit.start else hit
        cue = cue_of(cue_from)
        if word_like and office is not None and office.start < hit.start and _definite(low, hit, lang) and not (
                _definite(low, office, lang)):
            continue  # "وزير المالية", the minister of finance (a construct state): "الوزير المالي" is Malian
        if word_like and not (office is not None if sub == "demonym" else cue in _PLACE_CUES and
                              not lang.has("not_a_place_after", _next_word(low, hit.end))):
            continue  # "مالي" financial, "مسقط رأسه" a birthplace: not the state
        who = None
        if ref_kind == "official" and level != "body":  # "الحكومة الألمانية" is followed by no one's name
            name_end, name = _person_name(end, low, text, honorifics, lang, stops)
            if name:
                end, who = name_end, (name_end - len(name), name_end)
                for key in _name_keys(name, lang):
                    persons.setdefault(key, codes)
        refs.append(ActorRef(start, end, codes, ref_kind if kind == "state" else "group", cue, agentive, level,
                             None, who))

    # Offices with no state: a title only one state uses ("Secretary of State"), else the one state the text
    # gave the same office before ("the Saudi Crown Prince ... the Crown Prince"), else the home state of the
    # news agency (not for bodies: "the government" of a dateline is anyone's), or left for the frames.
    covered = _Hits(refs)
    people = _Hits([r for r in refs if r.kind == "person" and r.codes])
    holders: dict[str, set[str]] = {}  # office as written -> the states the text gave it so far
    for office in offices.hits:
        form = low[office.start : office.end]
        if office.start in used_offices:
            holders.setdefault(form, set()).update(used_offices[office.start])
            continue
        if covered.covers(office.start) or eponymous.ends_at(office.start - len(office.prefix), words) or (
                institutions.starts_at(office.end, words)):
            continue  # "مدينة الملك عبدالله" is named after a king; "رئيس جامعة" heads a university, not a state
        person = people.first_from(office.end)
        # "President Mukherjee ... the President": the same office. Only where a bare title stands alone (English);
        # an Arabic head noun heads any genitive after it ("رئيس المكتب السياسي لحركة حماس").
        if (lang.modifiers_first and person is not None and office.entry.value in ("head", "minister")
                and words.within(office.end, person.start, 0)):
            holders.setdefault(form, set()).update(person.codes)
        held = holders.get(form, set())
        own = lang.office_states.get(form) or (next(iter(held)) if len(held) == 1 else None)
        state = own or (home if office.entry.value != "body" else None)  # "the government" of a dateline: anyone's
        codes = (state,) if state else ()
        body = office.entry.value == "body"
        name_end, name = (office.end, "") if body else _person_name(office.end, low, text, honorifics, lang, stops)
        if name and codes:
            for key in _name_keys(name, lang):
                persons.setdefault(key, codes)
        refs.append(ActorRef(office.start, max(office.end, name_end), codes, "office",
                             cue_of(office), True, str(office.entry.value), None,
                             (name_end - len(name), name_end) if name else None))

    refs += _regimes(kinds, _Hits(sorted(refs, key=SPAN)), words, lang, published, cue_of)
    refs = [r for r in refs if r.kind not in ("name", "topic") or not _currency(r, low, lang)]
    refs = _with_persons(refs, persons, words, text, lang, cue_of)
    refs.sort(key=SPAN)
    return _coordinated(_shared_offices(_titled_persons(_dedupe_overlaps(refs), words), words, lang), words, lang)


def _currency(ref: ActorRef, low: str, lang: Language) -> bool:
    """``ref`` (a name or an adjective) names a currency, no state acting: "U.S. dollars", "دولار أمريكي", "ريال
    سعودي" (the language's ``currencies`` right after it where modifiers come first, right before it otherwise)."""
    currencies = lang.pattern("currencies")
    if lang.modifiers_first:
        return currencies.match(low, ref.end) is not None
    word = _LAST_WORD.search(low, max(0, ref.start - 24), ref.start)
    return word is not None and currencies.fullmatch(word.group(1)) is not None


def _regimes(kinds: dict[str, list[Hit]], covered: _Hits[ActorRef], words: Words, lang: Language,
             published: date | None, cue_of: Callable[[Hit], str]) -> Iterator[ActorRef]:
    """A leader's surname with a regime noun names the leader's state: "نظام الأسد", "حكومة صدام", "the Assad
    regime" (the noun before the surname in Arabic, after it in English); a surname alone is no one."""
    low = words.low
    for noun in kinds.get("regime", ()):
        if lang.modifiers_first:
            m = _LAST_WORD.search(low, max(0, noun.start - len(noun.prefix) - 40), noun.start - len(noun.prefix))
        else:
            m = _NEXT_WORD.match(low, noun.end)
        if m is None or covered.covers(m.start(1)):
            continue  # nothing there, or a person's or a state's name already
        spans = lang.surnames.get(fold(m.group(1)))
        codes = _state_of(spans, published) if spans else ()
        if codes:
            start, end = min(m.start(1), noun.start - len(noun.prefix)), max(m.end(1), noun.end)
            yield ActorRef(start, end, codes, "name", cue_of(noun), True)


def _state_of(spans: Sequence[tuple[str, date, date | None]], published: date | None) -> tuple[str, ...]:
    """The state a known person acts for: the only one, or the one of their term at publication (if any)."""
    states = {code for code, _, _ in spans}
    if len(states) == 1:
        return (states.pop(),)
    if published is None:
        return ()
    return tuple([code for code, start, end in spans if start <= published and (end is None or published <= end)][:1])


def _dedupe_overlaps(refs: list[ActorRef]) -> list[ActorRef]:
    out: list[ActorRef] = []
    for r in refs:
        if out and r.start < out[-1].end:
            prev = out[-1]
            # Keep the wider reference; a nested one adds its codes when it is part of the same phrase.
            if r.end <= prev.end:
                if prev.kind == "official" and r.kind == "person" and prev.who is None:
                    out[-1] = prev._replace(who=r.who)  # the person named inside the official's phrase
                continue
            out[-1] = prev if (prev.end - prev.start) >= (r.end - r.start) else r
            continue
        out.append(r)
    return out
