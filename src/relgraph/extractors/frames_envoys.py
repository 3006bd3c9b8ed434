"""The frame of heads of mission: an envoy appointed, accredited or recalled, and the state that sends him and
the one he is posted to (``envoy``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from relgraph.extractors.kinds import PEOPLE, HitKind, Level, RefKind, Role
from relgraph.extractors.reading import ActorRef
from relgraph.extractors.roles import (
    Candidate,
    _cand,
    _coordinated_run,
    _implicit,
    _mission_owners,
    _run_around,
    _seated,
)
from relgraph.extractors.site import Site, _codes
from relgraph.model import EventType

__all__ = ["envoy"]


_PLACED = (Role.IN, Role.AT, Role.TO, Role.FROM)  # a state after these is a place or a goal, no envoy's own
_GATHERINGS = (EventType.MEETING, EventType.NEGOTIATION, EventType.MEDIATION)  # talks an envoy may be sent to


def _senders(site: Site, n_start: int, n_end: int, limit: int | None) -> tuple[list[ActorRef], list[ActorRef]]:
    """The states whose envoy the noun at ``n_start:n_end`` is, and those of a list of them ("Ambassadors of
    Chile, Peru and Ghana presented their credentials": each state's envoy, each an event), which come first."""
    # the title the noun is part of ("U.S. Minister to Norway": the office a minister's, the noun an envoy's)
    titled = (Level.ENVOY, Level.MINISTER)
    senders = [a for a in site.refs if a.start <= n_start < a.end and a.level in titled and not _aimed(site, a)]
    # "the ambassadors from Sweden, Finland and Norway" presenting credentials; but "recalled its ambassador from"
    of = (Role.OF, Role.FROM) if site.spec.type is not EventType.AMBASSADOR_RECALLED else (Role.OF,)
    senders += [
        a
        for a in site.after(limit)
        if a.start >= n_end and a.cue in (Role.FOR, Role.NONE, *of) and site.within(n_end, a.start, 2)
    ]
    # "تعيين فلان سفيرا لمصر لدى قطر": the state right after a later envoy noun.
    nouns = site.lang.pattern("envoy_nouns")
    senders += [
        a
        for a in site.after(limit)
        if a.cue == Role.FOR
        and a.start > n_end
        and a not in senders
        and any(
            site.within(m.end(), a.start, 0)
            for m in nouns.finditer(site.reading.low, max(n_end, a.start - 16), a.start)
        )
    ]
    if site.lang.modifiers_first:  # "Sweden's new ambassador"; not "in London when Ambassador Bayard ..."
        before = [a for a in site.refs if a.end <= n_start and site.within(a.end, n_start, 1) and a.cue not in _PLACED]
        senders = before + senders
    # "Ambassadors of Chile, Peru and Ghana presented their credentials": each state's envoy, each an event.
    listed = next(
        (
            _run_around(site, a)
            for a in (*senders[:1], *site.after(limit))
            if (a.cue in of and a.start >= n_end and site.within(n_end, a.start, 1))
            or (a.level == Level.ENVOY and a.start <= n_start < a.end)
        ),
        [],
    )
    listed = listed if len(listed) > 1 and all(a.kind in (RefKind.NAME, RefKind.OFFICIAL) for a in listed) else []
    return [*listed, *(a for a in senders if a not in listed)], listed


def envoy(site: Site) -> list[Candidate]:
    """A head of mission appointed, accredited or recalled, with the person the text names as the envoy (who acts
    for the sending state): "William H. Hornibrook presented his credentials", "appointed Bellamy Storer"."""
    noun = site.nearest_match(site.lang.pattern("envoy_nouns"))
    candidates = _envoy(site, noun)
    senders = {c.actors[0] for c in candidates}
    named = _named_envoy(site, noun) if len(senders) == 1 else None
    if named is None or named.who is None:
        return candidates
    lo, hi = named.who
    person = named.resolved(candidates[0].actors[:1], RefKind.PERSON)
    # the name read in full, not the part a title's reference holds ("Ambassador Luis M" of "Luis M. Soto")
    return [
        c._replace(
            used=(*(a._replace(who=None) if a.who and a.who[0] < hi and lo < a.who[1] else a for a in c.used), person)
        )
        for c in candidates
    ]


def _envoy(site: Site, noun: tuple[int, int] | None) -> list[Candidate]:
    etype = site.spec.type
    if _attributive(site):
        return []
    subject = site.subject()
    if noun is None and site.lang.pattern("consular_nouns").search(site.reading.low, *site.clause) is not None:
        return []  # "the first Consul at the post presented his credentials", "consular credentials": no mission's head
    # A trigger that needs no envoy noun names an envoy's act ("He presented his credentials"); no state's.
    n_start, n_end = noun or (site.hit.start, site.hit.end)
    if noun is not None and _delegate(site, n_end):
        return []
    if noun is None and not site.spec.param("receiver") and subject and subject.kind not in (*PEOPLE, RefKind.PRONOUN):
        subject = None
    if site.spec.param("both_ways"):
        return _both_ways(site)
    possessive = site.owned(n_start, n_end)
    nxt = [t for t in site.reading.triggers_in(site.hit.end + 1, site.sentence[1]) if t.entry.value == site.spec]
    limit = nxt[0].start if nxt else None
    senders, listed = _senders(site, n_start, n_end, limit)
    seated = _seated(site, n_end, site.sentence[1])  # "Ambassador Near the Government of Yugoslavia in Egypt"
    posts = [seated] if seated is not None else [*_post_before(site, n_start), *_posts(site, n_end)]
    if etype is EventType.AMBASSADOR_RECALLED:
        if not possessive and senders and subject not in senders and not (subject is None and site.passive()):
            return []  # "استدعت الخارجية السفير الإيراني": a summons, not a recall
        sender = subject  # or the envoy himself: "Israel's ambassador to Jordan was recalled", "استدعي سفير"
        hosts = [a for a in posts if a.cue in (Role.AT, Role.FROM, Role.IN, Role.TO) and a is not sender]
    else:
        sender = senders[0] if senders and not possessive else subject
        # The post he is sent or accredited to before the one he is in or his title names ("accredited its ambassador
        # in Addis Ababa to Djibouti", "the Ambassador to Italy presented ... to San Marino", "... to Fiji to Tonga").
        titles = [r for a in posts[:1] if noun and _after(site, n_end, a) for r in _run_around(site, a)]
        hosts = sorted(
            (a for a in posts if a.cue in (Role.AT, Role.TO, Role.IN) and a is not sender),
            key=lambda a: (a.cue != Role.TO or a.start < site.hit.end, a in titles, a.cue == Role.IN),
        )
        if site.reading.recorder and sender and sender not in listed and _guessed(site, sender, subject, hosts):
            sender = subject = None  # in a state's own record, the record says whose envoy "he" is
        if not hosts and subject is not None and sender is not subject and subject not in listed:
            hosts = [subject]  # the head of state who received the credentials
        if site.spec.param("receiver") and subject is not None and subject.codes:
            return _received_envoy(site, listed or _coordinated_run(site, senders) or senders, subject)
    if (sender is None or not sender.codes) and site.reading.recorder:  # "Chargé X presented his credentials", in
        sender = _implicit_envoy(site, n_start, n_end, hosts)  # a state's own record
    if sender is None:
        return []
    sent = listed if sender in listed else [sender]
    hosts = [h for h in hosts if not set(h.codes) & {c for s in sent for c in s.codes}]
    if not hosts and etype is EventType.AMBASSADOR_APPOINTED:
        return _posted_by_record(site, sender)
    # "withdrew its ambassadors from the United States and Australia": one event per post; one per sender listed.
    return [
        c
        for s in sent
        for h in _coordinated_run(site, hosts) or hosts[:1]
        for c in _cand(site, etype, [s.codes[0], h.codes[0]], (s, h))
    ]


_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*\.?")  # a word of a name, an initial with its stop ("D.")


def _named_envoy(site: Site, noun: tuple[int, int] | None) -> ActorRef | None:
    """The envoy's own name, in a script with capitals: right after his title ("Ambassador Milan D. Bish
    presented"), the subject right before the trigger ("Susan D. Page was confirmed", "..., Edward L. Romero,
    presented"), else its object ("appointed Bellamy Storer as minister"); a receiver's guest only after it."""
    if not site.lang.cased:
        return None
    starts = [(noun[1], True)] if noun is not None else []
    # before the trigger, the envoy of his own act ("presented") or of a passive ("was confirmed"); an active
    # appointing verb's subject is who appointed him ("President Obama named Ana Ruiz as ambassador")
    own_act = site.spec.index not in site.lang.needs or site.passive()
    starts += [(site.hit.start, False)] if own_act and not site.spec.param("receiver") else []
    reading, (lo, hi) = site.reading, site.sentence
    held = [(a.start, a.who[0] if a.who else a.end) for a in reading.actors_in(lo, hi)]  # not a title's name
    held += [(h.start, h.end) for h in (*reading.cues_in(lo, hi, HitKind.OFFICE), *reading.triggers_in(lo, hi))]
    held += [(d.start, d.end) for d in reading.dates_in(site.sentence)]
    spans = (_name_from(site, pos, forward, held) for pos, forward in (*starts, (site.hit.end, True)))
    span = next(filter(None, spans), None)
    return None if span is None else ActorRef(*span, (), RefKind.PERSON, Role.NONE, True, Level.ENVOY, None, span)


def _name_from(site: Site, pos: int, forward: bool, held: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The capitalised words of a name that start (``forward``) or end at ``pos``, spaces and, going back,
    auxiliaries and a comma before the trigger skipped; none in a span ``held`` (a reference, an office, a trigger,
    a date)."""
    lang, text, (lo, hi) = site.lang, site.reading.norm.text, site.sentence
    words = list(_NAME_WORD.finditer(text, pos, hi) if forward else _NAME_WORD.finditer(text, lo, pos))
    if not forward:
        words.reverse()
        while words and lang.has("auxiliaries", words[0].group().lower()):
            pos = words.pop(0).start()
        gap = text[words[0].end() : pos] if words else ""
        if gap.strip(" ,") or gap.count(",") > 1:
            return None  # no name right before the trigger, or its comma: "Edward L. Romero, presented"
        pos = words[0].end() if words else pos
    taken: list[re.Match[str]] = []
    for m in words:
        gap = text[m.end() : pos] if not forward else text[(taken[-1].end() if taken else pos) : m.start()]
        word = m.group()
        if gap.strip() or any(s < m.end() and m.start() < e for s, e in held):
            break
        if not (word[0].isupper() or (taken and word.lower() in lang.name_glue)) or lang.has(
            "name_stops", word.lower()
        ):
            break
        taken.append(m)
        pos = m.start()
    if not taken or (len(taken) == 1 and taken[0].start() == lo):
        return None  # "He presented": no name; one word opening the sentence is no name either
    first, last = min(m.start() for m in taken), max(m.end() for m in taken)
    return first, last - (1 if text[last - 1] == "." and last - first > 2 and text[last - 3] != " " else 0)


def _delegate(site: Site, n_end: int) -> bool:
    """The envoy noun's "to" names talks ("as envoy to the talks in Geneva", "مبعوثا إلى المحادثات"): a delegate to a
    gathering, no head of mission."""
    to = next((c for c in site.reading.cues_in(n_end, n_end + 8, HitKind.PREP) if c.entry.value == Role.TO), None)
    if to is None or not site.within(n_end, to.start - len(to.prefix), 0):
        return False
    talks = next(iter(site.reading.triggers_in(to.end, site.sentence[1])), None)
    return (
        talks is not None
        and getattr(talks.entry.value, "type", None) in _GATHERINGS
        and site.within(to.end, talks.start - len(talks.prefix), 1)
    )


def _attributive(site: Site) -> bool:
    """A participle right after a determiner, a possessive or a hyphened adverb qualifies the envoy noun after it
    ("the appointed Chargé", "his designated successor", "the officially-accredited U.S. Minister"): no act."""
    lang, low, start = site.lang, site.reading.low, site.hit.start
    if site.spec.word_class != "verb":
        return False
    if low[start - 1 : start] == "-":
        return True
    word = "".join(low[max(site.sentence[0], start - 12) : start].split()[-1:])
    determiner = lang.has("definite_determiners", word) and not lang.has("complementizers", word)
    return determiner or lang.has("possessives", word)


def _posts(site: Site, n_end: int) -> list[ActorRef]:
    """Where an envoy may be posted: after his noun or the trigger; not where he resides, nor his title's state."""
    guessed = RefKind.OFFICE if site.reading.recorder else None  # a bare title's state, in a record: "President X"
    start = min(n_end, site.hit.end)
    posts = [
        a._replace(cue=Role.TO) if _aimed(site, a) else a
        for a in sorted([*site.refs, *site.reading.seats_in(start, site.sentence[1])])  # "Minister to The Hague"
        if (_aimed(site, a) or (a.start >= start and not a.start < n_end <= a.end and a.level != Level.ENVOY))
        and a.kind != guessed
    ]  # (not an envoy's own title: "accredited the American Ambassador to New Zealand ... to Tonga", "his rank
    # from Minister to U.S. Ambassador to Peru")
    resides = [r for a in posts if site.preceded_by("residence", a) for r in _run_around(site, a)]  # "Rome, Italy"
    home = {c for r in resides for c in r.codes}
    return [a for a in posts if a not in resides and not set(a.codes) & home and not _titles(site, a)]


def _post_before(site: Site, n_start: int) -> list[ActorRef]:
    """A capital between a possessive and the envoy noun is where he is posted: "recalled its Havana ambassador"
    (in Havana), "Britain's Moscow envoy"; not "the Havana ambassador", whose it is."""
    if not site.lang.modifiers_first:
        return []
    before = site.reading.actors_in(site.sentence[0], n_start)
    last = before[-1] if before else None
    if last is None or last.kind != RefKind.CAPITAL or not site.within(last.end, n_start, 0):
        return []
    return [last._replace(cue=Role.IN)] if site.possessed(last.start) else []


def _after(site: Site, n_end: int, a: ActorRef) -> bool:
    return a.start >= n_end and site.within(n_end, a.start, 1)


def _titles(site: Site, a: ActorRef) -> bool:
    """Whether ``a`` is right before an envoy noun ("to U.S. Ambassador to the Holy See"): his state, not his post."""
    low = site.reading.low
    end = a.end + 1 if low.startswith(".", a.end) and low[a.end - 2 : a.end - 1] == "." else a.end  # "U.S."
    start = end + 1 if low.startswith(" ", end) else end
    return site.lang.modifiers_first and site.lang.pattern("envoy_nouns").match(low, start) is not None


def _aimed(site: Site, a: ActorRef) -> bool:
    """Whether an envoy's title names the one he is sent to ("as Minister to President Franklin Roosevelt")."""
    return a.who is not None and any(c.entry.value == Role.TO for c in site.reading.cues_in(a.start, a.who[0]))


def _guessed(site: Site, sender: ActorRef, subject: ActorRef | None, hosts: Sequence[ActorRef]) -> bool:
    """Whether an envoy's state is a guess: a pronoun's, a bare title's, his post's, the governing clause's subject."""
    if sender.kind in (RefKind.PRONOUN, RefKind.OFFICE) or any(set(h.codes) & set(sender.codes) for h in hosts):
        return True
    opener = site.reading.words_between(site.clause.start, site.hit.start)[:1]  # not a relative: "X, who presented"
    governed = sender is subject and sender.start < site.clause.start and not site.spec.param("receiver")
    return governed and not any(site.lang.has("relatives", w) for w in opener)


def _implicit_envoy(site: Site, start: int, end: int, hosts: Sequence[ActorRef]) -> ActorRef:
    """The envoy a record leaves unnamed: its own, or the other state's presenting credentials to the recorder."""
    recorder, counterpart = site.reading.recorder, site.reading.counterpart
    if counterpart and any(recorder in h.codes for h in hosts):
        return ActorRef(start, end, (counterpart,), RefKind.NAME)
    if counterpart and counterpart in _missions_before(site):
        # "The Ethiopian Legation was raised to Embassy status ... when X presented his credentials": its envoy
        return ActorRef(start, end, (counterpart,), RefKind.NAME)
    return _implicit(site, start, end)


def _missions_before(site: Site) -> set[str]:
    """The states whose missions the sentence names by an adjective before the trigger's clause ("the Ethiopian
    Legation")."""
    low, pattern = site.reading.low, site.lang.pattern("mission_nouns")
    return {
        c
        for m in pattern.finditer(low, site.sentence[0], site.clause.start)
        for a in _mission_owners(site, m.start(), m.end())
        if a.kind == RefKind.TOPIC and site.within(a.end, m.start(), 0)
        for c in a.codes
    }


def _posted_by_record(site: Site, sender: ActorRef) -> list[Candidate]:
    """An envoy with no post named, in a record: the recorder's goes to the state it is about, that state's to it."""
    recorder, counterpart = site.reading.recorder, site.reading.counterpart
    if not recorder or not counterpart:
        return []
    posts = {recorder: counterpart, counterpart: recorder}
    code = next((c for c in sender.codes if c in posts), None)
    return _cand(site, site.spec.type, [code, posts[code]], (sender,)) if code else []


def _received_envoy(site: Site, senders: Sequence[ActorRef], host: ActorRef) -> list[Candidate]:
    """ "Sweden accepted the credentials of the Peruvian minister": the subject receives the envoy of the state his
    title names (each of a list: "the ambassadors of Japan, Chile and Peru"), or in a state's own record of its
    relations, of the state the record is about."""
    etype, counterpart = site.spec.type, site.reading.counterpart
    sent = [a for a in senders if a.codes and not set(a.codes) & set(host.codes)]
    own = [a for a in senders if a.codes and not sent and set(a.codes) & set(host.codes)]
    if own:  # "The Hague accepted the credentials of Minister John Adams": the subject misread, the envoy's state known
        return _posted_by_record(site, own[0])
    if sent:
        first = sent[0]
        run = [a for a in sent if a is first or a in _run_around(site, first)]
        return [c for a in run for c in _cand(site, etype, [a.codes[0], host.codes[0]], (a, host))]
    if counterpart and site.reading.recorder in host.codes:
        return _cand(site, etype, [counterpart, host.codes[0]], (host,))
    return []


def _both_ways(site: Site) -> list[Candidate]:
    """ "Egypt and Israel exchanged ambassadors": one event each way between the two states."""
    subjects = site.subjects()
    codes = _codes([*subjects, *site.with_cue((Role.WITH, Role.BETWEEN))]) or list(site.pair())
    codes = site.discourse(codes, subjects) if len(codes) < 2 else codes
    if len(codes) != 2:
        return []
    a, b = codes
    return [c for x, y in ((a, b), (b, a)) for c in _cand(site, site.spec.type, [x, y], subjects)]
