"""Persons: the name after an office or a title, later mentions of a named person, an office joined to the
person it names, and a leader's surname with a regime noun ("the Assad regime")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date

from relgraph.extractors.cues import conjoined, unconjoined
from relgraph.extractors.kinds import HitKind, Level, RefKind, Role
from relgraph.extractors.language import Language
from relgraph.extractors.positions import (
    _BOUNDARY,
    _LAST_WORD,
    _NEXT_WORD,
    _WORD,
    ActorRef,
    Words,
    _Hits,
)
from relgraph.extractors.scanning import Entry, Hit
from relgraph.text.normalize import fold


def _person_name(
    pos: int, low: str, text: str, honorifics: Sequence[Hit], lang: Language, stops: set[int]
) -> tuple[int, str]:
    """A person's name right after an office or title, honorifics skipped: (end offset, folded name).

    The name ends before any word the lexicon knows, a date, punctuation or a
    word of the language's ``name_stops``. In a cased script a name is capitalised
    words (and glue: "bin", "al") and may follow a comma ("the Emir of Qatar,
    Tamim bin Hamad"); in Arabic it does not start with the article (a family
    name such as الجبير may end it) or with an imperfect verb's prefix.
    """
    i = pos
    honorific = False
    for h in honorifics:
        if h.start < i:
            continue
        if low[i : h.start].strip(" ,"):
            break
        i, honorific = h.end, True
    words: list[tuple[int, int]] = []
    for m in _WORD.finditer(low, i):
        gap = low[i : m.start()].strip()
        if (gap not in ("", "-") and not (gap == "," and lang.cased and not words)) or m.start() in stops:
            break
        token = m.group()
        if lang.has("name_stops", token) or lang.has("complementizers", token):
            break  # "المتحدث بأن سامح شكري": the spokesman said that ..., no name
        if lang.cased and not (text[m.start()].isupper() or token in lang.name_glue):
            break
        if not lang.cased and not _uncased_name_token(token, bool(words), honorific, lang):
            break
        words.append((m.start(), m.end()))
        i = m.end()
        if len(words) == 5 or (not lang.cased and token.startswith(tuple(lang.words["articles"]))):
            break
    while words and low[words[-1][0] : words[-1][1]] in lang.name_glue:
        words.pop()
    alone = low[words[0][0] : words[0][1]] if len(words) == 1 else ""
    if alone and not lang.cased and unconjoined(lang, alone) != alone:
        words.pop()  # "رئيس وزراء باكستان، وعقد جلسة": a word with a conjunction alone is the next clause's verb
    if not words:
        return pos, ""
    return words[-1][1], low[words[0][0] : words[-1][1]]


def _uncased_name_token(token: str, inside: bool, honorific: bool, lang: Language) -> bool:
    """Whether an Arabic word can be part of a name: Arabic letters, no conjunction inside the name, no article
    at its start, and no imperfect verb's prefix ("أمير قطر يعد ...") unless an honorific announced a name."""
    if not lang.pattern("name_token").fullmatch(token) or (
        inside and token.startswith(tuple(lang.words["conjunctions"]))
    ):
        return False
    if not inside and token.startswith(tuple(lang.words["articles"])):
        return False
    return inside or honorific or not (token[0] in lang.person_prefixes and len(token) > 3)


def _name_keys(name: str, lang: Language) -> list[str]:
    tokens = name.split()
    keys = [name]
    if len(tokens) > 1 and tokens[-1] not in lang.name_glue and len(tokens[-1]) > 2:
        keys.append(tokens[-1])
    return keys


def _with_persons(
    refs: list[ActorRef],
    persons: dict[str, tuple[str, ...]],
    words: Words,
    text: str,
    lang: Language,
    cue_of: Callable[[Hit], Role],
) -> list[ActorRef]:
    """Later mentions of a named person ("ظريف", "Sadat") refer to their state."""
    if not persons:
        return refs
    covered = _Hits(refs)  # (not the mentions added: each ends before the next match starts)
    out = list(refs)
    low = words.low
    for p, s, e in _name_matches(low, sorted(persons, key=len, reverse=True), lang.words["name_clitics"]):
        if covered.covers(s):
            continue
        if lang.cased and (not text[s].isupper() or (not text[s:e].isupper() and _named_on(text, e, persons, low))):
            continue  # "Charles H. Graves" after "Prince Charles of Denmark": another's name
        codes, last = persons[low[s:e]], out[-1] if out else None
        adjacent = last is not None and last.end < s and not low[last.end : p].strip()
        if last and adjacent and last.kind == RefKind.PERSON and last.codes == codes:
            out[-1] = last._replace(end=e, who=(last.start, e))  # "Paz" then "Estenssoro": one name, the first's cue
            continue
        prior = next(covered.before(p), None)
        if prior is not None and _holder_of(prior, codes, low[prior.start : prior.end], low[prior.end : p], lang):
            out[out.index(prior)] = prior._replace(end=e, who=(s, e))
            continue
        fake = Hit(s, e, low[p:s], "", _PERSON_ENTRY)
        out.append(ActorRef(s, e, codes, RefKind.PERSON, cue_of(fake), True, Level.HEAD, None, (s, e)))
    return out


def _holder_of(prior: ActorRef, codes: tuple[str, ...], written: str, gap: str, lang: Language) -> bool:
    """A remembered name right after ``prior`` (``written``, ``gap`` between) is the holder of its office: an
    official's with no name yet, or a demonym's in a list whose office is left out ("والسوداني معتز موسى", made the
    office's by :func:`~relgraph.extractors.offices._shared_offices`)."""
    if prior.who is not None or prior.codes != codes or gap.strip():
        return False
    return prior.kind == RefKind.OFFICIAL or (prior.kind == RefKind.TOPIC and unconjoined(lang, written) != written)


def _named_on(text: str, end: int, persons: dict[str, tuple[str, ...]], low: str) -> bool:
    """The name at ``text[:end]`` goes on with a capitalised word no remembered name starts: another person's."""
    m = _NEXT_NAME.match(text, end)
    return m is not None and not any(low.startswith(k, m.start(1)) for k in persons)


_NEXT_NAME = re.compile(r" ([A-Z][\w.]*)")


def _name_matches(low: str, names: Sequence[str], clitics: frozenset[str]) -> list[tuple[int, int, int]]:
    r"""Where ``names`` occur as words, after at most two of the letters ``clitics`` (the lexicon's
    ``name_clitics``: و ف ب ل in Arabic, none in English): ``(start of the word, start of
    the name, its end)``, in text order and not overlapping, as scanning the text with the regular expression
    ``(?<![^\W_])[وفبل]{0,2}(name1|name2|...)(?![^\W_])`` would find them in Arabic (at a word start, the most clitics,
    then the first name).

    Each name is looked for with ``str.find``: a regular expression compiled for every article's names, then
    run over the whole text, cost ten times as much.
    """
    found: dict[int, tuple[int, int, int, int]] = {}  # word start -> (clitics, -rank, name start, end), best
    for rank, name in enumerate(names):
        i = low.find(name)
        while i >= 0:
            end = i + len(name)
            if end == len(low) or not low[end].isalnum():
                for k in range(min(2, i), -1, -1):
                    p = i - k
                    if (p == 0 or not low[p - 1].isalnum()) and all(c in clitics for c in low[p:i]):
                        best = found.get(p)
                        if best is None or (k, -rank) > best[:2]:
                            found[p] = (k, -rank, i, end)
            i = low.find(name, i + 1)
    out: list[tuple[int, int, int]] = []
    reach = 0
    for p in sorted(found):
        if p >= reach:
            _, _, s, e = found[p]
            out.append((p, s, e))
            reach = e
    return out


_PERSON_ENTRY = Entry("person", HitKind.PERSON_NAME, None, "word")


def _titled_persons(refs: list[ActorRef], words: Words, lang: Language) -> list[ActorRef]:
    """An office followed by a known person is one reference: "الرئيس الروسي فلاديمير بوتين" (the same
    state); "الرئيس بوتين", "President Barack Obama" (the text gives the office no state: the person's, whatever
    state a dateline or the office's usual holder suggests); not across a reported clause ("المتحدث بأن ..."). So
    is a known person followed by his titles: "سامح شكري وزير الخارجية"."""
    out: list[ActorRef] = []
    for r in refs:
        if r.kind == RefKind.PERSON and r.codes and _org_title(out, r, words):
            r = r.resolved((), RefKind.PERSON)  # "Arab League chief Ahmed Aboul Gheit": acting for the organisation
        for i in range(max(0, len(out) - 2), len(out)):  # a title written as an office may come between
            if _org_officer(out[i], r, words, lang):
                out[i] = out[i].resolved((), RefKind.PERSON)  # "نبيل العربي الأمين العام للجامعة العربية"
        prev = out[-1] if out else None
        if prev is not None and _stacked_titles(prev, r, words, lang):
            out[-1] = r._replace(start=prev.start)  # "ولي العهد ووزير الدفاع السعودي الأمير محمد بن سلمان": one man
            continue
        joined = (
            None
            if prev is None
            else _office_then_person(prev, r, words, lang) or _person_then_office(prev, r, words, lang)
        )
        if joined is not None:
            out[-1] = joined
            continue
        out.append(r)
    return out


def _office_then_person(prev: ActorRef, r: ActorRef, words: Words, lang: Language) -> ActorRef | None:
    """``prev`` and ``r`` as one official: an office, then a known person ("الرئيس بوتين"); an official, then a
    surname that goes on his name ("Kuwait's Foreign Minister Ahmad Nasser"); else None; never across a sentence's
    end ("to King George III. Adams ...")."""
    if r.kind != RefKind.PERSON or any(c in ".!?;" for c in words.low[prev.end : r.start]):  # normalised: "?"
        return None
    if (
        r.codes
        and words.within(prev.end, r.start, 1)
        and (prev.who is None or words.within(prev.end, r.start, 0))  # not "President Alfonsin received Weizsaecker"
        and (prev.kind == RefKind.OFFICE or (prev.kind == RefKind.OFFICIAL and prev.codes == r.codes))
        and lang.words["complementizers"].isdisjoint(words.between(prev.end, r.start))
    ):
        return prev._replace(end=r.end, codes=r.codes, kind=RefKind.OFFICIAL, who=r.who)
    if (
        prev.kind == RefKind.OFFICIAL
        and prev.who is not None
        and prev.level != Level.BODY
        and words.within(prev.end, r.start, 0)
    ):
        # "Kuwait's Foreign Minister Ahmad Nasser": the name goes on, another state's leader's surname in it.
        return prev._replace(end=r.end, who=(prev.who[0], r.end))
    return None


def _person_then_office(prev: ActorRef, r: ActorRef, words: Words, lang: Language) -> ActorRef | None:
    """``prev`` and ``r`` as one official: a known person, then an office in apposition ("سامح شكري وزير الخارجية",
    "John Kerry, Secretary of State"), or more of his titles ("... ولي ولي العهد وزير الدفاع"); else None."""
    if (
        r.kind != RefKind.OFFICE
        or r.codes
        or r.level == Level.BODY
        or not _appended(words.between(prev.end, r.start), lang)
    ):
        return None
    if prev.kind == RefKind.PERSON and prev.codes:
        return prev._replace(end=r.end, kind=RefKind.OFFICIAL, level=r.level, who=prev.who or (prev.start, prev.end))
    if prev.kind == RefKind.OFFICIAL and prev.who is not None and prev.end > prev.who[1]:
        return prev._replace(end=r.end)
    return None


def _appended(gap: Sequence[str], lang: Language) -> bool:
    """Whether only the rest of a name lies between a person and an office after it: nothing (an article), or name
    glue and the word it joins ("محمد بن سلمان بن عبدالعزيز ولي ولي العهد")."""
    gap = [w for w in gap if w not in lang.words["articles"]]
    return not gap or (len(gap) % 2 == 0 and all(w in lang.name_glue for w in gap[::2]))


def _honoured(start: int, honorifics: Sequence[Hit], words: Words) -> int:
    """Where a name begins with the honorifics right before it ("His Royal Highness Prince ...")."""
    for h in reversed(honorifics):
        if h.end <= start and words.within(h.end, start, 0):
            start = h.start - len(h.prefix)
    return start


_LAST_WORD_BEFORE = re.compile(r"([^\W\d_][\w.'-]*)[^\S\n]+$")


def _other_given_name(
    hit: Hit, start: int, text: str, offices: _Hits[Hit], honorifics: Sequence[Hit], words: Words
) -> bool:
    """A known person's surname alone, right after a capitalised word that is neither a title nor an honorific
    nor the first of its sentence, names someone else: "Charles Kennedy", "Edward Kennedy"."""
    if " " in text[hit.start : hit.end].strip():
        return False
    before = _LAST_WORD_BEFORE.search(text, max(0, start - 40), start)
    given = before.group(1) if before is not None else ""
    if not given[:1].isupper() or len(given) < 3 or given.endswith("."):  # "Richard M. Nixon", "George W Bush"
        return False
    if offices.ends_at(start, words) or any(words.within(h.end, start, 0) for h in honorifics if h.end <= start):
        return False
    assert before is not None
    opening = before.start() == 0 or _BOUNDARY.search(text, max(0, before.start() - 3), before.start())
    return not opening and not _title_case(text, start)


def _title_case(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is a headline in title case ("Gunfire Erupts During Powell Visit")."""
    line = text[text.rfind("\n", 0, pos) + 1 : (text.find("\n", pos) + 1 or len(text) + 1) - 1]
    long_words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)


def _org_title(before: Sequence[ActorRef], person: ActorRef, words: Words) -> bool:
    """An organisation's title comes right before ``person``: "UN Secretary-General", "Arab League chief", "the
    EU's foreign policy chief" (an organisation, then at most three words of title and no punctuation)."""
    org = next((a for a in reversed(before) if a.kind != RefKind.OFFICE), None)
    return (
        org is not None
        and org.kind == RefKind.ORG
        and words.within(org.end, person.start, 3)
        and _TITLE_GAP.fullmatch(words.low, org.end, person.start) is not None
    )


def _stacked_titles(office: ActorRef, official: ActorRef, words: Words, lang: Language) -> bool:
    """An office the text gives no state, "and", then an official with his state and his name: one person's titles
    ("ولي العهد ووزير الدفاع الكويتي الشيخ محمد", "the Crown Prince and Defence Minister of Kuwait, Sheikh Ahmed")."""
    return (
        office.kind == RefKind.OFFICE
        and not office.codes
        and official.kind == RefKind.OFFICIAL
        and bool(official.codes)
        and official.who is not None
        and conjoined(lang, words, office.end, official.start)
    )


def _org_officer(person: ActorRef, org: ActorRef, words: Words, lang: Language) -> bool:
    """A known person, then an organisation's title (``organisation_titles``) and the organisation: "نبيل العربي
    الأمين العام للجامعة العربية", "Ban Ki-moon, Secretary-General of the United Nations"."""
    if person.kind != RefKind.PERSON or not person.codes or org.kind != RefKind.ORG:
        return False
    gap = [w for w in words.between(person.end, org.start) if w not in lang.words["prep_gap"]]
    return 0 < len(gap) <= 4 and " ".join(gap) in lang.words["organisation_titles"]


_TITLE_GAP = re.compile(r"(?:'s)?[\w \t\xa0-]*")  # words within one line: no headline's organisation


_INITIAL_AFTER = re.compile(r" [A-Z]\. [A-Z][a-z]")


def _given_name(text: str, end: int, lang: Language) -> bool:
    """A place's or a state's name right before a middle initial and a surname is a person's given name ("Milan
    D. Bish", "Jordan B. Smith"), in a cased script."""
    return lang.cased and _INITIAL_AFTER.match(text, end) is not None


def _regimes(
    kinds: dict[HitKind, list[Hit]],
    covered: _Hits[ActorRef],
    words: Words,
    lang: Language,
    published: date | None,
    cue_of: Callable[[Hit], Role],
) -> Iterator[ActorRef]:
    """A leader's surname with a regime noun names the leader's state: "نظام الأسد", "حكومة صدام", "the Assad
    regime" (the noun before the surname in Arabic, after it in English); a surname alone is no one."""
    low = words.low
    for noun in kinds.get(HitKind.REGIME, ()):
        if lang.modifiers_first:
            m = _LAST_WORD.search(low, max(0, noun.start - len(noun.prefix) - 40), noun.start - len(noun.prefix))
        else:
            m = _NEXT_WORD.match(low, noun.end)
        if m is None or covered.covers(m.start(1)):
            continue  # nothing there, or a person's or a state's name already
        spans = lang.surnames.get(fold(m.group(1)))
        codes = _state_of(spans, published) if spans else ()
        if codes:
            start, end = min(m.start(1), noun.start - len(noun.prefix)), max(m.end(1), noun.end)
            yield ActorRef(start, end, codes, RefKind.NAME, cue_of(noun), True)


def _state_of(spans: Sequence[tuple[str, date, date | None]], published: date | None) -> tuple[str, ...]:
    """The state a known person acts for: the only one, or the one of their term at publication (if any)."""
    states = {code for code, _, _ in spans}
    if len(states) == 1:
        return (states.pop(),)
    if published is None:
        return ()
    return tuple([code for code, start, end in spans if start <= published and (end is None or published <= end)][:1])
