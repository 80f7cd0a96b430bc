/** The access page's style: system fonts, contrast above WCAG AA, focus always visible. */
export const PAGE_STYLE = String.raw`
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #fff; }
body { margin: 0 auto; padding: 1rem 1.5rem 3rem; max-width: 80rem; }
h1 { font-size: 1.5rem; margin: 0.5rem 0 0.25rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
.sub { margin: 0 0 1rem; color: #4b535d; }
.warn { background: #fff4e5; border: 1px solid #9a6700; padding: 0.5rem 0.75rem; }
.warn p, .warn ul { margin: 0.25rem 0; }
.filters { display: flex; flex-wrap: wrap; gap: 0.75rem 1rem; align-items: flex-end; padding: 0.75rem; background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; position: sticky; top: 0; z-index: 2; }
.field { display: flex; flex-direction: column; gap: 0.2rem; }
.field label { font-size: 0.85rem; font-weight: 600; }
select, input, button { font: inherit; }
select, input { padding: 0.3rem 0.4rem; border: 1px solid #57606a; border-radius: 4px; background: #fff; color: #1f2328; max-width: 22rem; }
button { padding: 0.25rem 0.6rem; border: 1px solid #57606a; border-radius: 4px; background: #f6f8fa; color: #1f2328; cursor: pointer; }
:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 0.4rem 0; }
th, td { border-bottom: 1px solid #d0d7de; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #f6f8fa; position: sticky; top: 0; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.id { color: #4b535d; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.8rem; overflow-wrap: anywhere; }
.allowed { color: #116329; font-weight: 600; white-space: nowrap; }
.denied { color: #a40e26; font-weight: 600; white-space: nowrap; }
.widening { color: #a40e26; font-weight: 600; }
.narrowing { color: #116329; font-weight: 600; }
.scopes { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.8rem; overflow-wrap: anywhere; }
.why-cell { position: relative; }
.tip { display: none; position: absolute; right: 0; top: 100%; z-index: 3; width: 28rem; max-width: 80vw; margin: 0; padding: 0.5rem 0.75rem; background: #1f2328; color: #fff; border-radius: 6px; box-shadow: 0 4px 12px rgba(0,0,0,.25); }
.tip ul { margin: 0; padding-left: 1.1rem; }
.tip li { margin: 0.15rem 0; }
.why:hover + .tip, .why:focus + .tip, .tip:hover { display: block; }
.tip[hidden] { display: none !important; }
#status { margin: 0.5rem 0; }
.overview { max-height: 24rem; overflow: auto; border: 1px solid #d0d7de; }
`;

/**
 * The page's behaviour, plain ES2017 with no dependency: filters, bounded rendering (a page of rows at a time, so
 * the page opens fast with tens of thousands of entries), tooltips that open on hover and on keyboard focus and close
 * with Escape, and a live region that tells screen readers how many entries match. Every value from the input is
 * set as text, never as markup.
 */
export const PAGE_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('access-data').textContent);
  var S = data.strings, APIS = data.apis, E = data.entries;
  var SUBJECTS = ['user', 'client', 'anonymous_user'];
  var SUBJECT_LABELS = ['user', 'machine-to-machine', 'anonymous session'];
  var PAGE = 200;
  var lower = null;
  var app = document.getElementById('app');
  app.textContent = '';

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) for (var key in attrs) {
      if (key === 'text') node.textContent = attrs[key];
      else node.setAttribute(key, attrs[key]);
    }
    if (children) for (var i = 0; i < children.length; i++) if (children[i]) node.appendChild(children[i]);
    return node;
  }
  function option(value, text) { return el('option', { value: value, text: text }); }
  function field(id, label, input) {
    input.id = id;
    return el('div', { 'class': 'field' }, [el('label', { 'for': id, text: label }), input]);
  }
  function apiLabel(api) { return S[api[1]] === S[api[2]] ? S[api[1]] : S[api[1]] + ' (' + S[api[2]] + ')'; }

  var warnings = [];
  for (var t = 0; t < data.targets.length; t++) {
    if (!data.targets[t].complete) warnings.push(el('p', { text: data.targets[t].path + ' could not be read completely: this access map may miss access.' }));
  }
  if (warnings.length > 0 || data.errors.length > 0) {
    if (data.errors.length > 0) {
      var errorList = el('ul');
      for (var w = 0; w < data.errors.length; w++) errorList.appendChild(el('li', { text: data.errors[w] }));
      warnings.push(errorList);
    }
    app.appendChild(el('div', { 'class': 'warn', role: 'alert' }, warnings));
  }

  var apiSelect = el('select', null, [option('', 'All APIs')]);
  for (var a = 0; a < APIS.length; a++) apiSelect.appendChild(option(String(a), (data.targets.length > 1 ? data.targets[APIS[a][0]].path + ': ' : '') + apiLabel(APIS[a])));
  var appInput = el('input', { type: 'search', autocomplete: 'off', placeholder: 'Application name' });
  var subjectSelect = el('select', null, [option('', 'All subject types'), option('0', 'user'), option('1', 'client (machine-to-machine)'), option('2', 'anonymous_user')]);
  var scopeInput = el('input', { type: 'search', autocomplete: 'off', placeholder: 'e.g. orders:read' });
  var accessSelect = el('select', null, [option('', 'Allowed and denied'), option('1', 'Allowed only'), option('0', 'Denied only')]);
  var form = el('form', { 'class': 'filters', role: 'search', 'aria-label': 'Filter the access map' }, [
    field('filter-api', 'API', apiSelect),
    field('filter-app', 'Application', appInput),
    field('filter-subject', 'Subject type', subjectSelect),
    field('filter-scope', 'Scope', scopeInput),
    field('filter-access', 'Access', accessSelect),
  ]);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  app.appendChild(form);

  // Overview: one row per API, with how many entries allow access for each subject type.
  var allowedBy = [];
  for (var i = 0; i < APIS.length; i++) allowedBy.push([0, 0, 0, 0]);
  for (var j = 0; j < E.length; j++) {
    var row = allowedBy[E[j][0]];
    row[3]++;
    if (E[j][3]) row[E[j][1]]++;
  }
  var overviewBody = el('tbody');
  for (var k = 0; k < APIS.length; k++) {
    var api = APIS[k];
    var show = el('button', { type: 'button', 'data-api': String(k), 'aria-label': 'Show the entries of ' + S[api[1]], text: 'Show' });
    overviewBody.appendChild(el('tr', null, [
      el('th', { scope: 'row' }, [el('div', { text: S[api[1]] + (api[6] ? '' : ' (not in the data)') }), S[api[1]] === S[api[2]] ? null : el('div', { 'class': 'id', text: S[api[2]] })]),
      el('td', { text: api[3] >= 0 ? S[api[3]] : '' }),
      el('td', { text: api[4] >= 0 ? S[api[4]] : '' }),
      el('td', { 'class': 'num', text: allowedBy[k][0] + ' / ' + allowedBy[k][1] + (api[5] >= 0 ? ' / ' + allowedBy[k][2] : '') }),
      el('td', null, [show]),
    ]));
  }
  overviewBody.addEventListener('click', function (event) {
    var target = event.target.closest('button[data-api]');
    if (!target) return;
    apiSelect.value = target.getAttribute('data-api');
    apply();
    detailsHeading.focus();
  });
  app.appendChild(el('h2', { id: 'apis-heading', text: 'APIs' }));
  app.appendChild(el('div', { 'class': 'overview', role: 'region', 'aria-labelledby': 'apis-heading', tabindex: '0' }, [el('table', null, [
    el('caption', { text: APIS.length + ' APIs and their access policies' }),
    el('thead', null, [el('tr', null, [
      el('th', { scope: 'col', text: 'API' }), el('th', { scope: 'col', text: 'User policy' }), el('th', { scope: 'col', text: 'Machine-to-machine policy' }),
      el('th', { scope: 'col', 'class': 'num', text: 'Allowed entries (user / machine / anonymous)' }), el('th', { scope: 'col', text: 'Entries' }),
    ])]),
    overviewBody,
  ])]));

  var detailsHeading = el('h2', { id: 'entries-heading', tabindex: '-1', text: 'Who can get tokens' });
  var status = el('p', { id: 'status', role: 'status', 'aria-live': 'polite' });
  var body = el('tbody');
  var more = el('button', { type: 'button', text: 'Show ' + PAGE + ' more' });
  app.appendChild(detailsHeading);
  app.appendChild(status);
  app.appendChild(el('table', { 'aria-labelledby': 'entries-heading' }, [
    el('thead', null, [el('tr', null, [
      el('th', { scope: 'col', text: 'Application' }), el('th', { scope: 'col', text: 'API' }), el('th', { scope: 'col', text: 'Subject type' }),
      el('th', { scope: 'col', text: 'Access' }), el('th', { scope: 'col', text: 'Scopes at most' }), el('th', { scope: 'col', text: 'Why' }),
    ])]),
    body,
  ]));
  app.appendChild(more);
  more.addEventListener('click', function () { render(); });

  body.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' || !event.target.classList.contains('why')) return;
    event.target.nextSibling.hidden = true;
  });
  function reveal(event) {
    if (event.target.classList && event.target.classList.contains('why')) event.target.nextSibling.hidden = false;
  }
  body.addEventListener('focusin', reveal);
  body.addEventListener('mouseover', reveal);

  var filtered = [];
  var shown = 0;
  function contains(index, query) {
    return lower[index].indexOf(query) >= 0;
  }
  function apply() {
    var apiFilter = apiSelect.value === '' ? -1 : Number(apiSelect.value);
    var subject = subjectSelect.value === '' ? -1 : Number(subjectSelect.value);
    var access = accessSelect.value === '' ? -1 : Number(accessSelect.value);
    var appQuery = appInput.value.trim().toLowerCase();
    var scopeQuery = scopeInput.value.trim().toLowerCase();
    if ((appQuery || scopeQuery) && !lower) lower = S.map(function (text) { return text.toLowerCase(); });
    filtered = [];
    for (var n = 0; n < E.length; n++) {
      var entry = E[n];
      if (apiFilter >= 0 && entry[0] !== apiFilter) continue;
      if (subject >= 0 && entry[1] !== subject) continue;
      if (access >= 0 && entry[3] !== access) continue;
      if (appQuery && !contains(entry[2], appQuery)) continue;
      if (scopeQuery && !(entry[3] && (S[entry[4]] === 'all scopes' || (' ' + lower[entry[4]] + ' ').indexOf(' ' + scopeQuery) >= 0))) continue;
      filtered.push(n);
    }
    shown = 0;
    body.textContent = '';
    render();
  }
  function render() {
    var end = Math.min(filtered.length, shown + PAGE);
    var fragment = document.createDocumentFragment();
    for (var n = shown; n < end; n++) fragment.appendChild(entryRow(filtered[n]));
    body.appendChild(fragment);
    shown = end;
    status.textContent = filtered.length + (filtered.length === 1 ? ' entry matches' : ' entries match') + (shown < filtered.length ? '; showing the first ' + shown + '.' : '.');
    more.hidden = shown >= filtered.length;
  }
  function entryRow(index) {
    var entry = E[index];
    var api = APIS[entry[0]];
    var tipId = 'why-' + index;
    var list = el('ul');
    for (var r = 0; r < entry[5].length; r++) list.appendChild(el('li', { text: S[entry[5][r]] }));
    var tip = el('div', { id: tipId, role: 'tooltip', 'class': 'tip' }, [list]);
    var name = S[entry[2]];
    var why = el('button', { type: 'button', 'class': 'why', 'aria-describedby': tipId, text: 'Why?' });
    why.setAttribute('aria-label', 'Why ' + name + (entry[3] ? ' can' : ' cannot') + ' get ' + SUBJECT_LABELS[entry[1]] + ' tokens for ' + S[api[1]]);
    return el('tr', null, [
      el('th', { scope: 'row', text: name }),
      el('td', { text: S[api[1]] }),
      el('td', { text: SUBJECTS[entry[1]] }),
      el('td', null, [el('span', { 'class': entry[3] ? 'allowed' : 'denied', text: entry[3] ? '\u2713 allowed' : '\u2717 denied' })]),
      el('td', { 'class': 'scopes', text: entry[3] ? S[entry[4]] : '' }),
      el('td', { 'class': 'why-cell' }, [why, tip]),
    ]);
  }
  var timer = 0;
  function later() { clearTimeout(timer); timer = setTimeout(apply, 120); }
  appInput.addEventListener('input', later);
  scopeInput.addEventListener('input', later);
  apiSelect.addEventListener('change', apply);
  subjectSelect.addEventListener('change', apply);
  accessSelect.addEventListener('change', apply);
  apply();
})();
`;
