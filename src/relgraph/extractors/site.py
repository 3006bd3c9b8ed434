"""The site of a trigger: the trigger in its sentence, with the helpers frames use to find their roles.

:class:`Site` adds to :class:`~relgraph.extractors.arguments.Arguments` (positions, the subject, the argument noun)
the questions the frames ask: the references under a preposition, the pair under discussion, the place, the topic.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from relgraph.extractors.arguments import Arguments
from relgraph.extractors.cues import unconjoined
from relgraph.extractors.kinds import PEOPLE, PLACES, HitKind, Level, RefKind, Role
from relgraph.extractors.reading import ActorRef

__all__ = ["Site"]


_NEAR_WORDS = 6  # words after a trigger within which a state is still its own, not a later phrase's
_BELOW_MINISTER_REACH = 24  # characters after a reference where its rank may stand ("Peru's assistant foreign")
_CALL_SENTENCES = 4  # how far back talks between the same states may retell a call


class Site(Arguments):
    """A trigger in its sentence, with the helpers frames use to find roles."""

    def reciprocal(self) -> bool:
        """A reciprocal pronoun is the trigger's object ("recognised each other", "اعترفتا ببعضهما"), not a
        word further on ("went to war against each other")."""
        found = self.lang.pattern("reciprocals").search(self.reading.low, self.hit.end, self.clause.end)
        return (
            found is not None and self.reading.bare_words(self.hit.end, found.start()) <= 1
        )  # a clitic, a VSO subject

    def with_cue(self, cues: Iterable[str], refs: Sequence[ActorRef] | None = None) -> list[ActorRef]:
        wanted = tuple(cues)
        return [a for a in (self.after() if refs is None else refs) if a.cue in wanted]

    def between(self) -> list[ActorRef]:
        return [a for a in self.refs if a.cue == Role.BETWEEN]

    def lone_between(self) -> bool:
        """ "Between" right after the trigger names one state only: the other side is none ("المفاوضات بين الغرب
        وإيران", "talks between Iran and world powers"), and no state from elsewhere stands in for it."""
        reading, hit = self.reading, self.hit
        cue = next(
            (c for c in reading.cues_in(hit.end, self.clause.end, HitKind.PREP) if c.entry.value == Role.BETWEEN), None
        )
        if cue is None or not self.within(hit.end, cue.start, 2) or reading.triggers_in(hit.end, cue.start):
            return False
        if cue.suffix or unconjoined(self.lang, cue.prefix) != cue.prefix:
            return False  # "بينها وبين إيران": the pronoun is one side
        refs = [
            a
            for a in reading.actors_in(cue.end, self.clause.end)
            if self.within(cue.end, a.start, _NEAR_WORDS) and "," not in reading.low[cue.end : a.start]
        ]
        unplaced = sum(1 for a in refs if not a.codes and a.kind in PEOPLE)  # "بين الرئيس بخاري والرئيس أوباما"
        return len(_codes(refs)) + unplaced < 2

    def pair(self) -> tuple[str, ...]:
        for a in self.refs:
            if a.kind == RefKind.PAIR and a.codes:
                return a.codes
        return ()

    def place(self) -> ActorRef | None:
        for a in self.reading.actors_in(self.clause.start, self.clause.end):
            if a.kind in PLACES and a.cue in (Role.IN, Role.WITH, Role.TO, Role.AT):
                return a
        return None

    def topic_start(self) -> int | None:
        """Where a topic right after the trigger begins: "on", "about", "بشأن" with another trigger a word or two
        on ("talks on restoring ties", "محادثات بشأن إعادة العلاقات"). The states after it are the topic's ("ties
        between Iran and Egypt"), not the trigger's; "talks on the sidelines", "talks on Monday" have none."""
        hit, r = self.hit, self.reading
        cue = next((c for c in r.cues_in(hit.end, hit.end + 24) if c.entry.kind in (HitKind.PREP, HitKind.MODAL)), None)
        if (
            cue is None
            or str(cue.entry.value) not in self.lang.words["topic_cues"]
            or not self.within(hit.end, cue.start, 0)
            or not any(self.within(cue.end, t.start, 1) for t in r.triggers_in(cue.end, cue.end + 40))
        ):
            return None
        return cue.start

    def governed_by(self, param: str) -> bool:
        """A verb of the trigger's ``param`` list is one of the three words before the noun: "hosts" ("Qatar
        hosted the talks", "استضافت قطر المحادثات": the subject hosts the others' talks, no party to them),
        "stops" ("suspended talks with", "علقت مصر المحادثات": no talks held)."""
        if self.spec.word_class != "noun":
            return False
        verbs = self.spec.param(param)
        before = self.reading.words_between(max(self.clause.start, self.hit.start - 40), self.hit.start)[-3:]
        return bool(verbs) and not set(verbs).isdisjoint(before)

    def other_sense(self) -> bool:
        """One of the two words right after the trigger makes it another word (``other_sense``): "يبحثون جديا عن"
        search, no talks (a fixed phrase, "قمة التوتر", is a ``lexemes`` word instead)."""
        senses = self.spec.param("other_sense")
        if not senses:
            return False
        after = self.reading.words_between(self.hit.end, min(self.clause.end, self.hit.end + 40))[:2]
        return not set(senses).isdisjoint(after)

    def owned(self, start: int, end: int) -> bool:
        """The noun at ``start:end`` has a possessive suffix ("سفارتها") or word before it ("its embassy")."""
        suffixes = tuple(self.lang.words.get("possessive_suffixes", ()))
        return (bool(suffixes) and self.reading.low[start:end].endswith(suffixes)) or self.possessed(start)

    def adjacent_subject(self, ref: ActorRef) -> bool:
        """``ref`` is the verb's own subject: right after it (VSO) or right before it (SVO), with at most one
        word between that is no honorific and no date ("وصل صاحب السمو الأمير", "وصل أمس وزير الخارجية")."""
        a, b = (self.hit.end, ref.start) if ref.start >= self.hit.end else (ref.end, self.hit.start)
        if b - a > 200:
            return False
        words = self.reading.bare_undated(a, b, self.sentence)
        words -= sum(
            self.reading.words.count(h.start - len(h.prefix), h.end)
            for h in self.reading.cues_in(a, b, HitKind.HONORIFIC)
        )
        # A name may come before the office that says whose it is: "توجه سيغمار غابريال، وزير الاقتصاد الألماني".
        return words <= (3 if ref.kind == RefKind.OFFICIAL and ref.start >= self.hit.end else 1)

    def relative_between(self, end: int, words: str = "relatives") -> bool:
        """A relative pronoun lies between the trigger and ``end``: what follows it describes a noun, and is no
        argument of the trigger ("met members of the council, which comprises Oman and Qatar"); with ``words``
        "complementizers", a reported clause ("في زيارة رسمية، إن الرئيس ... إيران", "زيارته الأخيرة، إنه يسعى"),
        the word maybe with a pronoun suffix."""
        found, suffixes = self.lang.words[words], tuple(self.lang.words.get("possessive_suffixes", ()))
        between = self.reading.words_between(self.hit.end, end)
        if not found.isdisjoint(between):
            return True
        return bool(suffixes) and any(
            w[: -len(x)] in found for w in between if w.endswith(suffixes) for x in suffixes if w.endswith(x)
        )

    def preceded_by(self, pattern: str, ref: ActorRef) -> bool:
        """The language's ``pattern`` (anchored with ``$``) ends right before ``ref`` ("was resident at Bridgetown")."""
        low = self.reading.low
        return self.lang.pattern(pattern).search(low, max(self.sentence[0], ref.start - 40), ref.start) is not None

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
        return beside or any(
            c.entry.value in (Level.HEAD, Level.MINISTER) and self.within(c.end, ref.start, 2)
            for c in self.reading.cues_in(max(self.clause.start, ref.start - 40), ref.start, HitKind.OFFICE)
        )

    def traveller_of(self) -> ActorRef | None:
        """The official a travel noun names with "of" or in construct right after it ("the visit of the Chinese
        president to Egypt", "زيارة الرئيس الصيني لمصر"), or with ل a little further on ("زيارة إلى واشنطن لوزير
        خارجية كوبي": a Cuban minister's visit)."""
        if self.spec.word_class != "noun":
            return None
        return next(
            (
                a
                for a in self.after()
                if a.kind in PEOPLE
                and a.level != Level.ENVOY
                and a.codes
                and (
                    (a.cue == Role.OF and self.within(self.hit.end, a.start, 2))
                    # where the noun comes first, its construct state: "بزيارة الرئيس اليمني", the Yemeni's visit
                    or (
                        not self.lang.modifiers_first
                        and not a.cue
                        and self.reading.low[self.hit.end : a.start].strip() in ("", *self.lang.words["articles"])
                    )
                    or (
                        a.cue == Role.FOR
                        and self.reading.distance(self.hit.end, a.start) <= 4
                        and not self.trigger_between(a.start)
                        and not self._possessive()
                    )
                )  # "زيارته للرئيس": his visit to the president
            ),
            None,
        )

    def unnamed_subject(self) -> bool:
        """The subject is a group no state is named in (``unnamed_groups``): among the three words before the verb,
        or right after it where the verb comes first ("Several Arab countries had severed ties", "قطعت دول عربية
        علاقاتها", "كانت دول عربية قد قطعت")."""
        reading, hit, groups = self.reading, self.hit, self.lang.words["unnamed_groups"]
        lo, hi = max(self.sentence[0], hit.word_start - 40), min(self.sentence[1], hit.word_end + 24)
        before = reading.words_between(lo, hit.word_start)
        while before and before[-1] in self.lang.words["auxiliaries"]:
            before.pop()
        after = reading.words_between(hit.word_end, hi)[:1] if self.lang.verb_first else []
        found = [reading.low.rfind(w, lo, hit.word_start) for w in before[-3:] if w in groups]
        found += [reading.low.find(w, hit.word_end, hi) for w in after if w in groups]
        refs = reading.actors_in(lo, self.sentence[1])  # "دول مجلس التعاون الخليجي", a group past ``hi``
        return any(not any(a.start <= at < a.end for a in refs) for at in found)

    def staff(self, ref: ActorRef) -> bool:
        """``ref`` is people below minister level: an envoy, a body of officials, a delegation, a parliament
        (``staff_nouns``); a deputy or an assistant of a minister, lawmakers ("Japan's deputy foreign minister",
        "U.S. senators", "مساعد وزير الخارجية", "المدير العام لوزارة الخارجية": ``below_minister``, in the
        reference, right after it, or ending right where it begins)."""
        low = self.reading.low
        if ref.level == Level.ENVOY:
            return True  # an ambassador ("التقى السفير ... الرئيس الجزائري": no meeting at minister level)
        if ref.level == Level.BODY and self.lang.pattern("staff_nouns").search(low, ref.start, ref.end) is not None:
            return True
        lo, gap = max(self.sentence[0], ref.start - _BELOW_MINISTER_REACH), self.lang.words["office_gap"]
        return any(
            m.end() > ref.start or gap.issuperset(self.reading.words_between(m.end(), ref.start))
            for m in self.lang.pattern("below_minister").finditer(
                low, lo, min(ref.end + _BELOW_MINISTER_REACH, self.sentence[1])
            )
        )  # a rank before the reference governs it only right before it, or across "of the"

    def civilian(self, ref: ActorRef) -> bool:
        """``ref`` names whose people, not a state acting: "Kuwaiti athletes", "Egypt's national team", "منتخب
        مصر", "الرياضيين الكويتيين" (the language's ``civilians_after`` / ``civilians_before`` patterns)."""
        low = self.reading.low
        return (
            self.lang.pattern("civilians_after").match(low, ref.end) is not None
            or self.lang.pattern("civilians_before").search(low, max(0, ref.start - 40), ref.start) is not None
        )

    def indirect(self) -> bool:
        """Talks by phone, letter or video (``indirect_contact``) in the trigger's sentence, or in the one before when
        this one goes on about them without a place of its own ("تلقى اتصالا هاتفيا من ... . كما بحث معه ...")."""
        reading, (lo, hi) = self.reading, self.sentence
        times = [c.end for c in reading.cues_in(lo, hi, HitKind.TIME_PREP)]
        contacts = [any(self.within(t, c.start, 2) for t in times) for c in reading.cues_in(lo, hi, HitKind.CONTACT)]
        if contacts:  # "وبعد تسليم رسالة أجرى الطرفان مباحثات": talks after a letter, not by letter
            return not all(contacts)
        if lo < 2 or any(a.kind in PLACES for a in reading.actors_in(lo, hi)) or any(t < self.hit.start for t in times):
            return False  # a place of its own, or a time after (or before) what came before
        before = reading.sentence_of(lo - 2)
        if before[1] <= lo and bool(reading.cues_in(before[0], before[1], HitKind.CONTACT)):
            return True
        return self._call_retold(before)

    def _call_retold(self, before: tuple[int, int]) -> bool:
        """A call a few sentences back between the very states whose officials this sentence names, with no place
        or other officials between: "أجرى الرئيس الأميركي اتصالا هاتفيا بنظيره التركي ... . وأضاف البيان أن
        الرئيسين الأميركي والتركي بحثا ..." (the statement goes on about the call)."""
        reading, steps = self.reading, 0
        named = {c for a in reading.actors_in(*self.sentence) if a.kind in PEOPLE for c in a.codes}
        while named and steps < _CALL_SENTENCES and before[1] <= self.sentence[0]:
            refs = reading.actors_in(*before)
            codes = {c for a in refs if a.kind in PEOPLE for c in a.codes}
            if any(a.kind in PLACES for a in refs) or (codes and not named <= codes):
                return False  # a place, or other officials: another story
            if reading.cues_in(*before, HitKind.CONTACT):
                return True
            steps += before[1] > before[0]  # (a blank line between paragraphs is no sentence)
            if before[0] < 2:
                return False
            before = reading.sentence_of(before[0] - 2)
        return False

    def definite(self, start: int) -> bool:
        """Whether the noun at ``start`` is definite: the article on it ("الاتفاق") or a determiner before it ("the
        deal", "the Comprehensive Peace Agreement", "هذا الاتفاق"): a thing already known."""
        low, words = self.reading.low, self.lang.words
        if any(low.endswith(a, max(0, start - len(a)), start) for a in words["articles"]):
            return True
        for word in reversed(self.reading.words_between(max(self.sentence[0], start - 40), start)[-4:]):
            if word in words["definite_determiners"]:
                return True
            if self.lang.has("name_stops", word) or self.lang.has("conjunctions", word):
                return False  # "a", "of", "and": the phrase began after it
        return False

    def impersonal(self) -> bool:
        """An impersonal passive governs the noun ("تم بحث الشأن السوري", it was discussed): the noun has no agent,
        and the states after it are what was discussed, unless "between" or "with" says otherwise."""
        return any(  # a verb of the same letters (بحث) is read as its verbal noun here
            self.within(c.end, self.hit.word_start, 0)
            for c in self.reading.cues_in(
                max(self.sentence[0], self.hit.word_start - 12), self.hit.word_start, HitKind.IMPERSONAL
            )
        )

    def discourse(self, codes: Sequence[str], subjects: Sequence[ActorRef], near_only: bool = False) -> list[str]:
        """``codes`` completed with the pair under discussion, when the subject is missing or unnamed.

        Only where every state the sentence names (if any) belongs to that pair:
        "Diplomatic relations and the American Embassy in Damascus were
        reestablished" in an article about Syria and the United States. With ``near_only``, a pair the sentence
        names only well after the trigger is not yet under discussion ("this renewal of relations follows a drive to
        make peace with A and B": the relations of the pair before it).
        """
        reading = self.reading
        pair = reading.pair_at(self.hit.start)
        earlier = reading.pair_at(self.sentence[0] - 1) if self.sentence[0] and near_only else pair
        if pair is not None and pair != earlier:
            near = {
                c
                for a in reading.actors_in(*self.sentence)
                if a.end <= self.hit.start or reading.distance(self.hit.end, a.start) <= _NEAR_WORDS
                for c in a.codes
            }
            pair = pair if set(pair) <= near | set(codes) else earlier
        # "Bahrain announced that it would restore diplomatic ties": one of the pair, the status with the other
        open_subject = (
            not _codes(subjects)
            or any(not a.codes for a in subjects)
            or (
                self.spec.type.is_status
                and self.reading.recorder is None  # a record has its own implicit party
                and not any(
                    c.entry.value == Role.WITH
                    for c in self.reading.cues_in(self.hit.end, self.clause.end, HitKind.PREP)
                )
                and len(codes) == 1
                and pair is not None
                and codes[0] in pair
            )
        )
        # A sentence that names no state at all ("وقعت في يوليو على اتفاقية"): news leaves too much between it
        # and the last pair to guess an act's parties; not a status ("the relations were severed in 1961": the
        # pair's), nor in a state's own record, about one pair throughout.
        anaphoric = self.spec.type.is_status or self.reading.recorder is not None
        named = self.named or (set(pair) if pair and anaphoric else set())
        if pair and open_subject and named and named <= set(pair):
            return _codes_list(codes, pair)
        return list(codes)


def _codes(refs: Iterable[ActorRef]) -> list[str]:
    return list(dict.fromkeys(c for a in refs for c in a.codes))


def _codes_list(first: Sequence[str], more: Iterable[str]) -> list[str]:
    return list(dict.fromkeys([*first, *more]))
