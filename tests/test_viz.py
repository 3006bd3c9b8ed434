"""The HTML graph: self-contained, escaped, one edge per pair and type, a legend, physics off."""

from __future__ import annotations

import json
import math
import os
import re
from datetime import date
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from relgraph.errors import UnknownStateError
from relgraph.model import Event, EventType, Mention, PartialDate, State
from relgraph.viz import COLOURS, render_html, write_html

STATES = {
    s.code: s
    for s in (
        State("QA", "QAT", "Q846", "Qatar", "قطر", capital_coords=(25.29, 51.53)),
        State("RU", "RUS", "Q159", "Russia", "روسيا", capital_coords=(55.75, 37.62)),
        State("BH", "BHR", "Q398", "Bahrain", "البحرين", capital_coords=(26.23, 50.59)),
        State("XK", "XKX", "Q1246", "Kosovo </script><b>", "كوسوفو"),
        State(
            "SU",
            "SUN",
            "Q15180",
            "Soviet Union",
            "الاتحاد السوفيتي",
            capital_coords=(55.75, 37.62),
            valid_to=date(1991, 12, 26),
        ),
    )
}
HOSTILE = 'the envoy said <script>window.pwned = 1</script> and <img src="x" onerror="window.pwned = 2">'


def event(eid: str, slug: str, actors: tuple[str, ...], when: str | None, *quotes: str) -> Event:
    kind = EventType.from_slug(slug)
    day = PartialDate.parse(when) if when else None
    mentions = tuple(
        Mention(f"article-{eid}-{n}", kind, actors, day, None, quote, 0, len(quote), 0.9, "test", "1")
        for n, quote in enumerate(quotes or (f"a made-up line about {eid}",))
    )
    return Event(eid, kind, actors, day, "Doha" if "QA" in actors else None, mentions)


EVENTS = [
    event("v1", "visit", ("QA", "RU"), "2019-03-02"),
    event("v2", "visit", ("QA", "RU"), "2021-05", HOSTILE),
    event("v3", "visit", ("QA", "RU"), "2025-04-16"),
    event("v4", "visit", ("RU", "QA"), "2020"),
    event("m1", "meeting", ("RU", "QA"), "2025-04-17"),
    event("m2", "meeting", ("QA", "RU"), None),
    event("r1", "relations_established", ("QA", "SU"), "1988-08-01"),
    event("k1", "recognition", ("QA", "XK"), "2011-01-07"),
    event("b1", "meeting", ("BH", "QA"), "2023"),
]


def parts(page: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
    """The nodes, edges and options the page hands to vis-network."""
    nodes = re.search(r"nodes = new vis\.DataSet\((.*)\);", page)
    edges = re.search(r"edges = new vis\.DataSet\((.*)\);", page)
    options = re.search(r"var options = (.*);", page)
    assert nodes
    assert edges
    assert options
    return json.loads(nodes.group(1)), json.loads(edges.group(1)), json.loads(options.group(1))


class Tags(HTMLParser):
    """Every start tag of a page, with its attributes (script and style contents are not tags)."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(EVENTS, title="Qatar & friends <i>", state="QA", states=STATES)


def test_the_page_loads_nothing_from_anywhere(page: str) -> None:
    tags = Tags(page).tags
    assert not [attrs for _, attrs in tags if "src" in attrs or "href" in attrs]
    assert not [tag for tag, _ in tags if tag in {"link", "iframe", "img", "object", "embed"}]
    assert not re.search(r"jsdelivr|cloudflare|unpkg|bootstrap", page, re.IGNORECASE)
    assert not re.search(r"""url\(\s*["']?(?:https?:)?//""", page)  # nothing fetched from the styles either
    bundled = files("pyvis") / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
    assert bundled.read_text(encoding="utf-8").strip() in page  # vis-network itself is inlined


def test_title_is_escaped_in_the_head_and_the_heading(page: str) -> None:
    assert "<title>Qatar &amp; friends &lt;i&gt;</title>" in page
    assert "<h1>Qatar &amp; friends &lt;i&gt;</h1>" in page
    assert "<i>" not in page.split("<body>")[1].split("<script")[0]


def test_evidence_reaches_the_tooltip_escaped_and_markup_in_data_never_raw(page: str) -> None:
    assert "<script>window.pwned" not in page
    assert "<img" not in page
    assert "</script><b>" not in page  # the hostile state name cannot close the script that holds it
    _, edges, _ = parts(page)
    visit = next(e for e in edges if e["id"] == "QA|RU|visit")
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in visit["title"]
    assert "&lt;img src=&quot;x&quot; onerror=&quot;window.pwned = 2&quot;&gt;" in visit["title"]
    assert "<script" not in visit["title"]


def test_labels_are_plain_text_for_the_canvas_tooltips_escaped_markup(page: str) -> None:
    nodes, _, _ = parts(page)
    kosovo = next(n for n in nodes if n["id"] == "XK")
    assert kosovo["label"] == "Kosovo </script><b>"  # drawn as text on the canvas, never parsed as HTML
    assert "Kosovo &lt;/script&gt;&lt;b&gt;" in kosovo["title"]
    assert "</script>" not in kosovo["title"]


def test_one_edge_per_pair_and_type_carrying_its_events(page: str) -> None:
    _, edges, _ = parts(page)
    ids = sorted(e["id"] for e in edges)
    assert ids == [
        "BH|QA|meeting",
        "QA|RU|meeting",
        "QA|RU|visit",
        "QA|SU|relations_established",
        "QA|XK|recognition",
        "RU|QA|visit",
    ]
    visits = next(e for e in edges if e["id"] == "QA|RU|visit")
    assert visits["value"] == 3
    assert visits["arrows"] == "to"
    assert visits["color"] == COLOURS[EventType.VISIT]
    dates = re.findall(r"<li>(\d{4}(?:-\d\d){0,2})", visits["title"])
    assert dates == ["2025-04-16", "2021-05", "2019-03-02"]  # newest first
    assert "article-v2-0" in visits["title"]
    meetings = next(e for e in edges if e["id"] == "QA|RU|meeting")
    assert meetings["arrows"] == ""
    assert meetings["value"] == 2
    assert "undated" in meetings["title"]


def test_a_pairs_edges_fan_out_instead_of_overlapping(page: str) -> None:
    _, edges, _ = parts(page)
    flip = {"curvedCW": "curvedCCW", "curvedCCW": "curvedCW"}
    shapes = [  # as seen from QA to RU: RU → QA clockwise bends to the side of QA → RU anticlockwise
        (e["smooth"]["type"] if e["from"] == "QA" else flip[e["smooth"]["type"]], e["smooth"]["roundness"])
        if e["smooth"]["enabled"]
        else "straight"
        for e in edges
        if {e["from"], e["to"]} == {"QA", "RU"}
    ]
    assert len(shapes) == len(set(shapes)) == 3


def test_legend_lists_the_types_drawn_with_their_colours_and_event_counts(page: str) -> None:
    legend = page.split('id="rg-legend">')[1].split("</ul>")[0]
    entries = re.findall(r'background:(#[0-9a-f]{6})"></span>([a-z ]+?)(?: →)? \((\d+)\)', legend)
    assert entries == [
        (COLOURS[EventType.RELATIONS_ESTABLISHED], "relations established", "1"),
        (COLOURS[EventType.RECOGNITION], "recognition", "1"),
        (COLOURS[EventType.VISIT], "visit", "4"),
        (COLOURS[EventType.MEETING], "meeting", "3"),
    ]
    assert len(set(COLOURS.values())) == len(EventType)  # every type its own colour


def test_physics_off_and_every_node_placed(page: str) -> None:
    nodes, _, options = parts(page)
    assert options["physics"]["enabled"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in nodes)  # XK too, with no capital
    where = {n["id"]: (n["x"], n["y"]) for n in nodes}
    assert where["RU"][0] < where["QA"][0]  # Moscow lies west of Doha
    assert where["RU"][1] < where["QA"][1]  # and north of it: y grows downwards


def test_crowded_nodes_are_spread_apart(page: str) -> None:
    nodes, _, _ = parts(page)
    where = {n["id"]: (n["x"], n["y"]) for n in nodes}
    # Russia and the Soviet Union share Moscow; Doha and Manama are 130 km apart.
    assert math.dist(where["RU"], where["SU"]) > 30
    assert math.dist(where["QA"], where["BH"]) > 30
    assert min(math.dist(a, b) for a in where.values() for b in where.values() if a is not b) > 30


def test_arabic_names_in_the_tooltips_and_the_focus_state_highlighted(page: str) -> None:
    nodes, _, _ = parts(page)
    by_id = {n["id"]: n for n in nodes}
    assert '<span lang="ar" dir="rtl">روسيا</span>' in by_id["RU"]["title"]
    assert by_id["QA"]["label"] == "Qatar"
    assert by_id["QA"]["color"]["background"] != by_id["RU"]["color"]
    assert by_id["QA"]["borderWidth"] > 1
    assert not any("borderWidth" in n for code, n in by_id.items() if code != "QA")
    assert by_id["SU"]["color"] != by_id["RU"]["color"]  # a former state looks different


def test_long_quotes_are_truncated() -> None:
    long = event("long", "visit", ("QA", "BH"), "2020", "word " * 200)
    _, edges, _ = parts(render_html([long], title="t", states=STATES))
    assert "word word…</q>" in edges[0]["title"]
    assert edges[0]["title"].count("word") < 40


def test_unknown_focus_state_is_an_error() -> None:
    with pytest.raises(UnknownStateError):
        render_html(EVENTS, title="t", state="ZZ", states=STATES)


def test_as_it_stood_is_said_in_the_header() -> None:
    page = render_html(EVENTS, title="t", at=date(2020, 1, 1), states=STATES)
    nodes, edges, _ = parts(page)
    assert "as they stood on 2020-01-01" in page
    assert {e["id"] for e in edges} == {
        "QA|RU|visit",
        "RU|QA|visit",
        "QA|XK|recognition",
    }  # relations with the Soviet Union still stand, but it no longer exists: states as of the date
    assert sorted(n["id"] for n in nodes) == ["QA", "RU", "XK"]


def test_write_html_writes_one_file_and_nothing_beside_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_html(EVENTS, "graph.html", title="Qatar", states=STATES)
    assert os.listdir(tmp_path) == ["graph.html"]  # pyvis's "local" mode would add a lib/ folder here
    assert (tmp_path / "graph.html").read_text(encoding="utf-8") == render_html(EVENTS, title="Qatar", states=STATES)


def test_without_any_capital_a_networkx_layout_places_every_node_apart() -> None:
    bare = {code: State(code, code, "Q1", f"State {code}", "دولة") for code in ("AA", "BB", "CC", "DD")}
    ring = [
        event(f"e{i}", "meeting", pair, "2020") for i, pair in enumerate([("AA", "BB"), ("BB", "CC"), ("CC", "DD")])
    ]
    nodes, _, _ = parts(render_html(ring, title="t", states=bare))
    where = [(n["x"], n["y"]) for n in nodes]
    assert len(where) == 4
    assert min(math.dist(a, b) for a in where for b in where if a is not b) > 30


def test_an_empty_graph_is_still_a_page() -> None:
    page = render_html([], title="Nothing yet", states=STATES)
    nodes, edges, _ = parts(page)
    assert (nodes, edges) == ([], [])
    assert "0 states · 0 events" in page


def test_the_sample_at_2018_draws_no_soviet_union(tmp_path: Path) -> None:
    from relgraph import api

    store = tmp_path / "store"
    api.ingest([api.sample_path()], store=store, published=date(2025, 4, 16))
    then, _, _ = parts(api.viz(tmp_path / "1990.html", at=date(1990, 1, 1), store=store).read_text(encoding="utf-8"))
    now, edges, _ = parts(api.viz(tmp_path / "2018.html", at=date(2018, 1, 1), store=store).read_text(encoding="utf-8"))
    assert "SU" in {n["id"] for n in then}  # relations with the Soviet Union, while it stood
    assert "SU" not in {n["id"] for n in now}
    assert not [e for e in edges if "SU" in (e["from"], e["to"])]
    assert {"QA", "RU"} <= {n["id"] for n in now}


def test_viz_keeps_the_types_asked_for_from_the_cli_as_from_python(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from relgraph import api
    from relgraph.cli import cli

    store = tmp_path / "store"
    api.ingest([api.sample_path()], store=store, published=date(2025, 4, 16))
    result = CliRunner().invoke(
        cli, ["viz", "--type", "visit", "--type", "meeting", "-o", str(tmp_path / "v.html"), "--store", str(store)]
    )
    assert result.exit_code == 0, result.output
    _, edges, _ = parts((tmp_path / "v.html").read_text(encoding="utf-8"))
    assert {e["kind"] for e in edges} == {"visit", "meeting"}
    assert parts(api.viz_html(types=["visit", "meeting"], store=store))[1] == edges
    bad = CliRunner().invoke(cli, ["viz", "--type", "picnic", "-o", str(tmp_path / "x.html"), "--store", str(store)])
    assert bad.exit_code == 1
    assert "unknown event type 'picnic'" in bad.stderr


def script_data(page: str) -> dict[str, Any]:
    found = re.search(r"var relgraph = (.*);\n", page)
    assert found
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def test_the_world_is_drawn_behind_states_placed_at_their_capitals() -> None:
    gulf = [event("g1", "meeting", ("QA", "BH"), "2020"), event("g2", "visit", ("BH", "RU"), "2021")]
    data = script_data(render_html(gulf, title="t", states=STATES))
    assert len(data["world"]) > 50  # the land's rings, in the drawing's units
    assert all(len(ring) % 2 == 0 and len(ring) >= 8 for ring in data["world"])
    xs = [x for ring in data["world"] for x in ring[0::2]]
    assert min(xs) < -900  # the whole world, from the Americas...
    assert max(xs) > 900  # ...to the Pacific
    assert set(data["home"]) <= {"QA", "BH", "RU"}  # where a state moved to make room, a line to its capital
    bare = {code: State(code, code, "Q1", f"State {code}", "دولة") for code in ("AA", "BB")}
    nowhere = script_data(render_html([event("n1", "meeting", ("AA", "BB"), "2020")], title="t", states=bare))
    assert nowhere["world"] == []  # no capital known: no map to place them on
    assert nowhere["home"] == {}


def test_the_lens_gives_the_crowded_middle_room_and_leaves_the_rest_of_the_map() -> None:
    from relgraph.viz import _project

    doha, manama, paris, brussels, washington, wellington = _project(
        [[51.53, 25.29], [50.59, 26.23], [2.35, 48.86], [4.35, 50.85], [-77.04, 38.9], [174.78, -41.29]]
    )
    degree = 1000 / 180  # a degree in the drawing's units, without the lens
    assert math.dist(doha, manama) > 2 * math.dist((51.53, 25.29), (50.59, 26.23)) * degree
    assert math.dist(paris, brussels) > 1.5 * math.dist((2.35, 48.86), (4.35, 50.85)) * degree
    assert washington.round(1).tolist() == [round(-77.04 * degree, 1), round(-38.9 * degree, 1)]
    assert wellington.round(1).tolist() == [round(174.78 * degree, 1), round(41.29 * degree, 1)]


def test_a_served_page_links_states_and_pairs_to_their_timelines_and_a_file_does_not() -> None:
    events = [event("t1", "visit", ("QA", "RU"), "2020")]
    served = render_html(events, title="t", states=STATES, timelines="/timeline")
    nodes, _, _ = parts(served)
    assert '<a class="rg-timeline" href="/timeline?a=QA">the timeline of Qatar</a>' in nodes[0]["title"]
    panels = script_data(served)["panels"]
    assert panels["QA|RU|visit"].endswith(
        '<p><a class="rg-timeline" href="/timeline?a=QA&amp;b=RU">the timeline of Qatar and Russia</a></p>'
    )
    assert "rg-timeline" not in render_html(events, title="t", states=STATES)


def test_links_to_the_pages_served_beside_are_escaped() -> None:
    page = render_html([], title="t", states=STATES, nav=[('/graph?state=QA&x="1"', "<b>graph</b>")])
    link = '<a href="/graph?state=QA&amp;x=&quot;1&quot;">&lt;b&gt;graph&lt;/b&gt;</a>'
    assert f'<nav class="rg-nav">{link}</nav>' in page
    assert "rg-nav" not in render_html([], title="t", states=STATES).split("<body>")[1]
