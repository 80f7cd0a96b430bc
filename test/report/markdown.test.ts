import MarkdownIt from 'markdown-it';
import { builtinRules } from '../../rules/index.js';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { defineRule } from '../../src/engine/rule.js';
import { InputError } from '../../src/shared/errors.js';
import { FORMATS } from '../../src/report/formats.js';
import { renderMarkdown, SUMMARY_MAX_BYTES } from '../../src/report/markdown.js';
import { reportInputFor, syntheticFindings, syntheticInput, withErrors } from './report-input.js';
import { findingsOf } from '../../src/engine/target.js';

// A CommonMark + GFM-tables renderer that, like GitHub before sanitising, lets raw HTML through: whatever HTML the
// input could smuggle in shows up in its output.
const md = new MarkdownIt({ html: true, linkify: false });
const render = (markdown: string): string => md.render(markdown);

/** The rendered table rows (`<tr>` of the body), each as its cells' inner HTML. */
function bodyRows(html: string): string[][] {
  return [...html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].flatMap(([, body]) =>
    [...body!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => [...row!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(([, cell]) => cell!)),
  );
}

describe('markdown summary', () => {
  it('shows totals by severity and a table per rule with entity, location and the docs link', async () => {
    const input = await reportInputFor(['examples/tenant.yaml']);
    const markdown = FORMATS.markdown(input);
    const html = render(markdown);
    expect(markdown).toMatch(/^## a0lint\n\n\d+ findings in <code>examples\/tenant\.yaml<\/code>:\n\n\| Severity \| Count \|/);
    const counts = { error: 0, warning: 0, note: 0 };
    for (const finding of findingsOf(input.targets)) counts[finding.severity]++;
    expect(markdown).toContain(`| \u274c Error | ${counts.error} |`);
    expect(markdown).toContain(`| \u26a0\ufe0f Warning | ${counts.warning} |`);
    for (const ruleId of new Set(findingsOf(input.targets).map((finding) => finding.ruleId))) {
      expect(html).toContain(`<a href="https://github.com/a0lint/a0lint/blob/main/rules/${ruleId}/README.md">${ruleId}</a>`);
    }
    const rows = bodyRows(html).filter((row) => row.length === 3);
    expect(rows).toHaveLength(findingsOf(input.targets).length);
    for (const finding of findingsOf(input.targets)) {
      expect(rows.some((row) => row[1] === `<code>${finding.location!.file}:${finding.location!.startLine}</code>`)).toBe(true);
    }
  });

  it('collapses notes in a details section', () => {
    const findings = syntheticFindings(10);
    const markdown = renderMarkdown(syntheticInput(findings));
    const notes = findings.filter((finding) => finding.severity === 'note');
    const details = markdown.slice(markdown.indexOf('<details>'));
    expect(details).toMatch(new RegExp(`^<details><summary>${notes.length} notes</summary>\\n\\n#### `));
    expect(details.trimEnd().endsWith('</details>')).toBe(true);
    for (const note of notes) expect(details).toContain(note.message);
    for (const finding of findings.filter((candidate) => candidate.severity !== 'note')) {
      expect(markdown.indexOf(finding.message)).toBeLessThan(markdown.indexOf('<details>'));
    }
  });

  it('links file:line to the commit when given a base URL', () => {
    const [finding] = syntheticFindings(1, { file: 'tenants/my tenant.yaml' });
    const markdown = renderMarkdown(syntheticInput([finding!], { fileBaseUrl: 'https://github.com/o/r/blob/abc123' }));
    expect(markdown).toContain('[<code>tenants/my tenant.yaml:1</code>](https://github.com/o/r/blob/abc123/tenants/my%20tenant.yaml#L1)');
  });

  it('keeps names and messages from the input inert: no HTML, no markdown, no mentions, no broken table', () => {
    const hostile = '<img src=x onerror=alert(1)> | **bold** [link](javascript:alert(1)) `code` $x$ @octocat\nnext <!-- c';
    const finding: Finding = {
      ruleId: 'prefer-require-client-grant',
      messageId: 'defaulted',
      severity: 'error',
      message: `API "${hostile}" is open.`,
      entity: { kind: 'resourceServer', key: 'k', name: hostile },
      path: '',
      location: { file: 'a|b/<x>.yaml', startLine: 3, startColumn: 1, endLine: 3, endColumn: 2 },
      fingerprint: 'c'.repeat(32),
    };
    const markdown = renderMarkdown(syntheticInput([finding]));
    const html = render(markdown);
    expect(html).not.toMatch(/<img|<strong>|<a href="javascript|<!--|<x>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const rows = bodyRows(html).filter((row) => row.length === 3);
    expect(rows).toHaveLength(1);
    expect(rows[0]![2]).toContain('**bold**');
    expect(rows[0]![2]).toContain('$x$');
    expect(rows[0]![1]).toBe('<code>a|b/&lt;x&gt;.yaml:3</code>');
    // A zero-width space after @ keeps GitHub from mentioning anyone.
    expect(html).not.toMatch(/@octocat/);
    expect(html).toContain('@\u200boctocat');
  });

  it("links a custom rule to its own docs, and only to an http(s) URL that cannot break out of the link", () => {
    const base = builtinRules[0]!.meta;
    const custom = (id: string, docsUrl: string) => defineRule({ meta: { ...base, id, docsUrl }, check: () => undefined });
    const rules = [custom('house-a', 'https://wiki.example.com/policy(v2)"><script>'), custom('house-b', 'javascript:alert(1)')];
    const findings = ['house-a', 'house-b'].map((ruleId, index) => ({ ...syntheticFindings(1)[0]!, ruleId, severity: 'error' as const, fingerprint: `${index}`.repeat(32) }));
    const html = render(renderMarkdown({ ...syntheticInput(findings), rules }));
    expect(html).toContain('<a href="https://wiki.example.com/policy%28v2%29%22%3E%3Cscript%3E">house-a</a>');
    expect(html).not.toMatch(/<script|href="javascript/);
    expect(html).toMatch(/<h3>house-b /);
  });

  it('lists input errors and says the results are incomplete', () => {
    const error = new InputError('invalid YAML: <bad>', 'tenants/dev.yaml', 2, 3);
    const markdown = renderMarkdown(withErrors(syntheticInput([]), [error]));
    expect(markdown).toContain('**1 input error: these results do not cover everything, so the run fails.**');
    expect(markdown).toContain('- tenants/dev.yaml:2:3: invalid YAML: &lt;bad&gt;');
    expect(markdown).not.toContain('No problems found');
  });

  it('says so when there is nothing to report', () => {
    expect(renderMarkdown(syntheticInput([]))).toBe('## a0lint\n\nNo problems found in <code>tenants/prod/tenant.yaml</code>.\n\n');
  });

  it("stays under GitHub's 1 MiB summary limit and counts what it left out", () => {
    const findings = syntheticFindings(8000, { message: (index) => `Finding ${index}: ${'long explanation '.repeat(20)}` });
    const markdown = renderMarkdown(syntheticInput(findings));
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(Buffer.byteLength(markdown)).toBeGreaterThan(SUMMARY_MAX_BYTES * 0.9);
    const listed = bodyRows(render(markdown)).filter((row) => row.length === 3).length;
    const match = /\*\*(\d+) of 8000 findings listed; (\d+) more left out to stay under GitHub's summary size limit\.\*\*/.exec(markdown);
    expect(match).not.toBeNull();
    expect(Number(match![1])).toBe(listed);
    expect(listed + Number(match![2])).toBe(8000);
    // The totals still cover everything.
    expect(markdown).toContain(`| \u274c Error | ${findings.filter((finding) => finding.severity === 'error').length} |`);
  });

  it('honours a smaller limit (a pull-request comment)', () => {
    const markdown = renderMarkdown(syntheticInput(syntheticFindings(200)), { maxBytes: 6000, heading: 'a0lint: this pull request' });
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(6000);
    expect(markdown.startsWith('## a0lint: this pull request\n')).toBe(true);
    expect(markdown).toMatch(/\*\*\d+ of 200 findings listed; \d+ more left out/);
  });
});

describe('markdown summary truncation', () => {
  it('never leaves a details section unclosed or opened without content', () => {
    for (const maxBytes of [1500, 3000, 6000, 12_000, 50_000]) {
      const markdown = renderMarkdown(syntheticInput(syntheticFindings(120)), { maxBytes });
      expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(maxBytes);
      expect(markdown.split('<details>').length).toBe(markdown.split('</details>').length);
    }
  });
});
