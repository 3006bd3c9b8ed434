"""A pair's (or one state's) history as one self-contained HTML page: swimlanes on a time axis.

The lanes are the periods of :func:`relgraph.status.history` (relations, each side's
embassy, each side's head of mission); below them, one row per event type, each event a
mark: a dot for a day, a bar for a month or a year, and for an undated event a mark at
the day by which it had happened (its bound) with a dashed tail to say "by then". A
click on a period or a mark opens its sources. The axis spans the data, from 1803 to
today if need be, and zooms (wheel, buttons) and pans (drag); ticks follow the zoom.

Plain SVG drawn by a little script; nothing is loaded from anywhere. Every text is
escaped here (:func:`html.escape`) or set as text by the script (``textContent``); the
data travels as JSON that cannot end its script (see :mod:`relgraph.viz`).
"""

from __future__ import annotations

import html
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from relgraph.model import Event, EventType

if TYPE_CHECKING:
    from relgraph.model import SourceRef
    from relgraph.status import Period

__all__ = ["Lane", "render_timeline", "write_timeline"]

_ON = "#009e73"  # a line that stands: relations established, an embassy open, a head of mission in post
_OFF = "#d55e00"  # a line turned off: severed, closed, recalled, expelled
_OFF_WORDS = frozenset({"severed", "closed", "recalled", "expelled"})


@dataclass(frozen=True)
class Lane:
    """One swimlane: its name and its periods (from :func:`relgraph.status.history`)."""

    name: str
    periods: tuple[Period, ...]


_STYLE = """
html, body { margin: 0; height: 100%; overflow: hidden; }
body { display: flex; flex-direction: column; font-family: "Noto Sans", "Noto Sans Arabic", sans-serif; }
.rg-head { flex: none; padding: 8px 14px; }
.rg-head h1 { font-size: 20px; margin: 0 0 4px; }
.rg-meta { margin: 0 0 6px; color: #444; font-size: 13px; }
.rg-nav { float: right; font-size: 13px; }
.rg-nav a { margin-left: 14px; }
.rg-tools { font-size: 13px; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.rg-tools button { font: inherit; padding: 1px 8px; }
.rg-main {
  flex: 1; min-height: 0; position: relative; overflow-y: auto; overflow-x: hidden; border-top: 1px solid #ddd;
}
#rg-chart { display: block; width: 100%; user-select: none; cursor: grab; }
.rg-pinned #rg-chart { width: calc(100% - min(440px, 45vw)); }
#rg-chart text { font-size: 12px; fill: #222; }
#rg-chart .rg-lane-name { font-weight: bold; }
#rg-chart .rg-tick { stroke: #e3e3e3; pointer-events: none; }
#rg-chart .rg-guide { pointer-events: none; }
#rg-chart .rg-period, #rg-chart .rg-mark { cursor: pointer; }
#rg-chart .rg-period-text { fill: #fff; pointer-events: none; }
.rg-empty { padding: 24px 14px; font-size: 16px; }
.rg-panel {
  position: absolute; top: 0; right: 0; bottom: 0; width: min(440px, 45vw); box-sizing: border-box; overflow: auto;
  padding: 10px 14px; background: #fff; border-left: 1px solid #bbb; box-shadow: -2px 0 6px rgba(0,0,0,.12);
  font-size: 13px;
}
.rg-panel[hidden] { display: none; }
.rg-panel button.rg-close {
  float: right; font-size: 18px; line-height: 1; background: none; border: 0; cursor: pointer;
}
.rg-panel li { margin-bottom: 8px; overflow-wrap: anywhere; }
[lang=ar] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", serif; font-size: 1.12em; }
q[dir=rtl] { display: block; text-align: right; }
"""

_SCRIPT = """
(function () {
  var data = relgraph;
  var svg = document.getElementById("rg-chart");
  var NS = "http://www.w3.org/2000/svg";
  var LEFT = 230, RIGHT = 20, LANE = 26, TOP = 34;
  var DAY = 86400000;
  var full = [Date.parse(data.from), Date.parse(data.to)];
  var view = full.slice();
  var panel = document.getElementById("rg-panel");
  var panelBody = document.getElementById("rg-panel-body");
  function open(markup, what) {
    var box = document.createElement("div");
    box.innerHTML = markup;
    panelBody.replaceChildren(box);
    panel.hidden = false;
    panel.setAttribute("data-open", what);
    document.body.classList.add("rg-pinned");  // the chart makes room for the panel
    draw();
  }
  document.getElementById("rg-close").addEventListener("click", function () {
    panel.hidden = true; panel.removeAttribute("data-open");
    document.body.classList.remove("rg-pinned");
    draw();
  });
  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    for (var key in attrs) node.setAttribute(key, attrs[key]);
    parent.appendChild(node);
    return node;
  }
  function width() { return Math.max(svg.clientWidth, 400); }
  function x(t) { return LEFT + (t - view[0]) / (view[1] - view[0]) * (width() - LEFT - RIGHT); }
  function ticks() {
    var years = (view[1] - view[0]) / DAY / 365.25;
    var steps = [1 / 12, 0.25, 1, 2, 5, 10, 20, 25, 50, 100];
    var step = steps.find(function (s) { return years / s <= 12; }) || 100;
    var out = [];
    var start = new Date(view[0]);
    if (step < 1) {
      var months = Math.round(step * 12);
      var d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - start.getUTCMonth() % months, 1));
      while (d.getTime() <= view[1]) {
        out.push([d.getTime(), d.toISOString().slice(0, 7)]);
        d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
      }
    } else {
      var year = Math.ceil(start.getUTCFullYear() / step) * step;
      for (; Date.UTC(year, 0, 1) <= view[1]; year += step) out.push([Date.UTC(year, 0, 1), String(year)]);
    }
    return out;
  }
  function draw() {
    svg.replaceChildren();
    var rows = data.lanes.length + data.rows.length;
    var height = TOP + rows * LANE + 30;
    svg.setAttribute("height", height);
    svg.setAttribute("viewBox", "0 0 " + width() + " " + height);
    var clip = el("clipPath", {id: "rg-clip"}, el("defs", {}, svg));
    el("rect", {x: LEFT, y: 0, width: width() - LEFT - RIGHT, height: height}, clip);
    ticks().forEach(function (tick) {
      var at = x(tick[0]);
      if (at < LEFT) return;
      el("line", {x1: at, x2: at, y1: TOP - 6, y2: height - 20, "class": "rg-tick"}, svg);
      el("text", {x: at + 2, y: TOP - 10, "class": "rg-tick-label"}, svg).textContent = tick[1];
    });
    var guides = el("g", {}, svg);
    var plot = el("g", {"clip-path": "url(#rg-clip)"}, svg);
    data.lanes.forEach(function (lane, i) {
      var y = TOP + i * LANE;
      el("text", {x: 8, y: y + 17, "class": "rg-lane-name"}, svg).textContent = lane.name;
      lane.periods.forEach(function (period) {
        var x0 = Math.max(x(Date.parse(period.start)), LEFT - 5), x1 = x(Date.parse(period.end));
        var bar = el("rect", {x: x0, y: y + 4, width: Math.max(x1 - x0, 2), height: LANE - 8, rx: 3,
                              fill: period.colour, "class": "rg-period", "data-status": period.status}, plot);
        el("title", {}, bar).textContent = period.label;
        bar.addEventListener("click", function () { open(period.panel, "period"); });
        if (x1 - x0 > 60) {
          el("text", {x: x0 + 4, y: y + 17, "class": "rg-period-text"}, plot).textContent = period.status;
        }
      });
    });
    data.rows.forEach(function (row, i) {
      var y = TOP + (data.lanes.length + i) * LANE, mid = y + LANE / 2;
      el("text", {x: 8, y: y + 17}, svg).textContent = row.name;
      el("line", {x1: LEFT, x2: width() - RIGHT, y1: mid, y2: mid, stroke: "#eee", "class": "rg-guide"}, guides);
      row.marks.forEach(function (mark) {
        var x0 = x(Date.parse(mark.start)), x1 = x(Date.parse(mark.end) + DAY);
        var g = el("g", {"class": "rg-mark", "data-event": mark.id, "data-undated": mark.undated}, plot);
        var left = mark.undated ? x0 - 28 : Math.min(x0, (x0 + x1) / 2 - 6);
        el("rect", {x: left, y: mid - 7, width: Math.max(x1, x0 + 6) - left, height: 14, fill: "transparent"}, g);
        if (mark.undated) {
          el("line", {x1: x0 - 28, x2: x0, y1: mid, y2: mid, stroke: row.colour, "stroke-width": 2,
                      "stroke-dasharray": "3 3"}, g);
          el("path", {d: "M" + x0 + " " + (mid - 6) + " l6 6 l-6 6 z", fill: row.colour}, g);
        } else if (x1 - x0 > 8) {
          el("rect", {x: x0, y: mid - 5, width: x1 - x0, height: 10, rx: 3, fill: row.colour, "fill-opacity": 0.55,
                      stroke: row.colour}, g);
        } else {
          el("circle", {cx: (x0 + x1) / 2, cy: mid, r: 5, fill: row.colour, stroke: "#fff"}, g);
        }
        el("title", {}, g).textContent = mark.label;
        g.addEventListener("click", function () { open(mark.panel, mark.id); });
      });
    });
    document.getElementById("rg-range").textContent =
      new Date(view[0]).toISOString().slice(0, 10) + " – " + new Date(view[1]).toISOString().slice(0, 10);
  }
  function zoom(factor, centre) {
    var span = view[1] - view[0];
    var at = centre === undefined ? view[0] + span / 2 : centre;
    var next = Math.min(Math.max(span * factor, 20 * DAY), full[1] - full[0]);
    var start = at - (at - view[0]) / span * next;
    start = Math.min(Math.max(start, full[0]), full[1] - next);
    view = [start, start + next];
    draw();
  }
  function timeAt(px) { return view[0] + (px - LEFT) / (width() - LEFT - RIGHT) * (view[1] - view[0]); }
  svg.addEventListener("wheel", function (e) {
    e.preventDefault();
    zoom(e.deltaY < 0 ? 0.8 : 1.25, timeAt(e.offsetX));
  }, {passive: false});
  var dragging = null;
  svg.addEventListener("mousedown", function (e) { dragging = [e.clientX, view.slice()]; });
  window.addEventListener("mouseup", function () { dragging = null; });
  window.addEventListener("mousemove", function (e) {
    if (!dragging) return;
    var span = dragging[1][1] - dragging[1][0];
    var shift = -(e.clientX - dragging[0]) / (width() - LEFT - RIGHT) * span;
    if (Math.abs(e.clientX - dragging[0]) < 3) return;
    var start = Math.min(Math.max(dragging[1][0] + shift, full[0]), full[1] - span);
    view = [start, start + span];
    draw();
  });
  document.getElementById("rg-zoom-in").addEventListener("click", function () { zoom(0.5); });
  document.getElementById("rg-zoom-out").addEventListener("click", function () { zoom(2); });
  document.getElementById("rg-zoom-all").addEventListener("click", function () { view = full.slice(); draw(); });
  window.addEventListener("resize", draw);
  window.relgraphZoom = zoom;
  draw();
  document.body.setAttribute("data-drawn", "true");
})();
"""


def render_timeline(
    title: str,
    lanes: Sequence[Lane],
    events: Sequence[Event],
    sources: Mapping[str, Sequence[SourceRef]],
    *,
    links: Mapping[str, str] | None = None,
    names: Mapping[str, str] | None = None,
    today: date | None = None,
    nav: Sequence[tuple[str, str]] = (),
) -> str:
    """The page: ``lanes`` of periods over rows of ``events`` (one row per type), each with its ``sources``.

    ``links`` maps article ids to the pages they were fetched from; ``names`` maps codes to the
    names shown; ``today`` ends the axis and the periods that still stand (default: today); ``nav``
    are links (URL, text) to the pages served beside it, shown in the header.
    """
    from relgraph.viz import COLOURS, _json, nav_links

    end = today or date.today()
    by_id = {event.id: event for event in events}
    lane_data: list[dict[str, Any]] = []
    for lane in lanes:
        periods = [_period(lane.name, p, by_id, sources, links or {}, end) for p in lane.periods]
        drawn = [p for p in periods if p is not None]
        if drawn:
            lane_data.append({"name": lane.name, "periods": drawn})
    rows: list[dict[str, Any]] = []
    for kind in EventType:
        shown = [_mark(event, sources, links or {}, names or {}) for event in events if event.type is kind]
        marks = [mark for mark in shown if mark is not None]
        if marks:
            rows.append({"name": kind.slug.replace("_", " "), "colour": COLOURS[kind], "marks": marks})
    days = [date.fromisoformat(p["start"]) for lane in lane_data for p in lane["periods"]]
    days += [date.fromisoformat(m["start"]) for row in rows for m in row["marks"]]
    first = min(days, default=end)
    start = date(max((first.year - 5) // 10 * 10, 1), 1, 1)  # a round start, a little before the first
    data = {"lanes": lane_data, "rows": rows, "from": start.isoformat(), "to": end.isoformat()}
    undated = sum(1 for event in events if event.date is None)
    facts = [f"{len(events)} events", f"{len(lane_data)} lanes", f"{undated} undated (shown at their bound, ▸)"]
    empty = "" if days else '<p class="rg-empty" id="rg-empty">No events to draw.</p>'
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f'<header class="rg-head">{nav_links(nav)}<h1>{html.escape(title)}</h1>'
        f'<p class="rg-meta">{" · ".join(facts)}; green: standing, orange: severed, closed or recalled;'
        " click a period or a mark for its sources; wheel or buttons to zoom, drag to pan</p>"
        '<div class="rg-tools"><button type="button" id="rg-zoom-in">zoom in</button>'
        '<button type="button" id="rg-zoom-out">zoom out</button>'
        '<button type="button" id="rg-zoom-all">all</button> <output id="rg-range"></output></div></header>\n'
        f'<main class="rg-main">{empty}<svg id="rg-chart" role="img" aria-label="timeline"></svg>'
        '<aside id="rg-panel" class="rg-panel" hidden aria-live="polite">'
        '<button type="button" class="rg-close" id="rg-close" aria-label="close">×</button>'
        '<div id="rg-panel-body"></div></aside></main>\n'
        f"<script>\nvar relgraph = {_json(data)};\n{_SCRIPT}</script>\n</body>\n</html>\n"
    )


def write_timeline(
    path: str | os.PathLike[str],
    title: str,
    lanes: Sequence[Lane],
    events: Sequence[Event],
    sources: Mapping[str, Sequence[SourceRef]],
    **options: Any,
) -> None:
    """Write :func:`render_timeline`'s page to ``path`` (UTF-8)."""
    from relgraph.formats import write_file

    write_file(path, render_timeline(title, lanes, events, sources, **options))


def _day(event: Event) -> date | None:
    """Where an event stands on the axis: the start of its date, else its bound."""
    return event.date.earliest if event.date is not None else event.bound


def _period(
    name: str,
    period: Period,
    by_id: Mapping[str, Event],
    sources: Mapping[str, Sequence[SourceRef]],
    links: Mapping[str, str],
    today: date,
) -> dict[str, Any] | None:
    starts = [day for day in (_day(by_id[i]) for i in period.events if i in by_id) if day is not None]
    if not starts:
        return None
    end = _end(period, today)
    label = f"{name}: {period.status} {period.start or ''} – {period.end or 'now'}"
    notes = "".join(f"<li>{html.escape(note)}</li>" for note in period.notes)
    body = (
        f"<p><b>{html.escape(name)}</b>: {html.escape(period.status)}"
        f" from {html.escape(period.start or '?')} to {html.escape(period.end or 'now')}</p>"
        f"{f'<ul>{notes}</ul>' if notes else ''}{_sources(period.sources, links)}"
    )
    return {
        "start": min(starts).isoformat(),
        "end": max(end, min(starts)).isoformat(),
        "status": period.status,
        "colour": _OFF if period.status in _OFF_WORDS else _ON,
        "label": label,
        "panel": body,
    }


def _end(period: Period, today: date) -> date:
    """Where a period ends: the start of the next turn's date (as written by ``date_text``), or today."""
    if period.end is None:
        return today
    text = period.end.removeprefix("≤ ").strip()
    try:
        parts = [int(part) for part in text.split("-")]
        return date(parts[0], *(parts[1:] or [1]), *([1] if len(parts) < 3 else []))
    except (ValueError, TypeError):
        return today


def _mark(
    event: Event, sources: Mapping[str, Sequence[SourceRef]], links: Mapping[str, str], names: Mapping[str, str]
) -> dict[str, Any] | None:
    from relgraph.status import date_text

    day = _day(event)
    if day is None:
        return None
    last = event.date.latest if event.date is not None else day
    who = " – ".join(names.get(code, code) for code in event.actors)
    label = f"{event.type.slug.replace('_', ' ')} · {who} · {date_text(event)}"
    place = f" · {html.escape(event.place)}" if event.place else ""
    body = (
        f"<p><b>{html.escape(event.type.slug.replace('_', ' '))}</b> · {html.escape(who)} · "
        f'<span class="rg-when">{html.escape(date_text(event))}</span>{place}</p>'
        f"{_sources(sources.get(event.id, ()), links)}"
    )
    return {
        "id": event.id,
        "start": day.isoformat(),
        "end": last.isoformat(),
        "undated": event.date is None,
        "label": label,
        "panel": body,
    }


def _sources(refs: Sequence[SourceRef], links: Mapping[str, str]) -> str:
    from relgraph.viz import _article, _quote

    items = "".join(
        f"<li>{_article(ref.article, links)}{f' ({html.escape(ref.published)})' if ref.published else ''}: "
        f"{_quote(' '.join(ref.evidence.split()))}</li>"
        for ref in refs
    )
    return f'<ol class="rg-sources">{items}</ol>' if items else "<p>no sources</p>"
