"""What the frames share: the :class:`Candidate` they propose, runs of coordinated references, the partners of a
trigger's subject, and lists distributed over a directed event.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from relgraph.extractors.cues import by_conjunction, unconjoined
from relgraph.extractors.kinds import PEOPLE, PLACES, HitKind, Modality, RefKind, Role
from relgraph.extractors.language import TriggerSpec
from relgraph.extractors.reading import ActorRef, conjoined
from relgraph.extractors.sieve import any_in
from relgraph.extractors.site import Site, _codes
from relgraph.model import EventType

__all__ = ["Candidate", "distributed"]


class Candidate(NamedTuple):
    """An event a frame proposes: type, actors in role order, the place, and the references it used.

    A named tuple, like the references it holds: one is made for nearly every trigger.
    """

    type: EventType
    actors: tuple[str, ...]
    place: ActorRef | None
    used: tuple[ActorRef, ...]
    confidence: float = 0.8


def _implicit(site: Site, start: int, end: int) -> ActorRef:
    """The state whose own record the article is, standing at ``start:end`` (the noun it owns)."""
    return ActorRef(start, end, (site.reading.recorder or "",), RefKind.NAME)


def _mission_owners(site: Site, n_start: int, n_end: int) -> list[ActorRef]:
    """The state of the embassy at ``n_start:n_end``: right after the noun (genitive or nisba), or right before it
    where modifiers come first."""
    owners = [
        a
        for a in site.refs
        if a.start >= n_end and site.within(n_end, a.start, 1) and a.cue in (Role.NONE, Role.FOR, Role.OF)
    ]
    if site.lang.modifiers_first:
        owners = [a for a in site.refs if a.end <= n_start and site.within(a.end, n_start, 1)] + owners
    return owners


def _partial(site: Site, candidate: Candidate) -> bool:
    """A meeting, talks or a document the text counts ("اجتماع ثلاثي", "the four-way summit"; ``party_counts``) with
    fewer states read than counted: a partial set of its parties (one of them a body, a deputy, or unnamed)."""
    if candidate.type.directed or not site.lang.party_counts:
        return False
    reading, hit = site.reading, site.hit
    needs = reading.lang.needs.get(site.spec.index)  # a verb's document: "concluded a multilateral agreement"
    noun = site.nearest_match(needs) if needs is not None and site.spec.word_class == "verb" else None
    start, end = noun or (hit.word_start, hit.end)
    lo, hi = (start - 30, start) if site.lang.modifiers_first else (end, end + 30)
    near = reading.words_between(max(site.clause.start, lo), min(site.clause.end, hi))
    near = near[-2:] if site.lang.modifiers_first else near[:2]
    counts = [n for w in near if (n := site.lang.party_counts.get(unconjoined(site.lang, w), 0))]
    return bool(counts) and len(candidate.actors) < counts[0]


def distributed(site: Site, candidates: list[Candidate]) -> list[Candidate]:
    """Lists distributed over a directed event: one event per state of a coordinated subject ("Saudi Arabia and
    Egypt recalled their ambassadors", "أغلقت فرنسا وإيطاليا سفاراتيهما"), and both directions where the subjects act
    on each other ("Israel and Jordan recognised each other", "اعترفتا ببعضهما")."""
    if not site.spec.type.directed:
        return candidates
    subjects = [c for c in _codes(site.subjects()) if c]
    reciprocal = len(subjects) == 2 and site.reciprocal()
    if reciprocal and not candidates:
        return [Candidate(site.spec.type, (a, b), None, tuple(site.subjects())) for a, b in (subjects, subjects[::-1])]
    out: list[Candidate] = []
    for c in _objects_distributed(site, candidates):
        rest = c.actors[1:]
        if len(subjects) < 2 or c.actors[0] not in subjects or (set(rest) & set(subjects) and not reciprocal):
            out.append(c)
            continue
        pairs = [(a, b) for a in subjects for b in subjects if a != b] if reciprocal else [(a, *rest) for a in subjects]
        out += [c._replace(actors=tuple(p)) for p in pairs]
    return list(dict.fromkeys(out))


def _objects_distributed(site: Site, candidates: list[Candidate]) -> Iterator[Candidate]:
    """One event per state of a coordinated object after the trigger: "Ghana recognised Togo and Benin"."""
    for c in candidates:
        yield c
        if len(c.actors) != 2:
            continue
        obj = next((a for a in c.used if a.start >= site.hit.end and a.codes[:1] == c.actors[1:]), None)
        if obj is None:
            continue
        run = [
            a
            for a in _run_around(site, obj)
            if a.start >= site.hit.end and a.kind not in (RefKind.TOPIC, RefKind.GROUP) and len(a.codes) == 1
        ]  # a group ("دول الخليج") is one object: its members go together
        for code in _codes(run):
            if code not in c.actors:
                yield c._replace(actors=(c.actors[0], code))


def _cand(
    site: Site,
    etype: EventType,
    actors: Sequence[str],
    used: Iterable[ActorRef],
    place: ActorRef | None = None,
    confidence: float = 0.8,
) -> list[Candidate]:
    distinct = tuple(dict.fromkeys(a for a in actors if a))
    if len(distinct) < 2:
        return []
    return [Candidate(etype, distinct, place, tuple(used), confidence)]


def _parties_after(site: Site, reach: int = 2) -> list[ActorRef]:
    """The parties a noun names right after it, within ``reach`` words ("talks between Iran and the United
    States", "the resumption of relations between X and Y"), if two or more: whoever brokered or hosted the talks,
    whoever welcomed the resumption, is not one."""
    if site.spec.word_class != "noun":
        return []
    run = [a for a in site.after(site.clause.end) if a.cue == Role.BETWEEN and a.codes]
    if not run or not site.within(site.hit.end, run[0].start, reach) or len(_codes(run)) < 2:
        return []
    return run


def _partners(
    site: Site, cues: Sequence[str] = (Role.WITH,), start: int | None = None, topics: bool = True
) -> list[ActorRef]:
    """Whom the trigger's subject meets or negotiates with: references after it in its clause with one of
    ``cues``, not past another trigger ("came after Iran restored ties with Egypt"), a relative pronoun ("the
    council, which comprises Oman and Qatar"), a reported clause ("after the signing, he said that Egypt") or, for
    talks, a document ("discussed the nuclear deal with Iran": the deal's partner; ``document_nouns``), or past
    a partner, a noun with a partner of its own ("discussed with Kerry the relations with Iran"; ``partnered_nouns``;
    not with ``topics`` False, for a document's: "وقعت مصر اتفاقية تعاون مع الأردن");
    a bare one only near the trigger (or ``start``: the end of its object, "signed a Treaty of Friendship and
    Navigation with the United States") or in a list with a partner."""
    found: list[ActorRef] = []
    start = site.hit.end if start is None else start
    # a subject after the verb comes between: "وقعت روسيا والصين ... والولايات المتحدة اتفاقا مع إيران"
    start = max([start, *(s.end for s in site.subjects() if s.start >= site.hit.end)])
    for a in site.with_cue(cues, site.after(site.clause.end)):
        if (
            site.trigger_between(a.start)
            or site.relative_between(a.start)
            or site.relative_between(a.start, "complementizers")
            or (
                site.spec.frame
                == "meet"  # talks about a document: "بحث الاتفاق مع إيران"; but "negotiate a treaty with"
                and site.lang.pattern("document_nouns").search(site.reading.low, site.hit.end, a.start) is not None
            )
            or any(c.entry.value == Role.ABOUT for c in site.reading.cues_in(site.hit.end, a.start, HitKind.PREP))
            or (topics and found and _partnered(site, found[-1].end, a.start))
            or _said_between(site, a.start)
        ):  # "بحث مع كيري العلاقات مع إيران": after a partner, the relations' own
            break  # "بدأ لقاءه معهم حيال مزايا الاتفاق مع إيران": past the topic, another noun's partner
        if a.kind in PLACES and a.cue in (Role.IN, Role.TO, Role.BY):
            continue  # "بالرياض", "in Riyadh": where, not with whom
        if _post(site, a):
            continue  # "مع المبعوث الأممي لليمن", "with the US envoy to Syria": the official's post, no partner
        near = site.reading.distance(start, a.start) <= (3 if a.cue == Role.NONE else 8)
        # "مع الرئيس السوداني، وعزى رئيس ألمانيا": a bare one past a partner, not right after it, is another verb's
        near = near and not (found and a.cue == Role.NONE and not site.within(found[-1].end, a.start, 0))
        if near or (found and _joined(site, found[-1], a)):
            found.append(a)
    return found


def _post(site: Site, ref: ActorRef) -> bool:
    """``ref`` is the post of an official right before it: "to", "for" or "at" it, at most two words on ("المبعوث
    الأممي إلى اليمن", "the US envoy to Syria", "سفير الصين لدى مصر")."""
    return (
        ref.cue in (Role.TO, Role.FOR, Role.AT)
        and ref.kind not in PEOPLE
        and any(
            p.kind in PEOPLE and site.within(p.end, ref.start, 2)
            for p in site.reading.actors_in(site.hit.end, ref.start)
        )
    )


def _said_between(site: Site, end: int) -> bool:
    """A verb of saying joined by a conjunction (``reporting_verbs``) lies between the trigger and ``end``: another
    clause, whose states are no partners ("يلتقي ولد الشيخ ويؤكد دعم بلاده لليمن", "meets X and stresses ...")."""
    lang, verbs = site.lang, site.lang.words["reporting_verbs"]
    if not any_in(verbs, site.reading.low, site.hit.end, end):
        return False  # (most stretches: none of their forms there, the words need not be read)
    words = site.reading.words_between(site.hit.end, end)
    return any(
        ((bare := unconjoined(lang, w)) != w and bare in verbs)
        or (w in verbs and i and lang.has("conjunctions", words[i - 1]))
        for i, w in enumerate(words)
    )


def _partnered(site: Site, start: int, end: int) -> bool:
    """A noun with a partner of its own (``partnered_nouns``: relations, cooperation) a word before ``end``, and
    not inside a name ("the Secretary-General of the Gulf Cooperation Council with Kerry")."""
    return any(
        site.within(m.end(), end, 1)
        and not any(r.start <= m.start() < r.end for r in site.reading.actors_in(start, end))
        for m in site.lang.pattern("partnered_nouns").finditer(site.reading.low, start, end)
    )


def _seated(site: Site, start: int, end: int) -> ActorRef | None:
    """The state of a government a mission or an envoy is sent to, sitting elsewhere (``seated_governments``, in a
    place or in ``exile``): "the Legation Near the Government of Norway in London", "the legation in London near the
    Norwegian government-in-exile", "Ambassador Near the Government of Yugoslavia Established in Egypt"; with no
    state named ("to the government in exile in London"), in a state's own record, the state the record is about."""
    found = site.lang.pattern("seated_governments").search(site.reading.low, start, end)
    if found is None:
        return None
    seat = [a for a in site.refs if a.start >= found.end() and a.cue in (Role.IN, Role.AT)]
    seated = bool(seat) and site.within(found.end(), seat[0].start, 6)
    if not seated and site.lang.pattern("exile").search(found.group()) is None:
        return None  # a government at home: "to the Government of the Union of South Africa", as any post
    named = [
        a
        for a in site.refs
        if found.start() <= a.start and site.within(found.end(), a.start, 1) and a.cue not in (Role.IN, Role.AT)
    ]
    if named:
        return named[0]._replace(cue=Role.TO)
    counterpart = site.reading.counterpart
    return ActorRef(found.start(), found.end(), (counterpart,), RefKind.NAME, Role.TO) if counterpart else None


def _dated_run(site: Site, refs: Sequence[ActorRef]) -> list[ActorRef]:
    """A run of references under the same preposition, each with its own date: "with India in 1955, with Japan
    in 1972 and with the United States in 1987" (or [] when there is none)."""
    run = list(refs[:1])
    for a in refs[1:]:
        prev = run[-1]
        if (
            a.cue != prev.cue
            or site.reading.distance(prev.end, a.start) > 6
            or not site.reading.dates_in((prev.end, a.start))
            or site.reading.triggers_in(prev.end, a.start)
        ):  # "with China in 1978 after talks with Iran"
            break
        run.append(a)
    return run if len(run) >= 2 else []


def _coordinated_run(site: Site, refs: Sequence[ActorRef]) -> list[ActorRef]:
    """The first run of references joined by "و"/"and"/"," (a list of partners), or [] when there is none."""
    run: list[ActorRef] = []
    for a in refs:
        if not run:
            run = [a]
        elif _joined(site, run[-1], a):
            run.append(a)
        else:
            break
    return run if len(run) >= 2 else []


def _run_around(site: Site, ref: ActorRef) -> list[ActorRef]:
    """``ref`` and the references joined to it by "و"/"and"/"," on either side."""
    refs = site.refs
    i = j = refs.index(ref) if ref in refs else -1
    if i < 0:
        return [ref]
    while i > 0 and _joined(site, refs[i - 1], refs[i]):
        i -= 1
    while j + 1 < len(refs) and _joined(site, refs[j], refs[j + 1]):
        j += 1
    return list(refs[i : j + 1])


def _joined(site: Site, prev: ActorRef, ref: ActorRef) -> bool:
    """Whether ``ref`` goes on a list after ``prev``: joined by a comma or a conjunction, or by a comma and a
    conjunction past a name in apposition to ``prev`` that the gazetteer does not know ("رئيس غينيا ألفا كوندي،
    ورئيس الكاميرون ..."; "برؤساء السنغال السيد ...، وغينيا السيد ...": the presidents of Senegal, Mr X, and of
    Guinea, Mr Y). The name follows an office-holder, or an honorific opens it; in a cased script the name after
    an office is read with it already, commas and all."""
    lang, words = site.lang, site.reading.words
    if conjoined(lang, words, prev.end, ref.start):
        return True
    low = words.low
    comma = max((low.rfind(c, prev.end, ref.start) for c in lang.commas), default=-1)
    if lang.cased or comma < 0 or not by_conjunction(lang, words, comma, ref.start):
        return False
    start = prev.end
    for h in site.reading.cues_in(prev.end, comma, HitKind.HONORIFIC):
        if not site.within(start, h.start, 0):
            break
        start = h.end
    if start == prev.end and prev.kind not in PEOPLE:
        return False
    name = words.between(start, comma)
    return 0 < len(name) <= 4 and all(_name_word(site, w) for w in name) and not site.reading.triggers_in(start, comma)


def _name_word(site: Site, word: str) -> bool:
    lang = site.lang
    return (
        lang.pattern("name_token").fullmatch(word) is not None
        and not lang.has("name_stops", word)
        and not lang.has("complementizers", word)
    )


def _talks_stated(site: Site) -> bool:
    """The sentence says that talks took place ("held talks", "بحث", "discussed"): a reception is a meeting only
    then (``corpus/ANNOTATION.md``); or the next, naming no other state, goes on with them in a definite noun
    ("hosted the minister for a visit today. The meeting was part of ..."; not "where he met X": another's)."""
    reading = site.reading
    # a relative clause's from itself on: not "سيعقد اجتماع ... للبحث في ...، برئاسة الوزيرة التي استقبلت نظيرها"
    before = reading.words_between(max(site.sentence[0], site.hit.word_start - 16), site.hit.word_start)[-1:]
    relative = bool(before) and site.lang.words["relatives"].issuperset(before)
    span = (site.hit.start if relative else site.sentence[0], site.sentence[1])
    talks = any(
        isinstance(t.entry.value, TriggerSpec) and t.entry.value.frame in ("meet", "negotiate")
        for t in reading.triggers_in(*span)
        if t is not site.hit
    )
    if talks or any(c.entry.value == Modality.TOPIC for c in reading.cues_in(*span, HitKind.MODAL)):
        return True
    after = reading.sentence_after(site.sentence)
    return reading.named_in(after)[1] <= site.named and any(
        isinstance(t.entry.value, TriggerSpec)
        and t.entry.value.frame == "meet"
        and t.entry.value.word_class == "noun"
        and site.definite(t.start)
        for t in reading.triggers_in(*after)
    )
