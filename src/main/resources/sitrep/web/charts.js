// The timeline under the map (events per day, with date labels; dragging over it sets the date range)
// and the statistics view's charts: plain SVG, drawn node by node.
import { TYPES, svgEl, el, dayNumber, dayString, count } from './util.js';

/**
 * Bars per day over the whole filtered range, a date axis, the chosen range shaded; a drag over it
 * calls onBrush(from, to) with the days under its ends.
 */
export function drawTimeline(svg, days, selection, onBrush) {
  svg.replaceChildren();
  const w = Math.max(200, svg.clientWidth || 800), h = 84, axis = 20, plot = h - axis;
  svg.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
  if (!days.length) {
    svg.append(svgEl('text', { x: 8, y: 30, class: 'empty' }, 'No dated events for these filters'));
    svg.onpointerdown = null;
    return;
  }
  const first = dayNumber(days[0].key), last = dayNumber(days[days.length - 1].key);
  const span = last - first + 1, step = w / span, bw = Math.max(2, step - 1);
  const x = (day) => (day - first) * step;
  const max = Math.max(...days.map((d) => d.events));
  for (const d of days) {
    const bh = Math.max(2, (d.events / max) * (plot - 6));
    const r = svgEl('rect', { class: 'bar', x: x(dayNumber(d.key)), y: plot - bh, width: bw, height: bh });
    r.append(svgEl('title', {}, d.key + ': ' + count(d.events) + (d.events === 1 ? ' event' : ' events')));
    svg.append(r);
  }
  svg.append(svgEl('line', { class: 'axis', x1: 0, x2: w, y1: plot + 0.5, y2: plot + 0.5 }));
  const ticks = Math.max(2, Math.min(8, Math.floor(w / 120), span));
  for (let i = 0; i < ticks; i++) {
    const day = first + Math.round((i * (span - 1)) / Math.max(1, ticks - 1));
    const tx = x(day) + bw / 2;
    svg.append(svgEl('line', { class: 'tick', x1: tx, x2: tx, y1: plot, y2: plot + 4 }));
    svg.append(svgEl('text', { class: 'tick-label', x: tx, y: h - 4,
      'text-anchor': i === 0 ? 'start' : i === ticks - 1 ? 'end' : 'middle' }, dayString(day)));
  }
  const sel = svgEl('rect', { class: 'sel', y: 0, height: plot, x: 0, width: 0 });
  svg.append(sel);
  const shade = (a, b) => { sel.setAttribute('x', Math.min(a, b)); sel.setAttribute('width', Math.abs(b - a)); };
  if (selection.from || selection.to) {
    const a = selection.from ? Math.max(0, x(dayNumber(selection.from))) : 0;
    const b = selection.to ? Math.min(w, x(dayNumber(selection.to)) + step) : w;
    if (b > a) shade(a, b);
  }
  const toDay = (px) => dayString(first + Math.min(span - 1, Math.max(0, Math.floor(px / step))));
  const px = (ev) => { const r = svg.getBoundingClientRect(); return (ev.clientX - r.left) * (w / r.width); };
  let start = null;
  svg.onpointerdown = (ev) => { start = px(ev); svg.setPointerCapture(ev.pointerId); shade(start, start); };
  svg.onpointermove = (ev) => { if (start != null) shade(start, px(ev)); };
  svg.onpointerup = (ev) => {
    if (start == null) return;
    const end = px(ev), a = Math.min(start, end), b = Math.max(start, end);
    start = null;
    onBrush(toDay(a), toDay(b));
  };
}

/**
 * A stacked bar chart: one bar per week (every week between the first and the last), one segment per
 * event type; {@code groups} are the API's {key: week, type, events, fatalities}.
 */
export function drawStacked(svg, groups, metric) {
  svg.replaceChildren();
  const w = Math.max(240, svg.clientWidth || 480), h = 160, axis = 20, top = 14, plot = h - axis;
  svg.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
  const byWeek = new Map();
  for (const g of groups) {
    if (!byWeek.has(g.key)) byWeek.set(g.key, {});
    byWeek.get(g.key)[g.type] = (byWeek.get(g.key)[g.type] || 0) + g[metric];
  }
  if (!byWeek.size) {
    svg.append(svgEl('text', { x: 8, y: 30, class: 'empty' }, 'No dated events in this view'));
    return;
  }
  const keys = [...byWeek.keys()].sort();
  const weeks = [];
  for (let d = dayNumber(keys[0]); d <= dayNumber(keys[keys.length - 1]); d += 7) weeks.push(dayString(d));
  const totals = weeks.map((k) => Object.values(byWeek.get(k) || {}).reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const step = w / weeks.length, bw = Math.max(1, step - 2);
  weeks.forEach((week, i) => {
    let y = plot;
    for (const t of TYPES) {
      const v = (byWeek.get(week) || {})[t.label] || 0;
      if (!v) continue;
      const bh = (v / max) * (plot - top);
      y -= bh;
      const r = svgEl('rect', { class: 'seg ' + t.cls, x: i * step + 1, y, width: bw, height: Math.max(0.5, bh), fill: t.color });
      r.append(svgEl('title', {}, 'Week of ' + week + ' · ' + t.label + ': ' + count(v)));
      svg.append(r);
    }
  });
  svg.append(svgEl('line', { class: 'axis', x1: 0, x2: w, y1: plot + 0.5, y2: plot + 0.5 }));
  svg.append(svgEl('text', { class: 'tick-label', x: 2, y: 10 }, 'max ' + count(max) + ' a week'));
  svg.append(svgEl('text', { class: 'tick-label', x: 2, y: h - 4 }, weeks[0]));
  if (weeks.length > 1) {
    svg.append(svgEl('text', { class: 'tick-label', x: w - 2, y: h - 4, 'text-anchor': 'end' }, weeks[weeks.length - 1]));
  }
}

/** Rows of a "top" table: name, events, fatalities; the first {@code n} groups. */
export function fillTop(table, groups, n) {
  const body = table.tBodies[0];
  body.replaceChildren(...groups.slice(0, n).map((g) => el('tr', {},
    el('td', {}, g.key || '–'), el('td', { class: 'num' }, count(g.events)), el('td', { class: 'num' }, count(g.fatalities)))));
  if (!groups.length) body.append(el('tr', {}, el('td', { colSpan: 3 }, 'None in this view')));
}
