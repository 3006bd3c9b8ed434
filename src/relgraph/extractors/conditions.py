"""The conditions a trigger must meet to report an event: what it needs nearby (its argument), and no modality
(future, intent, condition, negation, a generic plural) that makes it no fact."""

from __future__ import annotations

import re
from typing import cast

from relgraph.extractors.cues import unconjoined
from relgraph.extractors.kinds import HitKind, Modality, Role
from relgraph.extractors.language import TriggerSpec
from relgraph.extractors.purposes import (
    _TALKS,
    _headline_infinitive,
    _infinitive_light_verb,
    _object_lam,
    _presupposed,
    _purpose_light_noun,
    _travel_purpose,
)
from relgraph.extractors.reading import Reading
from relgraph.extractors.scanning import Hit
from relgraph.extractors.sieve import any_in
from relgraph.extractors.site import Site

_NEEDS_WINDOW = 60  # characters either side of a trigger where what it needs must appear
_AFTER_NOUN_WORDS = 8  # "the visit of X to Y is planned for": a noun's predicate may come this far after it
#: A decision: it is the event where the event is a status ("agreed to establish relations", "decided to sever
#: ties"), never where it is an act ("agreed to reopen embassies").
_DATED = Modality.AGREEMENT
#: Modality that only an imperfect verb takes: "قد يزور" may visit, "وقد زار" (he) visited.
_POSSIBLE = Modality.POSSIBILITY
_OTHER_TIES_REACH = 70  # characters after a relations trigger where "trade ties", "علاقات حسنة" is its argument


def _needs_met(site: Site) -> bool:
    """Whether what the trigger needs ("relations" for "severed") is near it: a verb's argument where the
    subject comes first ("severed diplomatic relations", "relations ... were resumed"), else within a window.

    A trigger with a date right after it and no argument of its own shares an earlier trigger's in its clause
    that needs the same: "قطعت العلاقات بين البلدين عام 1980 وأعيدت عام 1991", "which were suspended in 1999
    and resumed in 2002".
    """
    reading, hit, spec = site.reading, site.hit, site.spec
    pattern = reading.lang.needs.get(spec.index)
    if pattern is None:
        return True
    clause, sentence = site.clause, site.sentence
    reach = spec.param("needs_reach") or reading.lang.needs_reach.get(spec.word_class)
    if not reading.lang.verb_first and spec.word_class == "verb":
        if site.argument(pattern, complement=bool(spec.param("needs_after"))) is not None:
            return True
    elif reach:
        cues = spec.param("needs_cues") or reading.lang.needs_cues.get(spec.word_class, ())
        if _argument_within(reading, pattern, hit, sentence, reach, cues):
            return True
    else:
        lo = max(sentence[0], hit.start - _NEEDS_WINDOW // 2, clause.start - 10)
        hi = min(sentence[1], hit.end + _NEEDS_WINDOW)
        if pattern.search(reading.low, lo, hi) is not None:
            return True
    earlier = [
        (t, t.entry.value)
        for t in reading.triggers_in(clause.start, hit.start)
        if isinstance(t.entry.value, TriggerSpec) and t.entry.value.needs == spec.needs
    ]
    if not earlier:
        return False
    dated_next = any(
        d.start >= hit.end and reading.words.within(hit.end, d.start, 1) for d in reading.dates_in(sentence)
    )
    return dated_next and _needs_met(Site(reading, *earlier[-1], sentence))


def _modality(site: Site) -> Modality | None:
    """:func:`_modality_of`, once per trigger."""
    key, known = (site.hit.start, site.spec.index), site.reading.modalities
    if key not in known:
        known[key] = _modality_of(site)
    return known[key]


def _modality_of(site: Site) -> Modality | None:
    """Why the trigger reports no fact (``"generic"``, ``"future"``, ``"negation"`` ...), or ``None``.

    Generic plurals; a future or purpose prefix on the trigger (سيزور, لزيارة);
    a modal cue before it in its clause, within the language's ``modal_window``
    characters (a negation or a topic only within the words ``modal_reach`` gives; "قد" only before an imperfect
    verb: "قد يزور", not "وقد زار"); a modal word right after a
    verb ("reopen within two months") or in a noun's predicate ("a visit to
    Kuwait is planned for December").
    """
    reading, hit, spec, lang = site.reading, site.hit, site.spec, site.lang
    if spec.generic:
        return Modality.GENERIC
    announced = spec.type.is_status and bool(reading.cues_in(site.sentence[0], hit.start, HitKind.ANNOUNCE))
    if spec.word_class == "verb" and hit.prefix in lang.words["future_prefixes"]:
        return _DATED if announced else Modality.FUTURE  # سيزور, ليزور; "أعلنت أنها ستعيد العلاقات": the decision
    lam = hit.prefix in lang.words["purpose_prefixes"]
    held = spec.word_class == "noun" and ((lam and _object_lam(site)) or _presupposed(site))
    if spec.word_class == "noun" and not held and (lam or _purpose_light_noun(site)):
        return Modality.INTENT  # لزيارة, لعقد اجتماع: a purpose, not a report
    clause = site.clause
    # "efforts ... are the completion of a summit" (استكمال لقمة): the summit was held, whatever came before
    window_start = hit.word_start if held else max(clause.start, hit.start - lang.modal_window, _reduced(site))
    imperfect = _imperfect(site)
    if lang.future_light_verbs and (_future_light_verb(site) or _future_verb_during(site)):
        return Modality.FUTURE  # "سيقوم الوزير بزيارة", "سيجري محادثات": a future prefix on a light verb
    if imperfect and (_time_to_come(site) or _future_conjunct(site)):
        return Modality.FUTURE  # "ويلتقي لافروف لاحقا كيري", "سيقابل روحاني ويجتمع مع ظريف": to come
    exempt = spec.param("exempt")  # "discussed ... during a meeting": a topic, not an intent, for talks
    found = [
        cast(Modality, cue.entry.value)
        for cue in reading.cues_in(window_start, hit.start, HitKind.MODAL)
        if cue.entry.value not in exempt
        and (
            (reach := lang.modal_reach.get(str(cue.entry.value))) is None
            or reading.distance(cue.end, hit.word_start) <= reach  # a state's name counts as one word
            or _past_aside(reading, cue.end, hit.word_start, reach)
        )
        and (cue.entry.value != _POSSIBLE or imperfect)
    ]
    found = [c for c in found if c != Modality.NEGATION or not _negation_lifted(site)]  # "not ... until 1783"
    found += _governed(site, imperfect) if not found else []
    if not found and (_headline_infinitive(site) or _infinitive_light_verb(site) or _travel_purpose(site)):
        found.append(Modality.INTENT)  # "Oman's foreign minister to visit Iran"; "flew to Tokyo to hold talks"
    talks = (
        []
        if found
        else [
            (t, t.entry.value)
            for t in reading.triggers_in(clause.start, hit.start)
            if isinstance(t.entry.value, TriggerSpec) and t.entry.value.frame in _TALKS
        ]
    )
    if talks and Site(reading, *talks[-1], site.sentence).topic_start() is not None:
        found.append(Modality.ABOUT)  # "talks on restoring ties": a topic, not an event
    if not held and _future_after(site):
        found.append(Modality.FUTURE)
    if found and set(found) == {Modality.FUTURE} and announced:
        return _DATED  # "announced that they will resume relations": the decision, dated by its announcement
    return next((c for c in found if c != _DATED), found[0] if found else None)


def _reduced(site: Site) -> int:
    """Where a participle right after the noun it needs begins its own clause, a reduced relative ("an interest in
    restoring ties severed by Moscow in 1967": the severance is a fact, not the interest's): the noun's start,
    else 0."""
    reading, hit = site.reading, site.hit
    pattern = reading.lang.needs.get(site.spec.index)
    if pattern is None or site.spec.word_class != "verb" or not site.lang.modifiers_first:
        return 0
    before = list(pattern.finditer(reading.low, max(site.clause.start, hit.word_start - 30), hit.word_start))
    return before[-1].start() if before and reading.words.within(before[-1].end(), hit.word_start, 0) else 0


def _negation_lifted(site: Site) -> bool:
    """A word after the trigger in its clause, before a comma (``negation_lifters``), says when the negated act did
    happen: "did not formally recognize it until the appointment of ...", "لم تعترف بها إلا عام 1979"; not "relations
    were never severed, the United States refused to recognize ... until 1933"."""
    end = site.reading.comma_after(site.hit.end, site.clause.end)
    return not site.lang.words["negation_lifters"].isdisjoint(site.reading.words_between(site.hit.end, end))


def _governed(site: Site, imperfect: bool) -> list[Modality]:
    """What governs the trigger from further than a modal word reaches: "أن" right before an imperfect, or the modal
    verb whose complement the trigger is joined to."""
    return [Modality.INTENT] if imperfect and _subjunctive(site) else _governed_conjunct(site)


def _subjunctive(site: Site) -> bool:
    """An imperfect verb right after "أن" (the language's ``complementizers``) where the verb comes first is a
    subjunctive, no report: "من الطبيعي أن تستأنف فرنسا وإيران علاقاتهما", "من المخطط أن يبحث الوزير" (to resume,
    to discuss); not after a time preposition: "قبل أن يعين سفيرا" (before he was appointed)."""
    reading, hit = site.reading, site.hit
    lo = max(site.sentence[0], hit.word_start - 24)
    before = reading.words_between(lo, hit.word_start)[-1:]
    if not site.lang.verb_first or not before or before[0] not in site.lang.words["complementizers"]:
        return False
    at = reading.low.rfind(before[0], lo, hit.word_start)
    return not any(  # a phrase it ends ("قبل أن", a clause break), or a time preposition right before it
        c.start < at and (c.end > at or (c.entry.kind == HitKind.TIME_PREP and site.within(c.end, at, 0)))
        for c in reading.cues_in(lo, hit.word_start)
    )


_CONJUNCT_REACH = 12  # words at most from an earlier verbal noun to the trigger conjoined with it


def _governed_conjunct(site: Site) -> list[Modality]:
    """A verbal noun joined by "و" to the complement of a modal verb earlier in its clause shares its modality, however
    long the first conjunct: "طالب المتظاهرون الحكومة بوقف التعامل مع ...، وإغلاق السفارة" (a demand), "دعا إلى
    وقف ... وقطع العلاقات"; a trigger joined to one of its type with a purpose prefix is a purpose too. Not past
    another trigger's verb. Any trigger joined to an earlier verbal noun trigger shares what governs that one ("طالب
    البحرينيون بسحب السفير ...، وطرد السفير الإيراني": "طرد" read as a verb too, the parallel noun decides)."""
    reading, hit = site.reading, site.hit
    if unconjoined(site.lang, hit.prefix) == hit.prefix:
        return []
    earlier = [
        (t, t.entry.value)
        for t in reading.triggers_in(site.clause.start, hit.word_start)
        if isinstance(t.entry.value, TriggerSpec)
        and t.entry.value.word_class == "noun"
        and reading.distance(t.end, hit.word_start) <= _CONJUNCT_REACH
    ]
    shared = _modality(Site(reading, *earlier[-1], site.sentence)) if earlier else None
    if shared in (Modality.INTENT, Modality.FUTURE, Modality.NEGATION):
        return [cast(Modality, shared)]
    noun = site.spec.word_class == "noun"
    modal = reading.cues_in(site.clause.start, hit.start, HitKind.MODAL) if noun else []
    cues = [  # "دعا إلى ... وقطع العلاقات"; a word of intent too: "عن ضرورة بدء حوار ...، وإعادة تطبيع العلاقات"
        c
        for c in modal
        if c.entry.word_class == "verb" or (c.entry.word_class == "word" and c.entry.value == Modality.INTENT)
    ]
    purposes = [  # "لبحث دعم العلاقات ... وبحث آخر التطورات": a purpose, both (the second read as a verb or a noun)
        t.end
        for t in reading.triggers_in(site.clause.start, hit.start)
        if t.prefix in site.lang.words["purpose_prefixes"]
        and getattr(t.entry.value, "type", None) == site.spec.type
        and (noun or reading.comma_after(t.end, hit.start) == hit.start)  # "، وبحث الجانبان": a new clause
    ]
    if not cues and not purposes:
        return []
    after = max([*(c.end for c in cues), *purposes])
    verbs = [t for t in reading.triggers_in(after, hit.start) if cast(TriggerSpec, t.entry.value).word_class == "verb"]
    if verbs:
        return []
    return [Modality.INTENT if purposes and after in purposes else cast(Modality, cues[-1].entry.value)]


def _time_to_come(site: Site) -> bool:
    """The trigger's clause says "later" (``imperfect_future``), or a modal word follows it: "يلتقي ... في الأسابيع
    المقبلة"."""
    reading, clause = site.reading, site.clause
    return not site.lang.words["imperfect_future"].isdisjoint(reading.words_between(*clause)) or any(
        _future_cue(site, c) for c in reading.cues_in(site.hit.end, clause.end, HitKind.MODAL_AFTER)
    )


def _future_conjunct(site: Site) -> bool:
    """An imperfect verb joined by "و" to a verb with a future prefix before it in its clause shares its tense:
    "حيث سيقابل روحاني ويجتمع مع نظيره" (a future prefix, then an imperfect one: "سي", "ست")."""
    lang, hit = site.lang, site.hit
    if unconjoined(lang, hit.prefix) == hit.prefix:
        return False
    futures = lang.words["future_prefixes"] - lang.words["purpose_prefixes"]  # not "لتعزيز"
    persons, words = tuple(lang.words["imperfect_prefixes"]), site.reading.words_between(site.clause.start, hit.start)
    tensed = (w[len(p) :] for p in futures for w in words if w.startswith(p))
    return any(rest.startswith(persons) and len(rest) > 2 for rest in tensed)


def _future_after(site: Site) -> bool:
    """A modal word after the trigger: right after a verb ("reopen within two months"), in a noun's predicate ("a
    visit to Kuwait is planned for December"); not another noun's ("بلقاء الأمير قبل اللقاء المقرر مع الوزراء")."""
    reading, hit = site.reading, site.hit
    reach = _AFTER_NOUN_WORDS if site.spec.word_class == "noun" else 2
    return any(
        reading.distance(hit.end, c.word_start) <= reach and _future_cue(site, c) and not _noun_between(site, c.start)
        for c in reading.cues_in(hit.end, site.clause.end, HitKind.MODAL_AFTER)
    )


def _noun_between(site: Site, end: int) -> bool:
    """Another trigger noun lies between the trigger and ``end``: what follows is that noun's ("قبل اللقاء المقرر");
    a verb there may be a relative clause on the trigger ("زيارة ... التي يصلها الثلاثاء المقبل")."""
    triggers = site.reading.triggers_in(site.hit.end, end)
    return any(cast(TriggerSpec, t.entry.value).word_class == "noun" for t in triggers)


def _future_cue(site: Site, cue: Hit) -> bool:
    """A modal word after a trigger; a verb (``future_predicates``) only with a future prefix: "المباحثات ستبحث", not
    "تبحث" or "لتبحث"."""
    words = site.lang.words
    return cue.entry.word_class != "verb" or (
        cue.prefix in words["future_prefixes"] and cue.prefix not in words["purpose_prefixes"]
    )


def _future_light_verb(site: Site) -> bool:
    """A light verb with a future prefix governs the trigger: before it in its clause, with nothing but its subject
    (references to states, and a word) between; or, after a noun, its predicate a word or two on."""
    reading, hit = site.reading, site.hit
    lo = max(site.clause.start, hit.start - 80)
    if any_in(site.lang.future_light_verbs, reading.low, lo, hit.start) and any(
        m.group() in site.lang.future_light_verbs and reading.bare_words(m.end(), _during(site, m.end())) <= 1
        for m in _WORD.finditer(reading.low, lo, hit.start)
    ):
        return True
    # A noun's predicate after it: "لقاء روسي سعودي سيعقد في الدوحة", "الزيارة ستتم".
    hi = min(site.clause.end, hit.end + 60)
    if not any_in(site.lang.future_light_verbs, reading.low, hit.end, hi):
        return False  # (no light verb there: the words need not be looked at)
    return site.spec.word_class == "noun" and any(
        m.group() in site.lang.future_light_verbs and reading.bare_words(hit.end, m.start()) <= 2
        for m in _WORD.finditer(reading.low, hit.end, hi)
    )


def _future_verb_during(site: Site) -> bool:
    """A verb with a future prefix right before the noun's "during" or "in" ("سيركز في لقائه مع الجبير", "ستقوم خلال
    محادثاتها"): what is done during the event is to come, and so is the event."""
    if site.spec.word_class != "noun":
        return False
    reading, lang = site.reading, site.lang
    lo = max(site.clause.start, site.hit.word_start - 60)
    refs = reading.actors_in(lo, site.hit.word_start)  # its subject between: "وسيناقش الرئيس المصري في اجتماعه"
    words = [
        m.group()
        for m in _WORD.finditer(reading.low, lo, site.hit.word_start)
        if not any(r.start <= m.start() < r.end for r in refs)
    ][-2:]
    preps = reading.cues_in(max(site.clause.start, site.hit.word_start - 8), site.hit.word_start, HitKind.PREP)
    during = lang.has("during_words", words[-1]) if words else False
    if len(words) < 2 or not (during or (preps and preps[-1].entry.value == Role.IN)):
        return False
    verb = unconjoined(lang, words[0])
    futures = [p for p in lang.words["future_prefixes"] if not lang.has("purpose_prefixes", p)]
    return any(
        verb.startswith(f) and verb[len(f) : len(f) + 1] in lang.words["imperfect_prefixes"] and len(verb) - len(f) >= 4
        for f in futures
    ) and not verb.endswith(tuple(lang.words["noun_endings"]))  # "سنوات في المحادثات": years, no verb


def _during(site: Site, start: int) -> int:
    """Where the noun's phrase ends its light verb's reach from ``start``: at a phrase telling the time of another
    event (``during_words``: "سيجري الرئيس خلال زيارته التي تستغرق يومين محادثات"), else at the trigger."""
    low, words = site.reading.low, site.lang.words["during_words"]
    return next((m.start() for m in _WORD.finditer(low, start, site.hit.start) if m.group() in words), site.hit.start)


def _imperfect(site: Site) -> bool:
    """The trigger is a verb in the imperfect (present) tense: "يزور", "تستأنف", "visits", "meets"."""
    hit, low, lang = site.hit, site.reading.low, site.lang
    if site.spec.word_class == "noun":  # its light verb's: "begins a state visit", "يقوم بزيارة"
        before = site.reading.words_between(max(site.clause.start, hit.word_start - 40), hit.word_start)[-4:]
        return any(w in lang.present_forms or lang.has("light_verbs", unconjoined(lang, w)) for w in before)
    if site.spec.word_class != "verb":
        return False
    if low[hit.start : hit.end + len(hit.suffix)] in site.lang.present_forms:
        return True
    return (
        not unconjoined(site.lang, hit.prefix)  # "ويلتقي": and he meets
        and low[hit.start] in site.lang.words["imperfect_prefixes"]
        and low[hit.start : hit.end] not in site.lang.perfect_forms  # توجه (tawajjaha) is a perfect
    )


def _other_ties(site: Site) -> bool:
    """Ties of another kind right after the trigger in its clause ("استعادة العلاقات التجارية", "resumed trade
    ties", "إقامة علاقات حسنة"): the language's ``other_ties`` pattern."""
    end = min(site.clause.end, site.hit.end + _OTHER_TIES_REACH)
    return site.lang.pattern("other_ties").search(site.reading.low, site.hit.end, end) is not None


def _argument_within(
    reading: Reading,
    pattern: re.Pattern[str],
    hit: Hit,
    sentence: tuple[int, int],
    reach: tuple[str, ...],
    cues: tuple[str, ...],
) -> bool:
    """What the trigger needs is its argument: at most ``after`` words after it ("إعادة العلاقات", "resumption of
    diplomatic relations") or ``before`` words before it ("the embassy closure", "العلاقات التي قطعت"), in its
    sentence, references to states not counted ("قطع المملكة علاقاتها": the masdar's subject stands between), and
    with no preposition on it but ``cues``.
    "إعادة الروح للعلاقة" (bringing life back to the relationship) is no restoration of relations."""
    low, before, after = reading.low, int(reach[0]), int(reach[1])
    for m in pattern.finditer(low, sentence[0], sentence[1]):
        if m.start() >= hit.end:
            word = m.start()
            while word > hit.end and low[word - 1].isalnum():
                word -= 1  # "العلاقات": counted from its word's start
            governed = reading.lang.proclitic(low[word : m.start()])  # "أضر بالعلاقات": another word's
            if governed and governed not in cues:
                return False  # a masdar's object may take ل ("قطع المغرب لعلاقاته"); طالب takes ب ("بمغادرة")
            return reading.bare_undated(hit.end, word, sentence) <= after  # "أعادت الكويت والعراق أمس العلاقات"
        if m.end() <= hit.start and reading.bare_words(m.end(), hit.start) <= before:
            return True
    return False


def _past_aside(reading: Reading, start: int, end: int, reach: int) -> bool:
    """At most ``reach`` words lie between ``start`` and ``end`` once a short aside between commas or brackets is left
    out: "has not, to this day, established", "لم تقم مصر، حتى الآن، بإعادة", "استبعد ظريف (في ما يبدو) زيارة"."""
    low = reading.low
    for opening, closing in _ASIDES:
        first, last = low.find(opening, start, end), low.rfind(closing, start, end)
        if first >= 0 and 0 < last - first < _ASIDE_CHARS:
            return reading.words.count(start, first) + reading.words.count(last + 1, end) <= reach
    return False


_ASIDE_CHARS = 40
_ASIDES = ((",", ","), ("(", ")"))  # (normalised text: the Arabic comma is ",")
_WORD = re.compile(r"\w+")
