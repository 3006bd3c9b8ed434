"""The rule-based extractor shared by Arabic and English.

For each trigger in an article: check what it needs nearby ("علاقات" for a
relations verb), check its modality (future, intent, condition, negation,
generic plural: no event), let its frame assign the roles, attach the nearest
time expression the trigger governs, write former states as they were on that
date, and keep one mention per event per article (the most precise date wins).
"""

from __future__ import annotations

from collections.abc import Sequence
from relgraph.dates import TimeExpression
from relgraph.extractors.frames import FRAMES, Candidate, Site
from relgraph.extractors.language import Language, TriggerSpec, language
from relgraph.extractors.reading import Reading, read
from relgraph.extractors.scanning import Hit
from relgraph.gazetteer import Gazetteer
from relgraph.model import Article, EventType, Mention, PartialDate

__all__ = ["RuleExtractor"]

_NEEDS_WINDOW = 60  # characters either side of a trigger where what it needs must appear
_DATE_WORDS = 14  # a time expression further than this many words from its trigger is not its date
_FUTURE_PREFIXES = ("س", "وس", "فس", "ل", "ول", "فل")


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
        reading = read(article, self.lang)
        mentions: list[Mention] = []
        dateline = _dateline(reading)
        lead: tuple[int, int] | None = None
        for hit in reading.triggers:
            spec = hit.entry.value
            assert isinstance(spec, TriggerSpec)
            if not self._needs_met(reading, hit, spec) or not self._factual(reading, hit, spec):
                continue
            site = Site(reading, hit, spec)
            candidates = FRAMES[spec.frame](site)
            dates = self._dates_for(reading, hit, candidates)
            sentence = reading.sentence_of(hit.start)
            for candidate, expr in zip(candidates, dates, strict=True):
                if expr is None and dateline is not None and sentence[0] >= dateline.end and lead in (None, sentence):
                    expr = dateline  # the lead reports the news of the dateline's day
                mention = self._mention(reading, hit, candidate, expr)
                if mention is not None:
                    mentions.append(mention)
                    if dateline is not None and sentence[0] >= dateline.end:
                        lead = lead or sentence
        return _one_per_event(mentions)

    # -- conditions ----------------------------------------------------------------

    def _needs_met(self, reading: Reading, hit: Hit, spec: TriggerSpec) -> bool:
        pattern = reading.lang.needs.get(spec.index)
        if pattern is None:
            return True
        clause = reading.clause_of(hit.start)
        sentence = reading.sentence_of(hit.start)
        lo = max(sentence[0], hit.start - _NEEDS_WINDOW // 2, clause.start - 10)
        hi = min(sentence[1], hit.end + _NEEDS_WINDOW)
        return pattern.search(reading.low, lo, hi) is not None

    def _factual(self, reading: Reading, hit: Hit, spec: TriggerSpec) -> bool:
        """False for planned, hoped-for, conditional, negated and generic statements."""
        if spec.generic:
            return False
        if spec.word_class == "verb" and hit.prefix in _FUTURE_PREFIXES:
            return False  # سيزور, ليزور
        if spec.word_class == "noun" and hit.prefix.lstrip("وف").startswith("ل") and not hit.prefix.lstrip("وف").startswith("لل"):
            return False  # لزيارة: a purpose, not a report
        clause = reading.clause_of(hit.start)
        window_start = max(clause.start, hit.start - 45)
        for cue in reading.cues_in(window_start, hit.start, "modal"):
            category = cue.entry.value
            words = len(reading.words_between(cue.end, hit.start))
            if category == "negation" and words > 2:
                continue
            return False
        after = reading.cues_in(hit.end, min(clause.end, hit.end + 30), "modal_after")
        return not any(len(reading.words_between(hit.end, c.start)) <= 2 for c in after)

    # -- dates ---------------------------------------------------------------------

    def _dates_for(self, reading: Reading, hit: Hit, candidates: Sequence[Candidate]) -> list[TimeExpression | None]:
        if not candidates:
            return []
        start, end = reading.sentence_of(hit.start)
        in_sentence = [d for d in reading.dates if start <= d.start and d.end <= end]
        if len(candidates) > 1 and len(in_sentence) == len(candidates) and _respectively(reading, start, end):
            return list(in_sentence)
        best = self._nearest_date(reading, hit, in_sentence)
        return [best] * len(candidates)

    def _nearest_date(self, reading: Reading, hit: Hit, dates: Sequence[TimeExpression]) -> TimeExpression | None:
        blockers = reading.cues_in(*reading.sentence_of(hit.start), "blocker")
        best: tuple[int, int, TimeExpression] | None = None
        for d in dates:
            lo, hi = (hit.end, d.start) if d.start >= hit.end else (d.end, hit.start)
            words = len(reading.words_between(lo, hi))
            if words > _DATE_WORDS:
                continue
            if any(lo <= b.start < hi for b in blockers):
                continue  # "... اتفاقية فيينا الموقعة 1961", "..., which ... in 1961": the date is another's
            key = (words, 0 if d.start >= hit.end else 1)
            if best is None or key < best[:2]:
                best = (key[0], key[1], d)
        return best[2] if best else None

    # -- mentions ------------------------------------------------------------------

    def _mention(self, reading: Reading, hit: Hit, candidate: Candidate, expr: TimeExpression | None) -> Mention | None:
        when = expr.date if expr else None
        published = reading.article.published
        if when is not None and published is not None and when.earliest > published:
            return None  # a date after publication: planned, not reported
        # A recognised state is recognised as itself: Russia recognised on 1991-12-06 is RU, not the USSR.
        keep = candidate.actors[1:] if candidate.type is EventType.RECOGNITION else ()
        actors = self._as_of(candidate.actors, when, keep)
        if len(actors) < 2:
            return None
        spans = [(hit.start, hit.end), *((a.start, a.end) for a in candidate.used)]
        if expr is not None:
            spans.append((expr.start, expr.end))
        s_lo, s_hi = reading.sentence_of(hit.start)
        lo = max(s_lo, min(s for s, _ in spans))
        hi = min(s_hi, max(e for _, e in spans))
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
        )

    def _as_of(self, codes: Sequence[str], when: PartialDate | None, keep: Sequence[str] = ()) -> tuple[str, ...]:
        """Write each state as it was on the event's date: Russia in 1988 is the USSR."""
        if when is None:
            return tuple(dict.fromkeys(codes))
        day = when.earliest
        return tuple(dict.fromkeys(c if c in keep else self._gazetteer.as_of(c, day) for c in codes))

    def _place_name(self, candidate: Candidate) -> str | None:
        if candidate.place is None or not candidate.place.codes:
            return None
        state = self._gazetteer.get(candidate.place.codes[0])
        return state.capital_en if candidate.place.kind == "capital" else state.name_en


def _dateline(reading: Reading) -> TimeExpression | None:
    """A day-precision date in the article's first lines: the day the news (its lead sentence) happened."""
    for d in reading.dates:
        if d.start > 300:
            break
        if d.date is not None and d.date.precision.rank == 0:
            published = reading.article.published
            if published is None or abs((d.date.earliest - published).days) <= 1:
                return d
    return None


def _respectively(reading: Reading, start: int, end: int) -> bool:
    window = reading.low[start:end]
    return "respectively" in window or "علي التوالي" in window


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
            else:
                clusters.append([m])
        out += [cluster[0] for cluster in clusters]
    out.sort(key=lambda m: (m.start, m.type.slug))
    return out


def _precision_key(m: Mention) -> tuple[int, int]:
    if m.date is None:
        return (9, m.start)
    return (m.date.precision.rank, m.start)
