"""Frames: how each kind of trigger assigns states to an event's roles.

A frame reads the trigger's sentence as :mod:`relgraph.extractors.reading`
prepared it (references with their prepositions, the subject, the pair under
discussion) and proposes :class:`Candidate` events. Frames are shared by the
languages: what differs between Arabic and English (word order, which
preposition marks a goal) is in the :class:`Site` helpers and the lexicons.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import pairwise
from typing import NamedTuple

from relgraph.extractors.language import TriggerSpec
from relgraph.extractors.reading import ActorRef, Reading, conjoined
from relgraph.extractors.scanning import Hit
from relgraph.model import EventType

__all__ = ["DISCOURSE_FRAMES", "FRAMES", "Candidate", "Site", "distributed"]


class Candidate(NamedTuple):
    """An event a frame proposes: type, actors in role order, the place, and the references it used.

    A named tuple, like the references it holds: one is made for nearly every trigger.
    """

    type: EventType
    actors: tuple[str, ...]
    place: ActorRef | None
    used: tuple[ActorRef, ...]
    confidence: float = 0.8


_PEOPLE = ("official", "person", "office")  # references to people acting for a state
_PLACES = ("capital", "city", "venue")  # references that can say where an event happened
_RELATIONS_REACH = 4  # words from a relations noun to the pair "between" ("resumption of diplomatic relations between")
_TOPIC_CUES = ("about", "on")  # prepositions (and modal cues) that open the topic of talks
_GOAL_WORDS = 8  # at most this many words between a travel trigger (or its traveller after it) and its destination
_OBJECT_WORDS = 4  # at most this many words between a verb and the noun that is its object
_COMPLEMENT_WORDS = 8  # at most this many words from a verb to the preposition of its complement (past its object)
_MODIFIER_WORDS = 5  # at most this many words between a preposition and its noun ("as the first U.S. minister")
_AGENT_WORDS = (3, 6)  # at most this many words between a verb (a noun) and its agent ("by Iceland")
_GOAL_CUES = {"to": ("to", "for"), "object": ("",), "in": ("in", "by"), "with": ("with", "by"), "for": ("for",)}


class Site:
    """A trigger in its sentence, with the helpers frames use to find roles."""

    def __init__(self, reading: Reading, hit: Hit, spec: TriggerSpec, sentence: tuple[int, int] | None = None) -> None:
        self.r = reading
        self.hit = hit
        self.spec = spec
        self.lang = reading.lang
        self.sentence = reading.sentence_of(hit.start) if sentence is None else sentence
        self.clause = reading.clause_of(hit.start)
        # The references that name states, and every state the sentence names.
        self.refs, self.named = reading.named_in(self.sentence)
        self._subject: list[ActorRef | None] = []  # subject() without skips, once found
        self._after: Sequence[ActorRef] | None = None  # after() to the end of the sentence, once found

    # -- positions -------------------------------------------------------------

    def after(self, limit: int | None = None) -> Sequence[ActorRef]:
        """The references after the trigger, in its sentence (to ``limit``)."""
        if limit is None:
            if self._after is None:
                self._after = self.after(self.sentence[1])
            return self._after
        end = self.hit.end
        return tuple(a for a in self.refs if end <= a.start < limit)

    def before(self) -> list[ActorRef]:
        return [a for a in reversed(self.refs) if a.end <= self.hit.start]

    def within(self, a: int, b: int, n: int) -> bool:
        """Whether at most ``n`` words lie between ``a`` and ``b``."""
        return self.r.words.within(a, b, n)

    # -- roles -----------------------------------------------------------------

    def subject(self, skip: Sequence[ActorRef] = ()) -> ActorRef | None:
        """The agent of the trigger.

        Where the verb comes first (Arabic VSO), a reference right after it, unless
        the verb takes its host or guest as a bare object ("زار موسكو") and nothing
        says the reference is the agent (a person, or a second bare reference); a
        passive's agent ("by Syria"); the owner of a possessive ("زيارته", "its
        embassy"); else the nearest bare reference before, skipping the object of
        an earlier verb ("X recognized Y and established relations"). After a
        relative pronoun ("الذي يزور السودان", "which had recognized") the agent
        is the antecedent, before the trigger. Where modifiers come first, a noun's
        possessor or adjective ("Sadat's visit", "the Qatari mediation"). References
        in ``skip`` (the frame's other roles) are never the subject; nor is a state
        further back than an office in the clause that the text gives no state.
        """
        if not skip and self._subject:
            return self._subject[0]
        found = self._find_subject(skip)
        if not skip:
            self._subject.append(found)
        return found

    def _find_subject(self, skip: Sequence[ActorRef]) -> ActorRef | None:
        words, hit_end, lists, after = self.r.words, self.hit.end, self.lang.words, self.after()
        agentive = [a for a in after if a.agentive and words.within(hit_end, a.start, 3) and a not in skip]
        word_start = self.hit.word_start
        previous = words.between(max(self.sentence[0], word_start - 24), word_start)
        while previous and previous[-1] in lists["auxiliaries"]:
            previous.pop()
        # After a relative pronoun the antecedent is the agent ("الذي زار القاهرة"), unless a pronoun on the verb
        # stands for it as the object, when the agent follows: "الاتفاق الذي أبرمته إيران مع ...".
        resumptive = self.spec.word_class == "verb" and self.pronoun_suffix()
        relative = bool(previous) and previous[-1] in lists["relatives"] and not resumptive
        # VSO, or VOS past a prepositional object, a state's name counting as one word: "اعترف بالجبل الأسود كل
        # من آيسلندا".
        first = next((a for a in agentive if not a.cue), None)
        if first is None and agentive and self.lang.verb_first:
            first = next((a for a in after if a.agentive and not a.cue and a not in skip
                          and words.within(hit_end, a.start, 6) and self.r.distance(hit_end, a.start) <= 3), None)
        if self.lang.verb_first and first is not None and not relative:
            takes_object = "object" in (*self.spec.param("goal"), *self.spec.param("guest"))
            if self.spec.word_class == "verb":
                # VOS: the host first, the official who went after it ("زار السودان وزير الخارجية المصري").
                official = next((a for a in after if a.start > first.start and not a.cue and a.kind in _PEOPLE
                                 and a.codes and a not in skip and words.within(first.end, a.start, 1)), None)
                if takes_object and first.kind not in _PEOPLE and official is not None:
                    return official
                # Unless the verb takes its host or guest as a bare object and nothing says it is the agent.
                if first.kind in _PEOPLE or not takes_object or any(
                        not a.cue and a.start > first.start and words.within(first.end, a.start, 3)
                        and not conjoined(self.lang, words, prev.end, a.start)  # "زار اليمن والسودان": objects
                        for prev, a in pairwise(after)):
                    return first
            elif self.spec.word_class == "noun" and words.within(hit_end, first.start, 0) and first.kind in (
                    *_PEOPLE, *(() if takes_object else ("name", "capital", "group"))):
                return first  # "زيارة الرئيس": the president's visit; "زيارة موناكو": a visit to Monaco
        reach = _AGENT_WORDS[self.spec.word_class == "noun"]  # "the signing of the Oslo Accords by Israel"
        agent = next((a for a in after if a.cue == "agent" and a.start < self.clause.end and a not in skip
                      and self.r.distance(hit_end, a.start) <= reach  # a state's name counts as one word
                      and not self.trigger_between(a.start)), None)
        if agent is not None:
            return agent
        if self._possessive():
            # "During his visit to Ankara, the Iraqi prime minister ...": with nobody before, the official after.
            owner = self._owner_before() or next(
                (a for a in self.after() if a.kind in _PEOPLE and a.codes and a not in skip), None)
            intransitive = "object" not in (*self.spec.param("goal"), *self.spec.param("guest"))
            if owner is not None or self.spec.word_class == "noun" or intransitive:
                return owner  # "أثناء توجهه إلى دبي" (a verbal noun): whoever "he" is, not a place named before
        controller = self._controller()
        if controller is not None and controller not in skip:
            return controller
        fronted = self._fronted_participle(skip)
        if fronted is not None:
            return fronted
        everyone = reversed(self.r.actors_in(self.sentence[0], self.hit.start))
        bare = (a for a in everyone if a.agentive and (a.cue in ("", "as") or self._absolute(a)) and a.kind != "topic"
                and a not in skip and a.end <= self.hit.start)
        after_comma = self.r.low[max(self.sentence[0], word_start - 3) : word_start].rstrip().endswith(",")
        for a in bare:
            if not self._absolute(a) and (self._object_of_verb(a) or (after_comma and self._in_relative(a))):
                continue
            if a.codes:
                return a
            if a.start >= self.clause.start:
                # An office in the clause that the text gives no state ("Secretary-General Guterres met ...") is
                # the subject all the same: no state further back is.
                return None
        if self.lang.modifiers_first and self.spec.word_class == "noun":
            # "Sadat's visit", "the Qatari mediation": a possessive or adjective right before the noun.
            for a in self.before():
                if self.within(a.end, self.hit.start, 1) and "/" not in self.r.low[a.end : self.hit.start]:
                    return a  # not across a slash: "Relations with PRC/Termination of Relations with ..."
        return None

    def _fronted_participle(self, skip: Sequence[ActorRef]) -> ActorRef | None:
        """A participle that opens its sentence, alone or after a preposition, has the subject of the clause after
        its comma: "After recognizing Mexico in 1822, the United States ...", "Meeting in Moscow, the Italian and
        Russian leaders said ..." (where modifiers come first; no state before it)."""
        if not self.lang.modifiers_first or self.spec.word_class != "verb" or not self.progressive():
            return None
        before = self.r.words_between(self.sentence[0], self.hit.word_start)
        if len(before) > 2 or self.r.actors_in(self.sentence[0], self.hit.start) or "\n" in self.r.low[
                self.sentence[0] : self.hit.start]:
            return None
        low, prev_end = self.r.low, self.hit.end
        for a in self.r.actors_in(self.hit.end, self.sentence[1]):
            # the participle's own list of objects goes on with "and", or with a comma after the next one too
            in_list = prev_end > self.hit.end and (self._conjunction(prev_end, a.start) or (
                low[a.end : a.end + 2].lstrip()[:1] == "," or self._conjunction(a.end, a.end + 6)))
            if "," in low[prev_end : a.start] and not in_list:
                return a if a.agentive and a.codes and not a.cue and a not in skip else None
            prev_end = a.end
        return None

    def _absolute(self, ref: ActorRef) -> bool:
        """``ref`` is the subject of an absolute construction: "with" it, then the trigger's participle right after
        ("with the minister visiting Tehran on Saturday")."""
        return ref.cue == "with" and self.within(ref.end, self.hit.start, 0) and self.progressive()

    def progressive(self) -> bool:
        """The trigger's verb is a present participle ("visiting", "is welcoming"): the language's
        ``progressive_endings``."""
        verb = self.r.low[self.hit.word_start : self.hit.end].split(" ")[0]
        return verb.endswith(tuple(self.lang.words.get("progressive_endings", ())))

    def _controller(self) -> ActorRef | None:
        """The subject of an infinitive that a noun governs is the noun's possessor: "the decision of Egypt to
        restore", "a move by Chile to recognise" (the reference with "of" or "by" right before "to")."""
        if self.lang.verb_first or self.spec.word_class != "verb":
            return None
        ref = next(iter(self.before()), None)
        if ref is None or not ref.codes or self.r.words_between(ref.end, self.hit.start) != ["to"]:
            return None
        marker = self.r.words_between(max(self.sentence[0], ref.start - 8), ref.start)[-1:]
        return ref if marker in (["of"], ["by"]) else None

    def _in_relative(self, ref: ActorRef) -> bool:
        """``ref``, before a trigger that follows a comma, is inside a relative clause set off by commas: "Bahrain,
        which accused Iran of meddling, severed ties" (Iran is not the subject)."""
        low = self.r.low
        opened = low.rfind(",", self.sentence[0], ref.start)
        first = self.r.words_between(opened + 1, ref.start)[:1] if opened >= 0 else []
        return not self.lang.words["relatives"].isdisjoint(first)

    def subjects(self) -> list[ActorRef]:
        """The subject and the references coordinated with it ("Riyadh and Cairo renewed ..."), in text order.

        The run may hold an office no state was found for ("President Obama and
        Cuban President Castro"): :meth:`discourse` fills it.
        """
        subject = self.subject()
        if subject is None:
            return []
        run = [subject]
        for a in self.r.actors_from(self.sentence[0], subject.start, backwards=True):
            if a.cue != subject.cue or a.kind == "topic" or not conjoined(self.lang, self.r.words, a.end, run[0].start):
                break
            if len(run) == 1 and self.r.low[a.end : subject.start].strip().startswith(",") and not self._conjunction(
                    a.end, subject.start) and not self.within(self.sentence[0], a.start, 1):
                break  # a list ends with "and": "Before visiting Israel, Mr Blair made ..." is no list (but "EGYPT,
                # JORDAN SIGN ACCORD", a headline's list, opens its line)
            run.insert(0, a)
        if subject.start >= self.hit.end:  # VSO "قطعت السعودية والبحرين العلاقات"; "signed by X and Y"
            for a in self.r.actors_from(subject.end, self.sentence[1]):
                if a.kind == "topic" or not conjoined(self.lang, self.r.words, run[-1].end, a.start):
                    break
                run.append(a)
        return run

    def _conjunction(self, end: int, start: int) -> bool:
        """Whether a conjunction joins ``low[:end]`` and ``low[start:]``: a word between ("and") or a proclitic on
        the second ("وروسيا")."""
        words = self.r.words
        return any(self.lang.has("conjunctions", w) for w in words.between(end, start)) or self.lang.has(
            "conjunctions", words.low[start : start + 1])

    def reciprocal(self) -> bool:
        """A reciprocal pronoun is the trigger's object ("recognised each other", "اعترفتا ببعضهما"), not a
        word further on ("went to war against each other")."""
        found = self.lang.pattern("reciprocals").search(self.r.low, self.hit.end, self.clause.end)
        return found is not None and self.r.bare_words(self.hit.end, found.start()) <= 1  # a clitic, a VSO subject

    def adjacent_subject(self, ref: ActorRef) -> bool:
        """``ref`` is the verb's own subject: right after it (VSO) or right before it (SVO), with at most one
        word between that is no honorific and no date ("وصل صاحب السمو الأمير", "وصل أمس وزير الخارجية")."""
        a, b = (self.hit.end, ref.start) if ref.start >= self.hit.end else (ref.end, self.hit.start)
        if b - a > 200:
            return False
        words = self.r.bare_undated(a, b, self.sentence)
        words -= sum(self.r.words.count(h.start - len(h.prefix), h.end) for h in self.r.cues_in(a, b, "honorific"))
        # A name may come before the office that says whose it is: "توجه سيغمار غابريال، وزير الاقتصاد الألماني".
        return words <= (3 if ref.kind == "official" and ref.start >= self.hit.end else 1)

    def talks_stated(self) -> bool:
        """The sentence says that talks took place ("held talks", "بحث", "discussed"): a reception is a meeting
        only then (``corpus/ANNOTATION.md``)."""
        talks = any(isinstance(t.entry.value, TriggerSpec) and t.entry.value.frame in ("meet", "negotiate")
                    for t in self.r.triggers_in(*self.sentence) if t is not self.hit)
        return talks or any(c.entry.value == "topic" for c in self.r.cues_in(*self.sentence, "modal"))

    def relative_between(self, end: int, words: str = "relatives") -> bool:
        """A relative pronoun lies between the trigger and ``end``: what follows it describes a noun, and is no
        argument of the trigger ("met members of the council, which comprises Oman and Qatar"); with ``words``
        "complementizers", a reported clause ("في زيارة رسمية، إن الرئيس ... إيران")."""
        return not self.lang.words[words].isdisjoint(self.r.words_between(self.hit.end, end))

    def trigger_between(self, end: int) -> bool:
        """Another trigger lies between this one and ``end`` ("talks, mediated by Oman": Oman is the mediator's)."""
        return bool(self.r.triggers_in(self.hit.end, end))

    def _object_of_verb(self, ref: ActorRef) -> bool:
        """``ref`` is the bare object of an earlier verb trigger in the clause ("recognized Kosovo")."""
        if self.lang.verb_first:
            return False
        for t in self.r.triggers_in(self.clause.start, ref.start):
            spec = t.entry.value
            if (t.end <= ref.start and t is not self.hit and isinstance(spec, TriggerSpec) and spec.word_class == "verb"
                    and self.within(t.end, ref.start, 3) and not any(t.end <= a.start < ref.start for a in self.refs)):
                return True
        return False

    def _possessive(self) -> bool:
        return self.pronoun_suffix() or self.possessed(self.hit.start)

    def pronoun_suffix(self) -> bool:
        """The trigger carries a pronoun suffix: its possessor on a noun (زيارته), its object on a verb (أبرمته)."""
        return self.hit.suffix in self.lang.words.get("possessive_suffixes", ())

    def possessed(self, start: int) -> bool:
        """A possessive word ("its", "their") is one of the two words before ``start``."""
        before = self.r.words_between(max(self.sentence[0], start - 24), start)[-2:]
        return not self.lang.words["possessives"].isdisjoint(before)

    def owned(self, start: int, end: int) -> bool:
        """The noun at ``start:end`` has a possessive suffix ("سفارتها") or word before it ("its embassy")."""
        suffixes = tuple(self.lang.words.get("possessive_suffixes", ()))
        return (bool(suffixes) and self.r.low[start:end].endswith(suffixes)) or self.possessed(start)

    def _owner_before(self) -> ActorRef | None:
        """Whose "his"/"its" this is: the nearest official or person, else the nearest state named (not a place:
        "القبض عليه بمطار الرياض أثناء توجهه إلى دبي", "قال الوزير في الرياض إن زيارته")."""
        before = [a for a in self.before() if a.agentive and a.kind not in ("topic", "capital", "city", "venue")]
        people = [a for a in before if a.kind in _PEOPLE]
        return next(iter(people or before), None)

    def with_cue(self, cues: Iterable[str], refs: Sequence[ActorRef] | None = None) -> list[ActorRef]:
        wanted = tuple(cues)
        return [a for a in (self.after() if refs is None else refs) if a.cue in wanted]

    def between(self) -> list[ActorRef]:
        return [a for a in self.refs if a.cue == "between"]

    def pair(self) -> tuple[str, ...]:
        for a in self.refs:
            if a.kind == "pair" and a.codes:
                return a.codes
        return ()

    def place(self) -> ActorRef | None:
        for a in self.r.actors_in(self.clause.start, self.clause.end):
            if a.kind in _PLACES and a.cue in ("in", "with", "to", "at"):
                return a
        return None

    def topic_start(self) -> int | None:
        """Where a topic right after the trigger begins: "on", "about", "بشأن" with another trigger a word or two
        on ("talks on restoring ties", "محادثات بشأن إعادة العلاقات"). The states after it are the topic's ("ties
        between Iran and Egypt"), not the trigger's; "talks on the sidelines", "talks on Monday" have none."""
        hit, r = self.hit, self.r
        cue = next((c for c in r.cues_in(hit.end, hit.end + 24) if c.entry.kind in ("prep", "modal")), None)
        if (cue is None or str(cue.entry.value) not in _TOPIC_CUES or not self.within(hit.end, cue.start, 0)
                or not any(self.within(cue.end, t.start, 1) for t in r.triggers_in(cue.end, cue.end + 40))):
            return None
        return cue.start

    def governed_by(self, param: str) -> bool:
        """A verb of the trigger's ``param`` list is one of the three words before the noun: "hosts" ("Qatar
        hosted the talks", "استضافت قطر المحادثات": the subject hosts the others' talks, no party to them),
        "stops" ("suspended talks with", "علقت مصر المحادثات": no talks held)."""
        if self.spec.word_class != "noun":
            return False
        verbs = self.spec.param(param)
        before = self.r.words_between(max(self.clause.start, self.hit.start - 40), self.hit.start)[-3:]
        return bool(verbs) and not set(verbs).isdisjoint(before)

    def parties(self, refs: Iterable[ActorRef]) -> list[ActorRef]:
        """``refs`` without a host's subjects and the states of a topic after the trigger."""
        topic = self.topic_start()
        hosts = self.subjects() if self.governed_by("hosts") else ()
        return [a for a in refs if a not in hosts and (topic is None or a.start < topic)]

    def qualifies(self, ref: ActorRef) -> bool:
        """An adjective ``ref`` qualifies the trigger ("Saudi-Iranian talks", "المحادثات السعودية الإيرانية") or a
        minister's or a leader's office a word or two before it ("الرئيسين التركي والسوري"), not another noun
        ("Saudi and Iraqi experts")."""
        hit = self.hit
        beside = self.within(ref.end, hit.start, 1) if ref.end <= hit.start else self.within(hit.end, ref.start, 1)
        return (beside
                or any(c.entry.value in ("head", "minister") and self.within(c.end, ref.start, 2)
                       for c in self.r.cues_in(max(self.clause.start, ref.start - 40), ref.start, "office")))

    def traveller_of(self) -> ActorRef | None:
        """The official a travel noun names with "of" right after it ("the visit of the Chinese president to
        Egypt"), or with ل a little further on ("زيارة إلى واشنطن لوزير خارجية كوبي": a Cuban minister's visit)."""
        if self.spec.word_class != "noun":
            return None
        return next((a for a in self.after() if a.kind in _PEOPLE and a.level != "envoy" and a.codes and (
            (a.cue == "of" and self.within(self.hit.end, a.start, 2))
            or (a.cue == "for" and self.r.distance(self.hit.end, a.start) <= 4 and not self.trigger_between(a.start)
                and not self._possessive()))  # "زيارته للرئيس": his visit to the president
        ), None)

    def staff(self, ref: ActorRef) -> bool:
        """``ref`` is a body below minister level: officials, a delegation, a parliament (``staff_nouns``)."""
        return (ref.level == "body"
                and self.lang.pattern("staff_nouns").search(self.r.low, ref.start, ref.end) is not None)

    def civilian(self, ref: ActorRef) -> bool:
        """``ref`` names whose people, not a state acting: "Kuwaiti athletes", "Egypt's national team", "منتخب
        مصر", "الرياضيين الكويتيين" (the language's ``civilians_after`` / ``civilians_before`` patterns)."""
        low = self.r.low
        return (self.lang.pattern("civilians_after").match(low, ref.end) is not None
                or self.lang.pattern("civilians_before").search(low, max(0, ref.start - 40), ref.start) is not None)

    def indirect(self) -> bool:
        return bool(self.r.cues_in(self.sentence[0], self.sentence[1], "contact"))

    def nearest_match(self, pattern: re.Pattern[str]) -> tuple[int, int] | None:
        """The occurrence of ``pattern`` nearest to the trigger within the clause (then the sentence)."""
        for lo, hi in ((self.clause.start, self.clause.end), self.sentence):
            found = [(m.start(), m.end()) for m in pattern.finditer(self.r.low, lo, hi)]
            if found:
                return min(found, key=lambda s: abs(s[0] - self.hit.start))
        return None

    def argument(self, pattern: re.Pattern[str], complement: bool = False) -> tuple[int, int] | None:
        """The noun matching ``pattern`` that the trigger is about.

        Where the subject precedes a verb, a passive verb's ("the embassy was
        reopened", "which was reopened") is before it; an active verb's is its object
        (after it, with no preposition between but those of the ``through`` param:
        "raised ... to embassy status"), else its subject ("the embassy reopened").
        Otherwise the nearest occurrence. A ``complement`` is after the verb, never its subject: "the
        consulate was raised to an embassy", not "the embassy was turned into a consulate".
        """
        if self.lang.verb_first or self.spec.word_class != "verb":
            return self.nearest_match(pattern)
        low, (s_lo, s_hi) = self.r.low, self.sentence
        before = [] if complement else [(m.start(), m.end()) for m in pattern.finditer(low, s_lo, self.hit.start)]
        if self.passive() and before:
            return before[-1]  # else its complement: "was appointed as Britain's ambassador"
        through = self.spec.param("through")
        for m in pattern.finditer(low, self.hit.end, s_hi):
            preps = self._untimed(self.r.cues_in(self.hit.end, m.start(), "prep"))
            if complement:  # after the object and its own phrases: "converted its consulate in Quito to an embassy"
                if self._complement(preps, m.start()):
                    return m.start(), m.end()
                continue
            if (not preps and self.within(self.hit.end, m.start(), _OBJECT_WORDS)) or (
                    preps and all(c.entry.value in through for c in preps)
                    and self.within(self.hit.end, preps[0].start, _OBJECT_WORDS + 1)
                    and self.within(preps[-1].end, m.start(), _MODIFIER_WORDS)):  # "as its first ambassador"
                return m.start(), m.end()
            break
        in_clause = [b for b in before if b[0] >= self.clause.start]
        return in_clause[-1] if in_clause else None

    def _untimed(self, preps: list[Hit]) -> list[Hit]:
        """``preps`` but those that open a time expression ("was reappointed in 1911 as minister")."""
        dates = self.r.dates_in(self.sentence)
        return [c for c in preps if not any(self.within(c.end, d.start, 0) for d in dates if d.start >= c.end)]

    def _complement(self, preps: Sequence[Hit], start: int) -> bool:
        """Whether the noun at ``start`` is governed by the first preposition of the ``through`` param, with only
        others of it after that one ("raised to the rank of embassy"), close enough to the verb and its object."""
        through = self.spec.param("through")
        at = next((i for i, c in enumerate(preps) if c.entry.value == through[0]), None) if through else None
        return at is not None and all(c.entry.value in through for c in preps[at:]) and self.within(
            self.hit.end, preps[at].start, _COMPLEMENT_WORDS) and self.within(preps[-1].end, start, _MODIFIER_WORDS)

    def impersonal(self) -> bool:
        """An impersonal passive governs the noun ("تم بحث الشأن السوري", it was discussed): the noun has no agent,
        and the states after it are what was discussed, unless "between" or "with" says otherwise."""
        return any(  # a verb of the same letters (بحث) is read as its verbal noun here
            self.within(c.end, self.hit.word_start, 0) for c in self.r.cues_in(
                max(self.sentence[0], self.hit.word_start - 12), self.hit.word_start, "impersonal"))

    def passive(self) -> bool:
        """A passive marker is one of the two words before the trigger ("was recalled", "were restored")."""
        before = self.r.words_between(max(self.sentence[0], self.hit.start - 24), self.hit.start)[-2:]
        return not self.progressive() and not self.lang.words["passive_markers"].isdisjoint(before)  # "is welcoming"

    def discourse(self, codes: Sequence[str], subjects: Sequence[ActorRef]) -> list[str]:
        """``codes`` completed with the pair under discussion, when the subject is missing or unnamed.

        Only where every state the sentence names (if any) belongs to that pair:
        "Diplomatic relations and the American Embassy in Damascus were
        reestablished" in an article about Syria and the United States.
        """
        pair = self.r.pair_at(self.hit.start)
        open_subject = not _codes(subjects) or any(not a.codes for a in subjects)
        if pair and open_subject and self.named <= set(pair):
            return _codes_list(codes, pair)
        return list(codes)



def _implicit(site: Site, start: int, end: int) -> ActorRef:
    """The state whose own record the article is, standing at ``start:end`` (the noun it owns)."""
    return ActorRef(start, end, (site.r.recorder or "",), "name")


def distributed(site: Site, candidates: list[Candidate]) -> list[Candidate]:
    """Lists distributed over a directed event: one event per state of a coordinated subject ("Saudi Arabia and
    Egypt recalled their ambassadors", "أغلقت فرنسا وإيطاليا سفاراتيهما"), and both directions where the subjects act
    on each other ("Israel and Jordan recognised each other", "اعترفتا ببعضهما")."""
    if not site.spec.type.directed:
        return candidates
    subjects = [c for c in _codes(site.subjects()) if c]
    reciprocal = len(subjects) == 2 and site.reciprocal()
    if reciprocal and not candidates:
        return [Candidate(site.spec.type, (a, b), None, tuple(site.subjects())) for a, b in
                (subjects, subjects[::-1])]
    out: list[Candidate] = []
    for c in _objects_distributed(site, candidates):
        rest = c.actors[1:]
        if len(subjects) < 2 or c.actors[0] not in subjects or (set(rest) & set(subjects) and not reciprocal):
            out.append(c)
            continue
        pairs = [(a, b) for a in subjects for b in subjects if a != b] if reciprocal else [(a, *rest) for a in
                                                                                             subjects]
        out += [c._replace(actors=tuple(p)) for p in pairs]
    return list(dict.fromkeys(out))


def _objects_distributed(site: Site, candidates: list[Candidate]) -> Iterator[Candidate]:
    """One event per state of a coordinated object after the trigger: "Ghana recognised Togo and Benin"."""
    for c in candidates:
        yield c
        if len(c.actors) != 2:
            continue
        obj = next((a for a in c.used if a.start >= site.hit.end and a.codes[:1] == c.actors[1:]), None)
        if obj is None:
            continue
        run = [a for a in _run_around(site, obj) if a.start >= site.hit.end and a.kind not in ("topic", "group")
               and len(a.codes) == 1]  # a group ("دول الخليج") is one object: its members go together
        for code in _codes(run):
            if code not in c.actors:
                yield c._replace(actors=(c.actors[0], code))


def _codes(refs: Iterable[ActorRef]) -> list[str]:
    return list(dict.fromkeys(c for a in refs for c in a.codes))


def _cand(site: Site, etype: EventType, actors: Sequence[str], used: Iterable[ActorRef],
          place: ActorRef | None = None, confidence: float = 0.8) -> list[Candidate]:
    distinct = tuple(dict.fromkeys(a for a in actors if a))
    if len(distinct) < 2:
        return []
    return [Candidate(etype, distinct, place, tuple(used), confidence)]


# -- frames ------------------------------------------------------------------------


def travel(site: Site) -> list[Candidate]:
    side = site.spec.param("adjacent")  # "the visiting Indian prime minister", "الرئيس الفرنسي الزائر"
    if side == ("after",):
        near = [a for a in site.after() if site.within(site.hit.end, a.start, 1)]
    elif side:
        near = [a for a in site.before() if site.within(a.end, site.hit.start, 1)]
    visitor = next((a for a in near if a.kind in _PEOPLE and a.codes), None) if side else (
        site.traveller_of() or site.subject())
    if visitor is None or visitor.level == "envoy" or site.civilian(visitor) or not _travels(site, visitor):
        return []  # an ambassador going to his post, a team on tour, a city's fame or a tourist's Monaco: no visit
    if site.lang.verb_first and site.spec.word_class == "verb" and not site.adjacent_subject(visitor):
        return []  # "وصلت طائرة سعودية", "والرسالة وصلت": something else arrived
    kinds = site.spec.param("visitor")
    if kinds and visitor.kind not in kinds:
        return []  # "left Kabul": a person leaving a place he visited, not a state leaving a country
    cues = [c for g in site.spec.param("goal") or ("to",) for c in _GOAL_CUES.get(g, (g,))]
    first = next(iter(site.r.actors_in(site.hit.end, site.clause.end)), None)
    if not side and first is not None and first.kind == "org" and site.within(site.hit.end, first.start, 2):
        return []  # "his tour of Asia", "جولته في أوروبا": a region is where he went, no state further on
    goals = [a for a in site.with_cue(cues, site.refs if side else None)  # a participle's place is anywhere
             if not set(a.codes) & set(visitor.codes) and a.kind != "topic" and (side or (
                 # the trigger's own: near it, not past another trigger ("في زيارة رسمية، إن ... في مواجهة إيران")
                 site.r.distance(max(site.hit.end, visitor.end), a.start) <= _GOAL_WORDS
                 and not site.trigger_between(a.start) and not site.relative_between(a.start, "complementizers")))]
    if not goals and not site.lang.modifiers_first and site.spec.word_class == "noun":
        # "زيارة قطر": the host right after the noun.
        goals = [a for a in site.after() if site.within(site.hit.end, a.start, 0) and a is not visitor]
    # "visited Riyadh and Abu Dhabi": one visit per host.
    return [c for host in _coordinated_run(site, goals) or goals[:1]
            for c in _cand(site, EventType.VISIT, [*visitor.codes[:1], *host.codes[:1]], (visitor, host),
                           host if host.kind in _PLACES else site.place())]


def _travels(site: Site, visitor: ActorRef) -> bool:
    """``visitor`` can be a traveller: people, a state (not a city: "سمعة وارسو وصلت"; "Washington's negotiator"
    is people), and after a travel noun people only ("زيارة موناكو" is a visit to Monaco, a tourist's)."""
    if visitor.level == "body" and not site.staff(visitor) and not any(
            a.kind == "office" and a.level in ("head", "minister") and site.within(a.end, visitor.start, 1)
            for a in site.r.actors_in(max(0, visitor.start - 40), visitor.start)):
        return False  # "the Italian government is flying the migrants": a government goes nowhere (its minister
        # does: "وزير الشؤون الخارجية التونسي")
    if visitor.kind in (*_PEOPLE, "pronoun", "country_pronoun"):
        return True
    if site.spec.word_class == "noun":
        return False
    return visitor.kind not in _PLACES or site.r.low.startswith("'s", visitor.end)


def receive(site: Site) -> list[Candidate]:
    host = site.subject()
    kinds = site.spec.param("visitor") or _PEOPLE  # one receives officials (not "patients from Yemen", decisions)
    if site.passive() and site.spec.word_class == "verb":
        # "The Prince of Monaco was received at the White House by President Wilson": the guest comes first.
        guests = [a for a in site.before() if a.start >= site.clause.start and a.kind in kinds
                  and a.cue in ("", "of") and a.codes][:1]
        host = next((a for a in site.after(site.clause.end) if a.cue == "agent" and a.codes), None)
    elif (site.spec.word_class == "noun" and site.pronoun_suffix()
          and not site.lang.words["welcomed_after"].isdisjoint(site.r.words_between(
              max(site.sentence[0], site.hit.word_start - 8), site.hit.word_start)[-1:])):
        # "كان في استقباله نظيره الكيني": the pronoun is the guest received, the host comes after ("خلال استقباله
        # الوزير": his receiving the minister, the pronoun the host).
        owner = site._owner_before()
        guests = [owner] if owner is not None and owner.codes else []
        host = next((a for a in site.after() if a.cue == "" and a.kind in _PEOPLE and a.codes), None)
    else:
        start = max(site.hit.end, host.end if host is not None else 0)
        candidates = [a for a in site.after() if a is not host and a.kind in kinds  # its own guest, near it
                      and site.r.distance(start, a.start) <= _GOAL_WORDS and not site.trigger_between(a.start)]
        cues = [c for g in site.spec.param("guest") or ("object",) for c in _GOAL_CUES.get(g, (g,))]
        guests = [a for a in candidates if a.cue in cues]
    if not guests:
        return []
    guest = guests[0]
    if guest.level == "envoy" or (host is not None and host.level == "envoy"):
        return []  # receiving an ambassador is neither a visit nor a meeting
    place = site.place()
    host_codes = list(host.codes) if host is not None and host.codes else []
    if not host_codes:
        # An unnamed receiver is the host of the visit: the place, or the state the guest is visiting.
        if place is not None:
            host_codes = list(place.codes)
        else:
            visited = [a for a in site.after() if a.cue in ("", "to") and a.kind in ("name", "capital", "city")
                       and a is not guest and not set(a.codes) & set(guest.codes)]
            host_codes = list(visited[0].codes) if visited else []
    if not host_codes or set(host_codes) & set(guest.codes):
        return []
    out = []
    abroad = place is not None and not set(place.codes) & set(host_codes)
    used = (guest,) if host is None else (host, guest)
    if not abroad:
        out += _cand(site, EventType.VISIT, [guest.codes[0], host_codes[0]], used, place)
    if guest.kind in _PEOPLE and not site.indirect() and site.talks_stated():
        out += _cand(site, EventType.MEETING, [host_codes[0], guest.codes[0]], used, place)
    return out


def _parties_after(site: Site, reach: int = 2) -> list[ActorRef]:
    """The parties a noun names right after it, within ``reach`` words ("talks between Iran and the United
    States", "the resumption of relations between X and Y"), if two or more: whoever brokered or hosted the talks,
    whoever welcomed the resumption, is not one."""
    if site.spec.word_class != "noun":
        return []
    run = [a for a in site.after(site.clause.end) if a.cue == "between" and a.codes]
    if not run or not site.within(site.hit.end, run[0].start, reach) or len(_codes(run)) < 2:
        return []
    return run


def meet(site: Site) -> list[Candidate]:
    if site.indirect() or site.governed_by("stops") or _stateless_partner(site):
        return []
    parties = _parties_after(site)
    met: list[ActorRef] = []  # whom a verb's subject met, in a list: "met the presidents of A, B and C"
    if not parties and site.impersonal():  # "تم بحث الشأن السوري": what was discussed, by the parties told before
        parties = site.with_cue(("with", "between"), site.after(site.clause.end))
        return _cand(site, EventType.MEETING, _codes(parties), parties, site.place())
    if not parties and site.spec.word_class == "noun" and _definite(site, site.hit.start) and any(
            site.within(c.end, site.hit.word_start, 1)
            for c in site.r.cues_in(site.clause.start, site.hit.word_start, "time_prep")) and not any(
            site.within(site.hit.end, a.start, 2) for a in _partners(site)):
        return []  # "before the meeting", "قبل اللقاء": a meeting told elsewhere, no parties of its own here
    if not parties:
        parties = site.subjects()  # "the foreign ministers of Greece and Turkey met"
        met = [a for a in _partners(site, site.spec.param("party_cues") or ("with", "by", "", "for"))
               if a not in parties]  # بحث takes its topic bare, its party مع
        if not parties and site.spec.word_class == "verb" and len(_codes(met)) >= 2 and not site.between():
            return []  # "حيث التقى برؤساء السنغال وغينيا": whoever "he" is met each of them; they did not meet
        parties += met
        parties += [a for a in site.between() if a not in parties
                    and (a.end <= site.hit.start or not site.trigger_between(a.start))]
    parties = [a for a in site.parties(parties) if a.kind != "topic" or site.within(site.hit.end, a.start, 1)]
    if any(a.level == "envoy" or site.staff(a) for a in parties):
        return []  # a meeting is at minister level or above on both sides: not with ambassadors, officials, MPs
    # A city is where talks are, never a party (فالنسيا، a club's city); a capital may stand for its government.
    codes = _codes(a for a in parties if a.kind not in ("city", "venue")
                   and (a.kind != "capital" or a.cue not in ("in", "to", "by")))
    met = [a for a in met if a in parties]
    host = [c for c in codes if c not in _codes(met)]
    if site.spec.word_class == "verb" and len(host) == 1 and len(_codes(met)) >= 2:
        # One subject meeting several states' leaders meets each of them: bilateral meetings, not one summit.
        return [c for a in met for c in _cand(site, EventType.MEETING, [host[0], *a.codes[:1]], (a,), site.place())]
    if len(codes) < 2 and site.pair():
        codes = _codes_list(codes, site.pair())
    if len(codes) < 2:
        # "اللقاء بين الرئيس الروسي وأمير قطر", "talks between X and Y": every official in the clause.
        codes = _codes(a for a in site.r.actors_in(site.clause.start, site.clause.end)
                       if a.codes and ((a.kind in _PEOPLE and not site.staff(a))
                                       or (a.kind == "topic" and site.qualifies(a))))
    return _cand(site, EventType.MEETING, codes, parties, site.place())


def _stateless_partner(site: Site) -> bool:
    """The first "with" after the trigger names an organisation or an office no state holds: "مباحثاتنا مع ممثل
    الأمين العام للأمم المتحدة" (talks with the UN's envoy are no meeting between states), or people below
    minister level: "يلتقي مع عدد من أعضاء الكونغرس" (``staff_nouns``)."""
    r = site.r
    cue = next((c for c in r.cues_in(site.hit.end, site.clause.end, "prep") if c.entry.value == "with"), None)
    if cue is None or not site.within(site.hit.end, cue.start, 3) or any(a.start < cue.start for a in site.after()):
        return False  # the trigger's own "with", before any state after it
    partner = next(iter(r.actors_in(cue.end, site.clause.end)), None)
    staff = site.lang.pattern("staff_nouns").search(r.low, cue.end, partner.start if partner else site.clause.end)
    if staff is not None and site.within(cue.end, staff.start(), 3):
        return True
    return (partner is not None and not partner.codes and partner.kind in ("org", "office")
            and site.within(cue.end, partner.start, 3)
            and not any(conjoined(site.lang, r.words, partner.end, a.start) for a in site.after()))  # "and X"


def _partners(site: Site, cues: Sequence[str] = ("with",), start: int | None = None) -> list[ActorRef]:
    """Whom the trigger's subject meets or negotiates with: references after it in its clause with one of
    ``cues``, not past another trigger ("came after Iran restored ties with Egypt"), a relative pronoun ("the
    council, which comprises Oman and Qatar") or a reported clause ("after the signing, he said that Egypt");
    a bare one only near the trigger (or ``start``: the end of its object, "signed a Treaty of Friendship and
    Navigation with the United States") or in a list with a partner."""
    found: list[ActorRef] = []
    start = site.hit.end if start is None else start
    for a in site.with_cue(cues, site.after(site.clause.end)):
        if site.trigger_between(a.start) or site.relative_between(a.start) or site.relative_between(
                a.start, "complementizers") or any(
                c.entry.value == "about" for c in site.r.cues_in(site.hit.end, a.start, "prep")):
            break  # "بدأ لقاءه معهم حيال مزايا الاتفاق مع إيران": past the topic, another noun's partner
        if a.kind in _PLACES and a.cue in ("in", "to", "by"):
            continue  # "بالرياض", "in Riyadh": where, not with whom
        near = site.r.distance(start, a.start) <= (3 if a.cue == "" else 8)
        if near or (found and conjoined(site.lang, site.r.words, found[-1].end, a.start)):
            found.append(a)
    return found


def _codes_list(first: Sequence[str], more: Iterable[str]) -> list[str]:
    return list(dict.fromkeys([*first, *more]))


def relations(site: Site) -> list[Candidate]:
    """Relations established, restored or severed: the subject and its partner, or the pair "between" them.

    Several subjects or several partners ("Riyadh and Cairo renewed relations
    with Doha") are one event per pair.
    """
    etype = site.spec.type
    between = _parties_after(site, _RELATIONS_REACH)
    if len(_codes(between)) == 2:
        return _cand(site, etype, _codes(between), between)
    subjects = site.subjects()
    cues = site.spec.param("partner") or ("with", "between", "")
    partners = [a for a in site.with_cue(cues, site.after(site.clause.end)) if a not in subjects and a.kind != "topic"
                and not site.trigger_between(a.start)]  # "Establishment ... with PRC/Termination ... with the ROC"
    # Its partners: the first, or a list of them ("ties with Iran, and military cooperation with Turkey": Iran).
    partners = _coordinated_run(site, partners) or _dated_run(site, partners) or partners[:1]
    partners += [a for a in site.between() if a.end <= site.hit.start and a not in partners and a not in subjects]
    recorder = site.r.recorder
    # In a state's own record, no subject is the recorder; no party at all, the recorder and the state it is about.
    codes = _codes_list(_codes(subjects) or ([recorder] if recorder and partners else []), _codes(partners))
    if len(codes) < 2 and recorder and site.r.counterpart and not subjects:
        codes = _codes_list(codes or [recorder], [site.r.counterpart])
    if len(codes) < 2 and site.pair():
        codes = _codes_list(codes, site.pair())
    pronoun = site.lang.pattern("partner_pronouns").search(site.r.low, site.hit.end,
                                                           min(site.sentence[1], site.hit.end + 40))
    if len(codes) < 2 and not pronoun:
        clause = [a for a in site.r.actors_in(site.clause.start, site.clause.end) if a.codes and a.agentive]
        codes = _codes_list(codes, _codes(clause))
    if len(codes) < 2:
        codes = site.discourse(codes, subjects)
    if len(codes) < 2:
        return []
    # Bilateral relations of several states at once ("X and Y ... with Z", "with X and Y", "the GCC states")
    # are one event per pair.
    used = [*subjects, *partners]
    run = _coordinated_run(site, partners) or _dated_run(site, partners) or partners[:1]
    others = _codes(run)
    mine = [] if any(a.kind == "pair" for a in subjects) else _codes(subjects)
    if mine and len(others) >= 2:
        return [c for p in run for c in _cand(site, etype, [mine[0], p.codes[0]], [*subjects, p])]
    if len(mine) >= 2 and others:
        return [c for s in mine for c in _cand(site, etype, [s, others[0]], used)]
    return _cand(site, etype, codes[:2], used)


def _dated_run(site: Site, refs: Sequence[ActorRef]) -> list[ActorRef]:
    """A run of references under the same preposition, each with its own date: "with India in 1955, with Japan
    in 1972 and with the United States in 1987" (or [] when there is none)."""
    run = list(refs[:1])
    for a in refs[1:]:
        prev = run[-1]
        if (a.cue != prev.cue or site.r.distance(prev.end, a.start) > 6 or not site.r.dates_in((prev.end, a.start))
                or site.r.triggers_in(prev.end, a.start)):  # "with China in 1978 after talks with Iran"
            break
        run.append(a)
    return run if len(run) >= 2 else []


def _coordinated_run(site: Site, refs: Sequence[ActorRef]) -> list[ActorRef]:
    """The first run of references joined by "و"/"and"/"," (a list of partners), or [] when there is none."""
    run: list[ActorRef] = []
    for a in refs:
        if not run:
            run = [a]
        elif conjoined(site.lang, site.r.words, run[-1].end, a.start):
            run.append(a)
        else:
            break
    return run if len(run) >= 2 else []


def _run_around(site: Site, ref: ActorRef) -> list[ActorRef]:
    """``ref`` and the references joined to it by "و"/"and"/"," on either side."""
    refs, words = site.refs, site.r.words
    i = j = refs.index(ref) if ref in refs else -1
    if i < 0:
        return [ref]
    while i > 0 and conjoined(site.lang, words, refs[i - 1].end, refs[i].start):
        i -= 1
    while j + 1 < len(refs) and conjoined(site.lang, words, refs[j].end, refs[j + 1].start):
        j += 1
    return list(refs[i : j + 1])


def recognize(site: Site) -> list[Candidate]:
    mutual = _parties_after(site, _RELATIONS_REACH)  # "recognition between the United States and Siam": each way
    if len(_codes(mutual)) == 2:
        a, b = _codes(mutual)
        return [c for pair in ((a, b), (b, a)) for c in _cand(site, EventType.RECOGNITION, pair, mutual)]
    recognizer = site.subject()
    if recognizer is None:
        return []
    cues = site.spec.param("object") or ("",)
    found = site.with_cue(cues)
    if recognizer.cue == "agent":  # a passive's object may be its subject: "Kosovo was recognised by the US"
        found += site.with_cue(("",), site.before())
    recognizers = site.subjects()  # "Egypt and Jordan recognised ...": one recognition each
    objects = [a for a in found if a not in recognizers and not set(a.codes) & set(recognizer.codes)]
    if not objects:
        return []
    return [c for r in recognizers if r.codes
            for c in _cand(site, EventType.RECOGNITION, [r.codes[0], objects[0].codes[0]], (r, objects[0]))]


def mission(site: Site) -> list[Candidate]:
    """An embassy opened or closed: its owner (the noun's genitive, adjective or possessor) and its host.

    Embassies of both states ("سفارتي البلدين", "their respective embassies")
    are one event each.
    """
    noun = site.argument(site.lang.pattern("mission_nouns"))
    if noun is None:
        return []
    n_start, n_end = noun
    low = site.r.low
    # The embassy's state: right after the noun (genitive or nisba), or right before it where modifiers come first.
    owners = [a for a in site.refs
              if a.start >= n_end and site.within(n_end, a.start, 1) and a.cue in ("", "for", "of")]
    if site.lang.modifiers_first:
        owners = [a for a in site.refs if a.end <= n_start and site.within(a.end, n_start, 1)] + owners
    hosts = [a for a in site.refs if a.start >= n_end and a.cue in ("in", "at", "by") and a not in owners]
    word = low[n_start:n_end]
    subject = site.subject()
    if not owners and site.owned(n_start, n_end):
        owners = [subject] if subject else []
    distributive = site.lang.pattern("distributive").search(low, max(site.clause.start, min(site.hit.start, n_start)),
                                                            n_start)
    dual = bool(site.lang.pattern("dual_mission_nouns").fullmatch(word)) or distributive is not None
    # The two states: a pair anaphor's, or the two subjects ("Eritrea and Ethiopia reopened their embassies").
    pair = list(site.pair()) or _codes([o for o in owners if o.kind == "pair"]) or _codes(site.subjects())
    if dual and len(pair) == 2:
        if hosts:
            return [c for h in hosts for c in _cand(
                site, site.spec.type, [next((p for p in pair if p not in h.codes), ""), h.codes[0]], (h,), h)]
        return [c for a, b in (pair, pair[::-1]) for c in _cand(site, site.spec.type, [a, b], ())]
    if not owners and subject is not None:
        owners = [subject]
    if not owners and site.r.recorder:  # "Embassy Warsaw was established", in the United States' own record
        owners = [_implicit(site, n_start, n_end)]
    if not owners:
        return []
    owner = owners[0]
    if not hosts:
        hosts = [a for a in site.refs if a is not owner and not set(a.codes) & set(owner.codes)
                 and a.kind in ("name", "capital", "official", "pair", "group") and a.start >= site.clause.start]
    if not hosts:
        return []
    # "opened embassies in Tokyo and Seoul": one per host.
    return [c for host in _coordinated_run(site, hosts) or hosts[:1]
            for c in _cand(site, site.spec.type, [owner.codes[0], *(x for x in host.codes if x not in owner.codes)][:2],
                           (owner, host), host if host.kind in _PLACES else None)]


def envoy(site: Site) -> list[Candidate]:
    etype = site.spec.type
    subject = site.subject()
    noun = site.nearest_match(site.lang.pattern("envoy_nouns"))
    if noun is None:
        return []
    n_start, n_end = noun
    if site.spec.param("both_ways"):
        return _both_ways(site)
    possessive = site.owned(n_start, n_end)
    nxt = [t for t in site.r.triggers_in(site.hit.end + 1, site.sentence[1]) if t.entry.value == site.spec]
    limit = nxt[0].start if nxt else None
    senders = [a for a in site.refs if a.start <= n_start < a.end and a.level == "envoy"]
    senders += [a for a in site.after(limit)
                if a.start >= n_end and a.cue in ("for", "") and site.within(n_end, a.start, 2)]
    # "تعيين فلان سفيرا لمصر لدى قطر": the state right after a later envoy noun.
    nouns = site.lang.pattern("envoy_nouns")
    senders += [a for a in site.after(limit) if a.cue == "for" and a.start > n_end and a not in senders and any(
        site.within(m.end(), a.start, 0) for m in nouns.finditer(site.r.low, max(n_end, a.start - 16), a.start))]
    if site.lang.modifiers_first:
        senders = [a for a in site.refs if a.end <= n_start and site.within(a.end, n_start, 1)] + senders
    # "Ambassadors of Chile, Peru and Ghana presented their credentials": each state's envoy, each an event.
    listed = next((_run_around(site, a) for a in (*senders[:1], *site.after(limit))
                   if (a.cue == "of" and a.start >= n_end and site.within(n_end, a.start, 1))
                   or (a.level == "envoy" and a.start <= n_start < a.end)), [])
    listed = listed if len(listed) > 1 and all(a.kind in ("name", "official") for a in listed) else []
    senders = [*listed, *(a for a in senders if a not in listed)]
    # The post: after the envoy noun ("Sweden's ambassador to Kenya presented ...") or the trigger.
    posts = [a for a in site.refs if a.start >= min(n_end, site.hit.end)]
    if etype is EventType.AMBASSADOR_RECALLED:
        if not possessive and senders and subject not in senders and not (subject is None and site.passive()):
            return []  # "استدعت الخارجية السفير الإيراني": a summons, not a recall
        sender = subject  # or the envoy himself: "Israel's ambassador to Jordan was recalled", "استدعي سفير"
        hosts = [a for a in posts if a.cue in ("at", "from", "in", "to") and a is not sender]
    else:
        sender = senders[0] if senders and not possessive else subject
        # "accredited its ambassador in Addis Ababa to Djibouti": the post it is sent to before the one it is in.
        hosts = sorted((a for a in posts if a.cue in ("at", "to", "in") and a is not sender),
                       key=lambda a: a.cue == "in")
        if not hosts and subject is not None and sender is not subject and subject not in listed:
            hosts = [subject]  # the head of state who received the credentials
    if (sender is None or not sender.codes) and site.r.recorder:  # "Chargé X presented his credentials", in
        sender = _implicit(site, n_start, n_end)                     # the sending state's own record
    if sender is None:
        return []
    sent = listed if sender in listed else [sender]
    hosts = [h for h in hosts if not set(h.codes) & {c for s in sent for c in s.codes}]
    # "withdrew its ambassadors from the United States and Australia": one event per post; one per sender listed.
    return [c for s in sent for h in _coordinated_run(site, hosts) or hosts[:1]
            for c in _cand(site, etype, [s.codes[0], h.codes[0]], (s, h))]


def _both_ways(site: Site) -> list[Candidate]:
    """"Egypt and Israel exchanged ambassadors": one event each way between the two states."""
    subjects = site.subjects()
    codes = _codes([*subjects, *site.with_cue(("with", "between"))]) or list(site.pair())
    codes = site.discourse(codes, subjects) if len(codes) < 2 else codes
    if len(codes) != 2:
        return []
    a, b = codes
    return [c for x, y in ((a, b), (b, a)) for c in _cand(site, site.spec.type, [x, y], subjects)]


def expel(site: Site) -> list[Candidate]:
    """The expelling state and the diplomats' own state ("the Iranian diplomats", "diplomats of Iran")."""
    noun = site.nearest_match(site.lang.pattern("diplomat_nouns"))
    if noun is None and site.spec.word_class != "word":
        return []
    start = noun[1] if noun else site.hit.end
    targets = [a for a in site.refs if a.start >= start - 1]  # "أعلنت إستونيا دبلوماسيا روسيا شخصا غير مرغوب فيه"
    if noun:
        targets = [a for a in site.refs if a.start <= noun[0] < a.end or (
            site.lang.modifiers_first and a.end <= noun[0] and site.within(a.end, noun[0], 1))] + targets
    # With no subject, the state they were expelled from: "تم طرد السفير الإسرائيلي من تشاد".
    expeller = site.subject(skip=targets[:1]) or next((a for a in targets[1:] if a.cue == "from"), None)
    if expeller is None:
        return []
    targets = [a for a in targets if a is not expeller and not set(a.codes) & set(expeller.codes)]
    if not targets:
        return []
    return _cand(site, EventType.DIPLOMAT_EXPELLED, [expeller.codes[0], targets[0].codes[0]], (expeller, targets[0]))


def mediate(site: Site) -> list[Candidate]:
    """The mediator is named by the construction: "وساطة من السعودية", "وساطة قطرية", "وساطتها", "توسطت مصر"."""
    cues = site.spec.param("mediator") or ("from", "")
    adjacent = [a for a in site.after() if site.within(site.hit.end, a.start, 1) and a.cue in cues]
    mediator = next((a for a in adjacent if a.cue == cues[0]), None)
    if mediator is None and site.spec.word_class == "noun":
        if adjacent:
            mediator = adjacent[0]
        elif site.hit.suffix or site.lang.modifiers_first:
            mediator = site.subject()
    elif mediator is None:
        mediator = site.subject()
    if mediator is None:
        return []
    mediators = _run_around(site, mediator)  # "under Saudi and US mediation": both mediate, neither is a party
    parties = [a for a in site.between() if a not in mediators]
    codes = [c for c in _codes(parties) if c not in mediator.codes]
    if len(codes) < 2:
        rest = [a for a in site.refs
                if a not in mediators and a.kind in ("name", "capital", "topic", "pair", "official")]
        codes = _codes_list(codes, [c for c in _codes(rest) if c not in mediator.codes])
    if len(codes) < 2:
        pair = site.r.pair_at(site.hit.start) or ()
        codes = _codes_list(codes, [c for c in pair if c not in mediator.codes])
    if len(codes) < 2:
        return []
    return _cand(site, EventType.MEDIATION, [mediator.codes[0], *codes], (mediator, *parties))


def negotiate(site: Site) -> list[Candidate]:
    """The negotiating states: those "between" whom the talks are, or the subjects and their partners ("with") —
    not every state the sentence names (the topic, the venue, a state quoted about them)."""
    if site.governed_by("stops"):
        return []
    refs = _parties_after(site) or [*site.subjects(), *_partners(site, ("with", "", "between")), *(
        # "بين وفدي الولايات المتحدة وأفغانستان"
        b for a in site.between() if site.clause.start <= a.start < site.clause.end for b in _run_around(site, a))]
    refs = site.parties([a for a in dict.fromkeys(refs) if a.agentive and a.kind in (*_PEOPLE, "name", "pair", "group")
                         and a.cue not in ("in", "at")])
    codes = _codes(refs)
    if len(codes) < 2 and site.pair():
        codes = _codes_list(codes, site.pair())
    return _cand(site, EventType.NEGOTIATION, codes, refs, site.place())


def sign(site: Site) -> list[Candidate]:
    """The signatories: the subjects and their partners, or the pair under discussion.

    An agreement about relations is the relations ("signed a joint communiqué establishing diplomatic
    relations"); a state that names the document ("the Washington Declaration") is not a signatory.
    """
    etype = site.spec.type
    window = site.r.low[site.hit.start : min(site.sentence[1], site.hit.end + 160)]
    for about, forms in site.r.lang.about_relations.items():
        if any(f in window for f in forms):
            etype = about
    # "after the signing of the deal between Tehran and world powers": the parties "between" whom the document is
    # are a noun's only ones (not "the deal to boost the ties between Germany and Iran").
    document = site.r.lang.needs.get(site.spec.index)
    found = document.search(site.r.low, site.hit.end, site.clause.end) if document else None
    between = site.spec.word_class == "noun" and found is not None and any(
        found.end() <= a.start < site.clause.end and site.within(found.end(), a.start, 2) for a in site.between())
    subjects = [] if between else site.subjects()
    subject = subjects[-1] if subjects else None
    # Its arguments, not every state of the sentence: "with" may follow its object, the document.
    object_end = found.end() if found is not None and site.within(site.hit.end, found.start(), 3) else None
    partners = _partners(site, ("with", "between", ""), object_end) + [
        b for a in site.between() if site.clause.start <= a.start < site.clause.end for b in _run_around(site, a)]
    partners = [a for a in partners if a not in subjects and a.kind != "topic" and a.cue != "in"
                and not (document and document.match(site.r.low, a.end + 1))]
    codes = _codes([*subjects, *partners])
    own = partners or [a for a in subjects if a.start > site.hit.start]  # "by India and Pakistan", "توقيع مصر"
    if site.spec.word_class == "noun" and not own and found is not None and _definite(site, found.start()):
        return []  # "after the signing of the nuclear deal": a known document, no parties of its own here
    if found is not None and site.lang.pattern("content_anaphors").match(site.r.low, found.end()):
        return []  # "concluded an agreement to that effect": its content is the status the sentence reports
    if len(codes) < 2 and site.pair() and not between:
        codes = _codes_list(codes, site.pair())
    if len(codes) < 2 and not between:
        codes = site.discourse(codes, subjects)
    if etype is not site.spec.type and subject is not None and len(_codes(partners)) >= 2:
        return [c for p in partners for c in _cand(site, etype, [subject.codes[0], p.codes[0]], (subject, p))]
    return _cand(site, etype, codes, [*subjects, *partners])


def _definite(site: Site, start: int) -> bool:
    """Whether the noun at ``start`` is definite: the article on it ("الاتفاق") or a determiner before it ("the
    deal", "هذا الاتفاق"): a document already known."""
    low, words = site.r.low, site.lang.words
    if any(low.endswith(a, max(0, start - len(a)), start) for a in words["articles"]):
        return True
    # the determiner of the noun's phrase: "the nuclear deal", "the Comprehensive Peace Agreement"
    for word in reversed(site.r.words_between(max(site.sentence[0], start - 40), start)[-4:]):
        if word in words["definite_determiners"]:
            return True
        if site.lang.has("name_stops", word) or site.r.lang.has("conjunctions", word):
            return False  # "a", "of", "and": the phrase began after it
    return False


#: The frames that may take states from the discourse (the pair under discussion); the others find every
#: actor in the trigger's sentence, so a sentence that names fewer than two states gives them nothing.
DISCOURSE_FRAMES = frozenset({"relations", "sign", "mediate", "envoy"})

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
