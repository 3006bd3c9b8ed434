"""Dates: the time expression each event a trigger gives takes, and the dateline of an article's lead."""

from __future__ import annotations

from collections.abc import Sequence

from relgraph.dates import TimeExpression
from relgraph.extractors.conditions import _DATED, _modality
from relgraph.extractors.kinds import HitKind
from relgraph.extractors.language import TriggerSpec
from relgraph.extractors.reading import Reading
from relgraph.extractors.roles import Candidate
from relgraph.extractors.scanning import Hit
from relgraph.extractors.site import Site

_DATE_WORDS = 18  # a time expression further than this many words from its trigger is not its date
_OWN_WORDS = 8  # a date after its trigger within this many words, in its clause, is its own


def _dates_for(site: Site, candidates: Sequence[Candidate]) -> list[TimeExpression | None]:
    if not candidates:
        return []
    reading, (start, end) = site.reading, site.sentence
    in_sentence = reading.dates_in(site.sentence)
    if (
        len(candidates) > 1
        and len(in_sentence) == len(candidates)
        and reading.lang.pattern("respectively").search(reading.low, start, end)
    ):
        return list(in_sentence)
    if len(candidates) > 1:  # "with India in 1955, with Japan in 1972": each its own date, right after its state
        own = [
            next(
                (
                    d
                    for d in in_sentence
                    if d.start >= c.used[-1].end and reading.distance(c.used[-1].end, d.start) <= 2
                ),
                None,
            )
            if c.used
            else None
            for c in candidates
        ]
        if all(own) and len({d.start for d in own if d}) == len(own):
            return own
    best = _nearest_date(site, in_sentence)
    if best is None or best.date is None:
        best = _told_next(site, candidates) or best
    return [best] * len(candidates)


def _told_next(site: Site, candidates: Sequence[Candidate]) -> TimeExpression | None:
    """The date of the sentence right after, where it goes on with the same event: a trigger of its type (a verb,
    or a definite noun: "the meeting") that reports a fact, in a sentence that names no state but one of the event's
    own. "وصل وزير الخارجية الروسي إلى مراكش. وهبطت طائرته صباح اليوم"; "The minister arrived in Rabat. His plane
    landed there on Wednesday morning": the landing is the arrival, and its day is the arrival's."""
    reading, sentence = site.reading, site.reading.sentence_after(site.sentence)
    etype, actors = candidates[0].type, {a for c in candidates for a in c.actors}
    named = reading.named_in(sentence)[1]
    if len(named) > 1 or not named <= actors:
        return None  # a sentence that names a pair of its own tells an event of its own
    for hit in reading.triggers_in(*sentence):
        spec = hit.entry.value
        if not isinstance(spec, TriggerSpec) or spec.type != etype:
            continue
        told = Site(reading, hit, spec, sentence)
        if (spec.word_class != "verb" and not told.definite(hit.start)) or _modality(told) not in (None, _DATED):
            continue  # "the cost of Obama's tour of three states in 2013": another; "the visit is expected to last"
        found = _nearest_date(told, reading.dates_in(sentence))
        published = reading.article.published
        if found is not None and found.date is not None and (published is None or found.date.earliest <= published):
            return found  # (what follows "next year" is another event's: "the meeting ended with a summit next year")
    return None


def _own_aside(site: Site, blocker: Hit, after: bool, trigger: int) -> bool:
    """A blocker that leaves the date to the trigger: a relative clause right after the trigger noun, about it
    ("الاجتماع الذي انعقد في مايو", "the meeting which was held in May"), or an aside closed before the trigger
    (a date before it) or before the date (after it: "presented his credentials to X, who had replaced Y, on May 1")."""
    if after:
        word = site.reading.low[blocker.start : blocker.end]
        if site.spec.word_class == "noun" and site.within(site.hit.end, blocker.start, 0):
            return site.lang.has("relatives", word)
        if site.spec.word_class == "noun" and _occurred(site, blocker):
            return True
    return _closed_aside(site.reading.low, blocker.start, blocker.end, trigger)


def _occurred(site: Site, blocker: Hit) -> bool:
    """A relative set off by a comma whose verb is one of occurrence ("recognition of X and the establishment of
    relations, which took place on May 3"): it is about the event nouns before it, with no clause between."""
    reading = site.reading
    if not reading.low[: blocker.start].rstrip().endswith(",") or not site.lang.has(
        "relatives", reading.low[blocker.start : blocker.end]
    ):
        return False
    verb = next(iter(reading.cues_in(blocker.end, site.sentence[1], HitKind.OCCUR)), None)
    return (
        verb is not None
        and site.within(blocker.end, verb.start, 1)
        and not reading.cues_in(site.hit.end, blocker.start, HitKind.BREAK)
    )


def _closed_aside(low: str, start: int, end: int, trigger: int) -> bool:
    """The blocker at ``start:end`` opens an aside set off by commas that closes before the trigger ("on March 1,
    1979, and John Doe, who had been head of the office, was appointed"): the date before it is the trigger's."""
    return low[:start].rstrip().endswith(",") and "," in low[end:trigger]


def _nearest_date(site: Site, dates: Sequence[TimeExpression]) -> TimeExpression | None:
    """The time expression the trigger governs.

    Within :data:`_DATE_WORDS` words (a state's name counts as one), not across
    a date blocker, never a date that bounds ("since 2017", "منذ عام 2017"). A
    date soon after the trigger in its clause with no other trigger between is its
    own ("recognized X in 1803 and established relations in 1809"); otherwise the
    nearest, after before before. An expression with no date gives way to a dated one in reach ("today, 4 May
    2022", "the same day that it became independent on August 31, 1962").
    """
    reading, hit, clause = site.reading, site.hit, site.clause
    blockers = reading.cues_in(*site.sentence, HitKind.BLOCKER)
    # where "since" words end, looked for once a date is otherwise in reach (in an article that has one)
    bounds: list[int] | None = None if reading.kinds.get(HitKind.BOUND) else []
    best: tuple[int, int, int, int, TimeExpression] | None = None
    dated: tuple[int, int, int, int, TimeExpression] | None = None  # the best with a date of its own
    whens = reading.cues_in(hit.end, site.sentence[1], HitKind.WHEN)
    for d in dates:
        after = d.start >= hit.end
        lo, hi = (hit.end, d.start) if after else (d.end, hit.start)
        words = reading.distance(lo, hi)
        if words > _DATE_WORDS and after:
            words = _through_when(reading, lo, d, whens, dates)
        if words > _DATE_WORDS:
            continue
        if any(lo <= b.start < hi and not _own_aside(site, b, after, hi) for b in blockers):
            continue  # "... اتفاقية فيينا الموقعة 1961", "..., which ... in 1961": the date is another's
        if bounds is None:
            bounds = [b.end for b in reading.cues_in(*site.sentence, HitKind.BOUND)]
        if bounds and any(b <= d.start and reading.words.within(b, d.start, 0) for b in bounds):
            continue  # "the first ambassador since 2017": a since-date bounds a state of affairs, no event's date
        own = after and d.start < clause.end and words <= _OWN_WORDS and not reading.triggers_in(lo, hi)
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


def _through_when(
    reading: Reading, lo: int, d: TimeExpression, whens: Sequence[Hit], dates: Sequence[TimeExpression]
) -> int:
    """How far a date out of reach is when it is the first of a clause of the same time, after a "when" ("recognized
    Italy when it accepted the credentials of ... on April 11, 1861"): as far as the "when"."""
    when = next((w for w in whens if w.end <= d.start), None)
    if when is None or any(when.end <= e.start < d.start for e in dates):
        return _DATE_WORDS + 1
    return reading.distance(lo, when.start)


def _dateline(reading: Reading) -> TimeExpression | None:
    """A day-precision date in the article's first lines, within a day of its publication: the day its lead reports.

    An article with no publication date has no dateline to trust (a history's first date is one of its events).
    """
    for d in reading.dates:
        if d.start > 300:
            break
        published = reading.article.published
        if (
            d.date is not None
            and d.date.precision.rank == 0
            and published is not None
            and abs((d.date.earliest - published).days) <= 1
        ):
            return d
    return None
