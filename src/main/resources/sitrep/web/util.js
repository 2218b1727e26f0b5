// Helpers shared by the page's modules. Everything taken from a report is put into the page as text
// (text nodes, textContent), never as markup; no style attribute is ever written, so that a strict
// Content-Security-Policy (script-src 'self'; style-src 'self') holds.

export const $ = (id) => document.getElementById(id);

/** ACLED's event types, each with its colour and the CSS class of its swatch. */
export const TYPES = [
  ['Battles', '#c0392b'], ['Explosions/Remote violence', '#e67e22'], ['Violence against civilians', '#8e44ad'],
  ['Protests', '#2980b9'], ['Riots', '#16a085'], ['Strategic developments', '#7f8c8d']
].map(([label, color], i) => ({ label, color, cls: 't' + i }));
export const COLORS = Object.fromEntries(TYPES.map((t) => [t.label, t.color]));
export const typeClass = (label) => (TYPES.find((t) => t.label === label) || { cls: 't-unknown' }).cls;

/** An element with properties (class, hidden, href...), attributes (names with a dash: aria-*, data-*) and children. */
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null) continue;
    if (k === 'class') e.className = v;
    else if (k.includes('-') || k === 'role' || k === 'scope') e.setAttribute(k, v);
    else e[k] = v;
  }
  for (const c of children) {
    if (c == null || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

export const SVG = 'http://www.w3.org/2000/svg';
export function svgEl(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text != null) e.textContent = text;
  return e;
}

/** A value for a person: a dash for what is not known, never "null", "undefined" or "NaN". */
export function show(v) {
  if (v == null || v === '' || (typeof v === 'number' && !Number.isFinite(v))) return '–';
  return String(v);
}

/** A number with thousands separators, or a dash. */
export function count(n) {
  return Number.isFinite(n) ? n.toLocaleString('en-US') : '–';
}

/** Only http(s) addresses become links: a report's "url" is never a javascript: or data: link. */
export function safeUrl(u) {
  if (!u) return null;
  try {
    const x = new URL(u, location.href);
    return x.protocol === 'http:' || x.protocol === 'https:' ? x.href : null;
  } catch (e) {
    return null;
  }
}

/** Day arithmetic on YYYY-MM-DD strings, in UTC: no time zone ever shifts a date. */
export const dayNumber = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / 864e5;
export const dayString = (n) => new Date(Math.round(n) * 864e5).toISOString().slice(0, 10);
export const isDay = (s) => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && Number.isFinite(dayNumber(s));

// ---- the API, with the access token when the server asks for one ----

let token = sessionStorage.getItem('sitrep-token');
let asking = null;

/** Asks for the token once (a dialog, not a prompt), and keeps it for this tab. */
export function askToken() {
  if (asking) return asking;
  const dialog = $('token-dialog');
  asking = new Promise((resolve, reject) => {
    const input = $('token-input');
    input.value = '';
    const done = (value) => {
      dialog.close();
      asking = null;
      if (value) {
        token = value;
        sessionStorage.setItem('sitrep-token', value);
        resolve(value);
      } else {
        reject(new Error('this server needs its access token for that'));
      }
    };
    $('token-form').onsubmit = (ev) => { ev.preventDefault(); done(input.value.trim()); };
    $('token-cancel').onclick = () => done(null);
    dialog.oncancel = () => done(null);
    dialog.showModal();
    input.focus();
  });
  return asking;
}

export const hasToken = () => Boolean(token);

/** JSON from the API; a 401 asks for the token once and tries again. Errors carry the server's message. */
export async function api(url, options = {}) {
  for (let attempt = 0; ; attempt++) {
    const headers = Object.assign({}, options.headers || {});
    if (token) headers.Authorization = 'Bearer ' + token;
    const r = await fetch(url, Object.assign({}, options, { headers }));
    if (r.status === 401 && attempt === 0) {
      sessionStorage.removeItem('sitrep-token');
      token = null;
      await askToken();
      continue;
    }
    let body;
    try {
      body = await r.json();
    } catch (e) {
      throw new Error(url.split('?')[0] + ' answered ' + r.status + ' without JSON');
    }
    if (!r.ok) throw new Error(body.error || (url.split('?')[0] + ' answered ' + r.status));
    return body;
  }
}
