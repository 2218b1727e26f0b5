// Sitrep's web page: a map of stored events, a timeline to choose dates, filters, an event panel with
// the evidence highlighted in its article, and "Analyze a report". Everything taken from a report is
// put into the page as text (textContent), never as markup.
'use strict';

const COLORS = {
  'Battles': '#c0392b', 'Explosions/Remote violence': '#e67e22', 'Violence against civilians': '#8e44ad',
  'Protests': '#2980b9', 'Riots': '#16a085', 'Strategic developments': '#7f8c8d'
};
const state = { from: null, to: null, points: [], analysis: null };
const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v; else if (k === 'style') e.setAttribute('style', v); else e[k] = v;
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c)));
  return e;
}

const map = L.map('map', { worldCopyJump: true, preferCanvas: false }).setView([35, 40], 5);
const markers = L.layerGroup().addTo(map);
const analysisLayer = L.layerGroup().addTo(map);

async function getJson(url, options) {
  const r = await fetch(url, options);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

async function init() {
  const config = await getJson('/api/config');
  if (config.tiles) L.tileLayer(config.tiles, { maxZoom: 18 }).addTo(map);
  const world = await getJson('/countries.geojson');
  L.geoJSON(world, { style: { color: '#8aa0b4', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 }, interactive: false }).addTo(map);
  for (const [type, color] of Object.entries(COLORS)) {
    $('legend').append(el('span', {}, el('i', { style: 'background:' + color }), type));
  }
  map.on('zoomend moveend', drawMarkers);
  await refresh();
}

function filters(withDates) {
  const p = new URLSearchParams();
  const add = (k, v) => { if (v) p.set(k, v); };
  add('type', $('f-type').value);
  add('actor', $('f-actor').value.trim());
  add('country', $('f-country').value.trim());
  add('source', $('f-source').value.trim());
  add('certainty', $('f-certainty').value);
  add('text', $('f-text').value.trim());
  if (withDates) { add('from', state.from); add('to', state.to); }
  return p;
}

async function refresh() {
  $('status').textContent = 'Loading…';
  try {
    const [pts, days] = await Promise.all([
      getJson('/api/map?' + filters(true)),
      getJson('/api/aggregates?by=day&' + filters(false))]);
    state.points = pts.points;
    drawMarkers();
    drawTimeline(days.groups.filter(g => g.key));
    $('status').textContent = state.points.length + ' events';
    $('range').textContent = state.from ? state.from + ' – ' + state.to : '';
    if (window.sitrepFirstRender == null) window.sitrepFirstRender = performance.now(); // read by PageRenderBench
  } catch (e) {
    $('status').textContent = 'Error: ' + e.message;
  }
}

// Markers cluster on a pixel grid when dense: one circle per cell, sized and labelled by its count.
function drawMarkers() {
  markers.clearLayers();
  const cells = new Map();
  const cell = 40;
  for (const p of state.points) {
    const xy = map.latLngToLayerPoint([p[4], p[5]]);
    const key = Math.floor(xy.x / cell) + ':' + Math.floor(xy.y / cell);
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(p);
  }
  for (const group of cells.values()) {
    if (group.length === 1) {
      const p = group[0];
      const m = L.circleMarker([p[4], p[5]], { radius: 6 + Math.min(8, Math.sqrt(p[6])), color: '#fff', weight: 1,
        fillColor: COLORS[p[2]] || '#333', fillOpacity: .9, className: 'event-marker' });
      m.bindTooltip(p[1] + ' · ' + p[3]);
      m.on('click', () => openEvent(p[0]));
      m.addTo(markers);
    } else {
      const lat = group.reduce((s, p) => s + p[4], 0) / group.length;
      const lon = group.reduce((s, p) => s + p[5], 0) / group.length;
      const icon = L.divIcon({ className: 'cluster', html: '', iconSize: [38, 38] });
      const m = L.marker([lat, lon], { icon });
      m.on('add', () => { m.getElement().textContent = String(group.length); m.getElement().classList.add('event-cluster'); });
      m.on('click', () => map.setView([lat, lon], Math.min(map.getZoom() + 2, 14)));
      m.addTo(markers);
    }
  }
}

// The timeline: one bar per day; dragging over it sets the date range.
function drawTimeline(days) {
  const svg = $('timeline');
  svg.replaceChildren();
  state.days = days;
  if (!days.length) return;
  const w = svg.clientWidth || 800, h = 80;
  svg.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
  const first = Date.parse(days[0].key), last = Date.parse(days[days.length - 1].key);
  const span = Math.max(1, (last - first) / 864e5 + 1);
  const max = Math.max(...days.map(d => d.events));
  const bw = Math.max(1, w / span - 1);
  const ns = 'http://www.w3.org/2000/svg';
  for (const d of days) {
    const x = ((Date.parse(d.key) - first) / 864e5) * (w / span);
    const bh = Math.max(2, (d.events / max) * (h - 6));
    const r = document.createElementNS(ns, 'rect');
    r.setAttribute('class', 'bar'); r.setAttribute('x', x); r.setAttribute('y', h - bh);
    r.setAttribute('width', bw); r.setAttribute('height', bh);
    const t = document.createElementNS(ns, 'title'); t.textContent = d.key + ': ' + d.events + ' events'; r.append(t);
    svg.append(r);
  }
  const toDate = (x) => new Date(first + Math.floor(x / (w / span)) * 864e5).toISOString().slice(0, 10);
  let start = null, sel = null;
  const px = (ev) => (ev.clientX - svg.getBoundingClientRect().left) * (w / svg.getBoundingClientRect().width);
  svg.onmousedown = (ev) => {
    start = px(ev);
    sel = document.createElementNS(ns, 'rect'); sel.setAttribute('class', 'sel');
    sel.setAttribute('y', 0); sel.setAttribute('height', h); svg.append(sel);
  };
  svg.onmousemove = (ev) => {
    if (start == null) return;
    const x = px(ev);
    sel.setAttribute('x', Math.min(start, x)); sel.setAttribute('width', Math.abs(x - start));
  };
  svg.onmouseup = (ev) => {
    if (start == null) return;
    const x = px(ev), a = Math.min(start, x), b = Math.max(start, x);
    start = null;
    state.from = toDate(a); state.to = toDate(b);
    refreshMapOnly();
  };
}

async function refreshMapOnly() {
  const pts = await getJson('/api/map?' + filters(true));
  state.points = pts.points;
  drawMarkers();
  $('status').textContent = state.points.length + ' events';
  $('range').textContent = state.from ? state.from + ' – ' + state.to : '';
}

// The article with the evidence sentences highlighted, built node by node from offsets.
function highlighted(text, spans) {
  const box = el('div', { class: 'article' });
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at || s.end > text.length) continue;
    box.append(text.slice(at, s.start), el('mark', { class: 'evidence' }, text.slice(s.start, s.end)));
    at = s.end;
  }
  box.append(text.slice(at));
  return box;
}

function eventView(e) {
  const rows = [['Date', e.event_date + (e.status !== 'occurred' ? ' (' + e.status + ')' : '')],
    ['Type', e.event_type + ' — ' + e.sub_event_type],
    ['Actor 1', e.actor1 + (e.assoc_actor_1 ? ' (with ' + e.assoc_actor_1 + ')' : '')],
    ['Actor 2', e.actor2 + (e.assoc_actor_2 ? ' (with ' + e.assoc_actor_2 + ')' : '')],
    ['Place', [e.location, e.admin2, e.admin1, e.country].filter(Boolean).join(', ') + ' (precision ' + e.geo_precision + ')'],
    ['Figures', e.fatalities + ' killed, ' + (e.injuries ?? '–') + ' wounded, ' + (e.captured ?? '–') + ' captured'],
    ['Certainty', e.certainty], ['Sources', e.source]];
  if (e.corroboration != null) rows.push(['Corroboration', e.corroboration + ' independent source(s)']);
  return el('table', {}, ...rows.map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', {}, v))));
}

async function openEvent(id) {
  const e = await getJson('/api/events/' + encodeURIComponent(id));
  const body = $('panel-body');
  body.replaceChildren(el('h2', {}, e.sub_event_type + ' — ' + (e.location || e.country)), el('p', { class: 'notes' }, e.notes),
    eventView(e));
  body.append(el('h3', {}, 'Figures per source'), el('table', { class: 'per-source' },
    el('tr', {}, ...['Source', 'Killed', 'Wounded', 'Captured', 'Party'].map(h => el('th', {}, h))),
    ...e.reports.map(r => el('tr', {}, el('td', {}, r.source), el('td', {}, r.fatalities), el('td', {}, r.injuries ?? '–'),
      el('td', {}, r.captured ?? '–'), el('td', {}, r.party ? 'yes' : '')))));
  for (const r of e.reports) {
    body.append(el('h3', {}, r.article_source || r.source), r.article_text ? highlighted(r.article_text, r.evidence) : '');
  }
  $('analyze').hidden = true;
  $('panel').hidden = false;
}

async function analyze() {
  const text = $('analyze-text').value;
  if (!text.trim()) return;
  const body = { text };
  if ($('analyze-date').value) body.published = $('analyze-date').value;
  const list = $('analyze-results');
  list.replaceChildren(el('li', {}, 'Extracting…'));
  try {
    const r = await getJson('/api/extract', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body) });
    analysisLayer.clearLayers();
    list.replaceChildren(...r.events.map(e => el('li', { class: 'analysis-event' }, el('strong', {}, e.sub_event_type),
      ' — ' + (e.location || 'no place') + ', ' + e.event_date + ': ' + e.notes)));
    if (!r.events.length) list.replaceChildren(el('li', {}, 'No event found in this text.'));
    const bounds = [];
    for (const e of r.events) {
      if (e.latitude == null) continue;
      L.circleMarker([e.latitude, e.longitude], { radius: 9, color: '#000', weight: 2, dashArray: '3',
        fillColor: COLORS[e.event_type], fillOpacity: .6, className: 'analysis-marker' })
        .bindTooltip(e.sub_event_type).addTo(analysisLayer);
      bounds.push([e.latitude, e.longitude]);
    }
    if (bounds.length) map.fitBounds(bounds, { maxZoom: 8, padding: [40, 40] });
    const article = highlighted(r.text, r.events.flatMap(e => e.evidence));
    list.append(el('li', { class: 'analysis-text' }, article));
  } catch (e) {
    list.replaceChildren(el('li', {}, 'Error: ' + e.message));
  }
}

$('filters').addEventListener('submit', (ev) => { ev.preventDefault(); refresh(); });
$('f-type').addEventListener('change', () => refresh());
$('clear-range').addEventListener('click', () => { state.from = state.to = null; refresh(); });
$('panel-close').addEventListener('click', () => { $('panel').hidden = true; });
$('analyze-open').addEventListener('click', () => { $('panel').hidden = true; $('analyze').hidden = false; });
$('analyze-close').addEventListener('click', () => { $('analyze').hidden = true; analysisLayer.clearLayers(); });
$('analyze-run').addEventListener('click', analyze);
init();
