"""The rule-based extractor shared by Arabic and English.

For each trigger in an article: check what it needs nearby ("علاقات" for a
relations verb), check its modality (future, intent, condition, negation,
generic plural: no event), let its frame assign the roles, attach the nearest
time expression the trigger governs, write former states as they were on that
date, and keep one mention per event per article (the most precise date wins).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache
from operator import itemgetter

from relgraph.dates import TimeExpression, find_dates
from relgraph.extractors.acting import acting_persons, former
from relgraph.extractors.conditions import _DATED, _imperfect, _modality, _needs_met, _other_ties
from relgraph.extractors.dating import _dateline, _dates_for
from relgraph.extractors.frames import DISCOURSE_FRAMES, FRAMES, POSTED_FRAMES
from relgraph.extractors.kinds import Level, Modality, RefKind, Role
from relgraph.extractors.language import Language, TriggerSpec, language
from relgraph.extractors.offdomain import leisure, sport
from relgraph.extractors.outcomes import Decision, Outcome, _decision, _event_key, _merged, _one_per_event
from relgraph.extractors.reading import Reading, read
from relgraph.extractors.roles import Candidate, _partial, distributed
from relgraph.extractors.scanning import Hit
from relgraph.extractors.site import Site
from relgraph.gazetteer import Gazetteer
from relgraph.model import Article, EventType, Mention

__all__ = ["RuleExtractor"]

_END = itemgetter(1)  # of a span
#: Frames whose events name one of their states in their own sentence (the others may take the pair the discourse is
#: about: "the two embassies reopened", "وقع البلدان").
_NAMED_IN_SENTENCE = frozenset({"travel", "receive", "meet", "negotiate"})
_RELATIONS = frozenset({EventType.RELATIONS_ESTABLISHED, EventType.RELATIONS_RESTORED, EventType.RELATIONS_SEVERED})
#: The types of contact a sport's vocabulary in the sentence (``off_domain``) rules out.
_CONSULT = (EventType.VISIT, EventType.MEETING, EventType.NEGOTIATION)
#: What a headline tells that is planned as well as done: encounters, and appointments ("X named envoy to Y").
_HEADLINED = (*_CONSULT, EventType.AMBASSADOR_APPOINTED)


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
        """What the extractor decided about each trigger of ``article``, and why (``relgraph extract --explain``):
        :meth:`extract`'s mentions are the ``event`` decisions'; one told again more precisely elsewhere is ``merged``.
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
        # the state whose own record this is and the state it is about; the person or state an encyclopedia article
        # is about
        titled = reading.titled.codes if reading.titled else ()
        implicit = frozenset(filter(None, (reading.recorder, reading.recorder and reading.counterpart, *titled)))
        sports: dict[str, bool] = {}  # whether the article is a sports report, found on first need
        planned: set[tuple[EventType, str, frozenset[str]]] = set()  # the events it tells as to come
        headline: list[int] = []  # the decisions of a present-tense verb in its headline
        for hit, sentence in zip(reading.triggers, reading.trigger_sentences, strict=True):
            spec = hit.entry.value
            assert isinstance(spec, TriggerSpec)

            def decided(reason: str, mentions: Sequence[Mention] = (), hit: Hit = hit) -> None:
                if trace or mentions:
                    decisions.append(_decision(reading, hit, reason, mentions))

            seats = {a.codes[0] for a in reading.seats_in(*sentence)} if spec.frame in POSTED_FRAMES else set()
            if spec.frame not in DISCOURSE_FRAMES and len(reading.named_in(sentence)[1] | implicit | seats) < 2:
                decided("its sentence names fewer than two states")
                continue
            if spec.type in _CONSULT and (off := sport(reading, sentence, sports)):
                decided(off)  # "the national team arrived in Doha", a fixture in a sports report: no diplomacy
                continue
            site = Site(reading, hit, spec, sentence)
            if unmet := _unmet(site):
                decided(unmet)
                continue
            if spec.type in _RELATIONS and _other_ties(site):
                decided("the ties are not diplomatic relations (other_ties)")  # "إقامة علاقات تجارية", "good ties"
                continue
            modality = _modality(site)
            if modality not in (None, _DATED):
                if modality == Modality.FUTURE:  # what the article tells as to come
                    planned.update(_planned(site))
                decided(f"modality: {modality}")
                continue
            candidates = [c for c in distributed(site, FRAMES[spec.frame](site)) if not _partial(site, c)]
            if candidates and spec.type in _CONSULT and leisure(reading, sentence):
                candidates = [c for c in candidates if _headed(c)]  # "في إجازة خاصة": the king's, still a visit
                if not candidates:
                    decided("a holiday in its sentence (leisure), no head of state's or government's")
                    continue
            if not candidates:
                decided(f"the {spec.frame} frame found no two states in its roles")
                continue
            after_dateline = dateline is not None and hit.start >= dateline.end
            mentions, reasons = self._mentions(site, candidates, modality, dateline if after_dateline else None, lead)
            lead = lead or (sentence if after_dateline and mentions else None)
            if mentions and spec.type in _HEADLINED and _headline_present(site):
                headline.append(len(decisions))
            decided("" if mentions else "; ".join(dict.fromkeys(reasons)), mentions)
        return _headline_plans(decisions, headline, planned, reading) if headline else decisions

    def _mentions(
        self,
        site: Site,
        candidates: Sequence[Candidate],
        modality: Modality | None,
        dateline: TimeExpression | None,
        lead: tuple[int, int] | None,
    ) -> tuple[list[Mention], list[str]]:
        """The mentions ``candidates`` make, dated (an undated lead, the first sentence with news after the
        ``dateline``, reports the dateline's day), and why the others make none."""
        mentions: list[Mention] = []
        reasons: list[str] = []
        for candidate, expr in zip(candidates, _dates_for(site, candidates), strict=True):
            if modality == _DATED and not candidate.type.is_status:
                reasons.append("a decision to act, not the act")  # "agreed to reopen the embassies"
                continue
            if expr is None and dateline is not None and lead in (None, site.sentence):
                expr = dateline
            mention = self._mention(site, candidate, expr)
            if isinstance(mention, str):
                reasons.append(mention)
            else:
                mentions.append(mention)
        return mentions, reasons

    # -- mentions ------------------------------------------------------------------

    def _mention(self, site: Site, candidate: Candidate, expr: TimeExpression | None) -> Mention | str:
        """The mention ``candidate`` makes with its date ``expr``, or why it makes none."""
        reading = site.reading
        when = expr.date if expr else None
        day = when.earliest if when is not None else None
        published = reading.article.published
        if day is not None and published is not None and day > published:
            return "a date after publication: planned, not reported"
        if (
            expr is not None
            and expr.relative
            # a day gone by, in an undated article too ("welcomes Chirac to a summit Monday"; not "today")
            and (day < published if day is not None and published is not None else _gone_by(expr, reading.lang.code))
            and not any(c.isdigit() for c in reading.norm.text[expr.start : expr.end])  # "الثلاثاء 24 فبراير"
            and _imperfect(site)
        ):
            return "an imperfect verb with a weekday: the coming one"  # "يزور الوزير أنقرة الأحد"
        if any(reading.alternative(a) for a in candidate.used if a.codes and a is not candidate.place):
            return "a state among alternatives (Kenya or Ethiopia): not said to have taken part"
        if (day is None or (expr is not None and expr.relative)) and any(former(site, a) for a in candidate.used):
            return "a former official in the news of its day acts for no state"  # "الرئيس الفرنسي السابق ساركوزي"
        # A recognised state is recognised as itself: Russia recognised on 1991-12-06 is RU, not the USSR.
        keep = candidate.actors[1:] if candidate.type is EventType.RECOGNITION else ()
        actors = self._as_of(candidate.actors, day, keep)
        # A city outlives its state: "عدن" on a day of 2015, undated in a 2015 article, or in an article of no known
        # date (the present), is Yemen's Aden, not South Yemen's capital.
        places = {c for a in candidate.used if a.kind in (RefKind.CAPITAL, RefKind.CITY) for c in a.codes}
        actors = tuple(
            dict.fromkeys(
                _state_as_of(self._gazetteer, c, day or published or date.max) if c in places else c for c in actors
            )
        )
        actors = self._capitals_then(reading, candidate, actors, day)
        when_known = day or published or date.max
        if when_known is not None and len({_state_as_of(self._gazetteer, c, when_known) for c in actors}) < len(actors):
            return "one state under two names (travel inside Yemen to Aden): no relations between states"
        if len(actors) < 2:
            return "fewer than two states once written as they were on its date"
        span = _evidence(site, candidate, expr)
        if isinstance(span, str):
            return span
        o_lo, o_hi = span
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
            persons=acting_persons(
                self._gazetteer, reading, candidate, actors, lambda c: self._as_of(c, day, keep), day, site.sentence
            ),
        )

    def _as_of(self, codes: Sequence[str], day: date | None, keep: Sequence[str] = ()) -> tuple[str, ...]:
        """Write each state as it was on the event's (earliest) day: Russia in 1988 is the USSR, Italy in 1850 none."""
        if day is None:
            return tuple(dict.fromkeys(codes))
        stood = dict.fromkeys(c if c in keep else _state_as_of(self._gazetteer, c, day) for c in codes)
        return tuple(c for c in stood if c in keep or self._gazetteer.begun(c, day))

    def _capitals_then(
        self, reading: Reading, candidate: Candidate, actors: tuple[str, ...], day: date | None
    ) -> tuple[str, ...]:
        """A capital that was another state's on the event's day stands for that state: the American Embassy in
        Berlin in 1974 is in East Germany (:meth:`Gazetteer.capital_then`)."""
        if day is None:
            return actors
        then = {
            c: former
            for a in candidate.used
            if a.kind == RefKind.CAPITAL
            and (former := self._gazetteer.capital_then(reading.text[a.start : a.end], day))
            for c in a.codes
        }
        return tuple(dict.fromkeys(then.get(c, c) for c in actors))

    def _place_name(self, candidate: Candidate) -> str | None:
        """The place in English: a city's or venue's name, a capital's, or the state's."""
        place = candidate.place
        if place is None or place.name or not place.codes:
            return None if place is None else place.name
        state = self._gazetteer.get(place.codes[0])
        return state.capital_en if place.kind == RefKind.CAPITAL else state.name_en


@lru_cache(maxsize=4096)
def _state_as_of(gazetteer: Gazetteer, code: str, day: date) -> str:
    """:meth:`Gazetteer.as_of`, kept: the same few again and again (a module-level cache: picklable extractors)."""
    return gazetteer.as_of(code, day)


def _evidence(site: Site, candidate: Candidate, expr: TimeExpression | None) -> tuple[int, int] | str:
    """Where in the article the evidence of ``candidate`` is: the part of the trigger's sentence from the first to
    the last of the trigger, the references it used there and its date; or why there is none."""
    reading, hit = site.reading, site.hit
    s_lo, s_hi = site.sentence
    spans = [(hit.start, hit.end), *((a.start, a.end) for a in candidate.used if s_lo <= a.start < s_hi)]
    if len(spans) == 1 and (
        site.spec.frame in _NAMED_IN_SENTENCE
        or not (site.spec.frame == "relations" or reading.actors_in(s_lo, s_hi) or reading.recorder)
    ):
        # None of its states in its sentence ("التقى" alone), nor a word that refers to one ("the relations
        # were restored" refers to the pair the text is about).
        return "none of its states is named in its sentence"
    if expr is not None and s_lo <= expr.start < s_hi:
        spans.append((expr.start, expr.end))
    lo = max(s_lo, min(spans)[0])
    hi = min(s_hi, max(map(_END, spans)))
    return reading.norm.original_span(lo, hi)


def _unmet(site: Site) -> str:
    """Why the trigger is not this event's word here: what it needs is not its argument, or a word after it makes
    it another word ("يبحثون عن": search, no talks); "" if it is."""
    if not _needs_met(site):
        return f"what it needs ({site.spec.needs}) is not its argument"
    return "a word after it makes it another word (other_sense)" if site.other_sense() else ""


def _headed(candidate: Candidate) -> bool:
    """A head of state or government acts for the candidate's first state (its visitor, or a party)."""
    return any(a.level == Level.HEAD and candidate.actors[0] in a.codes for a in candidate.used)


def _plan_key(kind: EventType, actors: Sequence[str]) -> tuple[EventType, str, frozenset[str]]:
    """An event's key for matching a headline with its body's plans: talks are one encounter whether read as a
    meeting or a negotiation ("TALKS WITH FRANCE", then "expects ... talks during Chirac's visit")."""
    return _event_key(EventType.MEETING if kind is EventType.NEGOTIATION else kind, actors)


#: What a trip told as to come names as its destination (by its goal cues: "إلى أديس أبابا", "سيزور قطر").
_DESTINATIONS = (RefKind.NAME, RefKind.CAPITAL, RefKind.CITY)
_DESTINATION_WORDS = 8


def _planned(site: Site) -> set[tuple[EventType, str, frozenset[str]]]:
    """The events a trigger told as to come plans: its frame's; for a trip with no traveller named (a dropped
    subject: "وسيتوجه بعد ذلك إلى العاصمة الإثيوبية"), a visit by anyone to each destination (first actor "*")."""
    keys = {_plan_key(c.type, c.actors) for c in FRAMES[site.spec.frame](site)}
    if site.spec.type is EventType.VISIT and not keys:
        keys = {
            (EventType.VISIT, "*", frozenset(a.codes))
            for a in site.after(site.clause.end)
            if a.kind in _DESTINATIONS
            and a.cue in (Role.TO, Role.NONE)
            and site.within(site.hit.end, a.start, _DESTINATION_WORDS)
        }
    return keys


def _headline_present(site: Site) -> bool:
    """The trigger is a present-tense verb or a noun in the article's first line, followed by its body: a headline
    ("Lavrov visits Qatar", "لافروف يزور قطر", "لقاء ثلاثي بين لافروف وكيري في قطر"), where the present or no tense
    tells an encounter that is planned as well as one that is under way (an expulsion it announces is being done);
    in English any verb, a headline's past participle being a passive ("SEC HEAD NOMINATED U.S. AMBASSADOR"). A
    line further on that repeats the headline (a link to the story: "رابط الخبر بصحيفة الوئام: ...") is it again."""
    low = site.reading.low
    line_end = low.find("\n")
    headline = 0 <= site.hit.start < line_end < len(low.rstrip())
    if not headline and line_end > 0:
        title, sentence = low[:line_end].strip(), low[site.sentence[0] : site.sentence[1]].strip()
        headline = len(title) > 12 and sentence.endswith(title) and len(sentence) < 2 * len(title)
    return headline and (site.spec.word_class == "noun" or _imperfect(site) or site.lang.modifiers_first)


def _headline_plans(
    decisions: list[Decision],
    headline: Sequence[int],
    planned: set[tuple[EventType, str, frozenset[str]]],
    reading: Reading,
) -> list[Decision]:
    """``decisions`` but a headline's present-tense events that its body tells as to come ("Lavrov visits Qatar",
    then "Lavrov will visit Doha on Monday"), and its visits to a tour's legs still ahead (:func:`_legs_to_come`:
    "ظريف في جولة في الكويت وقطر", then "في مستهل زيارة تشمل أيضا قطر"): headlines use the present for what is planned
    too."""
    legs = _legs_to_come(reading)
    for i in headline:
        d = decisions[i]
        ahead = (
            m.type is EventType.VISIT and (m.actors[-1] in legs or (m.type, "*", frozenset(m.actors[-1:])) in planned)
            for m in d.mentions
        )
        if any(_plan_key(m.type, m.actors) in planned for m in d.mentions) or any(ahead):
            decisions[i] = replace(
                d,
                outcome=Outcome.DROPPED,
                reason="a headline's present tense, told as to come in its body",
                mentions=(),
            )
    return decisions


def _legs_to_come(reading: Reading) -> set[str]:
    """The states a tour is yet to include (``planned_legs``: "زيارة تشمل أيضا قطر والعراق", "before going on to
    Ethiopia"): those named after the cue in its clause."""
    return {
        c
        for m in reading.lang.pattern("planned_legs").finditer(reading.low)
        for a in reading.actors_in(m.end(), reading.clause_of(m.start()).end)
        if a.kind in (RefKind.NAME, RefKind.CAPITAL, RefKind.CITY)
        for c in a.codes
    }


_SOME_WEDNESDAY = date(2001, 1, 3)


def _gone_by(expr: TimeExpression, lang: str) -> bool:
    """A relative expression of an undated article names a day before the one it is written on ("Monday", not
    "today"): read against some day, it falls before it."""
    found = find_dates(expr.text, lang, _SOME_WEDNESDAY)
    return bool(found) and found[0].date is not None and found[0].date.latest < _SOME_WEDNESDAY
