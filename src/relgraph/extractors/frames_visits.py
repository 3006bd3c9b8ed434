"""The frames of visits: travel, and receive (the guest's visit, and a meeting where talks are stated; others'
talks hosted are mediation)."""

from __future__ import annotations

from relgraph.extractors.frames_talks import mediation
from relgraph.extractors.kinds import NO_STATE, PEOPLE, PLACES, HitKind, Level, RefKind, Role
from relgraph.extractors.language import TriggerSpec
from relgraph.extractors.reading import ActorRef
from relgraph.extractors.roles import Candidate, _cand, _coordinated_run, _run_around, _talks_stated
from relgraph.extractors.site import Site
from relgraph.model import EventType

__all__ = ["receive", "travel"]


_GOAL_WORDS = 8  # at most this many words between a travel trigger (or its traveller after it) and its destination
_NEAR_OBJECT_WORDS = 4  # a tour's bare destinations: "جولة إقليمية شملت حتى الآن السعودية" (``near_object``)


def travel(site: Site) -> list[Candidate]:
    side = site.spec.param("adjacent") or _attributive(site)  # "the visiting Indian prime minister", "الزائر"
    if side == ("after",):
        near = [a for a in site.after() if site.reading.distance(site.hit.end, a.start) <= 1]
    elif side:
        near = [a for a in site.before() if site.within(a.end, site.hit.start, 1)]
    visitor = (
        next((a for a in near if a.kind in PEOPLE and a.codes), None)
        if side
        else (site.traveller_of() or site.subject())
    )
    if visitor is None or visitor.level == Level.ENVOY or site.civilian(visitor) or not _travels(site, visitor):
        return []  # an ambassador going to his post, a team on tour, a city's fame or a tourist's Monaco: no visit
    if site.lang.verb_first and site.spec.word_class == "verb" and not site.adjacent_subject(visitor):
        return []  # "وصلت طائرة سعودية", "والرسالة وصلت": something else arrived
    kinds = site.spec.param("visitor")
    if kinds and visitor.kind not in kinds:
        return []  # "left Kabul": a person leaving a place he visited, not a state leaving a country
    cues = [c for g in site.spec.param("goal") or ("to",) for c in site.lang.goal_cues.get(g, (g,))]
    elaborated = _elaborated(site, visitor)  # "visited several countries, where he met the presidents of ..."
    if not elaborated and not side and _to_region(site):
        return []  # "his tour of Asia", "جولته في أوروبا": a region is where he went, no state further on
    goals = elaborated or [
        a
        for a in site.with_cue(cues, site.refs if side else None)  # a participle's place is anywhere
        if not set(a.codes) & set(visitor.codes)
        and a.kind != RefKind.TOPIC
        and (
            side
            or (
                # the trigger's own: near it, not past another trigger ("في زيارة رسمية، إن ... في مواجهة إيران")
                site.reading.distance(max(site.hit.end, visitor.end), a.start)
                <= (_NEAR_OBJECT_WORDS if a.cue == Role.NONE and site.spec.param("near_object") else _GOAL_WORDS)
                and not site.trigger_between(a.start)
                and not site.relative_between(a.start, "complementizers")
                # "في جولة تشمل قطر والعراق": the legs a tour is yet to include
                and site.lang.pattern("planned_legs").search(site.reading.low, site.hit.end, a.start) is None
            )
        )
    ]
    if not goals and not site.lang.modifiers_first and site.spec.word_class == "noun":
        # "زيارة قطر": the host right after the noun.
        goals = [a for a in site.after() if site.within(site.hit.end, a.start, 0) and a is not visitor]
    visitors = _fellows(site, visitor, goals)
    goals = [g for g in goals if g not in visitors]
    # "visited Riyadh and Abu Dhabi": one visit per host.
    return [
        c
        for v in visitors
        for host in _coordinated_run(site, goals) or goals[:1]
        for c in _cand(
            site,
            EventType.VISIT,
            [*v.codes[:1], *host.codes[:1]],
            (v, host),
            host if host.kind in PLACES else site.place(),
        )
    ]


def _to_region(site: Site) -> bool:
    """The first reference after the trigger, a word or two on, is a region: "his tour of Asia"."""
    first = next(iter(site.reading.actors_in(site.hit.end, site.clause.end)), None)
    return first is not None and first.kind in NO_STATE and site.within(site.hit.end, first.start, 2)


def _elaborated(site: Site, visitor: ActorRef) -> list[ActorRef]:
    """States a visit leaves unnamed ("لعدد من الدول", "several countries"), named by the officials met in the
    clause that says where ("قام بزيارة لعدد من الدول الإفريقية، حيث التقى برؤساء السنغال ... وغينيا ...", "toured
    three Gulf states, where he met the emirs of Qatar and Kuwait"): a visit to each of their states."""
    reading, groups = site.reading, site.lang.words["unnamed_groups"]
    named = next((a.start for a in site.after(site.clause.end) if a.codes), site.clause.end)  # "the United States"
    if groups.isdisjoint(reading.words_between(site.hit.end, named)[:_GOAL_WORDS]):
        return []
    where = reading.clause_of(site.clause.end + 1)
    opener = reading.words_between(site.clause.end, where.start + 12)[:1]
    if where.start >= site.sentence[1] or site.lang.words["where_words"].isdisjoint(opener):
        return []
    met = [
        t
        for t in reading.triggers_in(where.start, where.end)
        if isinstance(t.entry.value, TriggerSpec) and t.entry.value.type == EventType.MEETING
    ]
    officials = [a for a in site.refs if met and met[0].end <= a.start < where.end and a.kind in PEOPLE and a.codes]
    if not officials:
        return []
    return [a for a in _run_around(site, officials[0]) if a.codes and not set(a.codes) & set(visitor.codes)]


def _fellows(site: Site, visitor: ActorRef, goals: list[ActorRef]) -> list[ActorRef]:
    """The visitor and the officials listed with him, where a goal has its preposition: "زيارة وزير الخارجية
    السعودي ووزير الخارجية الروسي إلى قطر" is two visits to Qatar, not the Saudi minister's to Russia."""
    if all(g.cue == Role.NONE for g in goals):
        return [visitor]
    return [visitor, *(a for a in _run_around(site, visitor) if a is not visitor and a.kind in PEOPLE and a.codes)]


def _attributive(site: Site) -> tuple[str, ...]:
    """A participle right before an official qualifies him ("met visiting U.S. Secretary Shultz"): ``("after",)``."""
    if site.spec.word_class != "verb" or site.lang.verb_first or not site.progressive():
        return ()
    before = site.reading.words_between(max(site.sentence[0], site.hit.start - 16), site.hit.start)[-1:]
    if not site.lang.words["auxiliaries"].isdisjoint(before):
        return ()  # "was visiting Prime Minister Abe": a verb
    after = list(site.after())[:2]  # "U.S." then "Secretary of State Shultz"
    if after and after[0].kind == RefKind.NAME and site.within(site.hit.end, after[0].start, 0) and site.lang.cased:
        return ("after",) if site.reading.norm.text[after[0].end :].lstrip(" .\n")[:1].isupper() else ()  # "U.S. Agri"
    official = next((a for a in after if a.kind in PEOPLE), None)
    if official is None or site.reading.distance(site.hit.end, official.start) > (0 if official is after[0] else 1):
        return ()
    return ("after",) if set(after[0].codes) == set(official.codes) else ()


def _travels(site: Site, visitor: ActorRef) -> bool:
    """``visitor`` can travel: people, a state (not a city: "سمعة وارسو وصلت"); after a travel noun people only."""
    if (
        visitor.level == Level.BODY
        and not site.staff(visitor)
        and not any(
            a.kind == RefKind.OFFICE
            and a.level in (Level.HEAD, Level.MINISTER)
            and site.within(a.end, visitor.start, 1)
            for a in site.reading.actors_in(max(0, visitor.start - 40), visitor.start)
        )
    ):
        return False  # "the Italian government is flying the migrants": a government goes nowhere (its minister
        # does: "وزير الشؤون الخارجية التونسي")
    addressed = site.lang.pattern("addressed").search(site.reading.low, site.hit.end, site.clause.end)
    if addressed is not None and site.within(site.hit.end, addressed.start(), 4):
        return False  # "توجه الوزير بالشكر إلى عمان": he addressed his thanks to Oman, went nowhere
    if visitor.kind in (*PEOPLE, RefKind.PRONOUN, RefKind.COUNTRY_PRONOUN):
        return True
    if site.spec.word_class == "noun":
        return False
    possessive = tuple(site.lang.words["possessive_endings"])  # "Washington's negotiator" is people
    return visitor.kind not in PLACES or site.reading.low.startswith(possessive, visitor.end)


def receive(site: Site) -> list[Candidate]:
    """A reception: the guest's visit to the host (and their meeting where talks are stated); each guest of a
    list received its own ("استقبلت مصر نائب رئيس وزراء المجر ونائب المستشارة الألمانية"). Others' talks hosted
    are the host's mediation."""
    host = _talks_host(site)
    if host is not None:
        return mediation(site, host)
    guests, host = _guests_and_host(site)
    guests = [g for g in guests if not site.civilian(g)]  # "استقبال ... عملاء بشار الأسد", "received Kuwaiti athletes"
    if not guests or (host is not None and host.level == Level.ENVOY) or _as_envoy(site):
        return []  # receiving an ambassador is neither a visit nor a meeting
    place = site.place()
    return [c for guest in _coordinated_run(site, guests) or guests[:1] for c in _received(site, guest, host, place)]


def _as_envoy(site: Site) -> bool:
    """The guest is received "as" a head of mission ("received William Carmichael as Chargé d'Affaires"): an
    envoy received at his post."""
    reading, envoys = site.reading, site.lang.pattern("envoy_nouns")
    cue = next(
        (c for c in reading.cues_in(site.hit.end, site.clause.end, HitKind.PREP) if c.entry.value == Role.AS), None
    )
    if cue is None:
        return False
    found = envoys.search(reading.low, cue.end, site.clause.end)
    return found is not None and site.within(cue.end, found.start(), 3)


def _talks_host(site: Site) -> ActorRef | None:
    """The host, where what is hosted is talks (``hosted_talks``), not a guest: the verb's object, with nothing
    but its subject before it ("استضافت سلطنة عمان أمس محادثات بين ...", "hosted secret talks between ..."), or
    a passive's subject ("talks between Iran and the US were hosted by Oman"); not "استضافت باكستان لمحادثات"."""
    pattern, reading = site.lang.pattern("hosted_talks"), site.reading
    subject = site.subject()
    if not site.lang.verb_first and site.spec.word_class == "verb":
        return subject if site.argument(pattern) is not None else None
    found = pattern.search(reading.low, site.hit.end, site.clause.end)
    if found is None or not site.within(site.hit.end, found.start(), _NEAR_OBJECT_WORDS):
        return None
    between = [a for a in site.after(found.start()) if a is not subject]
    if subject is None and between and not between[0].cue and site.within(site.hit.end, between[0].start, 0):
        subject, between = between[0], between[1:]  # VSO: the host right after its verb
    return None if between else subject


def _received(site: Site, guest: ActorRef, host: ActorRef | None, place: ActorRef | None) -> list[Candidate]:
    if guest.level == Level.ENVOY:
        return []
    host_codes = _host_codes(site, host, guest, place)
    if not host_codes or set(host_codes) & set(guest.codes):
        return []
    out = []
    # a venue in the host's own state is home ("received ... in The Hague"); one elsewhere is abroad (Geneva, New York)
    abroad = place is not None and not {*place.codes, place.seat} & set(host_codes)
    used = (guest,) if host is None else (host, guest)
    if not abroad:
        out += _cand(site, EventType.VISIT, [guest.codes[0], host_codes[0]], used, place)
    if guest.kind in PEOPLE and not site.indirect() and _talks_stated(site):
        out += _cand(site, EventType.MEETING, [host_codes[0], guest.codes[0]], used, place)
    return out


def _guests_and_host(site: Site) -> tuple[list[ActorRef], ActorRef | None]:
    """Whom the trigger receives (the first is the guest) and who receives them: the subject and its object; a
    passive's subject and its agent; the owner of "استقباله" after a word of ``welcomed_after`` and the host
    after it."""
    host = site.subject()
    kinds = site.spec.param("visitor") or PEOPLE  # one receives officials (not "patients from Yemen", decisions)
    if site.passive() and site.spec.word_class == "verb":
        # "The Prince of Monaco was received at the White House by President Wilson": the guest comes first.
        guests = [
            a
            for a in site.before()
            if a.start >= site.clause.start and a.kind in kinds and a.cue in (Role.NONE, Role.OF) and a.codes
        ][:1]
        host = next((a for a in site.after(site.clause.end) if a.cue == Role.AGENT and a.codes), None)
    elif site.spec.word_class == "noun" and not site.lang.words["welcomed_after"].isdisjoint(
        site.reading.words_between(max(site.sentence[0], site.hit.word_start - 8), site.hit.word_start)[-1:]
    ):
        # "كان في استقباله نظيره الكيني", "كان في استقبال الرئيس المصري لدى وصوله رئيس الحكومة": the one received
        # (the pronoun, or the reference right after) is the guest, the host comes after ("خلال استقباله الوزير":
        # his receiving the minister, the pronoun the host).
        after = [a for a in site.after() if a.cue == Role.NONE and a.kind in PEOPLE and a.codes]
        owner = site._owner_before() if site.pronoun_suffix() else next(iter(after), None)
        if owner is not None and not site.pronoun_suffix() and not site.within(site.hit.end, owner.start, 0):
            owner = None
        guests = [owner] if owner is not None and owner.codes else []
        host = next((a for a in after if a is not owner), None)
    else:
        start = max(site.hit.end, host.end if host is not None else 0)
        possessive = tuple(site.lang.words["possessive_endings"])  # "welcomed Reagan's pledge": a thing's owner
        candidates = [
            a
            for a in site.after()
            if a is not host
            and not (host is not None and host.codes and a.codes and set(a.codes) <= set(host.codes))  # his name
            and a.kind in kinds  # its own guest, near it
            and site.reading.distance(start, a.start) <= _GOAL_WORDS
            and not site.trigger_between(a.start)
            and not (possessive and site.reading.low.startswith(possessive, a.end))
        ]
        cues = [c for g in site.spec.param("guest") or ("object",) for c in site.lang.goal_cues.get(g, (g,))]
        guests = [a for a in candidates if a.cue in cues]
        # Its object and those listed with it, not an official past another verb: "استقبل الملك رئيس هيئة الأركان
        # الباكستانية، وهنأ رئيس سريلانكا" (the first, whose state the text does not give, is the one received).
        first = next((a for a in site.reading.actors_in(start, site.clause.end) if a.kind in kinds), None)
        if first is not None and guests and first not in guests:
            guests = [] if site.reading.comma_after(first.end, guests[0].start) < guests[0].start else guests
        guests = [a for a in _run_around(site, guests[0]) if a in guests] if guests else []
    return guests, host


def _host_codes(site: Site, host: ActorRef | None, guest: ActorRef, place: ActorRef | None) -> list[str]:
    """The receiving state: the host's; for an unnamed one, the visit's: the place, or the state the guest visits."""
    if host is not None and host.codes:
        return list(host.codes)
    if place is not None:
        return list(place.codes)
    visited = [
        a
        for a in site.after()
        if a.cue in (Role.NONE, Role.TO)
        and a.kind in (RefKind.NAME, RefKind.CAPITAL, RefKind.CITY)
        and a is not guest
        and not set(a.codes) & set(guest.codes)
    ]
    return list(visited[0].codes) if visited else []
