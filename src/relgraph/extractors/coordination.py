"""Verbs joined by "و" in a sentence that opens with an official: the subject they share.

A king's or a president's day is told as one sentence of verbs joined by "و", the subject written once:
"خادم الحرمين الشريفين يهنئ أمير الكويت ...، ويستقبل ..." or, verb first, "هنأ خادم الحرمين الشريفين رئيس
غانا ...، وعقد جلسة مباحثات مع ...". Each later verb's subject is that official, not the object of the verb
before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from relgraph.extractors.cues import unconjoined
from relgraph.extractors.kinds import PEOPLE, RefKind, Role
from relgraph.extractors.language import TriggerSpec
from relgraph.extractors.positions import _next_word
from relgraph.extractors.reading import ActorRef, Reading, conjoined
from relgraph.extractors.scanning import Hit

__all__ = ["shared_subject"]


def shared_subject(
    reading: Reading, hit: Hit, spec: TriggerSpec, sentence: tuple[int, int], skip: Sequence[ActorRef]
) -> ActorRef | None:
    """The official the sentence opens with, for a verb joined by "و" to its first verb (or a noun whose verb right
    before it is: "..., وعقد جلسة مباحثات"); ``None`` where the trigger is no such verb."""
    lang = reading.lang
    verb = hit.prefix
    if spec.word_class != "verb":
        before = reading.words_between(max(sentence[0], hit.word_start - 16), hit.word_start)
        verb = before[-1] if before and not hit.prefix else ""
    if not (lang.verb_first and unconjoined(lang, verb) != verb):
        return None
    first = next(iter(reading.actors_in(sentence[0], hit.start)), None)
    if first is None or not first.codes or first.cue or first in skip or not _agent_kind(reading, first, sentence):
        return None
    # The sentence opens with him, after nothing but its date: "وفي يوم الثلاثاء 24 فبراير، خادم الحرمين"; or with
    # the first verb, him and its object (VSO): "وفي يوم الثلاثاء هنأ خادم الحرمين رئيس غانا ..., وعقد ..."
    dated = {w for d in reading.dates_in(sentence) for w in reading.words_between(d.start, d.end)}
    opening = [
        w
        for w in reading.words_between(sentence[0], first.start)
        if w not in dated and w not in lang.words["topic_openers"]
    ]
    if len(opening) > 1:
        return None
    if not lang.words["complementizers"].isdisjoint(reading.words_between(first.end, hit.start)):
        return None  # "قال إن الوزراء يركزون على ... وبحث ...": the reported clause's own
    if opening and not _object_after(reading, first, hit.start):
        # "هنأ رئيس كازاخستان بمناسبة ...، وعقد جلسة مباحثات مع ملك المغرب": the official after the first verb, with
        # its ب-complement, is its object, the subject dropped; the verb joined to it shares that dropped subject
        occasion = reading.lang.proclitic(_next_word(reading.low, first.end)[:1]) == Role.BY
        return first.resolved((), first.kind) if occasion else None
    return first if opening or reading.distance(first.end, hit.start) > 2 else None


def _agent_kind(reading: Reading, first: ActorRef, sentence: tuple[int, int]) -> bool:
    """``first`` can be the subject a sentence's verbs share: an official, or a state's name that opens the sentence
    and its verb right after it ("البحرين تستنكر تصريحات إيران وتستدعي سفيرها"), not one set off ("مصر، قال ...")."""
    if first.kind in PEOPLE:
        return True
    opens = not reading.words_between(sentence[0], first.start)
    return first.kind == RefKind.NAME and opens and reading.low[first.end : first.end + 1] == " "


def _object_after(reading: Reading, subject: ActorRef, end: int) -> bool:
    """A person right after ``subject`` and not listed with it: its verb's object; without one, ``subject`` is itself
    the object of a verb whose subject was dropped ("هنأ الرئيس الباكستاني بذكرى ..., واستقبل ...")."""
    after = next(iter(reading.actors_in(subject.end, end)), None)
    return (
        after is not None
        and after.kind in PEOPLE
        and reading.distance(subject.end, after.start) <= 1
        and not conjoined(reading.lang, reading.words, subject.end, after.start)
    )
