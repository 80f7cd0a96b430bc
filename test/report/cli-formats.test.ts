import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'a0lint-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('several --format outputs at once', () => {
  it('writes each format to its own destination, the same text each format prints alone', async () => {
    const run = await runCli([
      'examples/tenant.yaml',
      '--format',
      'github',
      '--format',
      `sarif:${dir}/out/a0lint.sarif`,
      '--format',
      `markdown:${dir}/summary.md`,
      '--format',
      `junit:${dir}/junit.xml`,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=examples\/[^,]+,line=\d+,/);
    expect(run.stdout).toMatch(/\n::error file=examples\/tenant\.yaml,line=\d+,/);
    expect(run.stdout).toBe((await runCli(['examples/tenant.yaml', '--format', 'github'])).stdout);
    for (const [format, file] of [
      ['sarif', 'out/a0lint.sarif'],
      ['markdown', 'summary.md'],
      ['junit', 'junit.xml'],
    ] as const) {
      expect(readFileSync(path.join(dir, file), 'utf8')).toBe((await runCli(['examples/tenant.yaml', '--format', format])).stdout);
    }
  });

  it('lists the new formats in the unknown-format error', async () => {
    const run = await runCli(['examples/tenant.yaml', '--format', 'pdf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/choose from .*sarif.*github.*markdown.*junit/);
  });
});
