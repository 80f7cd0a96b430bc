import MarkdownIt from 'markdown-it';
import { builtinRules } from '../../rules/index.js';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { defineRule } from '../../src/engine/rule.js';
import { InputError } from '../../src/shared/errors.js';
import { FORMATS } from '../../src/report/formats.js';
import { renderMarkdown, SUMMARY_MAX_BYTES } from '../../src/report/markdown.js';
import { reportInputFor, severityRank, syntheticFindings, syntheticInput, targetOf, withErrors } from './report-input.js';
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
  it('shows totals and one table of findings with the rule linked to its docs, entity, location and the whole message', async () => {
    const input = await reportInputFor(['examples/tenant.yaml']);
    const markdown = FORMATS.markdown(input);
    const html = render(markdown);
    const counts = { error: 0, warning: 0, note: 0 };
    for (const finding of findingsOf(input.targets)) counts[finding.severity]++;
    expect(markdown).toMatch(
      new RegExp(
        `^## a0lint\\n\\n\\d+ findings in <code>examples/tenant\\.yaml</code>: ${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes?\\.\\n`,
      ),
    );
    // One table, not a heading per rule.
    expect(markdown.match(/^\| Severity \| Rule \| Location \| Entity \| Finding \|$/gm)).toHaveLength(1);
    expect(markdown).not.toMatch(/^#{3,} /m);
    for (const ruleId of new Set(findingsOf(input.targets).map((finding) => finding.ruleId))) {
      expect(html).toContain(`<a href="https://github.com/a0lint/a0lint/blob/main/rules/${ruleId}/README.md">${ruleId}</a>`);
    }
    const rows = bodyRows(html);
    expect(rows).toHaveLength(findingsOf(input.targets).length);
    for (const finding of findingsOf(input.targets)) {
      expect(rows.some((row) => row[2] === `<code>${finding.location!.file}:${finding.location!.startLine}</code>`)).toBe(true);
    }
    // The whole message, its headline (first sentence) in bold.
    const implicit = rows.find((row) => row[1]!.includes('no-implicit-grant'))!;
    expect(implicit[4]).toMatch(
      /^<strong>Application &quot;Back Office&quot; allows the implicit grant\.<\/strong> It returns tokens [^<]*Remove implicit from grant_types/,
    );
  });

  it('sorts by severity (errors, warnings, notes), then by file and line', () => {
    const findings = [
      ...syntheticFindings(30, { file: 'tenants/b.yaml' }),
      ...syntheticFindings(30, { file: 'tenants/a.yaml' }).map((finding, index) => ({ ...finding, fingerprint: `a${index}`.padEnd(32, '0') })),
    ];
    const input = {
      ...syntheticInput([]),
      targets: [
        targetOf(
          'tenants/a.yaml',
          findings.filter((finding) => finding.location!.file === 'tenants/a.yaml'),
        ),
        targetOf(
          'tenants/b.yaml',
          findings.filter((finding) => finding.location!.file === 'tenants/b.yaml'),
        ),
      ],
    };
    const rows = bodyRows(render(renderMarkdown(input)));
    expect(rows).toHaveLength(60);
    const keys = rows.map((row) => {
      const [, file, line] = /<code>(.*):(\d+)<\/code>/.exec(row[2]!)!;
      return [severityRank(row[0]!.replace(/^\S+ /, '')), file!, Number(line)] as const;
    });
    const sorted = [...keys].sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0) || x[2] - y[2]);
    expect(keys).toEqual(sorted);
    expect(new Set(keys.map((key) => key[0]))).toEqual(new Set([0, 1, 2]));
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
    // Bold only where a0lint puts it (the headline), never from the input's ** markers.
    expect(html).not.toMatch(/<img|<strong>bold|<a href="javascript|<!--|<x>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const rows = bodyRows(html);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveLength(5);
    expect(rows[0]![4]).toContain('**bold**');
    expect(rows[0]![4]).toContain('$x$');
    expect(rows[0]![2]).toBe('<code>a|b/&lt;x&gt;.yaml:3</code>');
    // A zero-width space after @ keeps GitHub from mentioning anyone.
    expect(html).not.toMatch(/@octocat/);
    expect(html).toContain('@\u200boctocat');
  });

  it('breaks bare URLs and www. names from the input so that GitHub does not turn them into links', () => {
    const name = 'Pay at https://evil.example.com/login or www.evil.example.com, HTTP://X.EXAMPLE.COM and ftp://files.example.com';
    const finding: Finding = { ...apiFindingFor(name), message: `API "${name}" is open. See www.example.org.` };
    const markdown = renderMarkdown(syntheticInput([finding]));
    // markdown-it's linkify stands in for GitHub's autolinks: URLs with a scheme, and www. names (GitHub does not
    // link other bare domains).
    const linkify = new MarkdownIt({ html: true, linkify: true });
    linkify.linkify.set({ fuzzyLink: false });
    const html = linkify.render(markdown);
    // Without the breaks, the same renderer links them: the check can fail.
    expect(linkify.render('Pay at https://evil.example.com/login')).toContain('<a href="https://evil.example.com/login"');
    // GitHub's www. autolink (GFM's extended autolinks) needs "www." itself; only a0lint's own link targets remain.
    const text = markdown.replace(/\]\([^)]*\)/g, ']');
    expect(text).not.toMatch(/www\./i);
    expect(text).not.toMatch(/[a-z]:\/\//i);
    const links = [...html.matchAll(/<a href="([^"]*)"/g)].map(([, href]) => href);
    expect(links.every((href) => href!.startsWith('https://github.com/a0lint/a0lint/'))).toBe(true);
    expect(html).toContain('evil.example.com');
    expect(markdown).toContain('https:\u200b//evil.example.com/login');
    expect(markdown).toContain('www\u200b.evil.example.com');
  });

  it('links a custom rule to its own docs, and only to an http(s) URL that cannot break out of the link', () => {
    const base = builtinRules[0]!.meta;
    const custom = (id: string, docsUrl: string) => defineRule({ meta: { ...base, id, docsUrl }, check: () => undefined });
    const rules = [custom('house-a', 'https://wiki.example.com/policy(v2)"><script>'), custom('house-b', 'javascript:alert(1)')];
    const findings = ['house-a', 'house-b'].map((ruleId, index) => ({
      ...syntheticFindings(1)[0]!,
      ruleId,
      severity: 'error' as const,
      fingerprint: `${index}`.repeat(32),
    }));
    const html = render(renderMarkdown({ ...syntheticInput(findings), rules }));
    expect(html).toContain('<a href="https://wiki.example.com/policy%28v2%29%22%3E%3Cscript%3E">house-a</a>');
    expect(html).not.toMatch(/<script|href="javascript/);
    expect(bodyRows(html).map((row) => row[1])).toContain('house-b');
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
    const listed = bodyRows(render(markdown)).length;
    const match = /\*\*(\d+) of 8000 findings listed; (\d+) more left out to stay under GitHub's summary size limit\.\*\*/.exec(markdown);
    expect(match).not.toBeNull();
    expect(Number(match![1])).toBe(listed);
    expect(listed + Number(match![2])).toBe(8000);
    // The totals still cover everything.
    expect(markdown).toContain(
      `8000 findings in <code>tenants/prod/tenant.yaml</code>: ${findings.filter((finding) => finding.severity === 'error').length} errors,`,
    );
  });

  it('honours a smaller limit (a pull-request comment)', () => {
    const markdown = renderMarkdown(syntheticInput(syntheticFindings(200)), { maxBytes: 6000, heading: 'a0lint: this pull request' });
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(6000);
    expect(markdown.startsWith('## a0lint: this pull request\n')).toBe(true);
    expect(markdown).toMatch(/\*\*\d+ of 200 findings listed; \d+ more left out/);
  });
});

function apiFindingFor(name: string): Finding {
  return {
    ruleId: 'prefer-require-client-grant',
    messageId: 'explicit',
    severity: 'warning',
    message: `API "${name}" is open.`,
    entity: { kind: 'resourceServer', key: 'https://api.example.com', name },
    path: '',
    location: { file: 'tenant.yaml', startLine: 3, startColumn: 1, endLine: 3, endColumn: 2 },
    fingerprint: 'd'.repeat(32),
  };
}

describe('markdown summary truncation', () => {
  it('never leaves a details section unclosed or opened without content', () => {
    for (const maxBytes of [1500, 3000, 6000, 12_000, 50_000]) {
      const markdown = renderMarkdown(syntheticInput(syntheticFindings(120)), { maxBytes });
      expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(maxBytes);
      expect(markdown.split('<details>').length).toBe(markdown.split('</details>').length);
    }
  });
});
