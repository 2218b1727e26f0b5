// The event panel: the fused event, then each report with its outlet, a link to its article when it
// has one, its own figures and certainty, its evidence sentences, and the article with them highlighted.
import { el, show, safeUrl } from './util.js';

/** The article with the evidence highlighted, built node by node from the offsets. */
export function highlighted(text, spans) {
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

const figures = (r) => show(r.fatalities) + ' killed, ' + show(r.injuries) + ' wounded, ' + show(r.captured) + ' captured';

function place(e) {
  const where = [e.location, e.admin2, e.admin1, e.country].filter(Boolean).join(', ');
  if (!where) return e.location_text ? e.location_text + ' (not placed on the map)' : 'No place';
  return where + (e.geo_precision ? ' (precision ' + e.geo_precision + ')' : '');
}

function actor(name, assoc) {
  if (!name) return '–';
  return assoc ? name + ' (with ' + assoc + ')' : name;
}

function fields(e) {
  const rows = [
    ['Date', show(e.event_date) + (e.status && e.status !== 'occurred' ? ' (' + e.status + ')' : '')],
    ['Type', e.event_type + ' — ' + e.sub_event_type],
    ['Actor 1', actor(e.actor1, e.assoc_actor_1)],
    ['Actor 2', actor(e.actor2, e.assoc_actor_2)],
    ['Place', place(e)],
    ['Figures', figures(e) + ' (the lowest any source gives)'],
    ['Certainty', show(e.certainty)],
    ['Sources', show(e.source)],
    ['Corroboration', show(e.corroboration) + ' independent source(s)']];
  return el('table', { class: 'fields' }, el('tbody', {},
    ...rows.map(([k, v]) => el('tr', {}, el('th', { scope: 'row' }, k), el('td', {}, v)))));
}

/** One report: outlet and article link, its figures and certainty, its evidence. */
function report(r, i) {
  const outlet = r.article_source || r.source || 'Unnamed outlet';
  const url = safeUrl(r.article_url);
  const head = el('h4', {}, outlet);
  const section = el('section', { class: 'report', 'aria-label': 'Report ' + (i + 1) + ' from ' + outlet }, head);
  if (url) {
    section.append(el('p', { class: 'link' }, el('a', { href: url, target: '_blank', rel: 'noopener noreferrer',
      class: 'article-link' }, 'Read the article at ' + new URL(url).host)));
  }
  section.append(el('p', { class: 'report-figures' }, figures(r) + ' · ' + show(r.certainty)
    + (r.party ? ' · a party to the conflict' : '') + (r.event_date ? ' · dated ' + r.event_date : '')));
  if (r.source && r.source !== outlet) section.append(el('p', { class: 'said' }, 'According to ' + r.source));
  const evidence = r.evidence || [];
  if (evidence.length) {
    section.append(el('ul', { class: 'evidence-list', 'aria-label': 'Evidence sentences' },
      ...evidence.map((s) => el('li', {}, el('q', {}, s.text)))));
  }
  if (r.article_text) {
    section.append(el('details', { open: true }, el('summary', {}, 'The article, evidence highlighted'),
      highlighted(r.article_text, evidence)));
  }
  return section;
}

/** The panel's content for an event of /api/events/{id}. */
export function eventView(e) {
  const title = el('h2', { id: 'panel-title', tabIndex: -1 }, e.sub_event_type + ' — ' + (e.location || e.country || 'unplaced'));
  const reports = e.reports || [];
  return [
    title,
    el('p', { class: 'notes' }, e.notes),
    fields(e),
    el('h3', {}, 'Figures per source'),
    el('table', { class: 'per-source' },
      el('thead', {}, el('tr', {}, ...['Outlet', 'Killed', 'Wounded', 'Captured', 'Certainty', 'Party']
        .map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...reports.map((r) => el('tr', {}, el('td', {}, r.article_source || r.source || '–'),
        el('td', {}, show(r.fatalities)), el('td', {}, show(r.injuries)), el('td', {}, show(r.captured)),
        el('td', {}, show(r.certainty)), el('td', {}, r.party ? 'yes' : 'no'))))),
    el('h3', {}, reports.length === 1 ? 'The report' : 'The ' + reports.length + ' reports'),
    ...reports.map(report)
  ];
}
