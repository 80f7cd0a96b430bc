import { expect } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import type { Severity } from '../../src/engine/rule.js';

/** A finding a test case produced, with the data of the report it came from. */
export interface Actual {
  readonly finding: Finding;
  readonly data: Readonly<Record<string, string | number>>;
}

export interface ExpectedFinding<MessageIds extends string = string> {
  readonly messageId: MessageIds;
  /** The report's data, compared whole: what fills the message's placeholders. */
  readonly data?: Readonly<Record<string, string | number>>;
  readonly entity?: string;
  readonly path?: string;
  /** The finding's severity, when it differs by case (a rule's tiers). */
  readonly severity?: Severity;
  /** Where the finding is; live data has no file, so its findings name their endpoint instead. */
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly endpoint?: string;
}

/** Throws (as a failed expectation) unless the findings are the expected ones, in order. */
export function compareFindings(actual: readonly Actual[], expected: readonly ExpectedFinding[]): void {
  expect(actual.map(describeActual), 'number of findings').toHaveLength(expected.length);
  expected.forEach((want, at) => {
    const { finding, data } = actual[at]!;
    const which = `finding ${at + 1} (${describeActual(actual[at]!)})`;
    expect(finding.messageId, `${which}: message id`).toBe(want.messageId);
    if (want.data !== undefined) expect(data, `${which}: data`).toEqual(want.data);
    if (want.entity !== undefined) expect(finding.entity?.key, `${which}: entity`).toBe(want.entity);
    if (want.path !== undefined) expect(finding.path, `${which}: path`).toBe(want.path);
    if (want.severity !== undefined) expect(finding.severity, `${which}: severity`).toBe(want.severity);
    if (want.endpoint !== undefined) expect(finding.endpoint, `${which}: endpoint`).toBe(want.endpoint);
    if (finding.location === undefined) expect(want.endpoint, `${which} has no file: expect its endpoint`).toBeDefined();
    else {
      expect([finding.location.startLine, finding.location.startColumn], `${which}: line and column`).toEqual([want.line, want.column]);
      if (want.endLine !== undefined) expect(finding.location.endLine, `${which}: end line`).toBe(want.endLine);
      if (want.endColumn !== undefined) expect(finding.location.endColumn, `${which}: end column`).toBe(want.endColumn);
    }
    expect(finding.message, `${which}: unfilled placeholder`).not.toMatch(/\{\{\s*\w+\s*\}\}/);
  });
}

export function describeActual({ finding }: Actual): string {
  const where = finding.location ? `${finding.location.startLine}:${finding.location.startColumn}` : (finding.endpoint ?? '-');
  return `${where} ${finding.messageId} ${finding.entity?.key ?? '-'} ${finding.path} ${finding.message}`;
}
