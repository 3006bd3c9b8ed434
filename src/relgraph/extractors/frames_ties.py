"""The frames of relations between states and their missions: relations, recognize, mission, expel."""

from __future__ import annotations

import re
from collections.abc import Sequence

from relgraph.extractors.kinds import PLACES, HitKind, Level, RefKind, Role
from relgraph.extractors.reading import ActorRef
from relgraph.extractors.roles import (
    Candidate,
    _cand,
    _coordinated_run,
    _dated_run,
    _implicit,
    _mission_owners,
    _parties_after,
    _seated,
)
from relgraph.extractors.site import Site, _codes, _codes_list
from relgraph.model import EventType

__all__ = ["expel", "mission", "recognize", "relations"]


_HOSTED = (Role.IN, Role.AT, Role.BY)  # an embassy in or at a state: its host
_NOUN_PARTNER_WORDS = 6  # words from a relations noun to its partner ("the restoration of full diplomatic ties with")
_RELATIONS_REACH = 4  # words from a relations noun to the pair "between" ("resumption of diplomatic relations between")


_WORD_AT = re.compile(r"[^\W\d_]+")  # a word (of letters)


def relations(site: Site) -> list[Candidate]:
    """Relations established, restored or severed: the subject and its partner, or the pair "between" them.

    Several subjects or several partners ("Riyadh and Cairo renewed relations
    with Doha") are one event per pair.
    """
    etype = site.spec.type
    between = _parties_after(site, _RELATIONS_REACH)
    if len(_codes(between)) == 2:
        return _cand(site, etype, _codes(between), between)
    subjects = site.subjects()
    cues = site.spec.param("partner") or (Role.WITH, Role.BETWEEN, Role.NONE)
    partners = [
        a
        for a in site.with_cue(cues, site.after(site.clause.end))
        if a not in subjects
        and a.kind != RefKind.TOPIC
        and not site.trigger_between(a.start)
        and (site.spec.word_class != "noun" or site.reading.distance(site.hit.end, a.start) <= _NOUN_PARTNER_WORDS)
    ]  # "Establishment ... with PRC/Termination ... with the ROC"; not "renewal ... follows a drive to ... with A"
    # Its partners: the first, or a list of them ("ties with Iran, and military cooperation with Turkey": Iran).
    partners = _coordinated_run(site, partners) or _dated_run(site, partners) or partners[:1]
    partners += [
        a for a in site.between() if a.end <= site.hit.start and a not in partners + subjects and _own(site, a)
    ]
    recorder = site.reading.recorder
    # In a state's own record, no subject is the recorder; no party at all, the recorder and the state it is about.
    codes = _codes_list(_codes(subjects) or ([recorder] if recorder and partners else []), _codes(partners))
    if len(codes) < 2 and not subjects and site.unnamed_subject():
        return []  # "Several Arab countries severed ties with Doha": no state named, none to supply
    # A record about a polity the gazetteer lacks: a sentence that names no state but the recorder takes none from
    # before ("relations were established when the U.S. Chargé presented his credentials to the King").
    closed = bool(recorder and not site.reading.counterpart and site.reading.named_in(site.sentence)[1] <= {recorder})
    if len(codes) < 2 and recorder and site.reading.counterpart and not subjects:
        codes = _codes_list(codes or [recorder], [site.reading.counterpart])
    if len(codes) < 2 and site.pair():
        codes = _codes_list(codes, site.pair())
    if len(codes) < 2:
        codes = _codes_list(codes, _partner_in_sentence(site, codes))
    if len(codes) < 2 and not closed:
        codes = site.discourse(codes, subjects, near_only=site.spec.word_class == "noun")
    if len(codes) < 2:
        return []
    # Bilateral relations of several states at once ("X and Y ... with Z", "with X and Y", "the GCC states")
    # are one event per pair.
    used = [*subjects, *partners]
    run = _coordinated_run(site, partners) or _dated_run(site, partners) or partners[:1]
    others = _codes(run)
    mine = [] if any(a.kind == RefKind.PAIR for a in subjects) else _codes(subjects)
    if mine and len(others) >= 2:
        return [c for p in run for c in _cand(site, etype, [mine[0], p.codes[0]], [*subjects, p])]
    if len(mine) >= 2 and others:
        return [c for s in mine for c in _cand(site, etype, [s, others[0]], used)]
    return _cand(site, etype, codes[:2], used)


def _own(site: Site, before: ActorRef) -> bool:
    """A "between" before a relations noun is its own unless a comma comes between ("the improvement of relations
    between A and B, ... the establishment of relations": the first noun's)."""
    return site.spec.word_class != "noun" or "," not in site.reading.low[before.end : site.hit.start]


def _passive_agents(site: Site, subject: ActorRef) -> list[ActorRef]:
    """The states a passive's "by" names after a group no state is ("Kosovo has been recognized by most European
    states, the United States and Japan"): each recognises its subject, which is no agent of its own."""
    if subject.cue == Role.AGENT or subject.start > site.hit.start or not site.passive():
        return []
    by = [c for c in site.reading.cues_in(site.hit.end, site.clause.end, HitKind.PREP) if c.entry.value == Role.AGENT]
    if not by or not site.within(site.hit.end, by[0].start, 1):
        return []
    return [a for a in site.after(site.clause.end) if a.codes and a.start > by[0].end and a.kind != RefKind.TOPIC]


def _partner_in_sentence(site: Site, codes: list[str]) -> list[str]:
    """For relations with fewer than two states of their own: the state "it" stands for ("recognized Kenya and
    established relations with it": the state named last before it, not the subject); else every state in the
    clause, near the trigger if it is a noun (not "this renewal of ties follows a drive to make peace with A")."""
    reading = site.reading
    if site.lang.pattern("partner_pronouns").search(
        reading.low, site.hit.end, min(site.sentence[1], site.hit.end + 40)
    ):
        if len(codes) != 1:
            return []
        named = [a for a in reading.actors_in(site.sentence[0], site.hit.start) if a.kind == RefKind.NAME]
        return [c for a in named[-1:] for c in a.codes[:1] if c not in codes]
    clause = [a for a in reading.actors_in(site.clause.start, site.clause.end) if a.codes and a.agentive]
    if site.spec.word_class == "noun":
        clause = [a for a in clause if reading.distance(*sorted((site.hit.end, a.start))) <= _NOUN_PARTNER_WORDS]
    return _codes(clause)


def recognize(site: Site) -> list[Candidate]:
    mutual = _parties_after(site, _RELATIONS_REACH)  # "recognition between the United States and Siam": each way
    if len(_codes(mutual)) == 2:
        a, b = _codes(mutual)
        return [c for pair in ((a, b), (b, a)) for c in _cand(site, EventType.RECOGNITION, pair, mutual)]
    modifier = _noun_modifier(site)  # "for U.S. recognition of the GDR": the state before the noun, not further back
    recognizer = modifier or site.subject()
    if recognizer is None or site.lang.pattern("recognized_things").match(site.reading.low, site.hit.end):
        return []  # "recognized the importance of the Soviet market", "اعترف بأهمية": no state recognised
    agents = _passive_agents(site, recognizer)
    if agents:
        return [
            c for a in agents for c in _cand(site, EventType.RECOGNITION, [a.codes[0], *recognizer.codes[:1]], (a,))
        ]
    cues = site.spec.param("object") or ("",)
    found = site.with_cue(cues)
    if recognizer.cue == Role.AGENT:  # a passive's object may be its subject: "Kosovo was recognised by the US"
        found += site.with_cue((Role.NONE,), site.before())
    recognizers = [modifier] if modifier else site.subjects()  # "Egypt and Jordan recognised ...": one each
    # not the object of another recognition between ("اكتساب اعتراف دولي يفوق عدد الدول التي اعترفت بإسرائيل")
    again = [
        t.start
        for t in site.reading.triggers_in(site.hit.end, site.clause.end)
        if getattr(t.entry.value, "type", None) == site.spec.type
    ]
    objects = [
        a
        for a in found
        if a not in recognizers
        and not set(a.codes) & set(recognizer.codes)
        and not any(t < a.start for t in again)
        # "recognized Juan Guaido as Venezuela's interim president": a government recognised; not "as ambassador"
        and (a.cue != Role.AS or a.level in (Level.HEAD, Level.BODY))
    ]
    if not objects:
        return []
    return [
        c
        for r in recognizers
        if r.codes
        for c in _cand(site, EventType.RECOGNITION, [r.codes[0], objects[0].codes[0]], (r, objects[0]))
    ]


def _mission_acts(site: Site, n_end: int) -> bool:
    """The mission is the subject of an active verb whose object is not its own work (``mission_work``): "السفارة
    اليمنية في بيروت أوقفت منح التأشيرات", "the embassy suspended visa services": it stopped a service, it did not
    close ("أغلقت أبوابها", "suspended operations" are its own)."""
    reading, hit = site.reading, site.hit
    if site.spec.word_class != "verb" or n_end > hit.start or site.passive() or site.pronoun_suffix():
        return False
    lang, dated = site.lang, [(d.start, d.end) for d in reading.dates_in(site.sentence)]
    after = [w for w in _WORD_AT.finditer(reading.low, hit.word_end, site.clause.end) if not _within(w.start(), dated)]
    if not after or reading.low[hit.word_end : after[0].start()].strip() or reading.cues_in(*after[0].span()):
        return False  # nothing right after it, or a preposition: "the embassy closed in 2012", "closed, and ..."
    word = after[0].group()
    endings = (*lang.lexicon.clitics.case_endings, *lang.words["progressive_endings"])  # "مؤقتا", "following"
    if lang.has("conjunctions", word) or word.endswith(endings):
        return False  # "closed and its staff left"
    return lang.pattern("mission_work").match(reading.low, after[0].start()) is None


def _not_the_missions(site: Site, n_start: int) -> bool:
    """A mission's own act (``agent``: mission) whose subject is not the mission: its noun neither before the verb
    nor right after it ("باشر السكرتير الأول في السفارة السعودية مهام عمله": he took up his duties)."""
    if site.spec.param("agent") != ("mission",) or n_start < site.hit.start:
        return False
    word_start = site.reading.low.rfind(" ", 0, n_start) + 1  # the noun's word, its article and clitics with it
    return site.reading.bare_undated(site.hit.word_end, word_start, site.sentence) > 0  # "باشرت أمس السفارة"


def _every_mission(site: Site, n_start: int) -> bool:
    """The mission noun is quantified (``universal_quantifiers``: "all", "كل", "جميع"), maybe with an article
    between: the missions of every state there."""
    before = site.reading.words_between(max(site.sentence[0], n_start - 24), n_start)[-2:]
    articles = site.lang.words["prep_gap"] | site.lang.words["articles"]  # "all the embassies", "كل السفارات"
    return bool(before) and (
        site.lang.has("universal_quantifiers", before[-1])
        or (len(before) == 2 and before[-1] in articles and site.lang.has("universal_quantifiers", before[0]))
    )


def _within(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _noun_modifier(site: Site) -> ActorRef | None:
    """Where modifiers come first, the state right before a noun trigger ("U.S. recognition", "Canadian
    recognition"): the noun's own agent, whatever the clause's subject."""
    if site.spec.word_class != "noun" or not site.lang.modifiers_first:
        return None
    return next((a for a in site.before() if a.codes and site.within(a.end, site.hit.start, 0)), None)


def mission(site: Site) -> list[Candidate]:
    """An embassy opened or closed: its owner (the noun's genitive, adjective or possessor) and its host.

    Embassies of both states ("سفارتي البلدين", "their respective embassies")
    are one event each.
    """
    noun = site.argument(site.lang.pattern("mission_nouns"))
    if noun is None or _mission_acts(site, noun[1]) or _not_the_missions(site, noun[0]):
        return []
    n_start, n_end = noun
    owners = _mission_owners(site, n_start, n_end)
    if not owners and _every_mission(site, n_start):
        return []  # "closed all embassies there", "أغلق كل السفارات فيها": every state's, none named
    posts, hosts = _mission_hosts(site, n_end, owners)
    owners = [a for a in owners if a not in posts]
    subject = site.subject(posts)  # "Embassy Manama was opened": the post is no subject
    if not owners and site.owned(n_start, n_end):
        owners = [subject] if subject else []
    both = _both_missions(site, n_start, n_end, owners, hosts)
    if both is not None:
        return both
    if not owners and subject is not None:
        owners = [subject]
    if not owners and site.reading.recorder:  # "Embassy Warsaw was established", in the United States' own record
        owners = [_implicit(site, n_start, n_end)]
    if not owners:
        return []
    owner = owners[0]
    recorder, counterpart = site.reading.recorder, site.reading.counterpart
    if not hosts and counterpart and recorder in owner.codes and counterpart not in owner.codes:
        # "Japan took over Korea's foreign relations, and the U.S. envoy closed the Legation": the record's state
        return _cand(site, site.spec.type, [owner.codes[0], counterpart], (owner,))
    if not hosts and recorder and owner.kind == RefKind.TOPIC and owner.codes == (counterpart,):
        # "The Ethiopian Legation was raised to Embassy status", on the record of Ethiopia: in the recorder's
        return _cand(site, site.spec.type, [owner.codes[0], recorder], (owner,))
    if not hosts:
        hosts = [
            a
            for a in site.refs
            if a is not owner
            and not set(a.codes) & set(owner.codes)
            and a.kind
            in (RefKind.NAME, RefKind.KINGDOM, RefKind.CAPITAL, RefKind.OFFICIAL, RefKind.PAIR, RefKind.GROUP)
            and a.start >= site.clause.start
        ]
    if not hosts:
        return []
    # "opened embassies in Tokyo and Seoul": one per host.
    return [
        c
        for host in _coordinated_run(site, hosts) or hosts[:1]
        for c in _cand(
            site,
            site.spec.type,
            [owner.codes[0], *(x for x in host.codes if x not in owner.codes)][:2],
            (owner, host),
            host if host.kind in PLACES else None,
        )
    ]


def _mission_hosts(site: Site, n_end: int, owners: list[ActorRef]) -> tuple[list[ActorRef], list[ActorRef]]:
    """The posts among a mission's owners, and its hosts: the posts first, then the states after the noun in or at
    them, or to them right after it ("the legation to Spain"). Where modifiers come first, a capital right after
    the noun is its post, not its state's ("Embassy Hanoi")."""
    posts = [a for a in owners if site.lang.modifiers_first and a.start >= n_end and a.kind == RefKind.CAPITAL]
    # not in another clause, nor past another mission ("closed on May 1, and relations went through the embassy
    # in Mauritius", "..., although the ambassador remained at Nairobi")
    other = site.lang.pattern("mission_nouns").search(site.reading.low, n_end, site.clause.end)
    limit = other.start() if other else site.clause.end
    seated = _seated(site, n_end, limit)  # "near the Government of Norway in London": to Norway, not where it sits
    if seated is not None:
        return posts, [*posts, seated]
    # a venue is where states meet, but a mission there is posted to its state ("the legation at The Hague")
    refs = [*site.refs, *site.reading.seats_in(n_end, limit)]
    hosts = [
        a
        for a in sorted(refs)
        if n_end <= a.start < limit
        and a not in owners
        and (a.cue in _HOSTED or (a.cue == Role.TO and site.within(n_end, a.start, 3)))
    ]
    return posts, [*posts, *hosts]


def _both_missions(
    site: Site, n_start: int, n_end: int, owners: Sequence[ActorRef], hosts: Sequence[ActorRef]
) -> list[Candidate] | None:
    """Embassies of both states ("سفارتي البلدين", "their respective embassies"): one event each way, or one per
    host; the two states a pair anaphor's, or the two subjects ("Eritrea and Ethiopia reopened their embassies").
    ``None`` where the noun names no two embassies."""
    low = site.reading.low
    distributive = site.lang.pattern("distributive").search(
        low, max(site.clause.start, min(site.hit.start, n_start)), n_start
    )
    dual = bool(site.lang.pattern("dual_mission_nouns").fullmatch(low[n_start:n_end])) or distributive is not None
    pair = list(site.pair()) or _codes([o for o in owners if o.kind == RefKind.PAIR]) or _codes(site.subjects())
    if not dual or len(pair) != 2:
        return None
    if hosts:
        return [
            c
            for h in hosts
            for c in _cand(site, site.spec.type, [next((p for p in pair if p not in h.codes), ""), h.codes[0]], (h,), h)
        ]
    return [c for a, b in (pair, pair[::-1]) for c in _cand(site, site.spec.type, [a, b], ())]


def expel(site: Site) -> list[Candidate]:
    """The expelling state and the diplomats' own state ("the Iranian diplomats", "diplomats of Iran")."""
    noun = site.nearest_match(site.lang.pattern("diplomat_nouns"))
    if noun is None and site.spec.word_class != "word":
        return []
    start = noun[1] if noun else site.hit.end
    targets = [a for a in site.refs if a.start >= start - 1]  # "أعلنت إستونيا دبلوماسيا روسيا شخصا غير مرغوب فيه"
    if noun:
        targets = [
            a
            for a in site.refs
            if a.start <= noun[0] < a.end
            or (site.lang.modifiers_first and a.end <= noun[0] and site.within(a.end, noun[0], 1))
        ] + targets
    # With no subject, or after a noun, the state they were expelled from: "تم طرد السفير الإسرائيلي من تشاد",
    # "ردا على طرد دبلوماسيين روس من الولايات المتحدة" (not the subject of the clause that governs the noun).
    expelled_from = next((a for a in targets[1:] if a.cue == Role.FROM), None)
    noun_from = expelled_from if site.spec.word_class == "noun" else None
    expeller = noun_from or site.subject(skip=targets[:1]) or expelled_from
    if expeller is None:
        return []
    targets = [a for a in targets if a is not expeller and not set(a.codes) & set(expeller.codes)]
    if not targets:
        return []
    return _cand(site, EventType.DIPLOMAT_EXPELLED, [expeller.codes[0], targets[0].codes[0]], (expeller, targets[0]))
