"""The graph of states as one self-contained HTML page (pyvis / vis-network).

The page opens with no network: pyvis's ``in_line`` page embeds vis-network,
and :func:`render_html` removes what still points outside (Bootstrap from a
CDN, a commented-out ``node_modules`` link, empty headings). It stays readable
at scale: one edge per pair of states and event type, carrying the events,
coloured by type (:data:`COLOURS`, shown in a legend); node positions are
computed here (capitals' coordinates, spread apart where they crowd) and
physics is off, so the browser draws at once instead of simulating.

Escaping: every tooltip is HTML built here from escaped values
(:func:`html.escape`), turned into a DOM element by the page (vis-network shows
a string title as plain text). Labels are drawn on the canvas, which parses no
HTML, so they stay plain text; like all data they travel as JSON whose ``<``,
``>``, ``&`` and ``'`` are escaped (``\\u003c``...), so no value can end the
script that holds it.
"""

from __future__ import annotations

import html
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from relgraph.graph import project_indexed
from relgraph.model import Event, EventType, State

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["COLOURS", "render_html", "write_html"]

#: Edge colour per event type: greens and blues for support, reds and oranges for sanctions.
COLOURS: dict[EventType, str] = {
    EventType.RELATIONS_ESTABLISHED: "#2ca02c",
    EventType.RELATIONS_RESTORED: "#98df8a",
    EventType.RELATIONS_SEVERED: "#d62728",
    EventType.RECOGNITION: "#17becf",
    EventType.EMBASSY_OPENED: "#1f77b4",
    EventType.EMBASSY_CLOSED: "#ff7f0e",
    EventType.VISIT: "#9467bd",
    EventType.MEETING: "#8c564b",
    EventType.MEDIATION: "#e377c2",
    EventType.NEGOTIATION: "#bcbd22",
    EventType.AGREEMENT_SIGNED: "#393b79",
    EventType.AMBASSADOR_APPOINTED: "#6baed6",
    EventType.AMBASSADOR_RECALLED: "#fdae6b",
    EventType.DIPLOMAT_EXPELLED: "#7f0000",
}

_NODE = "#8fb8e8"
_FORMER = "#b7b7b7"
_FOCUS = "#ffb000"
_WORLD = 1000.0  # half the drawing's width: longitude ±180° → x ±1000
_GAP = 60.0  # the least distance between two nodes, in the same units
_EVENTS_LISTED = 12  # events a tooltip lists before "and N more"
_QUOTES_LISTED = 2  # quotes per event
_QUOTE = 140  # characters of a quote

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

# What still points outside pyvis's in_line page, and its leftovers.
_EXTERNAL = re.compile(
    r"<link\b[^>]*>|<script\b[^>]*\bsrc\s*=[^>]*>\s*</script>|<!--.*?-->|<center>\s*<h1>\s*</h1>\s*</center>",
    re.DOTALL,
)

_STYLE = """
body { margin: 0; font-family: "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", sans-serif; }
.rg-head { padding: 8px 14px; }
.rg-head h1 { font-size: 20px; margin: 0 0 4px; }
.rg-meta { margin: 0 0 6px; color: #555; font-size: 13px; }
.rg-legend { display: flex; flex-wrap: wrap; gap: 4px 14px; list-style: none; margin: 0; padding: 0; font-size: 13px; }
.rg-swatch { display: inline-block; width: 22px; height: 4px; margin-right: 5px; vertical-align: middle; }
#mynetwork { float: none !important; }
div.vis-tooltip { white-space: normal; max-width: 460px; font-family: inherit; font-size: 13px; }
.rg-tip ul { margin: 4px 0 0; padding-left: 18px; }
.rg-tip q { color: #333; }
.rg-tip [lang=ar] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", sans-serif; font-size: 15px; }
"""

# Runs after pyvis's drawGraph(): tooltips become elements, and the page says when it has drawn.
_SCRIPT = """
(function () {
  function tip(markup) {
    var box = document.createElement("div");
    box.className = "rg-tip";
    box.innerHTML = markup;
    return box;
  }
  [nodes, edges].forEach(function (items) {
    items.update(items.get().map(function (item) { return {id: item.id, title: tip(item.title)}; }));
  });
  network.once("afterDrawing", function () {
    window.relgraphDrawnAt = performance.now();
    document.body.setAttribute("data-drawn", "true");
  });
  network.redraw();
})();
"""


def render_html(
    events: Iterable[Event],
    *,
    title: str,
    state: str | None = None,
    at: date | None = None,
    types: Iterable[EventType | str] = (),
    states: Mapping[str, State] | None = None,
    links: Mapping[str, str] | None = None,
) -> str:
    """One HTML page drawing the states linked by ``events``; it loads nothing from anywhere.

    ``state`` highlights that state; ``at`` draws the graph as it stood on that
    day and ``types`` keeps only those types (see :func:`relgraph.graph.project`);
    ``states`` maps codes to states (default: the gazetteer); ``links`` maps article ids to the
    pages they were fetched from, which the tooltips link to.
    """
    from pyvis.network import Network

    graph, by_id = project_indexed(events, at=at, types=types, states=states, require=[state] if state else [])

    net = Network(height="calc(100vh - 110px)", width="100%", directed=True, cdn_resources="in_line")
    net.options = _OPTIONS
    positions = _layout(graph)
    for code, data in graph.nodes(data=True):
        net.add_node(code, **_node(code, data, positions[code], graph, focus=code == state))

    bundles: dict[tuple[str, str, EventType], list[Event]] = defaultdict(list)
    for u, v, key in graph.edges(keys=True):
        bundles[u, v, by_id[key].type].append(by_id[key])
    fans: dict[frozenset[str], int] = defaultdict(int)
    for (u, v, kind), bundle in sorted(bundles.items(), key=lambda item: (item[0][:2], item[0][2].slug)):
        fan = fans[frozenset((u, v))]
        fans[frozenset((u, v))] += 1
        net.add_edge(u, v, **_edge(graph, u, v, kind, bundle, fan, links or {}))

    per_type = Counter(by_id[key].type for key in {key for *_, key in graph.edges(keys=True)})
    header = _header(title, graph.number_of_nodes(), per_type, at)
    page = _EXTERNAL.sub("", net.generate_html())
    page = page.replace("<html>", '<!DOCTYPE html>\n<html lang="en">', 1)
    page = page.replace("<head>", f"<head>\n<title>{html.escape(title)}</title>\n<style>{_STYLE}</style>", 1)
    page = page.replace("<body>", f"<body>\n{header}", 1)
    return page.replace("</body>", f"<script>{_SCRIPT}</script>\n</body>", 1)


def write_html(
    events: Iterable[Event],
    path: str | os.PathLike[str],
    *,
    title: str,
    state: str | None = None,
    at: date | None = None,
    types: Iterable[EventType | str] = (),
    states: Mapping[str, State] | None = None,
    links: Mapping[str, str] | None = None,
) -> None:
    """Write :func:`render_html`'s page to ``path`` (UTF-8); nothing else is written."""
    from relgraph.formats import write_file

    write_file(path, render_html(events, title=title, state=state, at=at, types=types, states=states, links=links))


# -- the parts of the page ------------------------------------------------------


def _node(
    code: str, data: Mapping[str, Any], xy: tuple[float, float], graph: nx.MultiDiGraph, *, focus: bool
) -> dict[str, Any]:
    import networkx as nx

    partners = set(nx.all_neighbors(graph, code))
    count = len(
        {key for *_, key in graph.in_edges(code, keys=True)} | {key for *_, key in graph.edges(code, keys=True)}
    )
    lines = [f"<b>{html.escape(data['name'])}</b> ({html.escape(code)})"]
    if data["name_ar"]:
        lines.append(f'<span lang="ar" dir="rtl">{html.escape(data["name_ar"])}</span>')
    if data["former"]:
        lines.append("former state")
    lines.append(f"{count} event{'s' * (count != 1)} with {len(partners)} state{'s' * (len(partners) != 1)}")
    node: dict[str, Any] = {
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


def _edge(graph: nx.MultiDiGraph, u: str, v: str, kind: EventType, bundle: list[Event], fan: int,
          links: Mapping[str, str]) -> dict[str, Any]:
    """One edge for every event of ``kind`` from ``u`` to ``v``; ``fan`` bends the pair's later edges apart."""
    arrow = "→" if kind.directed else "–"
    head = (
        f"<b>{html.escape(graph.nodes[u]['name'])} {arrow} {html.escape(graph.nodes[v]['name'])}</b>"
        f" · {html.escape(kind.slug.replace('_', ' '))} · {len(bundle)} event{'s' * (len(bundle) != 1)}"
    )
    items = [_event_item(event, links) for event in reversed(bundle[-_EVENTS_LISTED:])]
    if len(bundle) > _EVENTS_LISTED:
        items.append(f"<li>and {len(bundle) - _EVENTS_LISTED} earlier</li>")
    # Alternate sides, bending further out: 0, 1 clockwise, 1 anticlockwise, 2 clockwise...
    clockwise = (fan % 2 == 1) == (u < v)
    return {
        "id": f"{u}|{v}|{kind.slug}",
        "title": f"{head}<ul>{''.join(items)}</ul>",
        "color": COLOURS[kind],
        "value": len(bundle),
        "arrows": "to" if kind.directed else "",
        "smooth": {
            "enabled": fan > 0,
            "type": "curvedCW" if clockwise else "curvedCCW",
            "roundness": 0.1 * ((fan + 1) // 2),
        },
    }


def _event_item(event: Event, links: Mapping[str, str]) -> str:
    when = event.date.iso if event.date else "undated"
    place = f" · {html.escape(event.place)}" if event.place else ""
    quotes = "".join(
        f"<br>{_article(mention.article, links)}: <q>{html.escape(_truncate(mention.evidence))}</q>"
        for mention in event.mentions[:_QUOTES_LISTED]
    )
    more = len(event.mentions) - _QUOTES_LISTED
    return f"<li>{html.escape(when)}{place}{quotes}{f'<br>and {more} more sources' if more > 0 else ''}</li>"


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


def _header(title: str, states: int, per_type: Mapping[EventType, int], at: date | None) -> str:
    """The title, what is drawn, and the legend: each type's colour and how many of its events are drawn."""
    facts = [f"{states} states", f"{sum(per_type.values())} events"]
    if at is not None:
        facts.append(f"as they stood on {at.isoformat()}")
    items = "".join(
        f'<li><span class="rg-swatch" style="background:{COLOURS[kind]}"></span>'
        f"{html.escape(kind.slug.replace('_', ' '))}{' →' if kind.directed else ''} ({per_type[kind]})</li>"
        for kind in EventType
        if per_type.get(kind)
    )
    return (
        f'<header class="rg-head"><h1>{html.escape(title)}</h1>'
        f'<p class="rg-meta">{" · ".join(facts)}; arrows point from the first actor (visitor, sender...)</p>'
        f'<ul class="rg-legend" id="rg-legend">{items}</ul></header>'
    )


def _layout(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions: capitals projected (equirectangular), the others placed near their partners, none crowded."""
    import networkx as nx
    import numpy as np
    from scipy.spatial import cKDTree

    nodes = list(graph)
    if not nodes:
        return {}
    known = {code: (c[1] / 180, -c[0] / 180) for code, c in graph.nodes(data="coords") if c is not None}
    placed = known
    if len(known) < len(nodes):
        placed = nx.spring_layout(nx.Graph(graph), pos=known or None, fixed=list(known) or None, seed=0)
    xy = np.array([placed[code] for code in nodes], dtype=float) * _WORLD
    # Spread crowded nodes: push each too-close pair apart, a few rounds (as d3's collide force).
    angles = np.arange(len(nodes)) * 2.399963  # the golden angle: a direction for coincident points
    for _ in range(60):
        pairs = cKDTree(xy).query_pairs(_GAP, output_type="ndarray")
        if not len(pairs):
            break
        i, j = pairs[:, 0], pairs[:, 1]
        delta = xy[j] - xy[i]
        dist = np.hypot(delta[:, 0], delta[:, 1])
        same = dist < 1e-6
        delta[same] = np.column_stack((np.cos(angles[j[same]]), np.sin(angles[j[same]])))
        dist[same] = 1.0
        shift = delta * ((_GAP - dist) / dist / 2 * 0.9)[:, None]
        np.add.at(xy, i, -shift)
        np.add.at(xy, j, shift)
    return {code: (round(float(x), 1), round(float(y), 1)) for code, (x, y) in zip(nodes, xy, strict=True)}
