import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dumpOf } from '../../bench/generate.js';
import { OutputErrors } from '../../src/cli/output-errors.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { sourceBundle } from '../helpers/source-bundle.js';

const work = mkdtempSync(path.join(tmpdir(), 'a0lint-output-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a report that cannot be written', () => {
  it.runIf(existsSync('/dev/full'))('to a full device ends with one clear line and exit 2, never a stack trace', async () => {
    const cli = await sourceBundle('cli');
    const full = openSync('/dev/full', 'w');
    try {
      for (const args of [['examples/tenant.yaml'], ['examples/tenant.yaml', '--format', 'sarif'], ['--version']]) {
        const run = spawnSync(process.execPath, [cli, ...args], { cwd: REPO_ROOT, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
        expect(run.stderr, args.join(' ')).toBe('a0lint: cannot write the report to standard output: no space left on the device\n');
        expect(run.status, args.join(' ')).toBe(2);
      }
    } finally {
      closeSync(full);
    }
  });

  it('to a reader that went away (a0lint … | head) ends quietly with the result as exit code', async () => {
    const dump = path.join(work, 'dump.json');
    // About a megabyte of JSON report: more than a pipe holds, so the CLI is still writing when the reader leaves.
    writeFileSync(dump, JSON.stringify(dumpOf({ clients: 2_000, apis: 200, grants: 5_000 })));
    const child = spawn(process.execPath, [await sourceBundle('cli'), dump, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});

describe('OutputErrors', () => {
  const processLike = () => {
    const said: string[] = [];
    return { exitCode: undefined as number | string | null | undefined, stderr: { write: (text: string) => said.push(text) }, said };
  };

  it('makes the run exit 2 whether the failure comes before or after the result', () => {
    const early = processLike();
    const before = new OutputErrors(early);
    before.handler('standard output')(Object.assign(new Error('write'), { code: 'ENOSPC' }));
    expect(before.exitCode(1)).toBe(2);

    const late = processLike();
    const after = new OutputErrors(late);
    late.exitCode = after.exitCode(0);
    after.handler('standard output')(Object.assign(new Error('write'), { code: 'EIO' }));
    expect(late.exitCode).toBe(2);
    expect(late.said).toEqual(['a0lint: cannot write the report to standard output: input/output error\n']);
  });

  it('ignores a closed pipe, says a failure once, and says nothing about stderr on stderr', () => {
    const target = processLike();
    const output = new OutputErrors(target);
    output.handler('standard output')(Object.assign(new Error('write'), { code: 'EPIPE' }));
    expect(output.exitCode(1)).toBe(1);
    output.handler('standard error')(Object.assign(new Error('write'), { code: 'EIO' }));
    output.handler('standard output')(Object.assign(new Error('write'), { code: 'EIO' }));
    expect(output.exitCode(0)).toBe(2);
    expect(target.said).toEqual([]);
  });
});
