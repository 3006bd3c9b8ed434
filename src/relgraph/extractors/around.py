"""A trigger in its sentence and its subject: :class:`Around`, the part of :class:`~relgraph.extractors.site.Site`
that finds the agent (and the references coordinated with it); the site adds what frames ask for their other roles."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from relgraph.extractors.coordination import shared_subject
from relgraph.extractors.cues import by_conjunction, goes_on
from relgraph.extractors.kinds import PEOPLE, PLACES, RefKind, Role
from relgraph.extractors.language import TriggerSpec
from relgraph.extractors.reading import ActorRef, Reading, conjoined
from relgraph.extractors.scanning import Hit
from relgraph.extractors.sieve import last_word_in

__all__ = ["Around"]


_AGENT_WORDS = (3, 6)  # at most this many words between a verb (a noun) and its agent ("by Iceland")


class Around:
    """A trigger in its sentence: the references around it and its subject."""

    def __init__(self, reading: Reading, hit: Hit, spec: TriggerSpec, sentence: tuple[int, int] | None = None) -> None:
        self.reading = reading
        self.hit = hit
        self.spec = spec
        self.lang = reading.lang
        self.sentence = reading.sentence_of(hit.start) if sentence is None else sentence
        self.clause = reading.clause_of(hit.start)
        # The references that name states, and every state the sentence names.
        self.refs, self.named = reading.named_in(self.sentence)
        self._subject: list[ActorRef | None] = []  # subject() without skips, once found
        self._after: Sequence[ActorRef] | None = None  # after() to the end of the sentence, once found

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
        return self.reading.words.within(a, b, n)

    def subject(self, skip: Sequence[ActorRef] = ()) -> ActorRef | None:
        """The agent of the trigger.

        Where the verb comes first (Arabic VSO), a reference right after it, unless the verb takes its host or guest
        as a bare object ("زار موسكو") and nothing says the reference is the agent (a person, or a second bare
        reference); a passive's agent ("by Syria"); the owner of a possessive ("زيارته", "its embassy"); else the
        nearest bare reference before, skipping the object of an earlier verb ("X recognized Y and established
        relations"). After a relative pronoun ("الذي يزور السودان", "which had recognized") the agent is the
        antecedent, before the trigger. Where modifiers come first, a noun's possessor or adjective ("Sadat's visit",
        "the Qatari mediation"). References in ``skip`` (the frame's other roles) are never the subject; nor is a
        state further back than an office in the clause that the text gives no state.
        """
        if not skip and self._subject:
            return self._subject[0]
        found = self._find_subject(skip)
        if not skip:
            self._subject.append(found)
        return found

    def _find_subject(self, skip: Sequence[ActorRef]) -> ActorRef | None:
        """:meth:`subject`, one construction after another: the first that decides gives the subject."""
        found = shared_subject(self.reading, self.hit, self.spec, self.sentence, skip) or self._subject_after(skip)
        if found is None:
            found = self._agent(skip)
        if found is not None:
            return found
        owner = self._owner(skip)
        if owner is not None:
            return owner[0]
        controller = self._controller()
        if controller is not None and controller not in skip:
            return controller
        fronted = self._fronted_participle(skip)
        if fronted is not None:
            return fronted
        bare = self._bare_before(skip)
        if bare is not None:
            return bare[0]
        return self._modifier_before() or self.reading.titled_dropped(self.sentence[0], self.hit.word_start)

    def _subject_after(self, skip: Sequence[ActorRef]) -> ActorRef | None:
        """Where the verb comes first, the subject right after the trigger (VSO), or after its prepositional
        object, a state's name counting as one word (VOS: "اعترف بالجبل الأسود كل من آيسلندا"); not after a
        relative pronoun, whose antecedent is the agent ("الذي زار القاهرة")."""
        words, hit_end, lists, after = self.reading.words, self.hit.end, self.lang.words, self.after()
        counterparts = self.lang.pattern("counterparts")  # "لقاء نظيره": his counterpart is met, not meeting
        after = [a for a in after if not counterparts.match(self.reading.low, a.start)]
        agentive = [a for a in after if a.agentive and words.within(hit_end, a.start, 3) and a not in skip]
        word_start = self.hit.word_start
        previous = words.between(max(self.sentence[0], word_start - 24), word_start)
        while previous and previous[-1] in lists["auxiliaries"]:
            previous.pop()
        # After a relative pronoun the antecedent is the agent ("الذي زار القاهرة"), unless a pronoun on the verb
        # stands for it as the object, when the agent follows: "الاتفاق الذي أبرمته إيران مع ...".
        resumptive = self.spec.word_class == "verb" and self.pronoun_suffix()
        relative = bool(previous) and previous[-1] in lists["relatives"] and not resumptive
        first = next((a for a in agentive if not a.cue), None)
        if first is None and agentive and self.lang.verb_first:
            first = next(
                (
                    a
                    for a in after
                    if a.agentive
                    and not a.cue
                    and a not in skip
                    and words.within(hit_end, a.start, 6)
                    and self.reading.distance(hit_end, a.start) <= 3
                ),
                None,
            )
        if not self.lang.verb_first or first is None or relative:
            return None
        takes_object = "object" in (*self.spec.param("goal"), *self.spec.param("guest"))
        if self.spec.word_class == "verb":
            return self._verb_subject(first, takes_object, skip)
        if (
            self.spec.word_class == "noun"
            and words.within(hit_end, first.start, 0)
            and first.kind in (*PEOPLE, *(() if takes_object else (RefKind.NAME, RefKind.CAPITAL, RefKind.GROUP)))
        ):
            return first  # "زيارة الرئيس": the president's visit; "زيارة موناكو": a visit to Monaco
        return None

    def _verb_subject(self, first: ActorRef, takes_object: bool, skip: Sequence[ActorRef]) -> ActorRef | None:
        """The subject of a verb that comes first, ``first`` the bare reference after it: the official after the
        host where the verb takes its host as a bare object ("زار السودان وزير الخارجية المصري"); ``first``
        unless the verb takes its host or guest as a bare object and nothing says ``first`` is the agent."""
        words, after = self.reading.words, self.after()
        official = next(
            (
                a
                for a in after
                if a.start > first.start
                and not a.cue
                and a.kind in PEOPLE
                and a.codes
                and a not in skip
                and words.within(first.end, a.start, 1)
            ),
            None,
        )
        if "object" in self.spec.param("goal") and first.kind not in PEOPLE and official is not None:
            return official  # a place visited comes first; a state that receives is the subject: "استقبلت مصر الوزير"
        if (
            first.kind in PEOPLE
            or not takes_object
            or any(
                not a.cue
                and a.start > first.start
                and words.within(first.end, a.start, 3)
                and not conjoined(self.lang, words, prev.end, a.start)  # objects: "زار اليمن والسودان"
                and not by_conjunction(self.lang, words, prev.end, a.start)  # "زار السعودية 13 مرة، والعراق"
                for prev, a in pairwise(after)
            )
        ):
            return first
        return None

    def _agent(self, skip: Sequence[ActorRef]) -> ActorRef | None:
        """A passive's agent in the trigger's clause: "the signing of the Oslo Accords by Israel"."""
        reach = _AGENT_WORDS[self.spec.word_class == "noun"]
        return next(
            (
                a
                for a in self.after()
                if a.cue == Role.AGENT
                and a.start < self.clause.end
                and a not in skip
                and self.reading.distance(self.hit.end, a.start) <= reach  # a state's name counts as one word
                and not self.trigger_between(a.start)
            ),
            None,
        )

    def _owner(self, skip: Sequence[ActorRef]) -> tuple[ActorRef | None] | None:
        """``(owner,)`` of a possessive ("زيارته", "its embassy"), maybe unknown, where it decides; else ``None``."""
        if not self._possessive():
            return None
        # With nobody before, the official after ("During his visit to Ankara, the Iraqi prime minister"), past the
        # comma that closes the phrase of a noun with an object ("خلال استقباله الوزير، قال الرئيس": he is received).
        intransitive = "object" not in (*self.spec.param("goal"), *self.spec.param("guest"))
        closed = self.hit.end if intransitive else self.reading.comma_after(self.hit.end, self.sentence[1])
        after = [a for a in self.after() if a.start >= closed and a.kind in PEOPLE and a.codes and a not in skip]
        owner = self._owner_before() or next(iter(after), None)
        if owner is not None or self.spec.word_class == "noun" or intransitive:
            return (owner,)  # "أثناء توجهه إلى دبي" (a verbal noun): whoever "he" is, not a place named before
        return None

    def _bare_before(self, skip: Sequence[ActorRef]) -> tuple[ActorRef | None] | None:
        """The nearest bare reference before the trigger, skipping the object of an earlier verb ("X recognized Y
        and established relations"), one in a relative clause set off by commas, and, for a noun, a state before
        "that" (only the speaker): ``(it,)``; ``(None,)`` where an office the text gives no state comes first."""
        word_start = self.hit.word_start
        if self.relative_to_thing():
            return None
        that = last_word_in(self.lang.words["complementizers"], self.reading.low, self.sentence[0], word_start)
        bare = (
            a
            for a in reversed(self.reading.actors_in(self.sentence[0], self.hit.start))
            if a.agentive
            and (a.cue in (Role.NONE, Role.AS) or self._absolute(a))
            and a.kind != RefKind.TOPIC
            and a not in skip
            and a.end <= self.hit.start
            and (a.kind in PEOPLE or a.end > that or self.spec.word_class != "noun")  # "قال الوزير إن اللقاء"
        )
        after_comma = self.reading.low[max(self.sentence[0], word_start - 3) : word_start].rstrip().endswith(",")
        for a in bare:
            if not self._absolute(a) and (self._object_of_verb(a) or (after_comma and self._in_relative(a))):
                continue
            if a.codes:
                return (a,)
            if a.start >= self.clause.start:
                # An office in the clause that the text gives no state ("Secretary-General Guterres met ...") is
                # the subject all the same: no state further back is; a "he" may be the one an article is about.
                return (self.reading.titled_as(a) if a.kind == RefKind.PRONOUN else None,)
        return None

    def relative_to_thing(self) -> bool:
        """The verb opens a relative clause whose antecedent, a word or two before the pronoun, names no state ("يسرع
        الاتفاق الذي أبرم بين ..."): the agent is that thing, not a state further back."""
        low, start = self.reading.low, self.hit.word_start
        before = low[max(self.sentence[0], start - 16) : start].split()
        if self.spec.word_class != "verb" or not before or not self.lang.has("relatives", before[-1]):
            return False
        pronoun = low.rindex(before[-1], 0, start)  # "قطر من أوائل الدول التي": the state a few words before
        near = 3 if len(before) > 1 and self.lang.has("state_nouns", before[-2]) else 1
        return not any(self.within(a.end, pronoun, near) for a in self.reading.actors_in(self.sentence[0], pronoun))

    def _modifier_before(self) -> ActorRef | None:
        """Where modifiers come first, a noun's possessive or adjective right before it: "Sadat's visit", "the
        Qatari mediation"."""
        if self.lang.modifiers_first and self.spec.word_class == "noun":
            for a in self.before():
                if self.within(a.end, self.hit.start, 1) and "/" not in self.reading.low[a.end : self.hit.start]:
                    return a  # not across a slash: "Relations with PRC/Termination of Relations with ..."
        return None

    def _fronted_participle(self, skip: Sequence[ActorRef]) -> ActorRef | None:
        """A participle opening its sentence, alone or after a preposition, or a noun after a word of ``during_words``
        has the subject of the clause after its comma: "After recognizing Mexico in 1822, the United States ...",
        "During a visit to Tokyo, the British prime minister ..." (where modifiers come first; no state before it)."""
        start, low = self.sentence[0], self.reading.low
        before = self.reading.words_between(start, self.hit.word_start)
        during = self.spec.word_class == "noun" and before[:1] and before[0] in self.lang.words["during_words"]
        if not self.lang.modifiers_first or not (during or (self.spec.word_class == "verb" and self.progressive())):
            return None
        if len(before) > 2 or self.reading.actors_in(start, self.hit.start) or "\n" in low[start : self.hit.start]:
            return None
        prev_end = self.hit.end
        for a in self.reading.actors_in(self.hit.end, self.sentence[1]):
            # the participle's own list of objects goes on with "and", or with a comma after the next one too
            in_list = prev_end > self.hit.end and (
                by_conjunction(self.lang, self.reading.words, prev_end, a.start)
                or low[a.end : a.end + 2].lstrip()[:1] == ","
                or by_conjunction(self.lang, self.reading.words, a.end, a.end + 6)
            )
            if "," in low[prev_end : a.start] and not in_list:
                return a if a.agentive and a.codes and not a.cue and a not in skip else None
            prev_end = a.end
        return None

    def _absolute(self, ref: ActorRef) -> bool:
        """``ref`` is the subject of an absolute construction: "with the minister visiting Tehran on Saturday"."""
        return ref.cue == Role.WITH and self.within(ref.end, self.hit.start, 0) and self.progressive()

    def progressive(self) -> bool:
        """The trigger's verb is a present participle ("visiting", "is welcoming"; ``progressive_endings``)."""
        verb = self.reading.low[self.hit.word_start : self.hit.end].split(" ")[0]
        return verb.endswith(tuple(self.lang.words.get("progressive_endings", ())))

    def _controller(self) -> ActorRef | None:
        """The subject of an infinitive that a noun governs is the noun's possessor: "the decision of Egypt to
        restore", "a move by Chile to recognise" (the reference with one of the language's ``controller_markers``,
        "of" or "by", right before an ``infinitive_markers`` word, "to")."""
        if self.lang.verb_first or self.spec.word_class != "verb":
            return None
        ref = next(iter(self.before()), None)
        if ref is None or not ref.codes:
            return None
        between = self.reading.words_between(ref.end, self.hit.start)
        if len(between) != 1 or not self.lang.has("infinitive_markers", between[0]):
            return None
        marker = self.reading.words_between(max(self.sentence[0], ref.start - 8), ref.start)[-1:]
        return ref if marker and self.lang.has("controller_markers", marker[0]) else None

    def _in_relative(self, ref: ActorRef) -> bool:
        """``ref``, before a trigger that follows a comma, is inside a relative clause set off by commas: "Bahrain,
        which accused Iran of meddling, severed ties" (Iran is not the subject)."""
        low = self.reading.low
        opened = low.rfind(",", self.sentence[0], ref.start)
        first = self.reading.words_between(opened + 1, ref.start)[:1] if opened >= 0 else []
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
        for a in self.reading.actors_from(self.sentence[0], subject.start, backwards=True):
            if (
                a.cue != subject.cue
                or a.kind == RefKind.TOPIC
                or not conjoined(self.lang, self.reading.words, a.end, run[0].start)
            ):
                break
            if (
                len(run) == 1
                and self.reading.low[a.end : subject.start].strip().startswith(",")
                and not by_conjunction(self.lang, self.reading.words, a.end, subject.start)
                and not self.within(self.sentence[0], a.start, 1)
            ):
                break  # a list ends with "and": "Before visiting Israel, Mr Blair made ..." is no list (but "EGYPT,
                # JORDAN SIGN ACCORD", a headline's list, opens its line)
            run.insert(0, a)
        if subject.start >= self.hit.end:  # VSO "قطعت السعودية والبحرين العلاقات"; "signed by X and Y"
            for a in self.reading.actors_from(subject.end, self.sentence[1]):
                if a.kind == RefKind.TOPIC or not goes_on(self.lang, self.reading.words, run[-1], a):
                    break
                run.append(a)
        return run

    def trigger_between(self, end: int) -> bool:
        """Another trigger lies between this one and ``end`` ("talks, mediated by Oman": Oman is the mediator's)."""
        return bool(self.reading.triggers_in(self.hit.end, end))

    def _object_of_verb(self, ref: ActorRef) -> bool:
        """``ref`` is the bare object of an earlier verb trigger in the clause ("recognized Kosovo"), or of any
        trigger right before it where the verb comes first (:meth:`_after_trigger`)."""
        if self.lang.verb_first:
            return self._after_trigger(ref)
        for t in self.reading.triggers_in(self.clause.start, ref.start):
            spec = t.entry.value
            if (
                t.end <= ref.start
                and t is not self.hit
                and isinstance(spec, TriggerSpec)
                and spec.word_class == "verb"
                and self.within(t.end, ref.start, 3)
                and not any(t.end <= a.start < ref.start for a in self.refs)
            ):
                return True
        return False

    def _after_trigger(self, ref: ActorRef) -> bool:
        """A state's name, or the list it ends, right after a verbal noun with a bare object: "عدم زيارة البحرين
        والسعودية، وزار قطر" (Bahrain is no visitor); not after a verb: "استضافت إسبانيا" (a subject)."""
        if ref.kind not in (RefKind.NAME, RefKind.CAPITAL):
            return False
        start = ref.start
        for prev in reversed(self.reading.actors_in(self.sentence[0], ref.start)):
            if not conjoined(self.lang, self.reading.words, prev.end, start):
                break
            start = prev.start
        return any(
            t is not self.hit
            and t.end <= start
            and self.within(t.end + len(t.suffix), start, 0)
            and isinstance(spec := t.entry.value, TriggerSpec)
            and spec.word_class == "noun"
            and "object" in (*spec.param("goal"), *spec.param("guest"))
            for t in self.reading.triggers_in(self.sentence[0], start)
        )

    def _possessive(self) -> bool:
        return self.pronoun_suffix() or self.possessed(self.hit.start)

    def pronoun_suffix(self) -> bool:
        """The trigger carries a pronoun suffix: its possessor on a noun (زيارته), its object on a verb (أبرمته)."""
        return self.hit.suffix in self.lang.words.get("possessive_suffixes", ())

    def possessed(self, start: int) -> bool:
        """A possessive word ("its", "their") is one of the two words before ``start``."""
        before = self.reading.words_between(max(self.sentence[0], start - 24), start)[-2:]
        return not self.lang.words["possessives"].isdisjoint(before)

    def _owner_before(self) -> ActorRef | None:
        """Whose "his"/"its" this is: the nearest official or person, else the nearest state named (not a place:
        "القبض عليه بمطار الرياض أثناء توجهه إلى دبي", "قال الوزير في الرياض إن زيارته")."""
        before = [a for a in self.before() if a.agentive and a.kind not in (RefKind.TOPIC, *PLACES)]
        people = [a for a in before if a.kind in PEOPLE]
        return next(iter(people or before), None)
