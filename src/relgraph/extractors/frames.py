"""Frames: how each kind of trigger assigns states to an event's roles.

A frame reads the trigger's sentence as :mod:`relgraph.extractors.reading`
prepared it (references with their prepositions, the subject, the pair under
discussion) and proposes :class:`Candidate` events. Frames are shared by the
languages: what differs between Arabic and English (word order, which
preposition marks a goal) is in the :class:`Site` helpers and the lexicons.
"""

from __future__ import annotations

from collections.abc import Callable

from relgraph.extractors.frames_envoys import envoy
from relgraph.extractors.frames_meetings import meet
from relgraph.extractors.frames_talks import mediate, negotiate, sign
from relgraph.extractors.frames_ties import expel, mission, recognize, relations
from relgraph.extractors.frames_visits import receive, travel
from relgraph.extractors.roles import Candidate
from relgraph.extractors.site import Site

__all__ = ["DISCOURSE_FRAMES", "FRAMES", "POSTED_FRAMES"]


#: The frames that may take states from the discourse (the pair under discussion); the others find every
#: actor in the trigger's sentence, so a sentence that names fewer than two states gives them nothing.
DISCOURSE_FRAMES = frozenset({"relations", "sign", "mediate", "envoy"})
#: The frames whose host may be the state a venue lies in: a mission posted to The Hague or Vienna is to the
#: Netherlands or Austria, though states meeting there meet in no state's capital.
POSTED_FRAMES = frozenset({"mission"})

FRAMES: dict[str, Callable[[Site], list[Candidate]]] = {
    "travel": travel,
    "receive": receive,
    "meet": meet,
    "relations": relations,
    "recognize": recognize,
    "mission": mission,
    "envoy": envoy,
    "expel": expel,
    "mediate": mediate,
    "negotiate": negotiate,
    "sign": sign,
}
