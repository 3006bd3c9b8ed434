"""The rule-based extractor shared by Arabic and English.

For each trigger in an article: check what it needs nearby ("علاقات" for a
relations verb), check its modality (future, intent, condition, negation,
generic plural: no event), let its frame assign the roles, attach the nearest
time expression the trigger governs, write former states as they were on that
date, and keep one mention per event per article (the most precise date wins).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache
from operator import itemgetter

from relgraph.dates import TimeExpression
from relgraph.extractors.frames import DISCOURSE_FRAMES, FRAMES, Candidate, Site, distributed
from relgraph.extractors.language import Language, TriggerSpec, language
from relgraph.extractors.reading import ActorRef, Reading, named_person, read
from relgraph.extractors.scanning import Hit
from relgraph.gazetteer import Gazetteer
from relgraph.model import ActingPerson, Article, EventType, Mention

__all__ = ["Decision", "Outcome", "RuleExtractor"]

_END = itemgetter(1)  # of a span
_NEEDS_WINDOW = 60  # characters either side of a trigger where what it needs must appear
_DATE_WORDS = 18  # a time expression further than this many words from its trigger is not its date
_AFTER_NOUN_WORDS = 8  # "the visit of X to Y is planned for": a noun's predicate may come this far after it
_OWN_WORDS = 8  # a date after its trigger within this many words, in its clause, is its own
#: A decision: it is the event where the event is a status ("agreed to establish relations", "decided to sever
#: ties"), never where it is an act ("agreed to reopen embassies").
_DATED = "agreement"
#: Modality that only an imperfect verb takes: "قد يزور" may visit, "وقد زار" (he) visited.
_POSSIBLE = "possibility"
_TALKS = ("meet", "negotiate")  # the frames of talks, which may have a topic ("talks on restoring ties")
#: Frames whose events name one of their states in their own sentence (the others may take the pair the discourse is
#: about: "the two embassies reopened", "وقع البلدان").
_NAMED_IN_SENTENCE = frozenset({"travel", "receive", "meet", "negotiate"})
_OTHER_TIES_REACH = 70  # characters after a relations trigger where "trade ties", "علاقات حسنة" is its argument
_RELATIONS = frozenset({EventType.RELATIONS_ESTABLISHED, EventType.RELATIONS_RESTORED, EventType.RELATIONS_SEVERED})
#: The types of contact a sport's vocabulary in the sentence (``off_domain``) rules out.
_CONSULT = (EventType.VISIT, EventType.MEETING, EventType.NEGOTIATION)


class Outcome(StrEnum):
    """What became of a trigger."""

    EVENT = "event"  # it gave one or more mentions
    MERGED = "merged"  # its mentions are the same events as others the article tells with a finer date
    DROPPED = "dropped"  # it gave none: the decision's reason says why


@dataclass(frozen=True, slots=True)
class Decision:
    """The extractor's decision on one trigger: the word (its offsets in the article), the type and frame it
    signals, the outcome, why, and the mentions it gave."""

    article: str
    trigger: str
    start: int
    end: int
    type: str
    frame: str
    outcome: Outcome
    reason: str
    mentions: tuple[Mention, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {"article": self.article, "trigger": self.trigger, "start": self.start, "end": self.end,
                "type": self.type, "frame": self.frame, "outcome": str(self.outcome), "reason": self.reason,
                "events": [m.to_json() for m in self.mentions]}


class RuleExtractor:
    """Triggers, frames and modality over a language's lexicon. Subclasses name the language."""

    name = "rules"
    version = "0.1.0"
    languages: Sequence[str] = ()
    lang_code = "ar"

    def __init__(self) -> None:
        self._lang: Language | None = None
        self._gazetteer = Gazetteer.default()

    @property
    def lang(self) -> Language:
        if self._lang is None:
            self._lang = language(self.lang_code)
        return self._lang

    def extract(self, article: Article) -> list[Mention]:
        return _one_per_event([m for d in self._decide(article, trace=False) for m in d.mentions])

    def explain(self, article: Article) -> list[Decision]:
        """What the extractor decided about each trigger of ``article``, and why (``relgraph extract --explain``).

        The mentions of :meth:`extract` are those of the decisions whose outcome is ``event``; a mention the same
        article tells again, more precisely, elsewhere is ``merged``.
        """
        decisions = self._decide(article, trace=True)
        kept = set(_one_per_event([m for d in decisions for m in d.mentions]))
        return [_merged(d, kept) for d in decisions]

    def _decide(self, article: Article, *, trace: bool) -> list[Decision]:
        """The decision on each trigger (with ``trace``; else only those that gave mentions)."""
        reading = read(article, self.lang, only_with_triggers=not trace)  # --explain accounts for every trigger
        decisions: list[Decision] = []
        dateline = _dateline(reading)
        lead: tuple[int, int] | None = None
        implicit = frozenset(filter(None, (reading.recorder,)))  # the state whose own record this is
        sport: bool | None = None  # a sports report ("تلتقي المكسيك مع بنما غدا": a fixture), found on first need
        for hit, sentence in zip(reading.triggers, reading.trigger_sentences, strict=True):
            spec = hit.entry.value
            assert isinstance(spec, TriggerSpec)

            def decided(reason: str, mentions: Sequence[Mention] = (), hit: Hit = hit) -> None:
                if trace or mentions:
                    decisions.append(_decision(reading, hit, reason, mentions))

            if spec.frame not in DISCOURSE_FRAMES and len(reading.named_in(sentence)[1] | implicit) < 2:
                decided("its sentence names fewer than two states")
                continue
            if (spec.type in _CONSULT
                    and reading.lang.pattern("off_domain").search(reading.low, *sentence) is not None):
                decided("sport in its sentence (off_domain)")  # "the national team arrived in Doha": no diplomacy
                continue
            if spec.type in _CONSULT and (sport := _sports_report(reading) if sport is None else sport):
                decided("a sports report (off_domain all through the article)")
                continue
            site = Site(reading, hit, spec, sentence)
            if not self._needs_met(site):
                decided(f"what it needs ({spec.needs}) is not its argument")
                continue
            if spec.type in _RELATIONS and _other_ties(site):
                decided("the ties are not diplomatic relations (other_ties)")  # "إقامة علاقات تجارية", "good ties"
                continue
            modality = self._modality(site)
            if modality not in (None, _DATED):
                decided(f"modality: {modality}")
                continue
            candidates = distributed(site, FRAMES[spec.frame](site))
            if not candidates:
                decided(f"the {spec.frame} frame found no two states in its roles")
                continue
            dates = self._dates_for(site, candidates)
            after_dateline = dateline is not None and hit.start >= dateline.end
            mentions: list[Mention] = []
            reasons: list[str] = []
            for candidate, expr in zip(candidates, dates, strict=True):
                if modality == _DATED and not candidate.type.is_status:
                    reasons.append("a decision to act, not the act")  # "agreed to reopen the embassies"
                    continue
                if expr is None and after_dateline and lead in (None, sentence):
                    expr = dateline  # the lead (the first sentence with news after the dateline) reports its day
                mention = self._mention(site, candidate, expr)
                if isinstance(mention, str):
                    reasons.append(mention)
                    continue
                mentions.append(mention)
                lead = lead or (sentence if after_dateline else None)
            decided("" if mentions else "; ".join(dict.fromkeys(reasons)), mentions)
        return decisions

    # -- conditions ----------------------------------------------------------------

    def _needs_met(self, site: Site) -> bool:
        """Whether what the trigger needs ("relations" for "severed") is near it: a verb's argument where the
        subject comes first ("severed diplomatic relations", "relations ... were resumed"), else within a window.

        A trigger with a date right after it and no argument of its own shares an earlier trigger's in its clause
        that needs the same: "قطعت العلاقات بين البلدين عام 1980 وأعيدت عام 1991", "which were suspended in 1999
        and resumed in 2002".
        """
        reading, hit, spec = site.r, site.hit, site.spec
        pattern = reading.lang.needs.get(spec.index)
        if pattern is None:
            return True
        clause, sentence = site.clause, site.sentence
        reach = spec.param("needs_reach") or reading.lang.needs_reach.get(spec.word_class)
        if not reading.lang.verb_first and spec.word_class == "verb":
            if site.argument(pattern, complement=bool(spec.param("needs_after"))) is not None:
                return True
        elif reach:
            cues = spec.param("needs_cues") or reading.lang.needs_cues.get(spec.word_class, ())
            if _argument_within(reading, pattern, hit, sentence, reach, cues):
                return True
        else:
            lo = max(sentence[0], hit.start - _NEEDS_WINDOW // 2, clause.start - 10)
            hi = min(sentence[1], hit.end + _NEEDS_WINDOW)
            if pattern.search(reading.low, lo, hi) is not None:
                return True
        earlier = [(t, t.entry.value) for t in reading.triggers_in(clause.start, hit.start)
                   if isinstance(t.entry.value, TriggerSpec) and t.entry.value.needs == spec.needs]
        if not earlier:
            return False
        dated_next = any(d.start >= hit.end and reading.words.within(hit.end, d.start, 1)
                         for d in reading.dates_in(sentence))
        return dated_next and self._needs_met(Site(reading, *earlier[-1], sentence))

    def _modality(self, site: Site) -> str | None:
        """Why the trigger reports no fact (``"generic"``, ``"future"``, ``"negation"`` ...), or ``None``.

        Generic plurals; a future or purpose prefix on the trigger (سيزور, لزيارة);
        a modal cue before it in its clause, within the language's ``modal_window``
        characters (a negation or a topic only within the words ``modal_reach`` gives; "قد" only before an imperfect
        verb: "قد يزور", not "وقد زار"); a modal word right after a
        verb ("reopen within two months") or in a noun's predicate ("a visit to
        Kuwait is planned for December").
        """
        reading, hit, spec, lang = site.r, site.hit, site.spec, site.lang
        if spec.generic:
            return "generic"
        announced = spec.type.is_status and bool(reading.cues_in(site.sentence[0], hit.start, "announce"))
        if spec.word_class == "verb" and hit.prefix in lang.words["future_prefixes"]:
            return _DATED if announced else "future"  # سيزور, ليزور; "أعلنت أنها ستعيد العلاقات": the decision
        if spec.word_class == "noun" and hit.prefix in lang.words["purpose_prefixes"]:
            return "intent"  # لزيارة: a purpose, not a report
        clause = site.clause
        window_start = max(clause.start, hit.start - lang.modal_window)
        imperfect = _imperfect(site)
        if lang.future_light_verbs and _future_light_verb(site):
            return "future"  # "سيقوم الوزير بزيارة", "سيجري محادثات": a future prefix on a light verb
        exempt = spec.param("exempt")  # "discussed ... during a meeting": a topic, not an intent, for talks
        found = [
            str(cue.entry.value)
            for cue in reading.cues_in(window_start, hit.start, "modal")
            if cue.entry.value not in exempt
            and ((reach := lang.modal_reach.get(str(cue.entry.value))) is None
                 or reading.words.within(cue.end, hit.word_start, reach)
                 or _past_aside(reading, cue.end, hit.word_start, reach))
            and (cue.entry.value != _POSSIBLE or imperfect)
        ]
        if not found and _headline_infinitive(site):
            found.append("intent")  # "Oman's foreign minister to visit Iran": planned, as headlines say it
        talks = [] if found else [(t, t.entry.value) for t in reading.triggers_in(clause.start, hit.start)
                                  if isinstance(t.entry.value, TriggerSpec) and t.entry.value.frame in _TALKS]
        if talks and Site(reading, *talks[-1], site.sentence).topic_start() is not None:
            found.append("about")  # "talks on restoring ties": a topic, not an event
        reach = _AFTER_NOUN_WORDS if spec.word_class == "noun" else 2
        after = reading.cues_in(hit.end, clause.end, "modal_after")
        if any(reading.distance(hit.end, c.word_start) <= reach for c in after):
            found.append("future")
        if found and set(found) == {"future"} and announced:
            return _DATED  # "announced that they will resume relations": the decision, dated by its announcement
        return next((c for c in found if c != _DATED), found[0] if found else None)

    # -- dates ---------------------------------------------------------------------

    def _dates_for(self, site: Site, candidates: Sequence[Candidate]) -> list[TimeExpression | None]:
        if not candidates:
            return []
        reading, (start, end) = site.r, site.sentence
        in_sentence = reading.dates_in(site.sentence)
        if (len(candidates) > 1 and len(in_sentence) == len(candidates)
                and reading.lang.pattern("respectively").search(reading.low, start, end)):
            return list(in_sentence)
        if len(candidates) > 1:  # "with India in 1955, with Japan in 1972": each its own date, right after its state
            own = [next((d for d in in_sentence if d.start >= c.used[-1].end
                         and reading.distance(c.used[-1].end, d.start) <= 2), None) if c.used else None
                   for c in candidates]
            if all(own) and len({d.start for d in own if d}) == len(own):
                return own
        best = self._nearest_date(site, in_sentence)
        return [best] * len(candidates)

    def _nearest_date(self, site: Site, dates: Sequence[TimeExpression]) -> TimeExpression | None:
        """The time expression the trigger governs.

        Within :data:`_DATE_WORDS` words (a state's name counts as one), not across
        a date blocker, never a date that bounds ("since 2017", "منذ عام 2017"). A
        date soon after the trigger in its clause with no other trigger between is its
        own ("recognized X in 1803 and established relations in 1809"); otherwise the
        nearest, after before before. An expression with no date gives way to a dated one in reach ("today, 4 May
        2022", "the same day that it became independent on August 31, 1962").
        """
        reading, hit, clause = site.r, site.hit, site.clause
        blockers = reading.cues_in(*site.sentence, "blocker")
        # where "since" words end, looked for once a date is otherwise in reach (in an article that has one)
        bounds: list[int] | None = None if reading.kinds.get("bound") else []
        best: tuple[int, int, int, int, TimeExpression] | None = None
        dated: tuple[int, int, int, int, TimeExpression] | None = None  # the best with a date of its own
        whens = reading.cues_in(hit.end, site.sentence[1], "when")
        for d in dates:
            after = d.start >= hit.end
            lo, hi = (hit.end, d.start) if after else (d.end, hit.start)
            words = reading.distance(lo, hi)
            if words > _DATE_WORDS and after:
                # a date in a clause of the same time ("recognized Italy when it accepted the credentials of ... on
                # April 11, 1861") is as far as that clause
                when = next((w for w in whens if w.end <= d.start), None)  # the clause's first date
                first = when is not None and not any(when.end <= e.start < d.start for e in dates)
                words = reading.distance(lo, when.start) if first and when is not None else _DATE_WORDS + 1
            if words > _DATE_WORDS:
                continue
            if any(lo <= b.start < hi for b in blockers):
                continue  # "... اتفاقية فيينا الموقعة 1961", "..., which ... in 1961": the date is another's
            if bounds is None:
                bounds = [b.end for b in reading.cues_in(*site.sentence, "bound")]
            if bounds and any(b <= d.start and reading.words.within(b, d.start, 0) for b in bounds):
                continue  # "the first ambassador since 2017": a since-date bounds a state of affairs, no event's date
            own = (after and d.start < clause.end and words <= _OWN_WORDS
                   and not reading.triggers_in(lo, hi))
            # a year that names another thing ("a protocol to the 1906 treaty") after any date of the sentence's own
            key = (int(d.attributive), 0 if own else 1, words, 0 if after else 1)
            if best is None or key < best[:4]:
                best = (*key, d)
            if d.date is not None and (dated is None or key < dated[:4]):
                dated = (*key, d)
        if best is None:
            return None
        # An expression with no date ("the same day" with nothing before it) gives way to one with a date in reach.
        return best[4] if best[4].date is not None or dated is None else dated[4]

    # -- mentions ------------------------------------------------------------------

    def _mention(self, site: Site, candidate: Candidate, expr: TimeExpression | None) -> Mention | str:
        """The mention ``candidate`` makes with its date ``expr``, or why it makes none."""
        reading, hit = site.r, site.hit
        when = expr.date if expr else None
        day = when.earliest if when is not None else None
        published = reading.article.published
        if day is not None and published is not None and day > published:
            return "a date after publication: planned, not reported"
        if (expr is not None and expr.relative and day is not None and published is not None and day < published
                and _imperfect(site)):
            return "an imperfect verb with a weekday: the coming one"  # "يزور الوزير أنقرة الأحد"
        if (day is None or (expr is not None and expr.relative)) and any(_former(site, a) for a in candidate.used):
            return "a former official in the news of its day acts for no state"  # "الرئيس الفرنسي السابق ساركوزي"
        # A recognised state is recognised as itself: Russia recognised on 1991-12-06 is RU, not the USSR.
        keep = candidate.actors[1:] if candidate.type is EventType.RECOGNITION else ()
        actors = self._as_of(candidate.actors, day, keep)
        # A city outlives its state: "عدن" on a day of 2015, undated in a 2015 article, or in an article of no known
        # date (the present), is Yemen's Aden, not South Yemen's capital.
        places = {c for a in candidate.used if a.kind in ("capital", "city") for c in a.codes}
        actors = tuple(dict.fromkeys(_state_as_of(self._gazetteer, c, day or published or date.max) if c in places
                                     else c for c in actors))
        when_known = day or published or date.max
        if when_known is not None and len({_state_as_of(self._gazetteer, c, when_known) for c in actors}) < len(actors):
            return "one state under two names (travel inside Yemen to Aden): no relations between states"
        if len(actors) < 2:
            return "fewer than two states once written as they were on its date"
        s_lo, s_hi = site.sentence
        spans = [(hit.start, hit.end), *((a.start, a.end) for a in candidate.used if s_lo <= a.start < s_hi)]
        if len(spans) == 1 and (site.spec.frame in _NAMED_IN_SENTENCE or not (
                site.spec.frame == "relations" or reading.actors_in(s_lo, s_hi) or reading.recorder)):
            # None of its states in its sentence ("التقى" alone), nor a word that refers to one ("the relations
            # were restored" refers to the pair the text is about).
            return "none of its states is named in its sentence"
        if expr is not None and s_lo <= expr.start < s_hi:
            spans.append((expr.start, expr.end))
        lo = max(s_lo, min(spans)[0])
        hi = min(s_hi, max(map(_END, spans)))
        o_lo, o_hi = reading.norm.original_span(lo, hi)
        evidence = reading.article.text[o_lo:o_hi]
        place = self._place_name(candidate)
        return Mention(
            article=reading.article.id,
            type=candidate.type,
            actors=actors,
            date=when,
            place=place,
            evidence=evidence,
            start=o_lo,
            end=o_hi,
            confidence=candidate.confidence,
            extractor=self.name,
            version=self.version,
            persons=self._persons(reading, candidate, actors, keep, day, s_lo, s_hi),
        )

    def _persons(self, reading: Reading, candidate: Candidate, actors: Sequence[str], keep: Sequence[str],
                 day: date | None, s_lo: int, s_hi: int) -> tuple[ActingPerson, ...]:
        """The persons the references the candidate used in its sentence name, each acting for one of ``actors``
        (its state written as the event writes it), with the gazetteer's id where it knows them."""
        found: dict[tuple[str, str], ActingPerson] = {}
        for ref in candidate.used:
            named = named_person(reading, ref) if len(ref.codes) == 1 and s_lo <= ref.start < s_hi else None
            if named is None:
                continue
            state = self._as_of(ref.codes, day, keep)[0]
            name, office = named
            person_id = self._person_id(name, ref.codes[0])
            if state in actors and (person_id is not None or _plausible_name(name, reading.lang)):
                found.setdefault((state, name), ActingPerson(name, state, office, person_id))
        return tuple(found.values())

    def _person_id(self, name: str, state: str) -> str | None:
        """The gazetteer's id of the one person it knows by ``name`` who acted for ``state``."""
        ids = {p.id for p in self._gazetteer.person(name) if state in p.states}
        return ids.pop() if len(ids) == 1 else None

    def _as_of(self, codes: Sequence[str], day: date | None, keep: Sequence[str] = ()) -> tuple[str, ...]:
        """Write each state as it was on the event's (earliest) day: Russia in 1988 is the USSR."""
        if day is None:
            return tuple(dict.fromkeys(codes))
        return tuple(dict.fromkeys(c if c in keep else _state_as_of(self._gazetteer, c, day) for c in codes))

    def _place_name(self, candidate: Candidate) -> str | None:
        """The place in English: a city's or venue's name, a capital's, or the state's."""
        place = candidate.place
        if place is None or place.name or not place.codes:
            return None if place is None else place.name
        state = self._gazetteer.get(place.codes[0])
        return state.capital_en if place.kind == "capital" else state.name_en


@lru_cache(maxsize=4096)
def _state_as_of(gazetteer: Gazetteer, code: str, day: date) -> str:
    """:meth:`Gazetteer.as_of`, kept: a few per mention, the same few again and again (a module-level cache,
    so that an extractor stays picklable)."""
    return gazetteer.as_of(code, day)


def _dateline(reading: Reading) -> TimeExpression | None:
    """A day-precision date in the article's first lines, within a day of its publication: the day its lead reports.

    An article with no publication date has no dateline to trust (a history's first date is one of its events).
    """
    for d in reading.dates:
        if d.start > 300:
            break
        published = reading.article.published
        if (d.date is not None and d.date.precision.rank == 0 and published is not None
                and abs((d.date.earliest - published).days) <= 1):
            return d
    return None


def _future_light_verb(site: Site) -> bool:
    """A light verb with a future prefix governs the trigger: before it in its clause, with nothing but its subject
    (references to states, and a word) between; or, after a noun, its predicate a word or two on."""
    reading, hit = site.r, site.hit
    lo = max(site.clause.start, hit.start - 80)
    if any(m.group() in site.lang.future_light_verbs and reading.bare_words(m.end(), hit.start) <= 1
           for m in _WORD.finditer(reading.low, lo, hit.start)):
        return True
    # A noun's predicate after it: "لقاء روسي سعودي سيعقد في الدوحة", "الزيارة ستتم".
    hi = min(site.clause.end, hit.end + 60)
    return site.spec.word_class == "noun" and any(
        m.group() in site.lang.future_light_verbs and reading.bare_words(hit.end, m.start()) <= 2
        for m in _WORD.finditer(reading.low, hit.end, hi))


def _imperfect(site: Site) -> bool:
    """The trigger is a verb in the imperfect (present) tense: "يزور", "تستأنف"."""
    hit = site.hit
    return (site.spec.word_class == "verb" and not hit.prefix
            and site.r.low[hit.start] in site.lang.words["imperfect_prefixes"]
            and site.r.low[hit.start : hit.end] not in site.lang.perfect_forms)  # توجه (tawajjaha) is a perfect


def _plausible_name(name: str, lang: Language) -> bool:
    """Whether a name the gazetteer does not know is likely one: in a script without capitals, where any word
    after an office may be taken for a name ("بمناسبة", "وتلقى"), two words or more, not opening with a
    conjunction ("وعقد معه")."""
    words = name.split()
    return lang.cased or (len(words) >= 2 and not lang.has("conjunctions", words[0][:1]))


def _former(site: Site, ref: ActorRef) -> bool:
    """``ref`` is an official the text calls former ("former President Carter", "الرئيس الأمريكي الأسبق"): the
    language's ``former_markers`` in its span or the word right before or after it. In a report of the day he
    acts for no state; in a dated account of the past, he held the office then."""
    if ref.kind not in ("official", "office", "person"):
        return False
    words, markers = site.r.words_between, site.lang.words["former_markers"]
    near = [*words(max(0, ref.start - 16), ref.start)[-1:], *words(ref.start, ref.end),
            *words(ref.end, ref.end + 16)[:1]]
    return not markers.isdisjoint(near)


def _other_ties(site: Site) -> bool:
    """Ties of another kind right after the trigger in its clause ("استعادة العلاقات التجارية", "resumed trade
    ties", "إقامة علاقات حسنة"): the language's ``other_ties`` pattern."""
    end = min(site.clause.end, site.hit.end + _OTHER_TIES_REACH)
    return site.lang.pattern("other_ties").search(site.r.low, site.hit.end, end) is not None


_SPORTS_WORDS = (5, 500)  # a sports report: at least 5 sports words (off_domain), and one per 500 characters


def _sports_report(reading: Reading) -> bool:
    """Whether the article is about sport: its fixtures and team trips are no diplomacy."""
    least, chars = _SPORTS_WORDS
    needed = max(least, len(reading.low) // chars)
    found = reading.lang.pattern("off_domain").finditer(reading.low)
    return sum(1 for _, _ in zip(range(needed), found, strict=False)) >= needed


def _headline_infinitive(site: Site) -> bool:
    """"to" + the trigger right after the sentence's subject, with nothing before that subject but a few words:
    "The Foreign Minister of Oman to visit Iran" (not "prompting Beijing to sever", "the first to renew")."""
    reading, start = site.r, site.hit.start
    before = reading.words_between(max(site.sentence[0], start - 40), start)[-4:]
    if "to" not in before:
        return False
    verb = [*before[before.index("to") + 1 :], *reading.low[start : site.hit.end].split()][0]
    if verb not in site.lang.base_verbs | site.lang.words["light_verbs"]:
        return False  # "a visit to Cairo": no infinitive; "to visit", "to hold (formal) talks": one
    refs = reading.actors_in(site.sentence[0], start)
    return (bool(refs) and reading.words.within(site.sentence[0], refs[0].start, 1)  # "It prompted China to": no
            and reading.words_between(refs[-1].end, start)[:1] == ["to"])  # the subject, then "to" and its verb


def _argument_within(reading: Reading, pattern: re.Pattern[str], hit: Hit, sentence: tuple[int, int],
                     reach: tuple[str, ...], cues: tuple[str, ...]) -> bool:
    """What the trigger needs is its argument: at most ``after`` words after it ("إعادة العلاقات", "resumption of
    diplomatic relations") or ``before`` words before it ("the embassy closure", "العلاقات التي قطعت"), in its
    sentence, references to states not counted ("قطع المملكة علاقاتها": the masdar's subject stands between), and
    with no preposition on it but ``cues``.
    "إعادة الروح للعلاقة" (bringing life back to the relationship) is no restoration of relations."""
    low, before, after = reading.low, int(reach[0]), int(reach[1])
    for m in pattern.finditer(low, sentence[0], sentence[1]):
        if m.start() >= hit.end:
            word = m.start()
            while word > hit.end and low[word - 1].isalnum():
                word -= 1  # "العلاقات": counted from its word's start
            governed = reading.lang.proclitic(low[word : m.start()])  # "أضر بالعلاقات": another word's
            if governed and governed not in cues:
                return False  # a masdar's object may take ل ("قطع المغرب لعلاقاته"); طالب takes ب ("بمغادرة")
            return reading.bare_undated(hit.end, word, sentence) <= after  # "أعادت الكويت والعراق أمس العلاقات"
        if m.end() <= hit.start and reading.bare_words(m.end(), hit.start) <= before:
            return True
    return False


def _past_aside(reading: Reading, start: int, end: int, reach: int) -> bool:
    """At most ``reach`` words lie between ``start`` and ``end`` once a short aside between commas is left out:
    "has not, to this day, established", "لم تقم مصر، حتى الآن، بإعادة"."""
    low = reading.low
    first, last = low.find(",", start, end), low.rfind(",", start, end)
    if first < 0 or not 0 < last - first < _ASIDE_CHARS:
        return False
    return reading.words.count(start, first) + reading.words.count(last + 1, end) <= reach


_ASIDE_CHARS = 40
_WORD = re.compile(r"\w+")


def _merged(decision: Decision, kept: set[Mention]) -> Decision:
    """``decision`` with only the mentions the article keeps; ``merged`` if it keeps none of them."""
    if not decision.mentions:
        return decision
    own = tuple(m for m in decision.mentions if m in kept)
    if own:
        return replace(decision, mentions=own)
    return replace(decision, outcome=Outcome.MERGED, reason="the same event, told with a finer date elsewhere")


def _decision(reading: Reading, hit: Hit, reason: str, mentions: Sequence[Mention]) -> Decision:
    """The decision on ``hit``: an event with ``mentions``, or dropped for ``reason``."""
    spec = hit.entry.value
    assert isinstance(spec, TriggerSpec)
    article = reading.article
    o_lo, o_hi = reading.norm.original_span(hit.start, hit.end)
    return Decision(article.id, article.text[o_lo:o_hi], o_lo, o_hi, spec.type.slug, spec.frame,
                    Outcome.EVENT if mentions else Outcome.DROPPED, reason, tuple(mentions))


def _one_per_event(mentions: list[Mention]) -> list[Mention]:
    """The same event told twice in one article is one mention, at the most precise date given."""
    groups: dict[tuple[object, ...], list[Mention]] = {}
    for m in mentions:
        key = (m.type, m.actors[0] if m.type.directed else None, frozenset(m.actors))
        groups.setdefault(key, []).append(m)
    out: list[Mention] = []
    for group in groups.values():
        clusters: list[list[Mention]] = []
        for m in sorted(group, key=_precision_key):
            for cluster in clusters:
                head = cluster[0].date
                if m.date is None or head is None or m.type.once_per_pair or head.compatible(m.date):
                    cluster.append(m)
                    break
                if _one_envoy(cluster[0], m):
                    if m.date.earliest < head.earliest:  # appointed, then credentials: dated by the appointment
                        cluster.insert(0, m)
                    else:
                        cluster.append(m)
                    break
            else:
                clusters.append([m])
        out += [cluster[0] for cluster in clusters]
    out.sort(key=lambda m: (m.start, m.type.slug))
    return out


def _one_envoy(a: Mention, b: Mention) -> bool:
    """Two appointments of one pair told in one stretch of text ("was appointed February 10, presented his
    credentials on March 14") are one envoy's: one event per person and post."""
    return a.type is EventType.AMBASSADOR_APPOINTED and a.start < b.end and b.start < a.end


def _precision_key(m: Mention) -> tuple[int, int]:
    if m.date is None:
        return (9, m.start)
    return (m.date.precision.rank, m.start)
