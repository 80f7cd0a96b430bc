import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/json.js';
import { syntheticFindings, syntheticInput } from './report-input.js';

describe('JSON report', () => {
  // Written in pieces of several findings; the text must stay that of one JSON.stringify of the whole report.
  it.each([0, 1, 255, 256, 257, 1_000])('with %i findings is the text JSON.stringify(report, null, 2) gives', (count) => {
    const text = formatJson(syntheticInput(syntheticFindings(count)));
    const report = JSON.parse(text) as { findings: unknown[] };
    expect(report.findings).toHaveLength(count);
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });
});
