import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { splitByBase } from '../../src/action/new-findings.js';

const finding = (fingerprint: string, line = 1): Finding => ({
  ruleId: 'prefer-require-client-grant',
  messageId: 'defaulted',
  severity: 'warning',
  message: `m ${fingerprint}`,
  path: '',
  fingerprint,
  location: { file: 'tenant.yaml', startLine: line, startColumn: 1, endLine: line, endColumn: 2 },
});

describe('splitByBase', () => {
  it('matches by fingerprint per input, whatever the lines, and counts copies', () => {
    const head = new Map([
      ['dev.yaml', [finding('a', 10), finding('a', 20), finding('b', 30)]],
      ['prod.yaml', [finding('a', 5)]],
    ]);
    const base = new Map([
      ['dev.yaml', [finding('a', 1), finding('c', 2)]],
      ['gone.yaml', [finding('a', 1)]],
    ]);
    const split = splitByBase(head, base);

    expect(split.preexisting.map((item) => item.location!.startLine)).toEqual([10]);
    // A second copy of a known finding is new, and the same finding in another input is new there.
    expect(split.introduced.map((item) => `${item.fingerprint}@${item.location!.startLine}`)).toEqual(['a@20', 'b@30', 'a@5']);
    expect(split.fixed).toHaveLength(2);
  });
});
