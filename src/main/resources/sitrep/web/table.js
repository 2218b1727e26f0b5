// The events table: the events of the current view, sortable by any column, a row per event. A row
// opens its event with a click, Enter or Space; the arrow keys move between rows.
import { el, show, typeClass } from './util.js';

/** Rows are shown this many at a time; "Show more" adds as many again. */
export const PAGE_ROWS = 500;

const SORTS = {
  date: (r) => r.date || '',
  type: (r) => r.event_type + ' ' + r.sub_event_type,
  actors: (r) => r.actor1 + ' ' + r.actor2,
  place: (r) => [r.location, r.admin1, r.country].join(' '),
  fatalities: (r) => r.fatalities,
  injuries: (r) => (r.injuries == null ? -1 : r.injuries),
  captured: (r) => (r.captured == null ? -1 : r.captured),
  sources: (r) => r.sources,
  certainty: (r) => ['confirmed', 'reported', 'alleged', 'denied'].indexOf(r.certainty)
};

export function sortRows(rows, sort) {
  const key = SORTS[sort.key] || SORTS.date;
  return [...rows].sort((a, b) => {
    const x = key(a), y = key(b);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return c !== 0 ? c * sort.dir : (a.date || '').localeCompare(b.date || '') * -1;
  });
}

function row(r, onOpen) {
  const place = [r.location, r.admin1, r.country].filter(Boolean).join(', ');
  const tr = el('tr', { tabIndex: 0, 'data-id': r.id, 'aria-label': (r.date || 'undated') + ', ' + r.sub_event_type
      + (place ? ' in ' + place : '') },
    el('td', { class: 'date' }, show(r.date)),
    el('td', {}, el('span', { class: 'swatch ' + typeClass(r.event_type), 'aria-hidden': 'true' }), r.event_type,
      el('br'), el('small', {}, r.sub_event_type)),
    el('td', {}, show(r.actor1), r.actor2 ? el('br') : null, r.actor2 ? el('small', {}, 'v. ' + r.actor2) : null),
    el('td', {}, place || (r.location ? r.location : '–')),
    el('td', { class: 'num' }, show(r.fatalities)),
    el('td', { class: 'num' }, show(r.injuries)),
    el('td', { class: 'num' }, show(r.captured)),
    el('td', { class: 'num' }, show(r.sources)),
    el('td', {}, show(r.certainty)));
  tr.addEventListener('click', () => onOpen(r));
  tr.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      onOpen(r);
    } else if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      const next = ev.key === 'ArrowDown' ? tr.nextElementSibling : tr.previousElementSibling;
      if (next) next.focus();
    }
  });
  return tr;
}

/** Fills the table with the first {@code shown} of the sorted rows; returns how many it shows. */
export function drawTable(table, rows, sort, shown, onOpen) {
  for (const th of table.tHead.rows[0].cells) {
    if (th.dataset.key === sort.key) th.setAttribute('aria-sort', sort.dir < 0 ? 'descending' : 'ascending');
    else th.removeAttribute('aria-sort');
  }
  const sorted = sortRows(rows, sort).slice(0, shown);
  table.tBodies[0].replaceChildren(...sorted.map((r) => row(r, onOpen)));
  return sorted.length;
}

/** Marks the row of the open event, and brings it into view. */
export function markRow(table, id) {
  for (const tr of table.tBodies[0].rows) {
    const on = tr.dataset.id === id;
    tr.classList.toggle('selected', on);
    if (on) tr.setAttribute('aria-current', 'true'); else tr.removeAttribute('aria-current');
    if (on) tr.scrollIntoView({ block: 'nearest' });
  }
}
