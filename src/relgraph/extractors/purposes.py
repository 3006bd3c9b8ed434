"""Purposes: what a trigger's sentence says is meant, not done. A noun after a purpose prefix or a purpose light
noun ("لزيارة", "لعقد اجتماع"), an infinitive ("to hold talks", a headline's "X to visit Y"), the talks a journey is
for; and the phrases that instead presuppose the event held ("استكمالا لقمة", "in retaliation for the closure")."""

from __future__ import annotations

from relgraph.extractors.kinds import HitKind, Role
from relgraph.extractors.language import TriggerSpec
from relgraph.extractors.site import Site

_TALKS = ("meet", "negotiate")  # the frames of talks, which may have a topic ("talks on restoring ties")
_HEADLINE_SUBJECT = 6  # a headline's subject ends within this many words of its start ("Oman, Qatar FMs to")


def _object_lam(site: Site) -> bool:
    """The prefix marks the object of the verbal noun before the trigger, an event it presupposes held
    ("استكمالا لقمة", "تتويجا لزيارته"), not a purpose (``object_lam_heads``)."""
    before = site.reading.words_between(max(site.sentence[0], site.hit.word_start - 16), site.hit.word_start)[-1:]
    return not site.lang.words["object_lam_heads"].isdisjoint(before)


def _presupposed(site: Site) -> bool:
    """A phrase right before the noun presupposes its event done: "ردا على طرد دبلوماسيين" (in response to the
    expulsion), "in retaliation for the closure" (``presupposing``: no decision or plan before it reaches it)."""
    before = " ".join(site.reading.words_between(max(site.sentence[0], site.hit.word_start - 40), site.hit.word_start))
    return any(before.endswith(phrase) for phrase in site.lang.words["presupposing"])


def _purpose_light_noun(site: Site) -> bool:
    """Right before the noun, the verbal noun of a verb that holds, starts or completes an event, with a purpose
    prefix (``light_nouns``): "لعقد اجتماع", "لبدء مفاوضات", "لاستكمال المباحثات" tell what is meant to be."""
    words = site.reading.words_between(max(site.clause.start, site.hit.word_start - 30), site.hit.word_start)[-1:]
    nouns, prefixes = site.lang.words["light_nouns"], site.lang.words["purpose_prefixes"]
    return any(w.startswith(p) and w[len(p) :] in nouns for w in words for p in prefixes)


def _headline_infinitive(site: Site) -> bool:
    """ "to" (the language's ``infinitive_markers``) + the trigger right after the sentence's subject, with nothing
    before that subject but a few words: "The Foreign Minister of Oman to visit Iran" (not "prompting Beijing to
    sever", "the first to renew")."""
    reading, start, markers = site.reading, site.hit.start, site.lang.words["infinitive_markers"]
    before = reading.words_between(max(site.sentence[0], start - 40), start)[-4:]
    at = next((i for i, word in enumerate(before) if word in markers), None)
    if at is None:
        return False
    verb = [*before[at + 1 :], *reading.low[start : site.hit.end].split()][0]
    if verb not in site.lang.base_verbs | site.lang.words["light_verbs"]:
        return False  # "a visit to Cairo": no infinitive; "to visit", "to hold (formal) talks": one
    refs = reading.actors_in(site.sentence[0], start)
    after = reading.words_between(refs[-1].end, start)[:1] if refs else []
    return (
        bool(refs)
        and reading.words.within(site.sentence[0], refs[0].start, 1)  # "It prompted China to sever": no headline
        and reading.distance(site.sentence[0], refs[-1].start) <= _HEADLINE_SUBJECT  # "..., prompting Beijing to"
        and bool(after)
        and after[0] in markers
    )  # the subject, then "to" and its verb


def _travel_purpose(site: Site) -> bool:
    """Talks a journey is for: "arrived in Moscow for talks with Soviet leaders", "would leave for Washington ... and
    for talks with U.S. officials" (a "for" a word or two before the noun, a verb of travel before it in its
    clause): what the traveller means to do, not a report of it."""
    reading, hit = site.reading, site.hit
    if site.spec.frame not in _TALKS or site.spec.word_class != "noun":
        return False
    preps = reading.cues_in(max(site.clause.start, hit.word_start - 24), hit.word_start, HitKind.PREP)
    cue = preps[-1] if preps else None
    if cue is None or cue.entry.value != Role.FOR or not site.within(cue.end, hit.word_start, 1):
        return False
    return any(
        isinstance(spec := t.entry.value, TriggerSpec) and spec.frame == "travel" and spec.word_class == "verb"
        for t in reading.triggers_in(site.clause.start, cue.start)
    )


def _infinitive_light_verb(site: Site) -> bool:
    """A light verb in the infinitive, the trigger's own or a word or two before its noun ("to hold talks", "to pay
    an official visit", "to attend a meeting"): the purpose of what is told, not a report of it."""
    reading, hit = site.reading, site.hit
    words = reading.words_between(max(site.sentence[0], hit.start - 40), hit.word_start)[-4:]
    words += reading.words_between(hit.word_start, hit.end)[:1]  # "hold talks", the trigger's own light verb
    markers, light = site.lang.words["infinitive_markers"], site.lang.words["light_verbs"]
    return any(words[i] in markers and words[i + 1] in light for i in range(len(words) - 1))
