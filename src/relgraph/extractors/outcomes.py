"""What became of each trigger, as ``relgraph extract --explain`` prints it: an event, merged into another
report of the same event, or dropped, and why; and the merging itself: one mention per event an article tells."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from relgraph.extractors.language import TriggerSpec
from relgraph.extractors.reading import Reading
from relgraph.extractors.scanning import Hit
from relgraph.model import EventType, Mention, PartialDate

__all__ = ["Decision", "Outcome"]


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
        return {
            "article": self.article,
            "trigger": self.trigger,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "frame": self.frame,
            "outcome": str(self.outcome),
            "reason": self.reason,
            "events": [m.to_json() for m in self.mentions],
        }


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
    return Decision(
        article.id,
        article.text[o_lo:o_hi],
        o_lo,
        o_hi,
        spec.type.slug,
        spec.frame,
        Outcome.EVENT if mentions else Outcome.DROPPED,
        reason,
        tuple(mentions),
    )


def _event_key(kind: EventType, actors: Sequence[str]) -> tuple[EventType, str, frozenset[str]]:
    """What makes two mentions of an article one event: the type, the states (and the first, where it matters)."""
    return kind, actors[0] if kind.directed and actors else "", frozenset(actors)


def _one_per_event(mentions: list[Mention]) -> list[Mention]:
    """The same event told twice in one article is one mention, at the most precise date given."""
    groups: dict[tuple[EventType, str, frozenset[str]], list[Mention]] = {}
    for m in mentions:
        groups.setdefault(_event_key(m.type, m.actors), []).append(m)
    out: list[Mention] = []
    for group in groups.values():
        clusters: list[list[Mention]] = []
        for m in sorted(group, key=_precision_key):
            for cluster in clusters:
                if _other_envoy(cluster[0], m):
                    continue  # one event per person and post: "X was appointed ...; Y presented his credentials"
                head = cluster[0].date
                if m.date is None or head is None or head.compatible(m.date) or _once(head, m):
                    cluster.append(m)
                    break
                if _one_envoy(cluster[0], m):  # appointed, then credentials: dated by the appointment
                    cluster.insert(0 if m.date.earliest < head.earliest else len(cluster), m)
                    break
            else:
                clusters.append([m])
        out += [cluster[0] for cluster in clusters]
    out.sort(key=lambda m: (m.start, m.type.slug))
    return out


#: At most this many characters between an envoy's appointment and the sentence right after it ("... in Athens. He
#: presented his credentials on June 16, 1868."), and at most this many days from the one to the other.
_NEXT_SENTENCE, _TO_CREDENTIALS = 12, 366


def _one_envoy(a: Mention, b: Mention) -> bool:
    """Two appointments of one pair are one envoy's, one event per person and post, when told in one stretch of
    text ("was appointed February 10, presented his credentials on March 14"), or in the sentence right after,
    naming no envoy of its own and within a year ("appointed Charles K. Tuckerman as its first Minister Resident
    in Athens. He presented his credentials on June 16, 1868")."""
    if a.type is not EventType.AMBASSADOR_APPOINTED:
        return False
    if a.start < b.end and b.start < a.end:
        return True
    first, then = sorted((a, b), key=lambda m: m.start)
    sender = then.actors[0]
    return (
        then.start - first.end <= _NEXT_SENTENCE
        and not any(p.state == sender for p in then.persons)
        and first.date is not None
        and then.date is not None
        and 0 <= (then.date.earliest - first.date.earliest).days <= _TO_CREDENTIALS
    )


def _other_envoy(a: Mention, b: Mention) -> bool:
    """Two appointments of one pair whose envoys the text names, by other names (surnames compared)."""
    if a.type is not EventType.AMBASSADOR_APPOINTED:
        return False
    names = [{p.name.split()[-1].casefold() for p in m.persons if p.state == m.actors[0]} for m in (a, b)]
    return all(names) and names[0].isdisjoint(names[1])


#: Dates of a pair's once-only event this many years apart are two events: the pair's relations under other states
#: ("established in 1905" with the Kingdom of Montenegro, "on August 15, 2006" with the republic).
_OTHER_STATES_YEARS = 20


def _once(head: PartialDate, m: Mention) -> bool:
    """``m`` is the same once-per-pair event as the cluster dated ``head``, whatever its own date says, unless the
    two lie decades apart."""
    assert m.date is not None
    return m.type.once_per_pair and abs(m.date.earliest.year - head.earliest.year) <= _OTHER_STATES_YEARS


def _precision_key(m: Mention) -> tuple[int, int]:
    if m.date is None:
        return (9, m.start)
    return (m.date.precision.rank, m.start)
