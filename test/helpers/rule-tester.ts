import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import type { AnyRule, Report, Rule } from '../../src/engine/rule.js';
import { loadText } from '../../src/loaders/load-text.js';
import { lintInput } from '../../src/app/lint-input.js';
import { fill } from '../../src/engine/run-rules.js';
import type { KeywordMappings } from '../../src/loaders/keywords.js';
import type { LoadedInput } from '../../src/model/input.js';
import { compareFindings, describeActual, type Actual, type ExpectedFinding } from './compare-findings.js';
import { kitChecks, RuleRecord } from './rule-kit.js';

export type { ExpectedFinding } from './compare-findings.js';

export interface ValidCase {
  readonly name?: string;
  /** The input's text (deploy-cli YAML, or an API dump with `format: 'api-dump'`). */
  readonly code?: string;
  /** An input no text stands for (a live audit's snapshot), instead of `code`. */
  readonly input?: LoadedInput;
  readonly options?: object;
  readonly format?: 'yaml' | 'api-dump';
  readonly tenantDomain?: string;
  readonly mappings?: KeywordMappings;
}

export interface InvalidCase<MessageIds extends string = string> extends ValidCase {
  readonly errors: readonly ExpectedFinding<MessageIds>[];
}

export interface RuleCases<MessageIds extends string = string> {
  readonly valid: ReadonlyArray<string | ValidCase>;
  readonly invalid: readonly InvalidCase<MessageIds>[];
}

/**
 * ESLint's RuleTester, for a0lint: each case goes through the real loader, model and engine, and each expected finding
 * is compared by message id (and data, when the case gives it), never by wording. What the cases made the rule report
 * is recorded, and the rule kit's checks (every message id exercised, no duplicate cases, headline length) run last.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function testRule<MessageIds extends string>(rule: Rule<any, MessageIds>, cases: RuleCases<NoInfer<MessageIds>>): void {
  const record = new RuleRecord(cases, (testCase) => actualOf(rule, testCase));
  describe(rule.meta.id, () => {
    describe('valid', () => {
      cases.valid.forEach((raw, index) => {
        const testCase = typeof raw === 'string' ? { code: raw } : raw;
        it(testCase.name ?? `valid #${index + 1}`, () => {
          expect(actualOf(rule, testCase).map(describeActual)).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((testCase, index) => {
        it(testCase.name ?? `invalid #${index + 1}`, () => {
          const actual = actualOf(rule, testCase);
          record.record(index, actual);
          compareFindings(actual, testCase.errors);
        });
      });
    });
    kitChecks(rule, record);
  });
}

/** The findings of one case, each with the data its report carried (findings do not keep data: it may be concealed). */
export function actualOf(rule: AnyRule, testCase: ValidCase): Actual[] {
  const reports: Report[] = [];
  const spy: AnyRule = { meta: rule.meta, check: (context) => rule.check({ ...context, report: (report) => (reports.push(report), context.report(report)) }) };
  return findingsOf(spy, testCase).map((finding) => {
    // Findings are sorted; their reports are matched back by message id and path, the same filled message first.
    const candidates = reports.filter((report) => report.messageId === finding.messageId && (report.path ?? '') === finding.path);
    const template = rule.meta.messages[finding.messageId]!;
    const report = candidates.find((candidate) => fill(template, candidate.data ?? {}) === finding.message) ?? candidates[0];
    if (report) reports.splice(reports.indexOf(report), 1);
    return { finding, data: report?.data ?? {} };
  });
}

export function findingsOf(rule: AnyRule, testCase: ValidCase): Finding[] {
  const input = testCase.input ?? loadCase(testCase);
  expect(input.errors.map((error) => error.format())).toEqual([]);
  const settings = new Map([[rule.meta.id, { severity: rule.meta.defaultSeverity, options: testCase.options }]]);
  return lintInput(input, { rules: [rule], settings: settings, tenantDomain: testCase.tenantDomain }).findings;
}

function loadCase(testCase: ValidCase): LoadedInput {
  const format = testCase.format ?? 'yaml';
  if (testCase.code === undefined) throw new Error('a rule test case needs code or input');
  return loadText(format === 'yaml' ? 'tenant.yaml' : 'dump.json', testCase.code, format, { mappings: testCase.mappings });
}

/** Strips the common indentation of a template literal, so YAML cases can be indented with the test code. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const indent = Math.min(
    ...text
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => /^ */.exec(line)![0].length),
  );
  return text
    .split('\n')
    .map((line) => line.slice(indent))
    .join('\n');
}
