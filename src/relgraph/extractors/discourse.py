"""The discourse: the article's home state and recorder, and anaphors resolved with what was said before
("البلدين", "the Kingdom", "his country")."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from relgraph.dates import TimeExpression
from relgraph.extractors.kinds import PEOPLE, HitKind, Level, RefKind, Role
from relgraph.extractors.language import Language
from relgraph.extractors.positions import (
    ActorRef,
)
from relgraph.extractors.scanning import Hit
from relgraph.text.normalize import fold, lower, normalize


def _source_state(source: str | None, lang: Language, kind: str = "record_keepers") -> str | None:
    """The state the article's source is the official record of (``record_keepers`` of the lexicon), or, of
    ``kind`` "publishers", whose press it is."""
    if not source:
        return None
    found = lang.pattern(kind).search(source.lower())
    return lang.sources[kind][found.group()] if found else None


def _page_name(source: str | None) -> str:
    """The name of a record's page ("rdcr:articles/united-kingdom.xml": "United Kingdom")."""
    return (source or "").split(" ")[0].rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("-", " ").title()


def _page_words(source: str | None) -> tuple[str, ...]:
    """The first letters of the longer words of a record's page name ("Hanover", "Korea South": "hanov", "korea",
    "south"), which a reference to the state the page is about contains ("the Republic of Korea", "Austrian")."""
    return tuple(fold(w)[:5] for w in _page_name(source).split() if len(w) >= 4)


def _record_subject(source: str | None, lang: Language) -> str | None:
    """The state a record's page is named after ("rdcr:articles/peru.xml", "united-kingdom.xml"): what it is about."""
    stem = _page_name(source)
    hits = [h for h in lang.lexicon.scan(lower(normalize(stem).text), stem) if h.entry.kind == HitKind.STATE]
    whole = [h.entry.value for h in hits if h.start == 0 and h.end == len(stem)]
    return whole[0] if len(whole) == 1 and isinstance(whole[0], str) else None


def _titled(source: str | None, lang: Language) -> Hit | None:
    """The person or state an encyclopedia article is about, named by its title in the source (``titled_sources``
    of the lexicon: "arcd.json (article: محمد السادس بن الحسن)", ".../wiki/Kuwait"): a person the title opens
    with ("Mohammed VI son of Hassan"), or a state that is the whole title; not "China–Maldives relations".
    A paragraph about them leaves them implicit as its subject ("قام بزيارة ..."), as a record leaves its state."""
    found = lang.pattern("titled_sources").search(source.lower()) if source else None
    if source is None or found is None:
        return None
    title = source[found.start(1) : found.end(1)].replace("_", " ").strip()  # as written: names are cased
    low = lower(normalize(title).text)
    named = [h for h in lang.lexicon.scan(low, title) if h.entry.kind in (HitKind.PERSON, HitKind.STATE)]
    if len(named) != 1 or named[0].start != len(named[0].prefix):
        return None
    hit = named[0]
    whole_state = hit.end == len(low) and isinstance(hit.entry.value, str)
    return hit if hit.entry.kind == HitKind.PERSON or whole_state else None


def _home(text: str, low: str, lang: Language) -> str | None:
    """The state of the news agency the article names where datelines put it: in its first 300 or last 200
    characters, set off by punctuation ("الرباط (ومع)", "DOHA, May 2 (QNA) -"), capitalised in a cased script."""
    pattern = lang.pattern("agencies")
    tail = max(300, len(low) - 200)
    for lo, hi in ((0, min(len(low), 300)), (tail, len(low))):
        for m in pattern.finditer(low, lo, min(len(low), hi + 40)):
            start, end = m.span()
            if start >= hi:
                break
            if (not lang.cased or text[start].isupper()) and _set_off(text, start, end):
                return lang.agencies[m.group()]
    return None


def _set_off(text: str, start: int, end: int) -> bool:
    """Punctuation, a line break or the text's edge right after ``text[start:end]``, as a credit ends: "الرباط (ومع)
    -", "DOHA (QNA) -", "2015 م واس" at a line's end; not the words "«ومع ذلك" (and yet) that spell an agency's
    initials."""
    after = text[end : end + 3].strip(" ")
    return not after or after[0] in '()-–:|/«»"\n'


def _filed_from(hit: Hit, text: str, dates: Sequence[TimeExpression]) -> bool:
    """A city that opens a line of the article's head and a date follows ("DOHA, May 2 (QNA) -", "الدوحة 16
    أبريل"): where the report was filed, not an actor."""
    if (
        hit.start > 300
        or hit.entry.kind not in (HitKind.STATE, HitKind.PLACE)
        or (hit.entry.kind == HitKind.STATE and hit.entry.data != "capital")
    ):
        return False
    line_start = text.rfind("\n", 0, hit.word_start) + 1
    if text[line_start : hit.word_start].strip():
        return False
    after = next((d for d in dates if d.start >= hit.end), None)
    return after is not None and not text[hit.end : after.start].strip(" ,")


_NOT_PARTIES = (
    RefKind.PAIR,
    RefKind.KINGDOM,
    RefKind.COUNTRY_PRONOUN,
    RefKind.TOPIC,
    RefKind.ORG,
    RefKind.POLITY,
    RefKind.CITY,
    RefKind.VENUE,
)


#: The cues of an official who may be what "his country" later stands for: a subject or an object, or a passive's agent.
_AGENT_CUES = (Role.NONE, Role.AGENT)


def _resolve_anaphora(
    actors: list[ActorRef],
    sentences: Sequence[tuple[int, int]],
    lang: Language,
    home: str | None,
    press: str | None = None,
) -> tuple[list[ActorRef], list[tuple[int, tuple[str, str] | None]]]:
    """Resolve pair anaphors, "the Kingdom" and "his country" with the discourse so far. In a kingdom's press
    (``press``), "the Kingdom" is always that kingdom (a Saudi paper's "المملكة", after the King of Jordan too); else
    the home state's before any kingdom is named, then the last named. Returns the references and, per sentence,
    the pair under discussion (the first two named in the last sentence naming two)."""
    pairs: list[tuple[int, tuple[str, str] | None]] = []
    kingdoms = lang.kingdoms
    last_kingdom = next((k for k in (home, press) if k in kingdoms), None)
    last_official: tuple[str, ...] = ()
    envoy = False  # whether the last official is a head of mission
    out: list[ActorRef] = []
    current: tuple[str, str] | None = None
    starts = [a.start for a in actors]
    lo = 0
    for s_start, s_end in sentences:
        lo = bisect_left(starts, s_start, lo)
        in_sentence = actors[lo : bisect_left(starts, s_end, lo)]
        if not in_sentence:  # the pair under discussion carries on
            if current:
                pairs.append((s_start, current))
            continue
        named = _parties(in_sentence)
        for i, a in enumerate(in_sentence):
            kind = a.kind
            if kind == RefKind.PAIR:
                pair = _pair_of(in_sentence, i, named, current)
                out.append(a.resolved(tuple(pair) if pair and "" not in pair else (), RefKind.PAIR))
                continue  # a pair is no kingdom, no official
            if kind == RefKind.KINGDOM:
                kingdom = press if press in kingdoms else last_kingdom
                a = a.resolved((kingdom,) if kingdom else (), RefKind.OFFICIAL if a.level else RefKind.KINGDOM)
            elif kind == RefKind.COUNTRY_PRONOUN:  # an envoy's pronoun is an envoy's: "The Ambassador ... he went to"
                a = a.resolved(last_official, RefKind.PRONOUN)._replace(level=Level.ENVOY if envoy else None)
            if a.codes:
                if a.kind in PEOPLE and a.cue in _AGENT_CUES:  # not one a preposition governs ("ممثلين عن الرئيس")
                    last_official, envoy = a.codes, a.level == Level.ENVOY
                for c in a.codes:
                    if c in kingdoms:
                        last_kingdom = c
            out.append(a)
        if len(named) >= 2:  # (with a polity among them, no pair of states is under discussion from here)
            current = (named[0], named[1]) if "" not in named else None
        if current or len(named) >= 2:
            pairs.append((s_start, current))
    if len(out) < len(actors):  # references outside every sentence (in whitespace-only lines: none so far)
        inside = {id(a) for s, e in sentences for a in actors[bisect_left(starts, s) : bisect_left(starts, e)]}
        out.extend(a for a in actors if id(a) not in inside)
        out.sort(key=lambda r: (r.start, r.end))
    return out, pairs


def _pair_of(
    in_sentence: Sequence[ActorRef], i: int, named: Sequence[str], current: tuple[str, str] | None
) -> tuple[str, str] | None:
    """The two states the pair anaphor ``in_sentence[i]`` stands for: its own adjectives', else the two its sentence
    names before it, else the two it names, else the pair under discussion (none after a polity with no code)."""
    if (own := _pair_named(in_sentence[i], in_sentence[i + 1 : i + 3])) is not None:
        return own
    before = _parties(in_sentence[:i])
    if len(before) == 2:
        return before[0], before[1]
    if len(named) == 2:
        return named[0], named[1]
    return current if "" not in named else None


def _parties(refs: Sequence[ActorRef]) -> list[str]:
    """The parties ``refs`` name, not where something happened ("talks at the GCC headquarters in Saudi Arabia,
    according to Qatar" leaves Qatar and Bahrain under discussion). A polity the gazetteer does not hold is a party
    with no code, "": "between the Duchy of Nassau and the United States ... when the two states signed" is no pair
    of states."""
    return _distinct(
        [
            c
            for a in refs
            if (a.kind not in _NOT_PARTIES or a.kind == RefKind.POLITY) and a.cue not in (Role.IN, Role.AT)
            for c in (("",) if a.kind == RefKind.POLITY else a.codes)
        ]
    )


def _pair_named(pair: ActorRef, after: Sequence[ActorRef]) -> tuple[str, str] | None:
    """The two states a pair anaphor's own adjectives name right after it: "بين الجانبين التونسي والإيطالي",
    "الطرفين المصري والأوغندي"."""
    if len(after) < 2 or any(a.kind != RefKind.TOPIC or len(a.codes) != 1 for a in after):
        return None
    first, second = after
    if first.start - pair.end > 1 or second.start - first.end > 1 or first.codes == second.codes:
        return None
    return first.codes[0], second.codes[0]


def _distinct(codes: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(codes))
