import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { sortFindings } from '../../src/engine/run-rules.js';
import { FORMAT_CHUNKS, type FormatName } from '../../src/report/formats.js';
import type { ReportInput } from '../../src/report/formatter.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { countWork } from '../helpers/count-work.js';
import { syntheticFindings, syntheticInput } from './report-input.js';

/** Findings in one file (where stylish and the others group them), with some from live data that have none. */
function findings(count: number): Finding[] {
  return syntheticFindings(count).map((finding, index) => {
    if (index % 10 !== 9) return finding;
    const { location: _location, ...live } = finding;
    return { ...live, endpoint: '/api/v2/clients' };
  });
}

/** The markdown summary without its size limit, so that every finding is written (the limit caps the work). */
const FORMATTERS: ReadonlyArray<[string, (input: ReportInput) => Iterable<string>]> = [
  ...(Object.keys(FORMAT_CHUNKS) as FormatName[])
    .filter((name) => name !== 'markdown')
    .map((name): [string, (input: ReportInput) => Iterable<string>] => [name, FORMAT_CHUNKS[name]]),
  ['markdown without a size limit', (input) => [renderMarkdown(input, { maxBytes: Number.POSITIVE_INFINITY })]],
];

function written(format: (input: ReportInput) => Iterable<string>, input: ReportInput): { characters: number; last: string } {
  let characters = 0;
  let last = '';
  for (const chunk of format(input)) {
    characters += chunk.length;
    if (chunk.length > 0) last = chunk;
  }
  return { characters, last };
}

describe('report formats', () => {
  it.each(FORMATTERS)('%s: four times the findings cost about four times the work', (_name, format) => {
    // The work a report costs without findings (SARIF describes every rule, whatever was found) is taken off both.
    const fixed = countWork(() => written(format, syntheticInput(findings(0)))).operations;
    const small = countWork(() => written(format, syntheticInput(findings(2_000))));
    const large = countWork(() => written(format, syntheticInput(findings(8_000))));
    expect(small.operations - fixed).toBeGreaterThan(2_000);
    const growth = (large.operations - fixed) / (small.operations - fixed);
    expect(growth).toBeGreaterThan(3);
    expect(growth).toBeLessThan(5);
  });

  // Past about 120,000 arguments a spread into a call (Math.max(...rows)) throws; past 512 MiB a string cannot grow.
  // Built once, in the order a run reports them (the live ones after the file's), as every format gets them.
  let many: Finding[] = [];
  it.each(Object.keys(FORMAT_CHUNKS) as FormatName[])('%s: 300,000 findings in one file are written without throwing', (name) => {
    if (many.length === 0) many = sortFindings(findings(300_000));
    const { characters, last } = written(FORMAT_CHUNKS[name], syntheticInput(many));
    expect(characters).toBeGreaterThan(name === 'github' ? 1_000 : 1_000_000);
    const ending: Record<FormatName, RegExp> = {
      stylish: /300000 problems/,
      json: /"note": \d+\n {2}},\n {2}"errors": \[\]\n}\n$/,
      sarif: /\]\n}\n$/,
      github: /All 300000 findings/,
      markdown: /more left out to stay under GitHub's summary size limit/,
      junit: /<\/testsuites>\n$/,
    };
    expect(last).toMatch(ending[name]);
  });
});
