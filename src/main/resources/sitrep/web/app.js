// Sitrep's web page: the map of stored events on an offline base map, the events table of the current
// view, the timeline that brushes the date range, the event panel, statistics, and "Analyze a report".
// The view lives in the URL (?from=&to=&type=&country=&actor=&source=&certainty=&q=&bbox=&event=):
// loading such a URL shows that view, and every change of filter is a step in the browser's history.
import { $, el, TYPES, COLORS, typeClass, show, count, isDay, api, askToken, hasToken } from './util.js';
import { drawTimeline, drawStacked, fillTop } from './charts.js';
import { eventView, highlighted } from './detail.js';
import { drawTable, markRow, PAGE_ROWS } from './table.js';

const FILTERS = ['from', 'to', 'type', 'country', 'actor', 'source', 'certainty', 'q', 'bbox'];
const CONTROLS = { from: 'f-from', to: 'f-to', type: 'f-type', country: 'f-country', actor: 'f-actor', source: 'f-source',
  certainty: 'f-certainty', q: 'f-text' };
const state = { f: {}, event: null, rows: [], view: [], total: 0, sort: { key: 'date', dir: -1 }, shown: PAGE_ROWS,
  config: {}, quiet: 0, days: [], load: 0 };

const map = L.map('map', { worldCopyJump: true }).setView([25, 20], 2);
const markers = L.layerGroup().addTo(map);
const labelLayer = L.layerGroup().addTo(map);
const analysisLayer = L.layerGroup().addTo(map);
let labels = [];
window.sitrep = { map }; // for the browser tests and for analysts at the console: the Leaflet map

// ---- the view in the URL ----

function parseBbox(s) {
  const b = String(s || '').split(',').map(Number);
  return b.length === 4 && b.every(Number.isFinite) && b[0] <= b[2] && b[1] <= b[3] ? b : null;
}

function readUrl() {
  const p = new URLSearchParams(location.search);
  const f = {};
  for (const k of FILTERS) {
    const v = p.get(k) ?? (k === 'q' ? p.get('text') : null);
    if (v && v.trim()) f[k] = v.trim();
  }
  for (const k of ['from', 'to']) if (f[k] && !isDay(f[k])) delete f[k];
  if (f.bbox && !parseBbox(f.bbox)) delete f.bbox;
  state.f = f;
  state.event = p.get('event') || null;
}

function writeUrl(push) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (state.f[k]) p.set(k, state.f[k]);
  if (state.event) p.set('event', state.event);
  const url = p.toString() ? '?' + p : location.pathname;
  if (url === location.search || (url === location.pathname && !location.search)) return;
  history[push ? 'pushState' : 'replaceState'](null, '', url);
}

function setControls() {
  for (const [k, id] of Object.entries(CONTROLS)) $(id).value = state.f[k] || '';
  if (state.f.bbox) $('f-follow').checked = true;
}

function readControls() {
  for (const [k, id] of Object.entries(CONTROLS)) {
    const v = $(id).value.trim();
    if (v) state.f[k] = v; else delete state.f[k];
  }
}

/** The API's query for the view: the filters ("q" is the API's "text"), the dates and the box when asked. */
function apiQuery({ dates = true, bbox = false } = {}) {
  const p = new URLSearchParams();
  for (const k of ['from', 'to', 'type', 'country', 'actor', 'source', 'certainty']) {
    if (state.f[k] && (dates || (k !== 'from' && k !== 'to'))) p.set(k, state.f[k]);
  }
  if (state.f.q) p.set('text', state.f.q);
  if (bbox && state.f.bbox) p.set('bbox', state.f.bbox);
  return p;
}

// ---- loading and drawing the view ----

const status = (s) => { $('status').textContent = s; };

async function load({ fit }) {
  const seq = ++state.load;
  status('Loading…');
  try {
    const [table, days] = await Promise.all([api('/api/table?' + apiQuery()),
      api('/api/aggregates?by=day&' + apiQuery({ dates: false }))]);
    if (seq !== state.load) return; // a newer view was asked for meanwhile
    state.rows = table.rows.map((r) => Object.fromEntries(table.fields.map((f, i) => [f, r[i]])));
    state.total = table.total;
    state.days = days.groups.filter((g) => isDay(g.key));
    state.shown = PAGE_ROWS;
    if (fit) fitView();
    drawMarkers();
    timeline();
    renderView();
    if (window.sitrepFirstRender == null) window.sitrepFirstRender = performance.now(); // read by PageRenderBench
  } catch (e) {
    status('Error: ' + e.message);
  }
}

/** Moves the map without the move counting as the user's (the table follows only the user's moves). */
function quietly(fn) {
  state.quiet++;
  try {
    fn();
  } finally {
    state.quiet--;
  }
}

/** The first view fits the data: the box of the URL, or every event with a place. */
function fitView() {
  const b = parseBbox(state.f.bbox);
  quietly(() => {
    if (b) {
      map.fitBounds([[b[1], b[0]], [b[3], b[2]]], { animate: false });
      return;
    }
    const pts = state.rows.filter((r) => r.latitude != null).map((r) => [r.latitude, r.longitude]);
    if (pts.length) map.fitBounds(pts, { padding: [40, 40], maxZoom: 9, animate: false });
  });
}

function mapBbox() {
  const b = map.getBounds();
  let w = Math.max(-180, b.getWest()), e = Math.min(180, b.getEast());
  if (w >= e) { w = -180; e = 180; }
  const s = Math.max(-90, b.getSouth()), n = Math.min(90, b.getNorth());
  return [w, s, e, n].map((v) => v.toFixed(4)).join(',');
}

/** The events of the view: the loaded events, within the map's box when the table follows the map. */
function renderView() {
  const b = parseBbox(state.f.bbox);
  state.view = b ? state.rows.filter((r) => r.latitude != null && r.longitude >= b[0] && r.longitude <= b[2]
    && r.latitude >= b[1] && r.latitude <= b[3]) : state.rows;
  const shown = drawTable($('events-table'), state.view, state.sort, state.shown, (r) => openEvent(r.id, { center: true }));
  $('show-more').hidden = shown >= state.view.length;
  const n = state.view.length;
  let summary = n === 0 ? 'No events in this view.' : count(n) + (n === 1 ? ' event' : ' events') + (b ? ' in the map area' : '');
  if (state.total > state.rows.length) {
    summary += '. The newest ' + count(state.rows.length) + ' of the ' + count(state.total)
      + ' events that match are loaded: narrow the filters to see the others (the exports hold all of them).';
  }
  if (shown < n) summary += ' Showing ' + count(shown) + '.';
  $('list-summary').textContent = summary;
  status(count(n) + (n === 1 ? ' event' : ' events'));
  const q = apiQuery({ bbox: true }).toString();
  for (const [id, format] of [['export-csv', 'acled-csv'], ['export-geojson', 'geojson'], ['export-jsonl', 'jsonl']]) {
    $(id).href = '/api/export?' + (q ? q + '&' : '') + 'format=' + format;
  }
  markRow($('events-table'), state.event);
  if (!$('stats').hidden) stats();
}

function timeline() {
  drawTimeline($('timeline'), state.days, { from: state.f.from, to: state.f.to }, (from, to) => {
    state.f.from = from;
    state.f.to = to;
    setControls();
    writeUrl(true);
    load({ fit: false });
  });
}

// Markers cluster on a pixel grid when dense: one circle per cell, sized and labelled by its count.
function drawMarkers() {
  markers.clearLayers();
  const cells = new Map();
  for (const p of state.rows) {
    if (p.latitude == null) continue;
    const xy = map.latLngToLayerPoint([p.latitude, p.longitude]);
    const key = Math.floor(xy.x / 40) + ':' + Math.floor(xy.y / 40);
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(p);
  }
  for (const group of cells.values()) {
    if (group.length === 1) {
      const p = group[0];
      const m = L.circleMarker([p.latitude, p.longitude], { radius: 6 + Math.min(8, Math.sqrt(p.fatalities)), color: '#fff',
        weight: p.id === state.event ? 3 : 1, fillColor: COLORS[p.event_type] || '#333', fillOpacity: 0.9,
        className: 'event-marker' + (p.id === state.event ? ' selected' : '') });
      m.bindTooltip(show(p.date) + ' · ' + p.sub_event_type);
      m.on('click', () => openEvent(p.id, { center: false }));
      m.addTo(markers);
    } else {
      const lat = group.reduce((s, p) => s + p.latitude, 0) / group.length;
      const lon = group.reduce((s, p) => s + p.longitude, 0) / group.length;
      const icon = L.divIcon({ className: 'cluster event-cluster', html: el('span', {}, String(group.length)), iconSize: [38, 38] });
      const m = L.marker([lat, lon], { icon, keyboard: false, title: group.length + ' events' });
      m.on('click', () => map.setView([lat, lon], Math.min(map.getZoom() + 2, 14)));
      m.addTo(markers);
    }
  }
}

/** Place names on the base map: capitals first, big cities and first-level divisions as one zooms in. */
function drawLabels() {
  labelLayer.clearLayers();
  const z = map.getZoom(), box = map.getBounds().pad(0.1);
  let n = 0;
  for (const [name, lat, lon, kind, minZoom] of labels) {
    if (minZoom > z || !box.contains([lat, lon])) continue;
    const icon = L.divIcon({ className: 'place-label k' + kind, html: el('span', {}, name), iconSize: null });
    L.marker([lat, lon], { icon, interactive: false, keyboard: false }).addTo(labelLayer);
    if (++n >= 300) break;
  }
}

map.on('moveend', () => {
  drawMarkers();
  drawLabels();
  if (state.quiet || !$('f-follow').checked || !state.rows.length) return;
  state.f.bbox = mapBbox();
  writeUrl(false);
  renderView();
});

// ---- panels: the event, the statistics, the analysis ----

function showAside(id) {
  for (const a of ['panel', 'stats', 'analyze']) $(a).hidden = a !== id;
}

let openedFrom = null;

async function openEvent(id, { push = true, center = false } = {}) {
  let e;
  try {
    e = await api('/api/events/' + encodeURIComponent(id));
  } catch (err) {
    status('Error: ' + err.message);
    return;
  }
  openedFrom = document.activeElement;
  $('panel-body').replaceChildren(...eventView(e));
  showAside('panel');
  state.event = e.event_id || id;
  writeUrl(push);
  markRow($('events-table'), state.event);
  if (e.latitude != null && (center || !map.getBounds().contains([e.latitude, e.longitude]))) {
    quietly(() => map.setView([e.latitude, e.longitude], Math.max(map.getZoom(), center ? 6 : 1), { animate: false }));
  }
  drawMarkers();
  $('panel-title').focus();
}

function closeEvent() {
  $('panel').hidden = true;
  state.event = null;
  writeUrl(true);
  markRow($('events-table'), null);
  drawMarkers();
  if (openedFrom && document.contains(openedFrom)) openedFrom.focus();
}

async function stats() {
  const q = apiQuery({ bbox: true }).toString();
  try {
    const [weeks, actors, places] = await Promise.all(['week-type', 'actor', 'location']
      .map((by) => api('/api/aggregates?by=' + by + (q ? '&' + q : ''))));
    drawStacked($('chart-events'), weeks.groups, 'events');
    drawStacked($('chart-fatalities'), weeks.groups, 'fatalities');
    fillTop($('top-actors'), actors.groups, 10);
    fillTop($('top-locations'), places.groups, 10);
  } catch (e) {
    status('Error: ' + e.message);
  }
}

async function analyze() {
  const text = $('analyze-text').value;
  if (!text.trim()) return;
  const body = { text };
  if ($('analyze-date').value) body.published = $('analyze-date').value;
  const list = $('analyze-results');
  list.replaceChildren(el('li', {}, 'Extracting…'));
  try {
    if (state.config.writeNeedsToken && !hasToken()) await askToken();
    const r = await api('/api/extract', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body) });
    analysisLayer.clearLayers();
    list.replaceChildren(...r.events.map((e) => el('li', { class: 'analysis-event' }, el('strong', {}, e.sub_event_type),
      ' — ' + (e.location || 'no place') + ', ' + show(e.event_date) + ': ' + e.notes)));
    if (!r.events.length) list.replaceChildren(el('li', {}, 'No event found in this text.'));
    const bounds = [];
    for (const e of r.events) {
      if (e.latitude == null) continue;
      L.circleMarker([e.latitude, e.longitude], { radius: 9, color: '#000', weight: 2, dashArray: '3',
        fillColor: COLORS[e.event_type] || '#333', fillOpacity: 0.6, className: 'analysis-marker' })
        .bindTooltip(e.sub_event_type).addTo(analysisLayer);
      bounds.push([e.latitude, e.longitude]);
    }
    if (bounds.length) quietly(() => map.fitBounds(bounds, { maxZoom: 8, padding: [40, 40], animate: false }));
    list.append(el('li', { class: 'analysis-text' }, highlighted(r.text, r.events.flatMap((e) => e.evidence))));
  } catch (e) {
    list.replaceChildren(el('li', {}, 'Error: ' + e.message));
  }
}

// ---- wiring ----

function applyFilters() {
  readControls();
  writeUrl(true);
  load({ fit: !state.f.bbox });
}

$('filters').addEventListener('submit', (ev) => { ev.preventDefault(); applyFilters(); });
for (const id of ['f-type', 'f-certainty', 'f-from', 'f-to']) $(id).addEventListener('change', applyFilters);
$('clear-filters').addEventListener('click', () => {
  state.f = {};
  setControls();
  writeUrl(true);
  load({ fit: true });
});
$('f-follow').addEventListener('change', () => {
  if ($('f-follow').checked) state.f.bbox = mapBbox(); else delete state.f.bbox;
  writeUrl(true);
  renderView();
});
for (const th of $('events-table').tHead.rows[0].cells) {
  th.querySelector('button').addEventListener('click', () => {
    const key = th.dataset.key;
    state.sort = state.sort.key === key ? { key, dir: -state.sort.dir }
      : { key, dir: ['date', 'fatalities', 'injuries', 'captured', 'sources'].includes(key) ? -1 : 1 };
    renderView();
  });
}
$('show-more').addEventListener('click', () => { state.shown += PAGE_ROWS; renderView(); });
$('panel-close').addEventListener('click', closeEvent);
$('stats-open').addEventListener('click', () => { showAside('stats'); stats(); $('stats-close').focus(); });
$('stats-close').addEventListener('click', () => { $('stats').hidden = true; $('stats-open').focus(); });
$('analyze-open').addEventListener('click', () => { showAside('analyze'); $('analyze-text').focus(); });
$('analyze-close').addEventListener('click', () => { $('analyze').hidden = true; analysisLayer.clearLayers(); });
$('analyze-run').addEventListener('click', analyze);
document.addEventListener('keydown', (ev) => {
  if (ev.key !== 'Escape' || $('token-dialog').open) return;
  if (!$('panel').hidden) closeEvent();
  else if (!$('stats').hidden) $('stats-close').click();
  else if (!$('analyze').hidden) $('analyze-close').click();
});
window.addEventListener('popstate', async () => {
  readUrl();
  setControls();
  await load({ fit: true });
  if (state.event) openEvent(state.event, { push: false });
  else $('panel').hidden = true;
});

async function init() {
  readUrl();
  setControls();
  for (const t of TYPES) {
    $('legend').append(el('span', {}, el('i', { class: 'swatch ' + typeClass(t.label), 'aria-hidden': 'true' }), t.label));
  }
  try {
    const [config, world, places] = await Promise.all([api('/api/config'), api('/countries.geojson'), api('/labels.json')]);
    state.config = config;
    if (config.tiles) L.tileLayer(config.tiles, { maxZoom: 18 }).addTo(map);
    L.geoJSON(world, { style: { color: '#8aa0b4', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 }, interactive: false })
      .addTo(map);
    labels = places.labels;
  } catch (e) {
    status('Error: ' + e.message);
    return;
  }
  await load({ fit: true });
  drawLabels();
  if (state.event) openEvent(state.event, { push: false });
}

init();
