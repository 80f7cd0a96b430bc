import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import type { AnyRule, Severity } from '../../src/engine/rule.js';
import { loadText } from '../../src/loaders/load-text.js';
import { lintInput } from '../../src/app/lint-input.js';
import type { KeywordMappings } from '../../src/loaders/keywords.js';

export interface ValidCase {
  readonly name?: string;
  readonly code: string;
  readonly options?: object;
  readonly format?: 'yaml' | 'api-dump';
  readonly tenantDomain?: string;
  readonly mappings?: KeywordMappings;
}

export interface ExpectedFinding {
  readonly messageId?: string;
  /** Part of the message that must appear. */
  readonly message?: string;
  readonly entity?: string;
  readonly path?: string;
  /** The finding's severity, when it differs by case (a rule's tiers). */
  readonly severity?: Severity;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedFinding[];
}

/** ESLint's RuleTester, for a0lint: each case goes through the real loader, model and engine. */
export function testRule(rule: AnyRule, cases: { valid: ReadonlyArray<string | ValidCase>; invalid: readonly InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      cases.valid.forEach((raw, index) => {
        const testCase = typeof raw === 'string' ? { code: raw } : raw;
        it(testCase.name ?? `valid #${index + 1}`, () => {
          expect(findingsOf(rule, testCase).map(describeFinding)).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((testCase, index) => {
        it(testCase.name ?? `invalid #${index + 1}`, () => {
          const findings = findingsOf(rule, testCase);
          expect(findings.map(describeFinding), 'number of findings').toHaveLength(testCase.errors.length);
          testCase.errors.forEach((expected, at) => {
            const finding = findings[at]!;
            if (expected.entity !== undefined) expect(finding.entity?.key).toBe(expected.entity);
            if (expected.path !== undefined) expect(finding.path).toBe(expected.path);
            if (expected.message !== undefined) expect(finding.message).toContain(expected.message);
            if (expected.severity !== undefined) expect(finding.severity).toBe(expected.severity);
            if (expected.messageId !== undefined) {
              const template = rule.meta.messages[expected.messageId];
              expect(template, `message id ${expected.messageId}`).toBeDefined();
              expect(finding.message.startsWith(template!.split('{{')[0]!)).toBe(true);
            }
            expect(finding.location, 'location').toBeDefined();
            expect([finding.location!.startLine, finding.location!.startColumn]).toEqual([expected.line, expected.column]);
            if (expected.endLine !== undefined) expect(finding.location!.endLine).toBe(expected.endLine);
            if (expected.endColumn !== undefined) expect(finding.location!.endColumn).toBe(expected.endColumn);
            expect(finding.message).not.toMatch(/\{\{\s*\w+\s*\}\}/);
          });
        });
      });
    });
  });
}

export function findingsOf(rule: AnyRule, testCase: ValidCase): Finding[] {
  const format = testCase.format ?? 'yaml';
  const input = loadText(format === 'yaml' ? 'tenant.yaml' : 'dump.json', testCase.code, format, { mappings: testCase.mappings });
  expect(input.errors.map((error) => error.format())).toEqual([]);
  const settings = new Map([[rule.meta.id, { severity: rule.meta.defaultSeverity, options: testCase.options }]]);
  return lintInput(input, { rules: [rule], settings: settings, tenantDomain: testCase.tenantDomain }).findings;
}

function describeFinding(finding: Finding): string {
  return `${finding.location?.startLine}:${finding.location?.startColumn} ${finding.entity?.key ?? '-'} ${finding.path} ${finding.message}`;
}

/** Strips the common indentation of a template literal, so YAML cases can be indented with the test code. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const indent = Math.min(...text.split('\n').filter((line) => line.trim()).map((line) => /^ */.exec(line)![0].length));
  return text
    .split('\n')
    .map((line) => line.slice(indent))
    .join('\n');
}
