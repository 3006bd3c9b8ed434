"""The frames of talks and agreements: mediate, negotiate, sign."""

from __future__ import annotations

import re
from collections.abc import Sequence

from relgraph.extractors.cues import proclitic_conjunction, unconjoined
from relgraph.extractors.kinds import NO_STATE, PEOPLE, PLACES, HitKind, Modality, RefKind, Role
from relgraph.extractors.language import TriggerSpec
from relgraph.extractors.reading import ActorRef, conjoined
from relgraph.extractors.roles import Candidate, _cand, _parties_after, _partners, _run_around
from relgraph.extractors.site import Site, _codes, _codes_list
from relgraph.model import EventType

__all__ = ["mediate", "mediation", "negotiate", "sign"]


def mediate(site: Site) -> list[Candidate]:
    """The mediator is named by the construction: "وساطة من السعودية", "وساطة قطرية", "وساطتها", "توسطت مصر"."""
    cues = site.spec.param("mediator") or (Role.FROM, Role.NONE)
    adjacent = [a for a in site.after() if site.within(site.hit.end, a.start, 1) and a.cue in cues]
    mediator = next((a for a in adjacent if a.cue == cues[0]), None)
    if mediator is None and site.spec.word_class == "noun":
        subject = site.subject()
        if adjacent:
            mediator = adjacent[0]
        elif site.hit.suffix or site.lang.modifiers_first:
            mediator = subject
        elif subject is not None and subject.end <= site.hit.start and site.within(subject.end, site.hit.start, 1):
            mediator = subject  # a light verb's subject right before the noun: "قادت الكويت وساطة", "قامت مصر بوساطة"
    elif mediator is None:
        mediator = site.subject()
    return [] if mediator is None else mediation(site, mediator)


def mediation(site: Site, mediator: ActorRef) -> list[Candidate]:
    """``mediator``'s mediation between the parties "between" nearest the trigger, else the states the sentence or
    the discourse names; none where the mediator is one of those "between" (it talks, not mediates)."""
    mediators = _run_around(site, mediator)  # "under Saudi and US mediation": both mediate, neither is a party
    between = _nearest_between(site)
    if any(a in between for a in mediators):
        return []
    parties = [a for a in between if a not in mediators]
    codes = [c for c in _codes(parties) if c not in mediator.codes]
    if not parties and _between_others(site):
        return []  # "وساطتها بين هذه الأطراف": between parties that are no states
    if len(codes) < 2:
        rest = [
            a
            for a in site.refs
            if a not in mediators
            and a.kind
            in (RefKind.NAME, RefKind.KINGDOM, RefKind.CAPITAL, RefKind.TOPIC, RefKind.PAIR, RefKind.OFFICIAL)
        ]
        codes = _codes_list(codes, [c for c in _codes(rest) if c not in mediator.codes])
    if len(codes) < 2:
        pair = site.reading.pair_at(site.hit.start) or ()
        codes = _codes_list(codes, [c for c in pair if c not in mediator.codes])
    if len(codes) < 2:
        return []
    return _cand(site, EventType.MEDIATION, [mediator.codes[0], *codes], (mediator, *parties))


def _between_others(site: Site) -> bool:
    """A "between" right after the trigger names no state ("وساطتها بين هذه الأطراف", "mediated between the
    factions")."""
    reading, hit = site.reading, site.hit
    preps = reading.cues_in(hit.end, site.clause.end, HitKind.PREP)
    cue = next((c for c in preps if c.entry.value == Role.BETWEEN), None)
    if cue is None or not site.within(hit.end, cue.start - len(cue.prefix), 1):
        return False
    return not any(site.within(cue.end, a.start, 2) for a in reading.actors_in(cue.end, site.clause.end) if a.codes)


def _nearest_between(site: Site) -> list[ActorRef]:
    """The list after "between" nearest the trigger: "Norway brokered talks between Israel and the PLO, and Egypt
    mediated between Israel and Jordan" gives each mediator its own two parties."""
    between = site.between()
    if not between:
        return []
    nearest = min(between, key=lambda a: site.reading.distance(*sorted((site.hit.start, a.start))))
    return [a for a in _run_around(site, nearest) if a.cue in (Role.BETWEEN, Role.NONE)]


def negotiate(site: Site) -> list[Candidate]:
    """The negotiating states: those "between" whom the talks are, or the subjects and their partners ("with") —
    not every state the sentence names (the topic, the venue, a state quoted about them)."""
    if site.governed_by("stops") or site.lone_between() or _private_partner(site):
        return []  # "pursuing negotiations with creditor banks"
    after, subjects, partners = (
        _parties_after(site),
        site.subjects(),
        _partners(site, (Role.WITH, Role.NONE, Role.BETWEEN)),
    )
    if not (after or subjects or site.between()) and len(_codes(a for a in partners if a.cue == Role.WITH)) >= 2:
        return []  # "مفاوضات مع السعودية والكويت", "تفاوض الاتحاد الأوروبي مع تايلاند والبرازيل، البلدان ...":
        # whoever negotiates with each, they do not with each other
    # "بين وفدي الولايات المتحدة وأفغانستان"
    between = [
        b for a in site.between() if site.clause.start <= a.start < site.clause.end for b in _run_around(site, a)
    ]
    if between and _unnamed_conjunct(site, between):
        return []  # "التفاوض ... بين إيران والقوى الست العالمية": the other side is no state named
    refs = after or [*subjects, *partners, *between]
    refs = site.parties(
        [
            a
            for a in dict.fromkeys(refs)
            if a.agentive
            and a.kind in (*PEOPLE, RefKind.NAME, RefKind.KINGDOM, RefKind.PAIR, RefKind.GROUP)
            and a.cue not in (Role.IN, Role.AT)
        ]
    )
    codes = _codes(refs)
    if len(codes) < 2 and site.pair():
        codes = _codes_list(codes, site.pair())
    return _cand(site, EventType.NEGOTIATION, codes, refs, site.place())


def sign(site: Site) -> list[Candidate]:
    """The signatories: the subjects and their partners, or the pair under discussion. An agreement about relations
    is the relations ("signed a joint communiqué establishing diplomatic relations"); a state that names the
    document ("the Washington Declaration") is not a signatory."""
    etype = site.spec.type
    window = site.reading.low[site.hit.start : min(site.sentence[1], site.hit.end + 160)]
    for about, forms in site.reading.lang.about_relations.items():
        if any(f in window for f in forms):
            etype = about
    document = site.reading.lang.needs.get(site.spec.index)
    found = document.search(site.reading.low, site.hit.end, site.clause.end) if document else None
    between = _between_parties(site, found)
    subjects = [] if between else site.subjects()
    subject = subjects[-1] if subjects else None
    # Its arguments, not every state of the sentence: "with" may follow its object, the document.
    object_end = found.end() if found is not None and site.within(site.hit.end, found.start(), 3) else None
    partners = _partners(site, (Role.WITH, Role.BETWEEN, Role.NONE), object_end, topics=False) + [
        b for a in site.between() if _documents_between(site, document, a) for b in _run_around(site, a)
    ]
    partners = [
        a
        for a in partners
        if a not in subjects
        and a.kind not in (RefKind.TOPIC, RefKind.CITY, RefKind.VENUE)  # "with the Hamburg shipping line"
        and a.cue != Role.IN
        # "the Washington Declaration" (where modifiers come first; Arabic names it after: "اتفاق مينسك")
        and not (document and site.lang.modifiers_first and document.match(site.reading.low, a.end + 1))
        and not _named_after(site, found, a)
    ]
    codes = _codes([*subjects, *partners])
    own = partners or [a for a in subjects if a.start > site.hit.start]
    if _known_document(site, found, own) or _instrument(site, found) or _denied_document(site):
        return []  # "No treaty or agreement signed."
    if _private_partner(site) or _unnamed_partner(site):
        return []  # "reached agreement with its commercial banks", "مع بعض الدول"
    if (site.unnamed_subject() or _stateless_agent(site)) and len(_codes(subjects)) < 2:
        return []  # "وقعت الدول الغربية وعلى رأسها أمريكا اتفاقا مع إيران": not all its signatories are named
    if not partners and not subjects and site.relative_to_thing():
        return []  # "الاتفاق الذي وقع يمهد الطريق": a document told of, with no parties here
    named = not between and not _unnamed_conjunct(site, partners)
    if len(codes) < 2 and site.pair() and named:
        codes = _codes_list(codes, site.pair())
    if len(codes) < 2 and named:
        codes = site.discourse(codes, subjects, near_only=True)
    plural = (
        found is not None and site.lang.pattern("plural_documents").match(site.reading.low, found.start()) is not None
    )
    if (etype is not site.spec.type or plural) and subject is not None and len(_codes(partners)) >= 2:
        # "signed agreements with Djibouti and Niger": one with each of them
        return [c for p in partners for c in _cand(site, etype, [subject.codes[0], p.codes[0]], (subject, p))]
    return _cand(site, etype, codes, [*subjects, *partners])


def _stateless_agent(site: Site) -> bool:
    """A passive's agent after it names no state ("the agreement --reached on Friday by Arthur Liman and John
    Nields"): its signatories are those, and none is taken from the discourse."""
    reading = site.reading
    cue = next(
        (c for c in reading.cues_in(site.hit.end, site.clause.end, HitKind.PREP) if c.entry.value == Role.AGENT), None
    )
    if cue is None or not site.within(site.hit.end, cue.start, 3):
        return False
    end = reading.comma_after(cue.end, site.clause.end)  # the agents' phrase: "by Adams and the President of ..."
    return not any(a.codes for a in reading.actors_in(cue.end, end))


def _between_parties(site: Site, found: re.Match[str] | None) -> bool:
    """ "after the signing of the deal between Tehran and world powers": the parties "between" whom the document
    (``found``) is are a noun's only ones, its date and place maybe between ("توقيع الاتفاق في 14 يوليو في فيينا بين
    إيران ودول 5+1"); not "the deal to boost the ties between Germany and Iran"."""
    if site.spec.word_class != "noun" or found is None:
        return False
    end = found.end()
    return any(
        end <= a.start < site.clause.end and site.reading.bare_undated(end, a.start, site.sentence) <= 3
        for a in site.between()
    )


_DOCUMENT_NAME_WORDS = 6  # "a treaty of peace, amity, navigation and commerce between ...": its name's words


def _documents_between(site: Site, document: re.Pattern[str] | None, ref: ActorRef) -> bool:
    """``ref`` ("between" it) is a party of the document in the trigger's clause: after the trigger, or right after
    the document before it ("the treaty between the United States and Ecuador was signed"); not another noun's
    before it ("العلاقات الاقتصادية بين البلدين بعد إبرام اتفاق فيينا")."""
    if not site.clause.start <= ref.start < site.clause.end:
        return False
    if ref.start >= site.hit.end:
        return True
    if document is None:
        return False
    found = [m.end() for m in document.finditer(site.reading.low, site.clause.start, ref.start)]
    return bool(found) and site.reading.bare_undated(found[-1], ref.start, site.sentence) <= _DOCUMENT_NAME_WORDS


def _named_after(site: Site, found: re.Match[str] | None, ref: ActorRef) -> bool:
    """A capital or a city right after the document noun names the document ("اتفاق مينسك", "اتفاق فيينا", "معاهدة
    فرساي"): no signatory."""
    if found is None or ref.kind not in PLACES or ref.start < found.end():
        return False
    word_end = site.reading.low.find(" ", found.end())
    return word_end != -1 and site.within(word_end, ref.start, 0)


def _unnamed_conjunct(site: Site, partners: Sequence[ActorRef]) -> bool:
    """The last partner is joined to one that is no state ("بين إيران والقوى الدولية", "between Iran and the six
    world powers"): the document's other party is named, and not a state: none is guessed from the discourse."""
    if not partners:
        return False
    last = partners[-1]
    words = site.reading.words_between(last.end, min(site.clause.end, last.end + 24))
    if not words or not (site.lang.has("conjunctions", words[0]) or proclitic_conjunction(site.lang, words[0], 0)):
        return False
    if site.lang.has("reporting_verbs", unconjoined(site.lang, words[0])):
        return False  # "بين مجموعة 5+1 وإيران وأكدوا": a verb goes on, no party
    return not any(site.within(last.end, a.start, 1) for a in site.reading.actors_in(last.end, site.clause.end))


def _unnamed_partner(site: Site) -> bool:
    """The trigger's own "with" names a group and no state ("وقعت الوزارة اتفاقيات مع بعض الدول", ``unnamed_groups``):
    its partners are unnamed, and none is taken from the discourse or the rest of the sentence."""
    reading = site.reading
    preps = reading.cues_in(site.hit.end, site.clause.end, HitKind.PREP)
    cue = next((c for c in preps if c.entry.value == Role.WITH), None)
    if cue is None or not site.within(site.hit.end, cue.start, 3):
        return False
    after = reading.words_between(cue.end, min(site.clause.end, cue.end + 24))[:2]
    refs = [a for a in reading.actors_in(cue.end, site.clause.end) if site.within(cue.end, a.start, 1)]
    return not refs and not site.lang.words["unnamed_groups"].isdisjoint(after)


def _known_document(site: Site, found: re.Match[str] | None, own: Sequence[ActorRef]) -> bool:
    """The signing of a document already known, without both its parties here ("after the signing of the nuclear
    deal", "توقيع الاتفاق النووي مع إيران", "بعد إبرام اتفاق فيينا"; both: "by India and Pakistan"), or an
    agreement "to that effect": its content is the status the sentence reports (the language's
    ``content_anaphors``)."""
    if found is None:
        return False
    # definite, or named by its city, a construct ("اتفاق فيينا", "معاهدة فرساي")
    named = any(_named_after(site, found, a) for a in site.reading.actors_in(found.end(), site.clause.end)[:1])
    if site.spec.word_class == "noun" and len(_codes(own)) < 2 and (site.definite(found.start()) or named):
        return True
    return site.lang.pattern("content_anaphors").match(site.reading.low, found.end()) is not None


def _instrument(site: Site, found: re.Match[str] | None) -> bool:
    """The document (``status_instruments``) signed "when" or "by" which the sentence's relations were set up is
    their instrument, no agreement of its own ("resumed relations on March 15, 1991, when ... signed a Memorandum
    of Understanding", "established relations by signing a joint communiqué", "أقامتا العلاقات بتوقيع بيان مشترك";
    not "established on ..., when ... signed a treaty of commerce"); so is one right before a participle after
    them ("established relations, according to a joint communique signed by their envoys")."""
    reading, hit = site.reading, site.hit
    instruments = site.lang.pattern("status_instruments")
    if found is None:  # a participle after its document: "..., according to a joint communique signed by"
        before = [
            m
            for m in instruments.finditer(reading.low, site.clause.start, hit.start)
            if site.within(m.end(), hit.start, 1)
        ]
        return bool(before) and _relations_before(site, before[-1].start())
    if not instruments.match(reading.low, found.start()):
        return False
    whens = reading.cues_in(site.sentence[0], hit.start, HitKind.WHEN)
    by = site.lang.proclitic(hit.prefix) == Role.BY or any(
        c.entry.value in (Role.AGENT, Role.BY) and site.within(c.end, hit.start, 0)
        for c in reading.cues_in(max(site.sentence[0], hit.start - 12), hit.start, HitKind.PREP)
    )
    return (bool(whens) or by) and _relations_before(site, whens[-1].start if whens else hit.start)


def _relations_before(site: Site, end: int) -> bool:
    """A trigger of relations set up lies in the trigger's sentence before ``end``."""
    return any(
        isinstance(t.entry.value, TriggerSpec) and t.entry.value.type in site.lang.about_relations
        for t in site.reading.triggers_in(site.sentence[0], end)
    )


def _private_partner(site: Site) -> bool:
    """The partner "with" whom a document is signed or talks are held, a few words after the first "with" past the
    trigger, is no state (``private_partners``: banks, creditors, a company), even with a state's adjective on it;
    or it is an organisation or a collective the gazetteer names ("وقعته طهران مع المجتمع الدولي", "with the EU")."""
    reading = site.reading
    for c in reading.cues_in(site.hit.end, site.clause.end, HitKind.PREP):
        if c.entry.value == Role.WITH:
            found = site.lang.pattern("private_partners").search(reading.low, c.end, site.clause.end)
            named = _listed_after(site, c.end)
            organisations = bool(named) and all(a.kind in NO_STATE for a in named)
            return organisations or (found is not None and site.within(c.end, found.start(), 3))
    return False


def _listed_after(site: Site, start: int) -> list[ActorRef]:
    """The references right after ``start`` (a preposition) and those listed with them, states or not ("with the EU
    and Morocco")."""
    refs = site.reading.actors_in(start, site.clause.end)
    run = refs[:1] if refs and site.within(start, refs[0].start, 1) else []
    for a in refs[1:]:
        if not run or not conjoined(site.lang, site.reading.words, run[-1].end, a.start):
            break
        run.append(a)
    return run


def _denied_document(site: Site) -> bool:
    """A negation a word or two before the trigger's document noun (the nearest in its clause, before or after it)
    denies there was one ("No treaty or agreement signed", "no bilateral treaty ... was ever signed")."""
    document = site.reading.lang.needs.get(site.spec.index)
    matches = list(document.finditer(site.reading.low, *site.clause)) if document else []
    if not matches:
        return False
    hit, distance = site.hit, site.reading.distance
    gaps = [distance(m.end(), hit.start) if m.end() <= hit.start else distance(hit.end, m.start()) for m in matches]
    i = gaps.index(min(gaps))
    while i > 0 and site.within(matches[i - 1].end(), matches[i].start(), 1):
        i -= 1  # "no treaty or agreement": the first of the nouns
    own = matches[i]
    return any(
        c.entry.value == Modality.NEGATION
        and c.end <= own.start()
        and site.within(c.end, own.start(), 1)
        and site.reading.low[c.end : c.end + 1] != "-"  # "a no-fly agreement"
        for c in site.reading.cues_in(site.clause.start, own.start(), HitKind.MODAL)
    )
