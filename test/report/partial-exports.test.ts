import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTIAL_EXPORT_NOTE } from '../../src/report/partial-exports.js';
import { runCli } from '../helpers/run-cli.js';

/** Exports are partial by nature: said once per run, in every machine and human output, and only for exports. */
describe('what an export cannot show', () => {
  it('is said once under the stylish summary, in the JSON summary and on each SARIF run of an export', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'a0lint-partial-'));
    await writeFile(path.join(dir, 'tenant.yaml'), 'clients:\n  - name: Shop\n    app_type: spa\n    callbacks: [https://shop.example.com/cb]\n');
    await writeFile(path.join(dir, 'other.yaml'), 'tenant:\n  friendly_name: Other\n');
    await writeFile(path.join(dir, 'dump.json'), '{"clients": [{"client_id": "abc", "name": "Shop", "app_type": "spa"}]}');
    const stylish = await runCli(['tenant.yaml', 'other.yaml', '--no-config'], { cwd: dir });
    expect(stylish.stdout.split(PARTIAL_EXPORT_NOTE)).toHaveLength(2);
    expect(stylish.stdout).toContain(`No problems found.\nNote: ${PARTIAL_EXPORT_NOTE}\n`);

    const json = JSON.parse((await runCli(['tenant.yaml', 'dump.json', '--no-config', '--format', 'json'], { cwd: dir })).stdout) as {
      summary: Record<string, unknown>;
    };
    expect(json.summary.partialExports).toEqual({ inputs: ['tenant.yaml'], note: PARTIAL_EXPORT_NOTE });

    const sarif = JSON.parse((await runCli(['tenant.yaml', 'dump.json', '--no-config', '--format', 'sarif'], { cwd: dir })).stdout) as {
      runs: Array<{ properties?: Record<string, unknown> }>;
    };
    // Both hand-written inputs lack the tenant sections posture rules read: each run also says what was not checked.
    /* eslint-disable @typescript-eslint/no-unsafe-assignment -- vitest types asymmetric matchers as any, by design */
    expect(sarif.runs.map((run) => run.properties)).toEqual([
      {
        target: 'tenant.yaml',
        partialExport: PARTIAL_EXPORT_NOTE,
        notChecked: expect.objectContaining({ absentSections: expect.arrayContaining(['tenant']) }),
      },
      { target: 'dump.json', notChecked: expect.objectContaining({ absentSections: expect.arrayContaining(['tenant']) }) },
    ]);
    /* eslint-enable @typescript-eslint/no-unsafe-assignment */
  });

  it('is not said for an API dump alone', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'a0lint-partial-'));
    await writeFile(path.join(dir, 'dump.json'), '{"clients": []}');
    const run = await runCli(['dump.json', '--no-config', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(run.stdout) as { summary: unknown }).summary).toEqual({ error: 0, warning: 0, note: 0 });
  });
});
