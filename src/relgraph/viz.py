"""The graph of states as one self-contained HTML page (vis-network, inlined).

The page opens with no network: vis-network's script and style (the copy pyvis
ships, read from its package folder without importing pyvis) are inlined in a
page written here. It stays readable at scale: one edge per pair of states and
event type, carrying the events, coloured by type (:data:`COLOURS`, a palette
for categorical data that colour-blind readers can tell apart, shown in a
legend); node positions are computed here (capitals' coordinates, spread apart
where they crowd so that labels do not overlap) and physics is off, so the
browser draws at once instead of simulating.

It is a tool as well as a picture: a click on an edge pins a panel with the
pair's events, their dates and every source with its quote; the legend's
entries switch their type on and off; a search box finds a state by its
English or Arabic name or its code; a slider over the years of the data shows
the graph as it stood at the end of each year, with the logic of ``graph --at``
(:func:`relgraph.graph.snapshot`, states as of the date), computed here and
embedded.

Escaping: every tooltip and panel is HTML built here from escaped values
(:func:`html.escape`), turned into a DOM element by the page (vis-network shows
a string title as plain text). Labels are drawn on the canvas, which parses no
HTML, so they stay plain text; like all data they travel as JSON whose ``<``,
``>``, ``&`` and ``'`` are escaped (``\\u003c``...), so no value can end the
script that holds it.
"""

from __future__ import annotations

import html
import json
import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from relgraph.graph import known_states, project_indexed, snapshot
from relgraph.model import Event, EventType, State

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["COLOURS", "DASHED", "Drawn", "nav_links", "render_html", "write_html"]

#: Edge colour per event type: Okabe and Ito's palette and Paul Tol's muted one, both made for
#: categorical data that colour-blind readers can tell apart; fourteen types need both.
COLOURS: dict[EventType, str] = {
    EventType.RELATIONS_ESTABLISHED: "#009e73",
    EventType.RELATIONS_RESTORED: "#44aa99",
    EventType.RELATIONS_SEVERED: "#d55e00",
    EventType.RECOGNITION: "#56b4e9",
    EventType.EMBASSY_OPENED: "#0072b2",
    EventType.EMBASSY_CLOSED: "#e69f00",
    EventType.VISIT: "#cc79a7",
    EventType.MEETING: "#332288",
    EventType.MEDIATION: "#999933",
    EventType.NEGOTIATION: "#ddcc77",
    EventType.AGREEMENT_SIGNED: "#117733",
    EventType.AMBASSADOR_APPOINTED: "#88ccee",
    EventType.AMBASSADOR_RECALLED: "#882255",
    EventType.DIPLOMAT_EXPELLED: "#000000",
}
#: The types that end or lower a relation, drawn dashed as well: a second cue besides colour.
DASHED: frozenset[EventType] = frozenset(
    {
        EventType.RELATIONS_SEVERED,
        EventType.EMBASSY_CLOSED,
        EventType.AMBASSADOR_RECALLED,
        EventType.DIPLOMAT_EXPELLED,
    }
)

# A lens over the crowded middle of the map (Europe, the Levant, the Gulf), drawn larger so that its states
# have room: inside the circle of _LENS_RADIUS around _LENS, distances from the centre grow by up to
# 1 + _LENS_POWER (Sarkar and Brown's graphical fisheye); the edge of the circle and all outside stay put.
_LENS = (42.0, 34.0)  # longitude, latitude
_LENS_RADIUS = 560.0
_LENS_POWER = 3.0
_LAND = "#ecebe4"
_COAST = "#cbc8bc"
_NODE = "#8fb8e8"
_FORMER = "#b7b7b7"
_FOCUS = "#ffb000"
_WORLD = 1000.0  # half the drawing's width: longitude ±180° → x ±1000
_GAP = 60.0  # the least distance between two nodes, in the same units
_PAD = 12.0  # room between two labels side by side
_CHAR = 0.6  # a character's width in Noto Sans, as a share of the font size (a little more than the mean)
_EVENTS_LISTED = 12  # events a tooltip lists before "and N more"
_QUOTES_LISTED = 2  # quotes per event in a tooltip (the pinned panel shows them all)
_QUOTE = 140  # characters of a quote in a tooltip
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")

_OPTIONS: dict[str, Any] = {
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False},
    "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
    "nodes": {
        "shape": "dot",
        "font": {"face": "Noto Sans, sans-serif"},
        # Labels grow with the node; zoomed out, the small ones are not drawn (under 10 pixels high).
        "scaling": {"min": 8, "max": 22, "label": {"enabled": True, "min": 12, "max": 24, "drawThreshold": 10}},
    },
    "edges": {"scaling": {"min": 1, "max": 7}, "arrows": {"to": {"scaleFactor": 0.5}}, "selectionWidth": 2},
}

_STYLE = """
html, body { margin: 0; height: 100%; overflow: hidden; }
body {
  display: flex;
  flex-direction: column;
  font-family: "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", sans-serif;
}
.rg-head { flex: none; padding: 8px 14px; }
.rg-head h1 { font-size: 20px; margin: 0 0 4px; }
.rg-meta { margin: 0 0 6px; color: #444; font-size: 13px; }
.rg-nav { float: right; font-size: 13px; }
.rg-nav a { margin-left: 14px; }
.rg-legend, .rg-nodes {
  display: flex;
  flex-wrap: wrap;
  gap: 4px 10px;
  list-style: none;
  margin: 0;
  padding: 0;
  font-size: 13px;
}
.rg-nodes { margin-top: 4px; color: #444; }
.rg-legend button {
  font: inherit;
  background: none;
  border: 1px solid transparent;
  border-radius: 3px;
  padding: 1px 4px;
  cursor: pointer;
}
.rg-legend button[aria-pressed=false] { opacity: 0.35; text-decoration: line-through; border-color: #ccc; }
.rg-swatch { display: inline-block; width: 22px; height: 4px; margin-right: 5px; vertical-align: middle; }
.rg-swatch.rg-dashed {
  background-image: repeating-linear-gradient(90deg, transparent 0 5px, #fff 5px 8px) !important;
}
.rg-dot {
  display: inline-block;
  width: 11px;
  height: 11px;
  border-radius: 50%;
  margin-right: 4px;
  vertical-align: -1px;
  border: 1px solid #2b7ce9;
}
.rg-tools {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 6px 16px;
  margin-top: 6px;
  font-size: 13px;
}
.rg-tools input[type=search] { width: 16em; font: inherit; }
.rg-tools input[type=range] { width: min(40vw, 360px); vertical-align: middle; }
.rg-main { flex: 1; min-height: 0; position: relative; }
#mynetwork { width: 100%; height: 100%; box-sizing: border-box; border-top: 1px solid #ddd; }
.rg-empty { padding: 24px 14px; font-size: 16px; }
.rg-panel {
  position: absolute;
  top: 0;
  right: 0;
  bottom: 0;
  width: min(440px, 45vw);
  box-sizing: border-box;
  overflow: auto;
  padding: 10px 14px;
  background: #fff;
  border-left: 1px solid #bbb;
  box-shadow: -2px 0 6px rgba(0,0,0,.12);
  font-size: 13px;
}
.rg-panel[hidden] { display: none; }
.rg-panel button.rg-close {
  float: right;
  font: inherit;
  font-size: 18px;
  line-height: 1;
  background: none;
  border: 0;
  cursor: pointer;
}
.rg-panel ol { padding-left: 20px; }
.rg-panel li { margin-bottom: 8px; overflow-wrap: anywhere; }
html body div.vis-tooltip {
  white-space: normal;
  overflow-wrap: anywhere;
  max-width: min(460px, 80vw);
  box-sizing: border-box;
  font-family: "Noto Sans", "Noto Sans Arabic", sans-serif; font-size: 13px; line-height: 1.35; }
.rg-tip ul { margin: 4px 0 0; padding-left: 18px; }
.rg-tip q, .rg-panel q { color: #333; }
[lang=ar] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", serif; font-size: 1.12em; }
q[dir=rtl] { display: block; text-align: right; }
"""

# Runs after the network is made: tooltips become elements, the tools work, and the page says when it has drawn.
_SCRIPT = """
(function () {
  var data = relgraph;
  function element(markup, name) {
    var box = document.createElement("div");
    box.className = name;
    box.innerHTML = markup;
    return box;
  }
  var about = {};  // a node's tooltip, which a click (or a tap, where nothing hovers) pins too
  nodes.get().forEach(function (node) { about[node.id] = node.title; });
  [nodes, edges].forEach(function (items) {
    items.update(items.get().map(function (item) { return {id: item.id, title: element(item.title, "rg-tip")}; }));
  });
  var panel = document.getElementById("rg-panel");
  var panelBody = document.getElementById("rg-panel-body");
  function pin(id, markup) {
    panelBody.replaceChildren(element(markup, "rg-pinned"));
    panel.hidden = false;
    panel.setAttribute("data-pinned", id);
  }
  function unpin() { panel.hidden = true; panel.removeAttribute("data-pinned"); }
  document.getElementById("rg-close").addEventListener("click", unpin);
  network.on("click", function (params) {
    if (params.nodes.length > 0) pin(params.nodes[0], about[params.nodes[0]]);
    else if (params.edges.length > 0) pin(params.edges[0], data.panels[params.edges[0]]);
    else unpin();
  });

  var off = {};
  var year = null;  // null: every event; else the index into data.years
  function apply() {
    var standing = year === null ? null : new Set(data.standing[year]);
    var live = new Set(data.focus ? [data.focus] : []);
    edges.update(edges.get().map(function (e) {
      var stands = standing === null || standing.has(e.id);
      if (stands) { live.add(e.from); live.add(e.to); }
      return {id: e.id, hidden: !stands || off[e.kind] === true};
    }));
    nodes.update(nodes.get().map(function (n) { return {id: n.id, hidden: standing !== null && !live.has(n.id)}; }));
  }
  document.querySelectorAll("#rg-legend button").forEach(function (button) {
    button.addEventListener("click", function () {
      var kind = button.getAttribute("data-kind");
      off[kind] = !off[kind];
      button.setAttribute("aria-pressed", off[kind] ? "false" : "true");
      apply();
    });
  });
  var slider = document.getElementById("rg-year");
  var shown = document.getElementById("rg-year-shown");
  if (slider) {
    slider.addEventListener("input", function () {
      var at = Number(slider.value);
      year = at >= data.years.length ? null : at;
      shown.textContent = year === null ? data.all : "end of " + data.years[year];
      apply();
    });
  }
  var search = document.getElementById("rg-search");
  var found = document.getElementById("rg-found");
  function fold(text) { return String(text || "").trim().toLowerCase(); }
  function find(query) {
    var q = fold(query);
    if (!q) return null;
    var exact = null, partial = null;
    data.names.forEach(function (names) {
      names.forEach(function (name) {
        var f = fold(name);
        if (f === q && exact === null) exact = names[0];
        else if (f.indexOf(q) >= 0 && partial === null) partial = names[0];
      });
    });
    return exact || partial;
  }
  if (search) {
    search.addEventListener("change", function () {
      var code = find(search.value);
      if (code === null || nodes.get(code).hidden) {
        found.textContent = search.value.trim() ? "no state drawn by that name" : "";
        network.unselectAll();
        return;
      }
      found.textContent = nodes.get(code).label;
      network.selectNodes([code]);
      network.focus(code, {scale: 1.6, animation: false});
    });
  }
  // The world behind the states: land, then a thin line from each state moved to make room to its capital.
  var world = data.world;
  var home = data.home;
  network.on("beforeDrawing", function (context) {
    if (!world.length) return;
    var hair = 1 / network.getScale();
    context.save();
    context.beginPath();
    world.forEach(function (ring) {
      context.moveTo(ring[0], ring[1]);
      for (var i = 2; i < ring.length; i += 2) context.lineTo(ring[i], ring[i + 1]);
      context.closePath();
    });
    context.fillStyle = data.land;
    context.fill();
    context.lineWidth = hair;
    context.strokeStyle = data.coast;
    context.stroke();
    var at = network.getPositions(Object.keys(home));
    context.beginPath();
    Object.keys(home).forEach(function (id) {
      if (!at[id] || nodes.get(id).hidden) return;
      context.moveTo(at[id].x, at[id].y);
      context.lineTo(home[id][0], home[id][1]);
      context.moveTo(home[id][0] + 2 * hair, home[id][1]);
      context.arc(home[id][0], home[id][1], 2 * hair, 0, 2 * Math.PI);
    });
    context.strokeStyle = "#8d8a80";
    context.stroke();
    context.restore();
    window.relgraphWorldDrawn = (window.relgraphWorldDrawn || 0) + 1;
  });
  network.once("afterDrawing", function () {
    window.relgraphDrawnAt = performance.now();
    document.body.setAttribute("data-drawn", "true");
  });
  network.redraw();
})();
"""


@dataclass(frozen=True)
class Drawn:
    """What a page drew: how many states and events (0 and 0: a page that says nothing matched)."""

    states: int
    events: int


def render_html(
    events: Iterable[Event],
    *,
    title: str,
    state: str | None = None,
    at: date | None = None,
    since: date | None = None,
    until: date | None = None,
    types: Iterable[EventType | str] = (),
    states: Mapping[str, State] | None = None,
    links: Mapping[str, str] | None = None,
    timelines: str | None = None,
    nav: Sequence[tuple[str, str]] = (),
) -> str:
    """One HTML page drawing the states linked by ``events``; it loads nothing from anywhere.

    ``state`` highlights that state; ``at`` draws the graph as it stood on that
    day (see :func:`relgraph.graph.project`), without the states that did not
    exist then; ``types`` keeps only those types; ``since`` and ``until`` are
    the filters the events were read with, stated in the subtitle. ``states``
    maps codes to states (default: the gazetteer); ``links`` maps article ids
    to the pages they were fetched from, which the tooltips and panels link to.
    ``timelines`` (``/timeline`` where ``relgraph serve`` serves the page) links
    each pinned state and pair to its timeline page there (``/timeline?a=QA&b=RU``);
    ``nav`` are links (URL, text) to the pages served beside it, shown in the header.
    """
    return _render(
        events,
        title=title,
        state=state,
        at=at,
        since=since,
        until=until,
        types=types,
        states=states,
        links=links,
        timelines=timelines,
        nav=nav,
    )[0]


def write_html(
    events: Iterable[Event],
    path: str | os.PathLike[str],
    *,
    title: str,
    state: str | None = None,
    at: date | None = None,
    since: date | None = None,
    until: date | None = None,
    types: Iterable[EventType | str] = (),
    states: Mapping[str, State] | None = None,
    links: Mapping[str, str] | None = None,
) -> Drawn:
    """Write :func:`render_html`'s page to ``path`` (UTF-8); nothing else is written. Says what it drew."""
    from relgraph.formats import write_file

    page, drawn = _render(
        events, title=title, state=state, at=at, since=since, until=until, types=types, states=states, links=links
    )
    write_file(path, page)
    return drawn


def _render(
    events: Iterable[Event],
    *,
    title: str,
    state: str | None,
    at: date | None,
    since: date | None,
    until: date | None,
    types: Iterable[EventType | str],
    states: Mapping[str, State] | None,
    links: Mapping[str, str] | None,
    timelines: str | None = None,
    nav: Sequence[tuple[str, str]] = (),
) -> tuple[str, Drawn]:
    lookup = known_states(states)
    graph, by_id = project_indexed(events, at=at, types=types, states=lookup, require=[state] if state else [])
    if at is not None:  # states as of the date: no Soviet Union in 2018
        graph.remove_nodes_from([code for code in list(graph) if not _existed(code, at, lookup)])

    positions, homes = _layout(graph)
    nodes = [_node(code, data, positions[code], graph, focus=code == state, timelines=timelines)
             for code, data in graph.nodes(data=True)]  # fmt: skip
    bundles: dict[tuple[str, str, EventType], list[Event]] = defaultdict(list)
    for u, v, key in graph.edges(keys=True):
        bundles[u, v, by_id[key].type].append(by_id[key])
    fans: dict[frozenset[str], int] = defaultdict(int)
    edges = []
    panels = {}
    for (u, v, kind), bundle in sorted(bundles.items(), key=lambda item: (item[0][:2], item[0][2].slug)):
        fan = fans[frozenset((u, v))]
        fans[frozenset((u, v))] += 1
        edge = _edge(graph, u, v, kind, bundle, fan, links or {})
        edges.append(edge)
        panels[edge["id"]] = _panel(graph, u, v, kind, bundle, links or {}) + _timeline_link(graph, timelines, u, v)

    drawn_events = {key for *_, key in graph.edges(keys=True)}
    per_type = Counter(by_id[key].type for key in drawn_events)
    years, standing = _years([by_id[key] for key in sorted(drawn_events)], bundles, lookup)
    names = [[code, data["name"], *filter(None, [data["name_ar"]])] for code, data in graph.nodes(data=True)]
    script_data = {
        "panels": panels,
        "years": years,
        "standing": standing,
        "names": names,
        "focus": state if state in graph else None,
        "all": f"as they stood on {at.isoformat()}" if at else "all events",
        "world": _world() if homes else [],
        "home": {code: xy for code, xy in homes.items() if math.dist(xy, positions[code]) > _GAP / 3},
        "land": _LAND,
        "coast": _COAST,
    }
    header = _header(
        title,
        graph.number_of_nodes(),
        per_type,
        at,
        since,
        until,
        years,
        state is not None,
        mapped=bool(script_data["home"]),
        nav=nav,
    )
    empty = "" if nodes else f'<p class="rg-empty" id="rg-empty">{_nothing(at, since, until, state)}</p>'
    body = (
        f'<main class="rg-main">{empty}<div id="mynetwork"></div>'
        '<aside id="rg-panel" class="rg-panel" hidden aria-live="polite">'
        '<button type="button" class="rg-close" id="rg-close" aria-label="close">×</button>'
        '<div id="rg-panel-body"></div></aside></main>'
    )
    script, style = _vis_network()
    page = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{style}</style>\n<style>{_STYLE}</style>\n"
        f"<script>{script}</script>\n</head>\n<body>\n{header}\n{body}\n<script>\n"
        f"var nodes, edges, network;\n"
        f"nodes = new vis.DataSet({_json(nodes)});\n"
        f"edges = new vis.DataSet({_json(edges)});\n"
        f"var options = {_json(_OPTIONS)};\n"
        f"var relgraph = {_json(script_data)};\n"
        'network = new vis.Network(document.getElementById("mynetwork"), {nodes: nodes, edges: edges}, options);\n'
        f"{_SCRIPT}</script>\n</body>\n</html>\n"
    )
    return page, Drawn(graph.number_of_nodes(), len(drawn_events))


def _existed(code: str, day: date, lookup: Mapping[str, State]) -> bool:
    state = lookup.get(code)
    return state is None or state.existed_on(day)


def _years(
    events: Sequence[Event], bundles: Mapping[tuple[str, str, EventType], list[Event]], lookup: Mapping[str, State]
) -> tuple[list[int], list[list[str]]]:
    """The years of the data, and for each the edges standing at its end (``graph --at YYYY-12-31``)."""
    dated = [event.date.earliest.year for event in events if event.date is not None]
    if not dated:
        return [], []
    owners: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    for (u, v, kind), bundle in bundles.items():
        for event in bundle:
            owners[event.id].append((f"{u}|{v}|{kind.slug}", (u, v)))
    years = list(range(min(dated), max(dated) + 1))
    standing = []
    for year in years:
        end = date(year, 12, 31)
        ids = {
            edge
            for event in snapshot(events, end)
            for edge, pair in owners[event.id]
            if all(_existed(code, end, lookup) for code in pair)
        }
        standing.append(sorted(ids))
    return years, standing


def _nothing(at: date | None, since: date | None, until: date | None, state: str | None) -> str:
    """What the empty page says."""
    return html.escape(f"No events to draw{_filters(at, since, until)}{f' for {state}' if state else ''}.")


def _filters(at: date | None, since: date | None, until: date | None) -> str:
    parts = _filter_words(at, since, until)
    return f" ({', '.join(parts)})" if parts else ""


def _filter_words(at: date | None, since: date | None, until: date | None) -> list[str]:
    """The filters the page was drawn with, as the subtitle states them."""
    return [
        f"{word} {day.isoformat()}"
        for word, day in (("since", since), ("until", until), ("as they stood on", at))
        if day is not None
    ]


def _json(value: Any) -> str:
    """JSON that no value can break out of a script with."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027")


def _vis_network() -> tuple[str, str]:
    """vis-network's script and style, as pyvis ships them (its folder is found without importing pyvis)."""
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        from relgraph.errors import RelgraphError

        raise RelgraphError("pyvis, which carries vis-network, is not installed")
    folder = Path(next(iter(spec.submodule_search_locations))) / "templates" / "lib" / "vis-9.1.2"
    script = (folder / "vis-network.min.js").read_text(encoding="utf-8").strip()
    style = (folder / "vis-network.css").read_text(encoding="utf-8")
    return script.replace("</script", "<\\/script"), style


# -- the parts of the page ------------------------------------------------------


def nav_links(nav: Sequence[tuple[str, str]]) -> str:
    """Links (URL, text) to the pages served beside a page, for its header; escaped."""
    if not nav:
        return ""
    items = "".join(f'<a href="{html.escape(url, quote=True)}">{html.escape(text)}</a>' for url, text in nav)
    return f'<nav class="rg-nav">{items}</nav>'


def _timeline_link(graph: nx.MultiDiGraph, timelines: str | None, *codes: str) -> str:
    """A link to the timeline page of a state or a pair, where the page is served beside one."""
    if timelines is None:
        return ""
    from urllib.parse import urlencode

    href = f"{timelines}?{urlencode(dict(zip('ab', codes, strict=False)))}"
    names = " and ".join(graph.nodes[code]["name"] for code in codes)
    link = f'<a class="rg-timeline" href="{html.escape(href, quote=True)}">the timeline of {html.escape(names)}</a>'
    return f"<p>{link}</p>"


def _node(
    code: str,
    data: Mapping[str, Any],
    xy: tuple[float, float],
    graph: nx.MultiDiGraph,
    *,
    focus: bool,
    timelines: str | None = None,
) -> dict[str, Any]:
    import networkx as nx

    partners = set(nx.all_neighbors(graph, code))
    count = _event_count(graph, code)
    lines = [f"<b>{html.escape(data['name'])}</b> ({html.escape(code)})"]
    if data["name_ar"]:
        lines.append(f'<span lang="ar" dir="rtl">{html.escape(data["name_ar"])}</span>')
    if data["former"]:
        lines.append("former state")
    lines.append(f"{count} event{'s' * (count != 1)} with {len(partners)} state{'s' * (len(partners) != 1)}")
    if timelines is not None:
        lines.append(_timeline_link(graph, timelines, code).removeprefix("<p>").removesuffix("</p>"))
    node: dict[str, Any] = {
        "id": code,
        "label": data["name"],
        "title": "<br>".join(lines),
        "x": xy[0],
        "y": xy[1],
        "value": count,
        "color": _FORMER if data["former"] else _NODE,
    }
    if focus:
        focused = {"background": _FOCUS, "border": "#8a5a00"}
        node.update(color={**focused, "highlight": focused, "hover": focused}, borderWidth=4)
    return node


def _event_count(graph: nx.MultiDiGraph, code: str) -> int:
    """How many events a state takes part in (an event with three actors counts once)."""
    return len({key for *_, key in graph.in_edges(code, keys=True)} | {key for *_, key in graph.edges(code, keys=True)})


def _edge(
    graph: nx.MultiDiGraph, u: str, v: str, kind: EventType, bundle: list[Event], fan: int, links: Mapping[str, str]
) -> dict[str, Any]:
    """One edge for every event of ``kind`` from ``u`` to ``v``; ``fan`` bends the pair's later edges apart."""
    items = [_event_item(event, links) for event in reversed(bundle[-_EVENTS_LISTED:])]
    if len(bundle) > _EVENTS_LISTED:
        items.append(f"<li>and {len(bundle) - _EVENTS_LISTED} earlier</li>")
    # Alternate sides, bending further out: 0, 1 clockwise, 1 anticlockwise, 2 clockwise...
    clockwise = (fan % 2 == 1) == (u < v)
    return {
        "id": f"{u}|{v}|{kind.slug}",
        "from": u,
        "to": v,
        "kind": kind.slug,
        "title": f"{_edge_head(graph, u, v, kind, bundle)}<ul>{''.join(items)}</ul>"
        "<small>click the edge to pin every source</small>",
        "color": COLOURS[kind],
        "dashes": kind in DASHED,
        "value": len(bundle),
        "arrows": "to" if kind.directed else "",
        "smooth": {
            "enabled": fan > 0,
            "type": "curvedCW" if clockwise else "curvedCCW",
            "roundness": 0.18 * ((fan + 1) // 2),
        },
    }


def _edge_head(graph: nx.MultiDiGraph, u: str, v: str, kind: EventType, bundle: list[Event]) -> str:
    arrow = "→" if kind.directed else "–"
    return (
        f"<b>{html.escape(graph.nodes[u]['name'])} {arrow} {html.escape(graph.nodes[v]['name'])}</b>"
        f" · {html.escape(kind.slug.replace('_', ' '))} · {len(bundle)} event{'s' * (len(bundle) != 1)}"
    )


def _panel(
    graph: nx.MultiDiGraph, u: str, v: str, kind: EventType, bundle: list[Event], links: Mapping[str, str]
) -> str:
    """The pinned panel of an edge: every event, newest first, with its date, place and every source."""
    items = []
    for event in reversed(bundle):
        when = event.date.iso if event.date else "undated"
        place = f" · {html.escape(event.place)}" if event.place else ""
        sources = "".join(
            f"<li>{_article(mention.article, links)}: {_quote(' '.join(mention.evidence.split()))}</li>"
            for mention in event.mentions
        )
        items.append(f'<li><b class="rg-when">{html.escape(when)}</b>{place}{_who(event)}<ul>{sources}</ul></li>')
    return f"<p>{_edge_head(graph, u, v, kind, bundle)}</p><ol>{''.join(items)}</ol>"


def _who(event: Event) -> str:
    """The persons who acted, escaped, each isolated in its direction: " · visitor: تميم بن حمد (أمير قطر)"."""
    return "".join(
        f" · {role}: <bdi>{html.escape(p.name)}</bdi>" + (f" (<bdi>{html.escape(p.office)}</bdi>)" if p.office else "")
        for p, role in event.acting
    )


def _event_item(event: Event, links: Mapping[str, str]) -> str:
    when = event.date.iso if event.date else "undated"
    place = f" · {html.escape(event.place)}" if event.place else ""
    quotes = "".join(
        f"<br>{_article(mention.article, links)}: {_quote(_truncate(mention.evidence))}"
        for mention in event.mentions[:_QUOTES_LISTED]
    )
    more = len(event.mentions) - _QUOTES_LISTED
    return f"<li>{html.escape(when)}{place}{quotes}{f'<br>and {more} more sources' if more > 0 else ''}</li>"


def _quote(text: str) -> str:
    """A quote, escaped; an Arabic one right to left in its own font."""
    if _ARABIC.search(text):
        return f'<q lang="ar" dir="rtl">{html.escape(text)}</q>'
    return f"<q>{html.escape(text)}</q>"


def _article(article: str, links: Mapping[str, str]) -> str:
    """The article's name, linked to the page it was fetched from (http and https only)."""
    name = f"<i>{html.escape(article)}</i>"
    url = links.get(article)
    if url is None or not url.lower().startswith(("http://", "https://")):
        return name
    return f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener noreferrer">{name}</a>'


def _truncate(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE else text[: _QUOTE - 1].rstrip() + "…"


def _header(
    title: str,
    states: int,
    per_type: Mapping[EventType, int],
    at: date | None,
    since: date | None,
    until: date | None,
    years: Sequence[int],
    focus: bool,
    *,
    mapped: bool = False,
    nav: Sequence[tuple[str, str]] = (),
) -> str:
    """The title, what is drawn, the legend of edges (toggles) and of nodes, and the tools."""
    facts = [f"{states} states", f"{sum(per_type.values())} events", *_filter_words(at, since, until)]
    items = "".join(
        f'<li><button type="button" data-kind="{kind.slug}" aria-pressed="true" title="show or hide">'
        f'<span class="rg-swatch{" rg-dashed" * (kind in DASHED)}" style="background:{COLOURS[kind]}"></span>'
        f"{html.escape(kind.slug.replace('_', ' '))}{' →' if kind.directed else ''} ({per_type[kind]})</button></li>"
        for kind in EventType
        if per_type.get(kind)
    )
    dots = [(_NODE, "state"), (_FORMER, "former state")] + [(_FOCUS, "focus state")] * focus
    nodes = "".join(f'<li><span class="rg-dot" style="background:{colour}"></span>{what}</li>' for colour, what in dots)
    nodes += "<li>node size: its number of events · dashed: a relation ended or lowered</li>"
    if mapped:
        nodes += "<li>a thin grey line: from a state moved to make room to its capital</li>"
    tools = (
        '<label>Find a state <input id="rg-search" type="search" placeholder="Qatar, قطر or QA"'
        ' autocomplete="off"></label> <output id="rg-found"></output>'
    )
    if years:
        shown = "".join(_filter_words(at, None, None)) or "all events"
        tools += (
            f'<label>As it stood: <input id="rg-year" type="range" min="0" max="{len(years)}" value="{len(years)}"'
            f' step="1"></label> <output id="rg-year-shown">{shown}</output>'
        )
    return (
        f'<header class="rg-head">{nav_links(nav)}<h1>{html.escape(title)}</h1>'
        f'<p class="rg-meta">{" · ".join(facts)}; arrows point from the first actor (visitor, sender...);'
        " click an edge to pin its sources, a type to hide it</p>"
        f'<ul class="rg-legend" id="rg-legend">{items}</ul><ul class="rg-nodes">{nodes}</ul>'
        f'<div class="rg-tools">{tools}</div></header>'
    )


def _project(lon_lat: Any) -> Any:
    """Longitudes and latitudes (an array of pairs) as drawing units: equirectangular, with the lens.

    >>> _project([[-77.0, 38.9], [180.0, 0.0]]).round(1).tolist()  # Washington, outside the lens: unmoved
    [[-427.8, -216.1], [1000.0, 0.0]]
    """
    import numpy as np

    xy = np.asarray(lon_lat, dtype=float).reshape(-1, 2) * [_WORLD / 180, -_WORLD / 180]
    centre = np.array(_LENS) * [_WORLD / 180, -_WORLD / 180]
    offset = xy - centre
    t = np.hypot(offset[:, 0], offset[:, 1]) / _LENS_RADIUS
    grow = np.where(t < 1, (_LENS_POWER + 1) / (_LENS_POWER * t + 1), 1.0)
    return centre + offset * grow[:, None]


def _world() -> list[list[float]]:
    """The land of the world (Natural Earth 1:110m, ``data/world``), each ring flat x, y, x, y... in drawing units."""
    from relgraph.resources import read_json

    rings = []
    for ring in read_json("world", "land-110m.json")["rings"]:
        xy = _project([[ring[i] / 10, ring[i + 1] / 10] for i in range(0, len(ring), 2)])
        rings.append([round(float(v), 1) for v in xy.ravel()])
    return rings


def _layout(graph: nx.MultiDiGraph) -> tuple[dict[str, tuple[float, float]], dict[str, tuple[float, float]]]:
    """Positions, and where each state's capital is on the map (for the states that have one).

    Capitals are projected (:func:`_project`: equirectangular, a lens over the crowded middle), the
    states without one placed near their partners, none crowded. Crowded regions (the Gulf,
    Europe) are spread as d3's collide force would, each pair of nodes kept as far apart sideways
    as their labels are wide (estimated from the name and the font size its node's events give
    it) and :data:`_GAP` apart up and down.
    """
    import networkx as nx
    import numpy as np

    nodes = list(graph)
    if not nodes:
        return {}, {}
    coords = {code: c for code, c in graph.nodes(data="coords") if c is not None}
    projected = _project([[c[1], c[0]] for c in coords.values()]) / _WORLD if coords else []
    known = {code: (float(x), float(y)) for code, (x, y) in zip(coords, projected, strict=True)}
    homes = {code: (round(x * _WORLD, 1), round(y * _WORLD, 1)) for code, (x, y) in known.items()}
    placed = known
    if len(known) < len(nodes):
        placed = nx.spring_layout(nx.Graph(graph), pos=known or None, fixed=list(known) or None, seed=0)
    xy = np.array([placed[code] for code in nodes], dtype=float) * _WORLD
    half = _half_widths(graph, nodes)
    wide = np.maximum(half[:, None] + half[None, :] + _PAD, _GAP)  # the distance sideways each pair needs
    angles = np.arange(len(nodes)) * 2.399963  # the golden angle: a direction for coincident points
    upper = np.triu(np.ones((len(nodes), len(nodes)), dtype=bool), k=1)
    for _ in range(120):
        delta = xy[None, :, :] - xy[:, None, :]
        # Distances measured in each pair's own units: 1 is just clear.
        reach = np.hypot(delta[..., 0] / wide, delta[..., 1] / _GAP)
        i, j = np.nonzero(upper & (reach < 1))
        if not len(i):
            break
        units = np.column_stack((wide[i, j], np.full(len(i), _GAP)))
        apart = reach[i, j]
        same = apart < 1e-6
        direction = delta[i, j] / units / np.where(same, 1.0, apart)[:, None]
        direction[same] = np.column_stack((np.cos(angles[j[same]]), np.sin(angles[j[same]])))
        shift = direction * ((1 - apart) / 2 * 0.9)[:, None] * units
        np.add.at(xy, i, -shift)
        np.add.at(xy, j, shift)
    return {code: (round(float(x), 1), round(float(y), 1)) for code, (x, y) in zip(nodes, xy, strict=True)}, homes


def _half_widths(graph: nx.MultiDiGraph, nodes: Sequence[str]) -> Any:
    """Half each node's label width, in drawing units, as vis-network scales it (linear in the events)."""
    import numpy as np

    counts = np.array([_event_count(graph, code) for code in nodes], dtype=float)
    low, high = counts.min(), counts.max()
    scale = np.full(len(nodes), 0.5) if high == low else (counts - low) / (high - low)
    label = _OPTIONS["nodes"]["scaling"]["label"]
    font = label["min"] + (label["max"] - label["min"]) * scale
    chars = np.array([len(graph.nodes[c]["name"]) for c in nodes], dtype=float)
    return chars * font * _CHAR / 2
