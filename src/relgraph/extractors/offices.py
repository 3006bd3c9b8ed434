"""Offices: the state an office belongs to, and offices that share a state."""

from __future__ import annotations

from collections.abc import Container, Sequence

from relgraph.extractors.cues import conjoined, proclitic_conjunction, unconjoined
from relgraph.extractors.kinds import Level, RefKind, Role
from relgraph.extractors.language import Language
from relgraph.extractors.positions import (
    _BOUNDARY,
    _PUNCTUATION,
    ActorRef,
    Words,
    _Hits,
    _next_word,
)
from relgraph.extractors.scanning import Hit


def _governing_office(
    hit: Hit, offices: _Hits[Hit], words: Words, lang: Language, sub: str, used: Container[int] = ()
) -> Hit | None:
    """The office a state reference belongs to.

    An office before the state, with at most two words between them from the
    language's ``office_gap`` ("وزير خارجية إيران", "الرئيس الروسي", "President of
    Egypt"); where modifiers come first, also an office right after the state or
    its possessive, maybe with a modifier of the language's ``office_modifiers`` ("Egyptian President",
    "China's Foreign Minister", "Sweden's new ambassador"), and a bare
    state right after an office is not its modifier. An office a state was already given (its start in ``used``)
    takes no second one past a portfolio unless joined to the first (one word between is the first's: "الوزير المالي
    البريطاني", the finance minister), and a counterpart has no portfolio: "نظيره
    القطري الاتفاق النووي الإيراني", "نظرائه الخليجيين الاتفاق النووي الإيراني" (the deal is Iran's).
    """
    word_start = hit.start - len(hit.prefix)
    if sub == "title":  # a title is its own office; an envoy's of it is the envoy's: "سفير خادم الحرمين الشريفين"
        envoy = offices.last_until(word_start)
        if envoy is None or envoy.entry.value != Level.ENVOY:
            return None
        return envoy if words.within(envoy.word_end, word_start, 0) else None
    if sub == "capital":
        return None
    if lang.modifiers_first:
        after = offices.first_from(hit.end)
        # an abbreviation's own final stop is no punctuation: "U.S. Energy Secretary"
        own_stop = words.low.startswith(".", hit.end) and "." in words.low[hit.start : hit.end]
        if (
            after is not None
            and words.within(hit.end, after.start, 3)
            and not _PUNCTUATION.search(words.low, hit.end + own_stop, after.start)
            and (
                (lang.words["possessive_marks"] | lang.words["office_modifiers"]).issuperset(
                    between := words.between(hit.end, after.start)
                )
                or (after.entry.value == Level.MINISTER and _possessed_portfolio(between, sub, lang))
            )
        ):
            return after  # "Egyptian President", "China's Foreign Minister", "Nigerian Finance Minister"
    before = offices.last_until(word_start)
    if before is None or not words.within(before.word_end, word_start, 4):  # "نظيرها الفرنسي": past its suffix
        return None
    if _BOUNDARY.search(words.low, before.word_end, word_start):
        return None  # "its first prime minister. The United States ...": another sentence's state
    gap = words.between(before.word_end, word_start)
    if len(gap) > 2 and gap[-2] in lang.words["polity_heads"] and gap[-1] in lang.words["office_gap"]:
        gap = gap[:-2]  # "Ambassador of the Republic of Cape Verde": the polity is the state's own name
    if len(gap) <= 2 and lang.words["office_gap"].issuperset(gap) and (gap or not lang.modifiers_first):
        return before
    if len(gap) <= 4 and sub == "demonym" and before.entry.value == Level.MINISTER and _portfolio(gap, lang):
        owned = before.start in used and len(gap) > 1 and unconjoined(lang, hit.prefix) == hit.prefix
        counterpart = lang.pattern("counterparts").match(words.low, before.start) is not None  # no portfolio
        # two ministers, two states: "الوزيران المصري والسعودي" (the first adjective is no portfolio)
        dual = words.low[before.start : before.end + len(before.suffix)].endswith(tuple(lang.words["dual_endings"]))
        # "وزير الاقتصاد والطاقة الألماني": a minister's portfolio, then his state
        return None if owned or counterpart or (dual and len(gap) == 1) else before
    return None


def _possessed_portfolio(gap: Sequence[str], sub: str, lang: Language) -> bool:
    """A portfolio after a state's adjective, its possessive or its name used as one: "Nigerian Finance Minister",
    "Brazil's Finance Minister", "U.S. Energy Secretary"."""
    marks = lang.words["possessive_marks"]
    owned = bool(gap) and gap[0] in marks
    return (owned or sub in ("demonym", "name")) and _portfolio(gap[1:] if owned else gap, lang)


def _portfolio(gap: Sequence[str], lang: Language) -> bool:
    """The words between a minister's title and his state's adjective name his portfolio: where the noun comes
    first, definite nouns joined by a conjunction ("وزير الاقتصاد والطاقة الألماني"); where modifiers come first,
    nouns before the title, maybe joined by one ("Nigerian Finance Minister", "French Economy and Finance
    Minister"), none of the words that end a name (``name_stops``: "Nigerian troops and the Minister")."""
    if not gap:
        return False
    if lang.modifiers_first:
        inner = [w for i, w in enumerate(gap) if not (0 < i < len(gap) - 1 and lang.has("conjunctions", w))]
        return lang.words["name_stops"].isdisjoint(inner) and not lang.words["office_gap"] & set(inner)
    articles = tuple(lang.words["articles"])
    return lang.words["name_stops"].isdisjoint(gap) and all(  # "إلى العاصمة" is no portfolio
        unconjoined(lang, w).startswith(articles) for w in gap
    )


def _shared_offices(refs: list[ActorRef], words: Words, lang: Language) -> list[ActorRef]:
    """A demonym joined by "and" to an official's shares the office, before it ("the Jordanian and Syrian foreign
    ministers") or after it, the office elided ("بنظيره الروسي سيرغي لافروف والأمريكي جون كيري")."""
    out = list(refs)
    for i in range(len(out) - 2, -1, -1):
        r, nxt = out[i], out[i + 1]
        if r.kind == RefKind.TOPIC and nxt.kind == RefKind.OFFICIAL and conjoined(lang, words, r.end, nxt.start):
            out[i] = ActorRef(r.start, r.end, r.codes, RefKind.OFFICIAL, r.cue, True, nxt.level)
    for i in range(len(out) - 1):  # forward, so a list goes on: "المصري ...، والسوداني ...، والإثيوبي ..."
        r, nxt = out[i], out[i + 1]
        if r.kind == RefKind.OFFICIAL and nxt.kind == RefKind.TOPIC and _elided(r, nxt, words, lang):
            out[i + 1] = ActorRef(nxt.start, nxt.end, nxt.codes, RefKind.OFFICIAL, r.cue, True, r.level)
    return out


def _elided(official: ActorRef, demonym: ActorRef, words: Words, lang: Language) -> bool:
    """``demonym`` is joined to ``official`` by "and", right after it or after his name and a comma ("والسوداني
    معتز موسى، والإثيوبي"): the office is elided."""
    if conjoined(lang, words, official.end, demonym.start):
        return True
    low = words.low
    return (
        low[official.end : demonym.start].rstrip().endswith(",")
        and words.within(official.end, demonym.start, 3)
        and proclitic_conjunction(lang, low, demonym.start)
    )


def _held_by(office: Hit, person: ActorRef, refs: Sequence[ActorRef], words: Words, lang: Language) -> bool:
    """A head's or a minister's office with no state is held by the known person right after it ("President
    Mukherjee", "الملك سلمان"; a person the gazetteer knows, not any genitive: "رئيس المكتب السياسي لحركة حماس"),
    or in Arabic through the person's capital in construct ("ولي عهد أبوظبي الشيخ محمد بن زايد")."""
    if office.entry.value not in (Level.HEAD, Level.MINISTER):
        return False
    if lang.modifiers_first or words.within(office.end, person.start, 0):
        return words.within(office.end, person.start, 0)  # "President Mukherjee", "الملك سلمان"
    between = [r for r in refs if office.end <= r.start and r.end <= person.start]
    return (
        bool(between)
        and all(r.kind == RefKind.CAPITAL and r.codes == person.codes for r in between)
        and words.within(office.end, person.start, 2)
    )


def _state_after_name(refs: Sequence[ActorRef], name_end: int, words: Words, lang: Language) -> ActorRef | None:
    """Where modifiers come first, a state's name right after the name an office is followed by, "of" (and only
    ``office_gap`` words) between: "President Kovind of India", "King Abdullah II of Jordan"."""
    if not lang.modifiers_first or not lang.has("office_gap", _next_word(words.low, name_end)):
        return None  # (most names: no "of" after them, the references need not be looked through)
    return next(
        (
            r
            for r in refs
            if r.kind == RefKind.NAME
            and r.start > name_end
            and words.within(name_end, r.start, 2)
            and r.cue == Role.OF
            and lang.words["office_gap"].issuperset(words.between(name_end, r.start))
            and not _PUNCTUATION.search(words.low, name_end, r.start)
        ),
        None,
    )
