"""What became of each trigger, as ``relgraph extract --explain`` prints it: an event, merged into another
report of the same event, or dropped, and why."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from relgraph.extractors.language import TriggerSpec
from relgraph.extractors.reading import Reading
from relgraph.extractors.scanning import Hit
from relgraph.model import Mention

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
