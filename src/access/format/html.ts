import { apiTitle, clientTitle, policyText, scopesText } from '../labels.js';
import type { AccessFormatter } from '../report.js';
import { ACCESS_SUBJECTS, type AccessSubject } from '../types.js';
import { PAGE_SCRIPT, PAGE_STYLE } from './html-page.js';

/**
 * One self-contained page (no network, no CDN): an overview of the APIs and who can get tokens for each, and a table
 * of every entry with filters by API, application, subject type, scope and access, reasons on hover and focus.
 * The data is embedded once, with repeated strings (names, reasons, scope lists) stored once, and the page renders a
 * bounded number of rows at a time, so it opens fast on large tenants.
 */
export const formatAccessHtml: AccessFormatter = ({ targets, errors, version }) => {
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const id = (value: string): number => {
    let index = ids.get(value);
    if (index === undefined) {
      index = strings.length;
      strings.push(value);
      ids.set(value, index);
    }
    return index;
  };
  const apis: Array<[number, number, number, number, number, number, number]> = [];
  const entries: Array<[number, number, number, number, number, number[]]> = [];
  for (let target = 0; target < targets.length; target++) {
    const map = targets[target]!.map;
    if (!map) continue;
    const apiIndex = new Map<string, number>();
    for (const api of map.apis) {
      apiIndex.set(api.api, apis.length);
      const policy = (subject: AccessSubject): number => (api.policies[subject] ? id(policyText(api.policies[subject])) : -1);
      apis.push([target, id(apiTitle(api)), id(api.api), policy('user'), policy('client'), policy('anonymous_user'), api.inData ? 1 : 0]);
    }
    for (const entry of map.entries) {
      const reasons: number[] = [];
      for (const reason of entry.reasons) reasons.push(id(reason.text));
      entries.push([
        apiIndex.get(entry.api) ?? 0,
        ACCESS_SUBJECTS.indexOf(entry.subjectType),
        id(clientTitle(entry)),
        entry.allowed ? 1 : 0,
        id(scopesText(entry.scopes)),
        reasons,
      ]);
    }
  }
  const data = {
    targets: targets.map((target) => ({ path: target.path, complete: target.map !== undefined && target.errors.length === 0 })),
    errors: errors.map((error) => error.format()),
    strings,
    apis,
    entries,
  };
  const title = targets.length === 1 ? `Access map: ${targets[0]!.path}` : 'Access map';
  const body = `<main id="app"><noscript>This page needs JavaScript to show the access map; <code>a0lint access --format json</code> has the same data.</noscript></main>
<script type="application/json" id="access-data">${scriptJson(data)}</script>
<script>${PAGE_SCRIPT}</script>`;
  return htmlPage(title, `Who can get access tokens for which API, with which scopes at most, and why. a0lint ${version}.`, body, true);
};

/** The page around a body: no network (the content security policy allows nothing but inline style and script). */
export function htmlPage(title: string, subtitle: string, body: string, script = false): string {
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

/** JSON inside a script element: nothing in it can close the element or start a comment. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
