/**
 * The rule kit's checks over the whole registry, and tests of the tester itself. Per-rule checks that need what a
 * rule's cases reported (every message id exercised, no duplicate cases, headline length) run in each rule's own test
 * file, after its cases: see test/helpers/rule-kit.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import requireMfa from '../rules/require-mfa/index.js';
import { lintInput } from '../src/app/lint-input.js';
import { ruleMetaLine, withRuleMetaLine } from '../src/docs/rule-meta-line.js';
import { defineRule, type AnyRule } from '../src/engine/rule.js';
import { UnknownMessageError } from '../src/engine/run-rules.js';
import { loadText } from '../src/loaders/load-text.js';
import { compareFindings } from './helpers/compare-findings.js';
import { RuleRecord, unexercisedIds } from './helpers/rule-kit.js';
import { actualOf, type InvalidCase } from './helpers/rule-tester.js';

const folders = readdirSync('rules').filter((name) => statSync(`rules/${name}`).isDirectory());

describe('rule registry', () => {
  it('registers every folder under rules/ once, as the rule whose meta.id is the folder name', async () => {
    const ids = builtinRules.map((rule) => rule.meta.id);
    expect(new Set(ids).size, 'duplicate ids').toBe(ids.length);
    expect([...ids].sort()).toEqual([...folders].sort());
    for (const folder of folders) {
      const module = (await import(pathToFileURL(path.resolve('rules', folder, 'index.ts')).href)) as { default: AnyRule };
      expect(module.default.meta.id, `rules/${folder}/index.ts`).toBe(folder);
      expect(builtinRules.includes(module.default), `rules/index.ts registers rules/${folder}`).toBe(true);
    }
  });

  it.each(folders)('%s has its docs page and a test file that uses the rule tester', (folder) => {
    expect(existsSync(`rules/${folder}/README.md`)).toBe(true);
    // The tester runs the kit's per-rule checks; a test file that bypasses it would skip them.
    expect(readFileSync(`rules/${folder}/rule.test.ts`, 'utf8')).toContain('testRule(rule, {');
  });

  it.each(builtinRules.map((rule) => [rule.meta.id, rule] as const))('%s names its messages as identifiers', (_id, rule) => {
    const ids = Object.keys(rule.meta.messages);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });

  it.each(builtinRules.map((rule) => [rule.meta.id, rule] as const))('%s has the generated metadata line on its docs page', (id, rule) => {
    const page = readFileSync(`rules/${id}/README.md`, 'utf8');
    expect(page, 'stale metadata line: run `npm run docs:rules`').toBe(withRuleMetaLine(page, rule.meta));
    expect(page.split('\n').filter((line) => line === ruleMetaLine(rule.meta))).toHaveLength(1);
  });
});

describe('metadata line', () => {
  it('states severity, category, preset, precision and security severity; live-audit rules say so', () => {
    const audit = builtinRules.find((rule) => rule.meta.category === 'audit')!;
    expect(ruleMetaLine(requireMfa.meta)).toBe(
      'Default severity: **warning** · Category: authentication · In `recommended`: no (in `strict`) · Precision: high · Security severity: 6.0',
    );
    expect(ruleMetaLine(audit.meta)).toMatch(/ · Live audits only \(`a0lint --live`\)$/);
  });

  it('replaces only that line, and refuses a page without one', () => {
    const page = '# require-mfa\n\nText.\n\nDefault severity: **error** · typed by hand\n\n## Why\n';
    expect(withRuleMetaLine(page, requireMfa.meta)).toBe(page.replace(/^Default severity: .*$/m, ruleMetaLine(requireMfa.meta)));
    expect(() => withRuleMetaLine('# x\n', requireMfa.meta)).toThrow(/no line starting "Default severity: "/);
  });
});

describe('rule tester', () => {
  const noFactor: InvalidCase = { code: 'guardianFactors:\n  - name: otp\n    enabled: false\n', errors: [{ messageId: 'noFactor', line: 1, column: 1 }] };
  const neverAsks: InvalidCase = {
    code: 'guardianFactors:\n  - name: otp\n    enabled: true\nguardianPolicies:\n  policies: []\nactions: []\n',
    errors: [{ messageId: 'neverAsks', line: 5, column: 13 }],
  };

  it('passes the right message ids', () => {
    for (const testCase of [noFactor, neverAsks]) compareFindings(actualOf(requireMfa, testCase), testCase.errors);
  });

  it('fails when two message ids are swapped, although both messages exist', () => {
    expect(() =>
      compareFindings(
        actualOf(requireMfa, noFactor),
        neverAsks.errors.map((error) => ({ ...error, line: 1, column: 1 })),
      ),
    ).toThrow(/message id/);
    expect(() =>
      compareFindings(
        actualOf(requireMfa, neverAsks),
        noFactor.errors.map((error) => ({ ...error, line: 5, column: 13 })),
      ),
    ).toThrow(/message id/);
  });

  it('judges a rule on all its cases, also those a filtered run skipped', () => {
    const ran: InvalidCase[] = [];
    const run = (testCase: InvalidCase) => (ran.push(testCase), actualOf(requireMfa, testCase));
    const both = new RuleRecord({ valid: [], invalid: [noFactor, neverAsks] }, run);
    both.record(0, actualOf(requireMfa, noFactor));
    expect(unexercisedIds(requireMfa, both)).toEqual([]);
    expect(ran, 'only the case the run skipped is run again').toEqual([neverAsks]);
    const one = new RuleRecord({ valid: [], invalid: [noFactor] }, run);
    expect(unexercisedIds(requireMfa, one)).toEqual(['neverAsks']);
  });

  it('compares data when the case gives it, whole', () => {
    const rule = builtinRules.find((candidate) => candidate.meta.id === 'no-password-grant')!;
    const testCase = { code: 'clients:\n  - name: Legacy\n    grant_types: [password]\n' };
    const actual = actualOf(rule, testCase);
    expect(actual).toHaveLength(1);
    const { messageId } = actual[0]!.finding;
    const { line, column } = { line: actual[0]!.finding.location!.startLine, column: actual[0]!.finding.location!.startColumn };
    compareFindings(actual, [{ messageId, data: actual[0]!.data, line, column }]);
    expect(() => compareFindings(actual, [{ messageId, data: { ...actual[0]!.data, client: 'Other' }, line, column }])).toThrow(/data/);
    expect(() => compareFindings(actual, [{ messageId, data: {}, line, column }])).toThrow(/data/);
  });
});

describe('message ids at run time', () => {
  // Plain JavaScript rules have no types to catch a misspelt id: the engine names the rule, the id and the known ids.
  const sloppy: AnyRule = {
    meta: { ...requireMfa.meta, id: 'sloppy' },
    check: ({ tenant, report }) => report({ entity: tenant.posture.guardianFactors[0], messageId: 'noFactr' }),
  };

  it('refuses an id the rule does not define, clearly', () => {
    const input = loadText('tenant.yaml', 'guardianFactors:\n  - name: otp\n    enabled: false\n', 'yaml');
    expect(() => lintInput(input, { rules: [sloppy] })).toThrow(UnknownMessageError);
    expect(() => lintInput(input, { rules: [sloppy] })).toThrow(
      'rule sloppy reported message id "noFactr", which is not in its meta.messages ("noFactor", "neverAsks")',
    );
  });

  it('does not take inherited properties for messages', () => {
    const input = loadText('tenant.yaml', 'guardianFactors:\n  - name: otp\n    enabled: false\n', 'yaml');
    const inherited: AnyRule = { ...sloppy, check: ({ tenant, report }) => report({ entity: tenant.posture.guardianFactors[0], messageId: 'toString' }) };
    expect(() => lintInput(input, { rules: [inherited] })).toThrow(UnknownMessageError);
  });

  it('types message ids per rule', () => {
    const rule = defineRule({
      meta: { ...requireMfa.meta, id: 'typed', messages: { known: 'Known.' } },
      check({ report }) {
        report({ messageId: 'known' });
        // @ts-expect-error -- an id that is not a key of meta.messages does not compile
        report({ messageId: 'unknown' });
      },
    });
    expect(Object.keys(rule.meta.messages)).toEqual(['known']);
    // @ts-expect-error -- the tester's expectations are typed by the rule too
    const wrong: InvalidCase<keyof typeof rule.meta.messages> = { code: '', errors: [{ messageId: 'unknown', line: 1, column: 1 }] };
    expect(wrong.errors).toHaveLength(1);
  });
});
