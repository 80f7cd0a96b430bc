import { createRequire as __a0lintCreateRequire } from 'node:module';
const require = __a0lintCreateRequire(import.meta.url);
import {
  INPUT_OPTIONS,
  LIVE_OPTIONS,
  loadMappings,
  parseCommand,
  parseFormatTarget,
  useColor,
  wholeNumber,
  writeOutput
} from "./chunk-6AI5QYWX.js";
import {
  SUBJECT_LABELS,
  SizeBudget,
  apiTitle,
  byApi,
  clientTitle,
  computeAccess,
  diffAccess,
  formatAccessDiffMarkdown,
  git,
  isWidening,
  keyReasons,
  policyText,
  scopesText
} from "./chunk-QBLS2LQA.js";
import "./chunk-4E7LDGNK.js";
import "./chunk-5GD2QN6T.js";
import "./chunk-IKUHQKPC.js";
import {
  SUMMARY_MAX_BYTES
} from "./chunk-BO3RIFEE.js";
import {
  text
} from "./chunk-C6IFQFG3.js";
import {
  VERSION
} from "./chunk-FXPDZIPA.js";
import {
  buildTenant,
  inputSettings,
  openProject
} from "./chunk-UOSP3FOZ.js";
import "./chunk-VOT76SFD.js";
import "./chunk-2SIURFMV.js";
import "./chunk-7VWSDUZZ.js";
import {
  INPUT_FORMATS,
  loadInput
} from "./chunk-3O7BZ777.js";
import "./chunk-GX3D6AB4.js";
import "./chunk-AWSW6I4B.js";
import "./chunk-TD6S3IHV.js";
import "./chunk-56AKXYQB.js";
import {
  oneOf
} from "./chunk-XZXQAQVD.js";
import {
  InputError,
  UsageError,
  printable
} from "./chunk-RTYLSBLV.js";
import "./chunk-KHZTPSLG.js";

// src/access/types.ts
var ACCESS_SUBJECTS = ["user", "client", "anonymous_user"];

// src/access/format/html-page.ts
var PAGE_STYLE = String.raw`
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
var PAGE_SCRIPT = String.raw`
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

// src/access/format/html.ts
var formatAccessHtml = ({ targets, errors, version }) => {
  const strings = [];
  const ids = /* @__PURE__ */ new Map();
  const id = (value) => {
    let index = ids.get(value);
    if (index === void 0) {
      index = strings.length;
      strings.push(value);
      ids.set(value, index);
    }
    return index;
  };
  const apis = [];
  const entries = [];
  for (let target = 0; target < targets.length; target++) {
    const map = targets[target].map;
    if (!map) continue;
    const apiIndex = /* @__PURE__ */ new Map();
    for (const api of map.apis) {
      apiIndex.set(api.api, apis.length);
      const policy = (subject) => api.policies[subject] ? id(policyText(api.policies[subject])) : -1;
      apis.push([target, id(apiTitle(api)), id(api.api), policy("user"), policy("client"), policy("anonymous_user"), api.inData ? 1 : 0]);
    }
    for (const entry of map.entries) {
      const reasons = [];
      for (const reason of entry.reasons) reasons.push(id(reason.text));
      entries.push([
        apiIndex.get(entry.api) ?? 0,
        ACCESS_SUBJECTS.indexOf(entry.subjectType),
        id(clientTitle(entry)),
        entry.allowed ? 1 : 0,
        id(scopesText(entry.scopes)),
        reasons
      ]);
    }
  }
  const data = {
    targets: targets.map((target) => ({ path: target.path, complete: target.map !== void 0 && target.errors.length === 0 })),
    errors: errors.map((error) => error.format()),
    strings,
    apis,
    entries
  };
  const title = targets.length === 1 ? `Access map: ${targets[0].path}` : "Access map";
  const body = `<main id="app"><noscript>This page needs JavaScript to show the access map; <code>a0lint access --format json</code> has the same data.</noscript></main>
<script type="application/json" id="access-data">${scriptJson(data)}</script>
<script>${PAGE_SCRIPT}</script>`;
  return htmlPage(title, `Who can get access tokens for which API, with which scopes at most, and why. a0lint ${version}.`, body, true);
};
function htmlPage(title, subtitle, body, script = false) {
  const scriptPolicy = script ? "script-src 'unsafe-inline'" : "script-src 'none'";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; ${scriptPolicy}">
<title>${escapeHtml(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><p class="sub">${escapeHtml(subtitle)}</p></header>
${script ? body : `<main>${body}</main>`}
</body>
</html>
`;
}
function scriptJson(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
function escapeHtml(value) {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// src/access/format/diff-html.ts
var formatAccessDiffHtml = ({ base, head, diff, errors, version }) => {
  const title = `Access changes: ${base.path} \u2192 ${head.path}`;
  const parts = [];
  if (errors.length > 0)
    parts.push(
      `<div class="warn" role="alert"><p>${errors.length} input error${errors.length === 1 ? "" : "s"}: this comparison is incomplete.</p><ul>${errors.map((error) => `<li>${escapeHtml(error.format())}</li>`).join("")}</ul></div>`
    );
  if (!diff) parts.push("<p>Not compared: a source could not be read.</p>");
  else if (diff.changes.length === 0) parts.push("<p>No change in who can get tokens.</p>");
  else {
    const { added, widened, narrowed, removed } = diff.counts;
    parts.push(`<p>${added} added, ${widened} widened, ${narrowed} narrowed, ${removed} removed.</p>`);
    parts.push(
      '<table><caption>Changes, widenings first</caption><thead><tr><th scope="col">Change</th><th scope="col">What it does</th><th scope="col">Scopes added</th><th scope="col">Scopes removed</th></tr></thead><tbody>'
    );
    for (const change of diff.changes) {
      const kind = isWidening(change.kind) ? "widening" : "narrowing";
      parts.push(
        `<tr><th scope="row"><span class="${kind}">${change.kind}</span></th><td>${escapeHtml(change.summary)}</td><td class="scopes">${escapeHtml(scopesOrNothing(change.addedScopes))}</td><td class="scopes">${escapeHtml(scopesOrNothing(change.removedScopes))}</td></tr>`
      );
    }
    parts.push("</tbody></table>");
  }
  return htmlPage(title, `Who can get access tokens, before and after. a0lint ${version}.`, parts.join("\n"));
};
function scopesOrNothing(scopes) {
  return scopes !== "all" && scopes.length === 0 ? "" : scopesText(scopes);
}

// src/access/format/json.ts
var formatAccessJson = ({ targets, errors }) => `${JSON.stringify({ version: 1, targets: targets.map((target) => ({ ...targetJson(target), apis: target.map?.apis ?? [], access: target.map?.entries ?? [] })), errors: errorsJson(errors) }, null, 2)}
`;
function targetJson(target) {
  return { path: target.path, complete: target.map !== void 0 && target.errors.length === 0 };
}
function errorsJson(errors) {
  return errors.map((error) => ({
    message: error.message,
    ...error.file !== void 0 ? { file: error.file } : {},
    ...error.line !== void 0 ? { line: error.line, column: error.column } : {}
  }));
}

// src/access/format/diff-json.ts
var formatAccessDiffJson = ({ base, head, diff, errors }) => `${JSON.stringify(
  {
    version: 1,
    base: targetJson(base),
    head: targetJson(head),
    summary: diff?.counts ?? { added: 0, removed: 0, widened: 0, narrowed: 0 },
    changes: diff?.changes ?? [],
    errors: errorsJson(errors)
  },
  null,
  2
)}
`;

// src/access/format/diff-stylish.ts
var STYLES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 };
var formatAccessDiffStylish = ({ base, head, diff, errors, color }) => {
  const paint = (style, text2) => color ? `\x1B[${STYLES[style]}m${text2}\x1B[0m` : text2;
  const lines = [paint("bold", `Access changes from ${printable(base.path)} to ${printable(head.path)}`), ""];
  if (!diff) lines.push(paint("red", "Not compared: a source could not be read (see stderr)."));
  else if (diff.changes.length === 0) lines.push(errors.length > 0 ? "No change in what was read." : "No change in who can get tokens.");
  else {
    for (const change of diff.changes) {
      const widening = isWidening(change.kind);
      lines.push(`  ${widening ? paint("yellow", "+") : paint("green", "-")} ${paint("dim", change.kind.padEnd(8))} ${printable(change.summary)}`);
    }
    const { added, widened, narrowed, removed } = diff.counts;
    lines.push("", `  ${added} added, ${widened} widened, ${narrowed} narrowed, ${removed} removed`);
  }
  if (errors.length > 0) lines.push(paint("red", `${errors.length} input error${errors.length === 1 ? "" : "s"}: this comparison is incomplete (see stderr).`));
  return `${lines.join("\n")}
`;
};

// src/access/format/markdown.ts
var formatAccessMarkdown = ({ targets, errors }) => {
  const budget = new SizeBudget(SUMMARY_MAX_BYTES);
  budget.add("## a0lint access\n\n");
  if (errors.length > 0) {
    budget.add(`**${errors.length} input error${errors.length === 1 ? "" : "s"}: this access map is incomplete.**

`);
    for (const error of errors) budget.add(`- ${text(error.format())}
`);
    budget.add("\n");
  }
  for (const target of targets) {
    if (!target.map) continue;
    const allowed = target.map.entries.reduce((count, entry) => count + (entry.allowed ? 1 : 0), 0);
    budget.add(
      `Who can get access tokens in ${code(target.path)}: ${target.map.apis.length} APIs, ${allowed} of ${target.map.entries.length} entries allowed.

`
    );
    for (const { api, entries } of byApi(target.map.apis, target.map.entries)) {
      const parts = [`### ${text(apiTitle(api))}${api.apiName !== void 0 ? ` ${code(api.api)}` : ""}

`];
      for (const subject of ACCESS_SUBJECTS) {
        const policy = api.policies[subject];
        if (policy) parts.push(`${SUBJECT_LABELS[subject]}: **${text(policyText(policy))}**  
`);
      }
      parts.push("\n");
      if (entries.length > 0) {
        parts.push("| | Subject | Application | Scopes | Why |\n|---|---|---|---|---|\n");
        for (const entry of entries) parts.push(row(entry));
        parts.push("\n");
      }
      budget.add(parts.join(""), entries.length);
    }
  }
  return budget.finish("entries", "The `json` and `html` formats have all of them.");
};
function row(entry) {
  const mark = entry.allowed ? "\u2705" : "\u274C";
  return `| ${mark} | ${entry.subjectType} | ${text(clientTitle(entry))} | ${entry.allowed ? text(scopesText(entry.scopes)) : ""} | ${text(keyReasons(entry).join(" "))} |
`;
}
function code(value) {
  return `<code>${text(value)}</code>`;
}

// src/access/format/stylish.ts
var STYLES2 = { red: 31, green: 32, dim: 2, bold: 1, underline: 4 };
var formatAccessStylish = ({ targets, errors, color }) => {
  const paint = (style, text2) => color ? `\x1B[${STYLES2[style]}m${text2}\x1B[0m` : text2;
  const lines = [];
  for (const target of targets) {
    lines.push(paint("underline", printable(target.path)));
    if (!target.map) {
      lines.push("  (not read: see the errors on stderr)", "");
      continue;
    }
    let allowed = 0;
    for (const { api, entries } of byApi(target.map.apis, target.map.entries)) {
      const where = api.apiName !== void 0 ? `  ${paint("dim", printable(api.api))}` : "";
      lines.push(`  ${paint("bold", printable(apiTitle(api)))}${where}${api.inData ? "" : paint("dim", "  (not in the data)")}`);
      for (const subject of ACCESS_SUBJECTS) {
        const policy = api.policies[subject];
        const rows = entries.filter((entry) => entry.subjectType === subject);
        if (!policy && rows.length === 0) continue;
        lines.push(`    ${SUBJECT_LABELS[subject]}: ${policyText(policy)}${rows.length === 0 ? paint("dim", ", no grant") : ""}`);
        for (const entry of rows) {
          if (entry.allowed) allowed++;
          const mark = entry.allowed ? paint("green", "\u2713") : paint("red", "\u2717");
          const detail = entry.allowed ? scopesText(entry.scopes) : "cannot get tokens";
          lines.push(`      ${mark} ${printable(clientTitle(entry))}  ${printable(detail)}`);
          if (!entry.allowed) for (const reason of keyReasons(entry)) lines.push(`          ${paint("dim", printable(reason))}`);
        }
      }
    }
    const total = target.map.entries.length;
    lines.push(
      "",
      `  ${target.map.apis.length} API${target.map.apis.length === 1 ? "" : "s"}, ${total} entr${total === 1 ? "y" : "ies"}, ${allowed} allowed`,
      ""
    );
  }
  if (errors.length > 0) lines.push(paint("red", `${errors.length} input error${errors.length === 1 ? "" : "s"}: this access map is incomplete (see stderr).`));
  return `${lines.join("\n")}
`;
};

// src/access/formats.ts
var ACCESS_FORMATS = {
  stylish: formatAccessStylish,
  json: formatAccessJson,
  markdown: formatAccessMarkdown,
  html: formatAccessHtml
};
var ACCESS_DIFF_FORMATS = {
  stylish: formatAccessDiffStylish,
  json: formatAccessDiffJson,
  markdown: formatAccessDiffMarkdown,
  html: formatAccessDiffHtml
};

// src/access/help.ts
var ACCESS_HELP = `Usage: a0lint access [options] <path...>
       a0lint access --live --domain <host> [options]
       a0lint access --diff <base> <head> [--fail-on-widening] [options]

Shows who can get access tokens for which API: for each API and subject type (user, client,
anonymous_user), which applications, with which scopes at most, and why (the policy, the grant,
the application's type, first or third party, the flows it can use). allow_all is one entry for
every first-party application, with their count.

--diff compares two sources: two inputs, two commits' versions of a path (REV:path, e.g.
main:tenant.yaml), or an input and --live (drift: the committed export against the tenant).
It lists access added, removed, widened (more scopes or applications, a policy relaxed, a grant
that now works) and narrowed.

Options:
  -f, --format <name[:file]>   stylish (default), json, markdown, html (one self-contained page);
                               repeat for several outputs
      --diff                   Compare the two sources given (base first, then head)
      --fail-on-widening       With --diff: exit 1 when access is added or widened
      --input-format <format>  yaml, directory, api-dump or terraform (default: from the path)
      --tenant-domain <host>   The tenant's canonical domain (recognises its Management API)
      --mappings <file>        Keyword mappings (JSON or YAML object of KEY: value)
      --deploy-config <file>   deploy-cli config.json; its AUTH0_KEYWORD_REPLACE_MAPPINGS and AUTH0_BASE_PATH are used
      --max-file-size <bytes>  Refuse larger input files
      --max-aliases <n>        YAML alias expansions allowed per file (default 1000)
  -c, --config <file>          Configuration file (its tenant domain and mappings apply)
      --no-config              Use no configuration file
      --live, --domain, --client-id, --client-secret, --access-token, --custom-domain, --out
                               Read the tenant through the Management API, as a0lint --live does
  -h, --help                   Show this help and exit

Exit codes: 0 done; 1 --fail-on-widening and access widened; 2 usage or input error (a map of
data that could not be read completely is never presented as complete).
`;

// src/app/access-sources.ts
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
async function readSource(source, settings) {
  if (source.kind === "live") return readLiveSource(settings.live, settings);
  const revision = gitRevision(source.path, settings.project.cwd);
  if (revision) return readRevision(source.path, revision.rev, revision.path, settings);
  return readPath(source.path, source.path, settings);
}
async function readPath(display, inputPath, settings, cwd = settings.project.cwd) {
  const { mappings, tenantDomain } = inputSettings(settings.project, display, settings.given);
  let input;
  try {
    input = await loadInput(inputPath, { ...settings.read, cwd, mappings });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { path: display, errors: [error] };
  }
  const tenant = buildTenant(input, tenantDomain !== void 0 ? { tenantDomain } : {});
  return { path: display, map: computeAccess(tenant), errors: input.errors };
}
async function readLiveSource(source, settings) {
  const { readLiveTenant, writeSnapshot } = await import("./live-OJ6C3TD5.js");
  const { snapshotToInput } = await import("./to-input-O53N2DPS.js");
  const snapshot = await readLiveTenant(source);
  if (source.snapshotFile !== void 0) await writeSnapshot(snapshot, source.snapshotFile, settings.project.cwd);
  const input = snapshotToInput(snapshot);
  const { tenantDomain } = inputSettings(settings.project, source.host, settings.given);
  const tenant = buildTenant(input, { liveDomain: snapshot.domain, ...tenantDomain !== void 0 ? { tenantDomain } : {} });
  return { path: input.path, map: computeAccess(tenant), errors: [] };
}
function gitRevision(value, cwd) {
  const match = /^([^:\s]+):(.+)$/.exec(value);
  if (!match || existsSync(path.resolve(cwd, value))) return void 0;
  return { rev: match[1], path: match[2] };
}
var NAMES_NO_FILES = /\.(?:json|tfstate)$/i;
async function readRevision(display, rev, relative, settings) {
  const scratch = await mkdtemp(path.join(os.tmpdir(), "a0lint-access-"));
  try {
    const prefix = await git(settings.project.cwd, ["rev-parse", "--show-prefix"]);
    if (!prefix.ok) return { path: display, errors: [new InputError("not in a git checkout, so REV:path cannot be read", display)] };
    const tree = path.join(scratch, "tree");
    await mkdir(tree);
    const checkout = (pathspec) => git(settings.project.cwd, ["--work-tree", tree, "checkout", rev, "--", `:(literal)${pathspec}`], { GIT_INDEX_FILE: path.join(scratch, "index") });
    let done = await checkout(relative);
    const inputPath = path.join(tree, prefix.stdout.trim(), relative);
    if (done.ok && !NAMES_NO_FILES.test(relative) && (await stat(inputPath)).isFile()) done = await checkout(path.dirname(relative));
    if (!done.ok) return { path: display, errors: [new InputError(`git could not read it: ${done.stderr.trim().split("\n")[0] ?? ""}`, display)] };
    return await readPath(display, inputPath, settings, path.join(tree, prefix.stdout.trim()));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

// src/cli/access.ts
var OPTIONS = {
  format: { type: "string", short: "f", multiple: true },
  diff: { type: "boolean" },
  "fail-on-widening": { type: "boolean" },
  ...INPUT_OPTIONS,
  config: { type: "string", short: "c" },
  "no-config": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  ...LIVE_OPTIONS
};
async function accessCommand(argv, io) {
  const { values, positionals } = parseCommand(argv, OPTIONS, "access");
  if (values.help) {
    io.stdout(ACCESS_HELP);
    return 0;
  }
  if (values["fail-on-widening"] && !values.diff) throw new UsageError("--fail-on-widening needs --diff <base> <head>");
  const sources = sourcesOf(positionals, values.live === true, values.diff === true);
  const project = await openProject({ cwd: io.cwd, configFile: values.config, noConfig: values["no-config"] });
  const settings = {
    project,
    given: {
      ...values["tenant-domain"] !== void 0 ? { tenantDomain: values["tenant-domain"] } : {},
      mappings: await loadMappings(values.mappings, values["deploy-config"], io.cwd)
    },
    read: {
      ...values["input-format"] !== void 0 ? { format: oneOf("--input-format", values["input-format"], INPUT_FORMATS) } : {},
      ...values["max-file-size"] !== void 0 ? { maxFileSize: wholeNumber("--max-file-size", values["max-file-size"]) } : {},
      ...values["max-aliases"] !== void 0 ? { yaml: { maxAliasCount: wholeNumber("--max-aliases", values["max-aliases"]) } } : {}
    },
    // The live audit (and its HTTP client) loads only when a source is live.
    ...values.live ? { live: (await import("./live-options-XFXBZKIT.js")).sourceOf(values, io) } : {}
  };
  const color = useColor(io);
  if (values.diff) {
    const outputs2 = (values.format ?? ["stylish"]).map((value) => parseFormatTarget(value, ACCESS_DIFF_FORMATS));
    const [base, head] = [await readSource(sources[0], settings), await readSource(sources[1], settings)];
    const errors2 = [...base.errors, ...head.errors];
    for (const error of errors2) io.stderr(`${error.format()}
`);
    const diff = base.map && head.map ? diffAccess(base.map, head.map) : void 0;
    for (const output of outputs2) {
      const text2 = ACCESS_DIFF_FORMATS[output.name]({ base, head, diff, errors: errors2, version: VERSION, color: output.file === void 0 && color });
      await writeOutput(io, output, [text2], positionals);
    }
    if (errors2.length > 0 || !diff) return 2;
    return values["fail-on-widening"] && diff.counts.added + diff.counts.widened > 0 ? 1 : 0;
  }
  const outputs = (values.format ?? ["stylish"]).map((value) => parseFormatTarget(value, ACCESS_FORMATS));
  const targets = [];
  for (const source of sources) targets.push(await readSource(source, settings));
  const errors = targets.flatMap((target) => target.errors);
  for (const error of errors) io.stderr(`${error.format()}
`);
  for (const output of outputs) {
    await writeOutput(io, output, [ACCESS_FORMATS[output.name]({ targets, errors, version: VERSION, color: output.file === void 0 && color })], positionals);
  }
  return errors.length > 0 ? 2 : 0;
}
function sourcesOf(positionals, live, diff) {
  const sources = positionals.map((value) => ({ kind: "path", path: value }));
  if (live) sources.push({ kind: "live" });
  if (diff) {
    if (sources.length !== 2) {
      throw new UsageError(`access --diff needs two sources, the base and the head (two inputs, REV:path, or an input and --live); got ${sources.length}`);
    }
    return sources;
  }
  if (sources.length === 0)
    throw new UsageError("access: no input: give a deploy-cli export (tenant.yaml or a folder), an API dump (.json), a Terraform folder, or --live");
  if (live && positionals.length > 0)
    throw new UsageError(`access --live reads the tenant itself; leave out the input path(s) (got "${positionals[0]}"), or compare them with --diff`);
  return sources;
}
export {
  accessCommand
};
