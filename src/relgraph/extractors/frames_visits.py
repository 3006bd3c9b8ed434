"""The frames of visits and meetings: travel, receive, meet."""

from __future__ import annotations

from relgraph.extractors.cues import unclitic
from relgraph.extractors.kinds import PEOPLE, PLACES, HitKind, Level, RefKind, Role
from relgraph.extractors.reading import ActorRef, conjoined
from relgraph.extractors.roles import Candidate, _cand, _coordinated_run, _parties_after, _partners, _run_around
from relgraph.extractors.site import Site, _codes, _codes_list
from relgraph.model import EventType

__all__ = ["meet", "receive", "travel"]


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
    first = next(iter(site.reading.actors_in(site.hit.end, site.clause.end)), None)
    if not side and first is not None and first.kind == RefKind.ORG and site.within(site.hit.end, first.start, 2):
        return []  # "his tour of Asia", "جولته في أوروبا": a region is where he went, no state further on
    goals = [
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
    # "visited Riyadh and Abu Dhabi": one visit per host.
    return [
        c
        for host in _coordinated_run(site, goals) or goals[:1]
        for c in _cand(
            site,
            EventType.VISIT,
            [*visitor.codes[:1], *host.codes[:1]],
            (visitor, host),
            host if host.kind in PLACES else site.place(),
        )
    ]


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
    list received its own ("استقبلت مصر نائب رئيس وزراء المجر ونائب المستشارة الألمانية")."""
    guests, host = _guests_and_host(site)
    if not guests or (host is not None and host.level == Level.ENVOY):
        return []  # receiving an ambassador is neither a visit nor a meeting
    place = site.place()
    return [c for guest in _coordinated_run(site, guests) or guests[:1] for c in _received(site, guest, host, place)]


def _received(site: Site, guest: ActorRef, host: ActorRef | None, place: ActorRef | None) -> list[Candidate]:
    if guest.level == Level.ENVOY:
        return []
    host_codes = _host_codes(site, host, guest, place)
    if not host_codes or set(host_codes) & set(guest.codes):
        return []
    out = []
    abroad = place is not None and not set(place.codes) & set(host_codes)
    used = (guest,) if host is None else (host, guest)
    if not abroad:
        out += _cand(site, EventType.VISIT, [guest.codes[0], host_codes[0]], used, place)
    if guest.kind in PEOPLE and not site.indirect() and site.talks_stated():
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
        candidates = [
            a
            for a in site.after()
            if a is not host
            and not (host is not None and host.codes and set(a.codes) <= set(host.codes))  # the host's own name
            and a.kind in kinds  # its own guest, near it
            and site.reading.distance(start, a.start) <= _GOAL_WORDS
            and not site.trigger_between(a.start)
        ]
        cues = [c for g in site.spec.param("guest") or ("object",) for c in site.lang.goal_cues.get(g, (g,))]
        guests = [a for a in candidates if a.cue in cues]
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


def meet(site: Site) -> list[Candidate]:
    if site.indirect() or site.governed_by("stops") or site.lone_between() or _stateless_partner(site):
        return []
    if _domestic(site):  # "a cabinet meeting"
        return []
    hosted = _hosted_summit(site)
    if hosted:
        return hosted
    parties = _parties_after(site)
    met: list[ActorRef] = []  # whom a verb's subject met, in a list: "met the presidents of A, B and C"
    if not parties and site.impersonal():  # "تم بحث الشأن السوري": what was discussed, by the parties told before
        parties = site.with_cue((Role.WITH, Role.BETWEEN), site.after(site.clause.end))
        return _cand(site, EventType.MEETING, _codes(parties), parties, site.place())
    if not parties and _told_elsewhere(site):
        return []
    if not parties:
        parties = site.subjects()  # "the foreign ministers of Greece and Turkey met"
        met = [
            a
            for a in _partners(site, site.spec.param("party_cues") or (Role.WITH, Role.BY, Role.NONE, Role.FOR))
            if a not in parties
        ]  # بحث takes its topic bare, its party مع
        if not parties and site.spec.word_class == "verb" and len(_codes(met)) >= 2 and not site.between():
            return []  # "حيث التقى برؤساء السنغال وغينيا": whoever "he" is met each of them; they did not meet
        parties += met
        parties += [a for a in _own_between(site) if a not in parties]
    parties = [a for a in site.parties(parties) if a.kind != RefKind.TOPIC or site.within(site.hit.end, a.start, 1)]
    if any(a.level == Level.ENVOY or site.staff(a) for a in parties) or _no_official(site, parties):
        return []  # a meeting is at minister level or above on both sides: not with ambassadors, officials, MPs
    # A city is where talks are, never a party (فالنسيا، a club's city); a capital may stand for its government.
    codes = _codes(a for a in parties if a.kind not in (RefKind.CITY, RefKind.VENUE) and not _where(site, a))
    met = [a for a in met if a in parties]
    host = [c for c in codes if c not in _codes(met)]
    if (
        site.spec.word_class == "verb"
        and len(host) == 1
        and len(_codes(met)) >= 2
        and all(a.kind != RefKind.GROUP for a in met)
    ):
        # One subject meeting several states' leaders meets each of them: bilateral meetings, not one summit; a
        # group's ("met the GCC foreign ministers") together.
        return [c for a in met for c in _cand(site, EventType.MEETING, [host[0], *a.codes[:1]], (a,), site.place())]
    if len(codes) < 2 and site.pair():
        codes = _codes_list(codes, site.pair())
    if len(codes) < 2 and not (any(a.cue == Role.WITH for a in met) and not _codes(site.subjects())):
        # "talks between X and Y": every official in the clause; not past a named partner and an unnamed subject
        codes = _codes(
            a
            for a in site.reading.actors_in(site.clause.start, site.clause.end)
            if a.codes and not site.staff(a) and (a.kind in PEOPLE or (a.kind == RefKind.TOPIC and site.qualifies(a)))
        )
    return _cand(site, EventType.MEETING, codes, parties, site.place())


def _hosted_summit(site: Site) -> list[Candidate]:
    """A summit "with" the leaders of others that a state hosted: the host meets them and each of them visits it.
    The host is the subject of a hosting verb before the noun ("Cyprus hosted a summit with the leaders of Egypt
    and Greece", "استضافت قبرص قمة مع قادة مصر واليونان") or after its guests, the verb's object a pronoun ("قمة مع
    قادة دول الخليج استضافها الرئيس الأمريكي"). Hosting talks "between" others is mediation (``hosts``)."""
    if site.spec.word_class != "noun":
        return []
    first = next(iter(_partners(site)), None)
    if first is None or not site.within(site.hit.end, first.start, 2):
        return []
    if not first.codes or (first.kind not in PEOPLE and first.level is None):
        return []  # "with Iran's nuclear programme": no one's leaders
    guests = [a for a in _run_around(site, first) if a.codes]  # "with the leaders of Egypt and Greece"
    hosting = not set(site.spec.param("hosts")).isdisjoint(
        site.reading.words_between(site.clause.start, site.hit.start)
    )
    host = site.subject() if hosting else _host_after(site, guests[-1])
    if host is None or not host.codes or set(host.codes) & set(_codes(guests)):
        return []
    after = (a for a in site.reading.actors_in(site.hit.end, site.clause.end) if a.kind in PLACES and a.cue == Role.IN)
    place = next(after, None) or site.place()  # the summit's own place, not where the sentence's speaker is
    out = _cand(site, EventType.MEETING, [host.codes[0], *_codes(guests)], (host, *guests), place)
    for guest in guests:
        for code in guest.codes:
            out += _cand(site, EventType.VISIT, [code, host.codes[0]], (guest, host), place)
    return out


def _host_after(site: Site, last: ActorRef) -> ActorRef | None:
    """The subject of a hosting verb right after the guests whose object pronoun is the summit ("استضافها")."""
    verb = next(
        (
            t
            for t in site.reading.triggers_in(last.end, site.clause.end)
            if getattr(t.entry.value, "frame", None) == "receive" and site.within(last.end, t.start, 1)
        ),
        None,
    )
    if verb is None or verb.suffix not in site.lang.words.get("possessive_suffixes", ()):
        return None
    return next((a for a in site.reading.actors_in(verb.end, site.clause.end) if a.kind in PEOPLE), None)


def _no_official(site: Site, parties: list[ActorRef]) -> bool:
    """Talks that need an official (``official``) name none at minister level in their clause ("Peru held talks")."""
    if not site.spec.param("official"):
        return False
    session = site.lang.pattern("committee_nouns").search(site.reading.low, site.hit.end, site.clause.end)
    if session is not None and site.within(site.hit.end, session.start(), 3):
        return False  # "اجتماع الدورة الثانية للجنة السعودية المالطية": a joint committee's session
    refs = [*parties, *site.reading.actors_in(site.clause.start, site.clause.end)]
    return not any(a.kind == RefKind.PERSON or a.level in (Level.HEAD, Level.MINISTER) for a in refs)


def _own_between(site: Site) -> list[ActorRef]:
    """The parties "between" whom the meeting is: not past another trigger or a comma ("a meeting in February,
    with options for the war between Iran and Iraq": the war's); before it, not another trigger's ("اللقاء بين
    لافروف وكيري ..., فإن اللقاء بين ظريف والمعلم")."""
    low, reading = site.reading.low, site.reading
    return [
        a
        for a in site.between()
        if (
            a.end <= site.hit.start
            and not any(reading.distance(t.end, a.start) <= 6 for t in reading.triggers_in(site.sentence[0], a.start))
        )
        or (a.end > site.hit.start and not (site.trigger_between(a.start) or "," in low[site.hit.end : a.start]))
    ]


def _where(site: Site, a: ActorRef) -> bool:
    """Where a meeting was, no party: a capital after "in", "to", "ب" or as its venue; a state's name after "ب"
    right after a meeting noun or its adjective ("اجتماع إقليمي بماليزيا", not "اجتماع بالرئيس")."""
    if a.kind == RefKind.CAPITAL:
        return a.cue in (Role.IN, Role.TO, Role.BY) or _venue_name(site, a)
    return (
        a.kind == RefKind.NAME
        and a.cue == Role.BY
        and site.spec.word_class == "noun"
        and a.start >= site.hit.end
        and site.within(site.hit.end, a.start, 1)
    )


def _venue_name(site: Site, capital: ActorRef) -> bool:
    """A capital alone right after a meeting noun is where it was ("اجتماع الدوحة"), not "مباحثات الرياض وطهران"."""
    return (
        site.spec.word_class == "noun"
        and capital.start >= site.hit.end
        and site.within(site.hit.end, capital.start, 0)
        and len(_run_around(site, capital)) == 1
    )


def _told_elsewhere(site: Site) -> bool:
    """A definite meeting noun that something happened before or after ("before the meeting", "عقب الاجتماع"; the
    language's ``time_prepositions``), one named by its venue ("قمة كامب ديفيد", "بعد لقاء الدوحة") or one a
    demonstrative points to ("على علم بذلك الاجتماع"), with no party of its own right after it: told elsewhere."""
    named = (a for a in site.after() if a.kind in PLACES and _venue_name(site, a) and not _own_between(site))
    venue = next(named, None)  # "اجتماع الدوحة بين ...": its parties follow
    before = site.reading.words_between(max(site.sentence[0], site.hit.word_start - 16), site.hit.word_start)[-1:]
    pointed = [w for w in (unclitic(site.lang, w) for w in before) if w in site.lang.words["demonstratives"]]
    return (
        site.spec.word_class == "noun"
        and (
            bool(pointed or venue)  # "قمة كامب ديفيد", "قمة بغداد": a summit its venue names has no parties here
            or (
                site.definite(site.hit.start)
                and any(
                    site.within(c.end, site.hit.word_start, 1)
                    for c in site.reading.cues_in(site.clause.start, site.hit.word_start, HitKind.TIME_PREP)
                )
            )
        )
        and not any(site.within(site.hit.end, a.start, 2) for a in _partners(site))
    )


def _domestic(site: Site) -> bool:
    """A meeting of one state's own body (``domestic_meetings``: "a cabinet meeting", "جلسة مجلس الوزراء")."""
    low, (lo, hi), hit = site.reading.low, site.sentence, site.hit
    found = site.lang.pattern("domestic_meetings").finditer(low, max(lo, hit.word_start - 24), min(hi, hit.end + 60))
    return any(m.start() <= hit.start < m.end() for m in found)


def _stateless_partner(site: Site) -> bool:
    """The first "with" after the trigger names an organisation or an office no state holds: "مباحثاتنا مع ممثل
    الأمين العام للأمم المتحدة" (talks with the UN's envoy are no meeting between states), or people below
    minister level: "يلتقي مع عدد من أعضاء الكونغرس" (``staff_nouns``)."""
    r = site.reading
    cue = next((c for c in r.cues_in(site.hit.end, site.clause.end, HitKind.PREP) if c.entry.value == Role.WITH), None)
    if cue is None or not site.within(site.hit.end, cue.start, 3) or any(a.start < cue.start for a in site.after()):
        return False  # the trigger's own "with", before any state after it
    partner = next(iter(r.actors_in(cue.end, site.clause.end)), None)
    staff = site.lang.pattern("staff_nouns").search(r.low, cue.end, partner.start if partner else site.clause.end)
    if staff is not None and site.within(cue.end, staff.start(), 3):
        return True
    return (
        partner is not None
        and not partner.codes
        and partner.kind in (RefKind.ORG, RefKind.OFFICE)
        and site.within(cue.end, partner.start, 3)
        and not any(conjoined(site.lang, r.words, partner.end, a.start) for a in site.after())
    )  # "and X"
