"""The frame of meetings: who met whom, at minister level or above, and a summit a state hosted."""

from __future__ import annotations

from relgraph.extractors.cues import unclitic, unconjoined
from relgraph.extractors.frames_talks import negotiate
from relgraph.extractors.kinds import NO_STATE, PEOPLE, PLACES, HitKind, Level, RefKind, Role
from relgraph.extractors.language import TriggerSpec
from relgraph.extractors.reading import ActorRef, conjoined
from relgraph.extractors.roles import Candidate, _cand, _parties_after, _partnered, _partners, _run_around
from relgraph.extractors.sieve import found_in
from relgraph.extractors.site import Site, _codes, _codes_list
from relgraph.model import EventType

__all__ = ["meet"]


def meet(site: Site) -> list[Candidate]:
    if site.indirect() or site.governed_by("stops") or site.lone_between() or _stateless_partner(site):
        return []
    if _domestic(site) or _verbs_meeting(site):  # "a cabinet meeting"; "met X and Y in a trilateral meeting"
        return []
    hosted = _hosted_summit(site)
    if hosted is not None:
        return hosted
    parties = _parties_after(site) or _gathered(site) or _dual(site)
    met: list[ActorRef] = []  # whom a verb's subject met, in a list: "met the presidents of A, B and C"
    if not parties and site.impersonal():  # "تم بحث الشأن السوري": what was discussed, by the parties told before
        parties = site.with_cue((Role.WITH, Role.BETWEEN), site.after(site.clause.end))
        return _cand(site, EventType.MEETING, _codes(parties), parties, site.place())
    if not parties and _told_elsewhere(site):
        return []
    agent = _phase_agent(site)
    if not parties:
        # "the foreign ministers of Greece and Turkey met"; not a company's state ("الشركة السعودية ..., حيث التقى")
        parties = [a for a in site.subjects() if not site.civilian(a)]
        met = [
            a
            for a in _partners(site, site.spec.param("party_cues") or (Role.WITH, Role.BY, Role.NONE, Role.FOR))
            if a not in parties
        ]  # بحث takes its topic bare, its party مع
        if agent is not None and agent not in parties:  # "بدأ كيري نهاره بلقاء الجبير وأمير قطر": whom he met
            parties, met = [agent], [*parties, *met]
        if not parties and site.spec.word_class == "verb" and len(_codes(met)) >= 2 and not site.between():
            return []  # "حيث التقى برؤساء السنغال وغينيا": whoever "he" is met each of them; they did not meet
        parties += met
        parties += [a for a in _own_between(site) if a not in parties]
    parties = [a for a in site.parties(parties) if a.kind != RefKind.TOPIC or _own_adjective(site, a)]
    parties = [*_fronted_official(site, parties), *parties]
    if any(a.level == Level.ENVOY or site.staff(a) for a in parties):
        return []  # a meeting is at minister level or above on both sides: not with ambassadors, officials, MPs
    if _no_official(site, parties):  # "talks between China and Portugal": anyone's, the states' negotiation
        return negotiate(site) if _negotiated(site) else []
    # A city is where talks are, never a party (فالنسيا، a club's city); a capital may stand for its government.
    codes = _codes(a for a in parties if a.kind not in (RefKind.CITY, RefKind.VENUE) and not _where(site, a))
    met = [a for a in met if a in parties]
    bilateral = _one_by_one(site, codes, parties, met, verb=site.spec.word_class == "verb" or agent is not None)
    if bilateral is not None:
        return bilateral
    if len(codes) < 2 and site.pair():
        codes = _codes_list(codes, site.pair())
    if len(codes) < 2 and parties and not (any(a.cue == Role.WITH for a in met) and not _codes(site.subjects())):
        # "talks between X and Y", "لقائه الرئيس التونسي، قال ساركوزي": every official in the clause is a party; not
        # past a named partner and an unnamed subject
        parties = [
            a
            for a in site.reading.actors_in(site.clause.start, site.clause.end)
            if a.codes and not site.staff(a) and (a.kind in PEOPLE or (a.kind == RefKind.TOPIC and site.qualifies(a)))
        ]
        codes = _codes(parties)
    return _cand(site, EventType.MEETING, codes, parties, site.place())


def _one_by_one(
    site: Site, codes: list[str], parties: list[ActorRef], met: list[ActorRef], *, verb: bool
) -> list[Candidate] | None:
    """One subject meeting several states' leaders meets each of them: bilateral meetings, not one summit; a group's
    ("met the GCC foreign ministers") together, but for "individually" (``apart``), and all "in a trilateral
    meeting" (``together``). None where the meeting is one."""
    low, end = site.reading.low, site.clause.end
    apart = found_in(site.lang.pattern("apart"), low, site.hit.end, end)
    # (a group met one at a time may hold the host: "King Salman met the Gulf leaders individually")
    host = [c for c in codes if c not in _codes(met)] or (_codes(a for a in parties if a not in met) if apart else [])
    if (
        not verb
        or len(host) != 1
        or len(_codes(met)) < 2
        or not (apart or all(a.kind != RefKind.GROUP for a in met))
        or found_in(site.lang.pattern("together"), low, site.hit.end, end)
    ):
        return None
    each = [(a, c) for a in met for c in (a.codes if apart else a.codes[:1]) if c != host[0]]
    return [c for a, code in each for c in _cand(site, EventType.MEETING, [host[0], code], (a,), site.place())]


def _hosted_summit(site: Site) -> list[Candidate] | None:
    """A summit "with" the leaders of others a state hosted (None if the noun is none): the host meets them, each
    visits it. The host is the subject of a hosting verb before the noun ("استضافت قبرص قمة مع قادة مصر واليونان"),
    or after its guests, its object a pronoun ("قمة مع قادة دول الخليج استضافها الرئيس الأمريكي"); one unnamed makes
    no event (the guests met the host, not each other). Hosting talks "between" others is mediation (``hosts``)."""
    if site.spec.word_class != "noun":
        return None
    first = next(iter(_partners(site)), None)
    if first is None or not site.within(site.hit.end, first.start, 2):
        return None
    if not first.codes or (first.kind not in PEOPLE and first.level is None):
        return None  # "with Iran's nuclear programme": no one's leaders
    guests = [a for a in _run_around(site, first) if a.codes]  # "with the leaders of Egypt and Greece"
    hosting = not set(site.spec.param("hosts")).isdisjoint(
        site.reading.words_between(site.clause.start, site.hit.start)
    )
    host = site.subject() if hosting else _host_after(site, guests[-1])
    if hosting and (host is None or not host.codes):
        return []
    if host is None or not host.codes or set(host.codes) & set(_codes(guests)):
        return None
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


def _negotiated(site: Site) -> bool:
    """Talks with no official (``official``: "negotiation") are the states' negotiation where the verb's subject
    holds them or the noun has its partner ("talks between China and Portugal", "held talks with Mexico"); not
    "at the London talks", "multilateral trade talks", anyone's, nor talks another hosted (its mediation)."""
    own = site.spec.word_class == "verb" or bool(site.between()) or bool(_partners(site, (Role.WITH, Role.BETWEEN)))
    return "negotiation" in site.spec.param("official") and own and not site.governed_by("hosts")


def _no_official(site: Site, parties: list[ActorRef]) -> bool:
    """Talks that need an official (``official``) name none at minister level in their clause ("Peru held talks")."""
    if not site.spec.param("official"):
        return False
    session = site.lang.pattern("committee_nouns").search(site.reading.low, site.hit.end, site.clause.end)
    if session is not None and site.within(site.hit.end, session.start(), 3):
        return False  # "اجتماع الدورة الثانية للجنة السعودية المالطية": a joint committee's session
    refs = [*parties, *site.reading.actors_in(site.clause.start, site.clause.end)]
    pairs = [a for a in refs if a.kind == RefKind.PAIR and len(a.codes) == 2]
    return not any(a.kind == RefKind.PERSON or a.level in (Level.HEAD, Level.MINISTER) for a in refs) and not (
        pairs and _officials_before(site, pairs[0].codes)
    )


_PAIR_SENTENCES = 3  # how far back the officials of a pair anaphor's states may be named


def _officials_before(site: Site, codes: tuple[str, ...]) -> bool:
    """The sentences just before name an official at minister level or above of each state of a pair anaphor:
    "استقبل الرئيس الرواندي وزير الخارجية الموريتاني ... . وأجرى الطرفان مباحثات"."""
    reading, sentence, officials = site.reading, site.sentence, set()
    for _ in range(_PAIR_SENTENCES):
        sentence = reading.sentence_before(sentence)
        refs = reading.actors_in(*sentence)
        officials |= {c for a in refs if a.kind in PEOPLE and a.level in (Level.HEAD, Level.MINISTER) for c in a.codes}
    return officials.issuperset(codes)


def _own_adjective(site: Site, ref: ActorRef) -> bool:
    """A state's adjective right after a meeting noun is a party ("المباحثات السعودية"), and so is each of a run of
    them ("اجتماع ثلاثي سعودي - أميركي - روسي"); after a verb it qualifies the subject ("وتلتقي المساعي الروسية مع
    التوجهات الأميركية": efforts meet positions)."""
    if site.spec.word_class != "noun":
        return False
    end, first = site.hit.end, True
    for a in site.after(site.clause.end):
        # (a name may be an adjective's homograph: "اللجنة السعودية العمانية")
        adjacent = site.within(end, a.start, 0) or (first and _counting(site, end, a.start))
        if a.kind not in (RefKind.TOPIC, RefKind.NAME) or not adjacent:
            return False
        if a is ref:
            return True
        end, first = a.end, False  # the next adjective right after, past a hyphen or a conjunction
    return False


def _counting(site: Site, start: int, end: int) -> bool:
    """The one word between a meeting noun and its first state's adjective counts, joins or ranks its parties
    ("اجتماع ثلاثي سعودي", "لقاء مشترك", "اللجنة الوزارية السعودية"), not a kind of meeting ("لقاء إعلامي سعودي")."""
    words = site.reading.words_between(start, end)
    if len(words) != 1:
        return False
    word, lang = words[0], site.lang
    return word in lang.party_counts or any(
        lang.pattern(key).fullmatch(word) is not None for key in ("together", "meeting_levels")
    )


def _gathered(site: Site) -> list[ActorRef]:
    """The parties a relative with a verb of gathering (``gathering_verbs``) names right after a meeting noun and
    its modifiers: "اللقاء الذي ضم كيري ووزراء خارجية دول الخليج", "اجتماع الدوحة الثلاثي الذي ضم ...", "the meeting
    that brought together the foreign ministers of Egypt and Jordan"."""
    reading = site.reading
    verb = next(iter(reading.cues_in(site.hit.end, site.sentence[1], HitKind.GATHER)), None)
    if site.spec.word_class != "noun" or verb is None or not site.within(site.hit.end, verb.start, _MODIFIERS + 1):
        return []
    relative = reading.words_between(max(site.hit.end, verb.start - 16), verb.start)[-1:]
    if not site.within(site.hit.end, verb.start, 1) and not site.lang.words["relatives"].issuperset(relative or ["-"]):
        return []
    after = [a for a in site.after(reading.clause_of(verb.start).end) if a.start >= verb.end]
    if not after or not site.within(verb.end, after[0].start, 1):
        return []
    run = _run_around(site, after[0])
    partner = [a for a in after if a.start >= run[-1].end and a.cue in (Role.BY, Role.WITH)][:1]
    # the partner's own list: "الذي جمع كيري مع لافروف والجبير"
    return [*run, *(b for a in partner if site.within(run[-1].end, a.start, 1) for b in _run_around(site, a))]


_MODIFIERS = 2  # at most this many words (a venue, "الثلاثي") between a meeting noun and its relative pronoun


def _dual(site: Site) -> list[ActorRef]:
    """The two a dual light verb before a meeting noun names (``dual_endings``): its subject and the official named
    last before it, "خادم الحرمين يهنئ أمير الكويت ...، ويستقبل نائب رئيس الوزراء العماني ويعقدان اجتماعا": Saudi
    Arabia and Oman, not Kuwait."""
    reading, hit = site.reading, site.hit
    before = reading.words_between(max(site.sentence[0], hit.word_start - 16), hit.word_start)[-1:]
    verb = unclitic(site.lang, before[0]) if before and site.spec.word_class == "noun" else ""
    if not site.lang.has("light_verbs", verb) or not verb.endswith(tuple(site.lang.words["dual_endings"])):
        return []
    subject = site.subject()
    last = next(
        (a for a in reading.actors_from(site.sentence[0], hit.start, backwards=True) if a.kind in PEOPLE and a.codes),
        None,
    )
    return [subject, last] if subject is not None and last is not None and last is not subject else []


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
        or (
            a.end > site.hit.start
            and not (site.trigger_between(a.start) or "," in low[site.hit.end : a.start])
            and not _partnered(site, site.hit.end, a.start)  # "to discuss tensions between Greece and Turkey"
        )
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
                and (
                    any(
                        site.within(c.end, site.hit.word_start, 1)
                        for c in site.reading.cues_in(site.clause.start, site.hit.word_start, HitKind.TIME_PREP)
                    )
                    or _covering(site)
                )
            )
        )
        and not any(site.within(site.hit.end, a.start, 2) for a in _partners(site))
    )


def _covering(site: Site) -> bool:
    """The definite meeting noun is the subject of a verb of what it covered (``covering_verbs``), right before it
    where the verb comes first, right after it otherwise: "وتناول اللقاء موضوع العراق", "the talks covered Iraq"."""
    reading, lang, hit = site.reading, site.lang, site.hit
    if lang.verb_first:
        near = reading.words_between(max(site.clause.start, hit.word_start - 16), hit.word_start)[-1:]
    else:
        near = reading.words_between(hit.end, min(site.clause.end, hit.end + 16))[:1]
    return any(lang.has("covering_verbs", unconjoined(lang, w)) for w in near)


def _fronted_official(site: Site, parties: list[ActorRef]) -> list[ActorRef]:
    """An official opening the clause right before the verb, where the verb comes first: the subject of a headline's
    or a clause's fronted order, who meets those after the verb ("كيري يلتقي وزراء خارجية دول الخليج")."""
    if not site.lang.verb_first or site.spec.word_class != "verb":
        return []
    before = next(iter(site.before()), None)
    if before is None or before in parties or before.kind not in PEOPLE or not before.codes:
        return []
    fronted = site.within(before.end, site.hit.word_start, 0) and site.within(site.clause.start, before.start, 1)
    return [before] if fronted else []


def _phase_agent(site: Site) -> ActorRef | None:
    """The subject of a phase verb (``phase_verbs``) whose instrument the noun is ("بدأ كيري نهاره بلقاء ...",
    "استهل الوزير زيارته بلقاء ..."; ``instrument_prefixes``): the official a few words before the noun, who met
    those named after it."""
    reading, hit = site.reading, site.hit
    if site.spec.word_class != "noun" or not site.lang.has("instrument_prefixes", hit.prefix):
        return None
    before = [a for a in site.before() if a.kind in PEOPLE and a.codes]
    agent = before[0] if before else None
    if agent is None or not site.within(agent.end, hit.word_start, 3):
        return None
    words = reading.words_between(max(site.clause.start, agent.start - 24), hit.word_start)
    return agent if any(site.lang.has("phase_verbs", unconjoined(site.lang, w)) for w in words) else None


def _verbs_meeting(site: Site) -> bool:
    """A meeting noun "in" which a meeting verb before it in its clause met its parties: the verb's meeting ("يلتقي
    الجبير كيري ولافروف في اجتماع ثلاثي", "met Lavrov and Jubeir in a trilateral meeting")."""
    reading, hit = site.reading, site.hit
    cues = reading.cues_in(max(site.clause.start, hit.word_start - 24), hit.word_start, HitKind.PREP)
    if site.spec.word_class != "noun" or not cues or cues[-1].entry.value != Role.IN:
        return False  # the nearest preposition before the noun, past its article and adjectives: "in a trilateral"
    verbs = (t.entry.value for t in reading.triggers_in(site.clause.start, hit.start) if t.start < hit.start)
    return any(isinstance(v, TriggerSpec) and v.frame == "meet" and v.word_class == "verb" for v in verbs)


def _domestic(site: Site) -> bool:
    """A meeting of one body: a state's own (``domestic_meetings``: "a cabinet meeting", "جلسة مجلس الوزراء"), or a
    region's organisation named by the region (``regional_meetings``: "the Arab summit", "قمة عربية طارئة"; not
    before a state's adjective: "القمة الخليجية الأمريكية" is the Gulf states' with the United States)."""
    low, (lo, hi), hit = site.reading.low, site.sentence, site.hit
    for key in ("domestic_meetings", "regional_meetings"):
        for m in site.lang.pattern(key).finditer(low, max(lo, hit.word_start - 24), min(hi, hit.end + 60)):
            if m.start() <= hit.start < m.end() and not (
                key == "regional_meetings"
                and any(site.within(m.end(), a.start, 0) for a in site.reading.actors_in(m.end(), hi))
            ):
                return True
    return False


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
        and partner.kind in (*NO_STATE, RefKind.OFFICE)
        and site.within(cue.end, partner.start, 3)
        and not any(conjoined(site.lang, r.words, partner.end, a.start) for a in site.after())
    )  # "and X"
