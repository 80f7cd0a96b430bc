import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnyRule } from '../../src/engine/rule.js';
import { splitMessage } from '../../src/shared/message-parts.js';
import { compareFindings, type Actual, type ExpectedFinding } from './compare-findings.js';
import type { RuleCases, ValidCase } from './rule-tester.js';

/** The longest headline (a message's first sentence) a terminal shows on the finding's line (issue 18's limit). */
export const HEADLINE_LIMIT = 100;

interface Seen {
  readonly actual: readonly Actual[];
  readonly expected: readonly ExpectedFinding[];
}

/**
 * What one rule's invalid cases made it report, by case index: recorded by the tester as the cases run, and run here
 * for the cases a filtered run (`vitest -t`) skipped, so the kit's checks never judge a rule on part of its cases.
 */
export class RuleRecord {
  private readonly recorded = new Map<number, Seen>();

  constructor(
    readonly cases: RuleCases,
    private readonly run: (testCase: RuleCases['invalid'][number]) => readonly Actual[],
  ) {}

  record(index: number, actual: readonly Actual[]): void {
    this.recorded.set(index, { actual, expected: this.cases.invalid[index]!.errors });
  }

  get seen(): readonly Seen[] {
    return this.cases.invalid.map((testCase, index) => {
      let seen = this.recorded.get(index);
      if (!seen) this.recorded.set(index, (seen = { actual: this.run(testCase), expected: testCase.errors }));
      return seen;
    });
  }
}

/**
 * The rule kit's checks on one rule, run after its cases in the same file (they read what the cases recorded):
 * typescript-eslint's and ESLint's own habits for rule tests.
 */
export function kitChecks(rule: AnyRule, record: RuleRecord): void {
  describe('rule kit', () => {
    it('lives in rules/<meta.id>/rule.test.ts', () => {
      const file = expect.getState().testPath ?? '';
      expect(path.relative(process.cwd(), file).split(path.sep).join('/')).toBe(`rules/${rule.meta.id}/rule.test.ts`);
    });

    it('exercises every message id in an invalid case', () => {
      expect(unexercisedIds(rule, record), 'message ids no invalid case reports').toEqual([]);
    });

    it('has no duplicate test cases', () => {
      expect(duplicates(record.cases.valid.map((raw) => caseKey(typeof raw === 'string' ? { code: raw } : raw))), 'valid').toEqual([]);
      expect(duplicates(record.cases.invalid.map(caseKey)), 'invalid').toEqual([]);
    });

    it(`says what is wrong in a first sentence of at most ${HEADLINE_LIMIT} characters, with the data of its cases`, () => {
      const long = record.seen.flatMap(({ actual }) =>
        actual.map(({ finding }) => ({ id: finding.messageId, ...splitMessage(finding.message) })).filter(({ headline }) => headline.length > HEADLINE_LIMIT),
      );
      expect(
        long.map(({ id, headline }) => `${id} (${headline.length}): ${headline}`),
        'headlines too long',
      ).toEqual([]);
      // The why and the fix follow the headline: a message that is one sentence has no room for them.
      for (const id of Object.keys(rule.meta.messages)) expect(splitMessage(rule.meta.messages[id]!).details, `${id} has details`).not.toBe('');
    });

    it('fails when two message ids are swapped in its cases', () => {
      const ids = [...new Set(record.seen.flatMap(({ expected }) => expected.map((error) => error.messageId)))];
      for (const [a, b] of pairs(ids)) {
        const swap = (id: string): string => (id === a ? b : id === b ? a : id);
        const caught = record.seen.some(({ actual, expected }) => {
          try {
            compareFindings(
              actual,
              expected.map((error) => ({ ...error, messageId: swap(error.messageId) })),
            );
            return false;
          } catch {
            return true;
          }
        });
        expect(caught, `swapping ${a} and ${b}`).toBe(true);
      }
    });
  });
}

/** The rule's message ids that none of its invalid cases reports. */
export function unexercisedIds(rule: AnyRule, record: RuleRecord): string[] {
  const seen = new Set(record.seen.flatMap(({ actual }) => actual.map(({ finding }) => finding.messageId)));
  return Object.keys(rule.meta.messages).filter((id) => !seen.has(id));
}

/** What makes two cases the same test: everything but their name and expectations. */
export function caseKey(testCase: ValidCase): string {
  const { code, input, options, format, tenantDomain, mappings } = testCase;
  const read = input && { format: input.format, document: input.document, audit: input.audit };
  return JSON.stringify({ code, read, options, format, tenantDomain, mappings });
}

function duplicates(keys: readonly string[]): string[] {
  return keys.filter((key, index) => keys.indexOf(key) !== index);
}

function pairs<T>(items: readonly T[]): [T, T][] {
  return items.flatMap((a, index) => items.slice(index + 1).map((b): [T, T] => [a, b]));
}
