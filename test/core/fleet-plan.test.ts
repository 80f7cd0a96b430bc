import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workerThreadsFor } from '../../src/app/fleet-plan.js';
import { lintInWorkers } from '../../src/app/fleet.js';
import { lintPath } from '../../src/app/lint.js';
import { openProject } from '../../src/app/project.js';
import type { Target } from '../../src/engine/target.js';
import { InputError } from '../../src/shared/errors.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { sizedFile } from '../helpers/sized-file.js';

// Files that stat as large without taking disk space or time to write: only their sizes are estimated from.
const scratch = mkdtempSync(path.join(tmpdir(), 'a0lint-fleet-plan-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const sized = (name: string, bytes: number): string => sizedFile(scratch, name, bytes);
const MB = 2 ** 20;

const SMALL_FLEET = [
  'test/fixtures/same-tenant/directory',
  'examples/tenant.yaml',
  'test/fixtures/same-tenant/dump.json',
  'test/fixtures/same-tenant/tenant.yaml',
  'test/fixtures/terraform',
  'test/fixtures/warnings-only.yaml',
];

describe('how many worker threads a fleet starts', () => {
  it('starts none for a fleet of small tenants, however many threads are allowed', () => {
    expect(workerThreadsFor(SMALL_FLEET, REPO_ROOT, 64)).toBe(0);
    expect(workerThreadsFor([...SMALL_FLEET, ...SMALL_FLEET, ...SMALL_FLEET], REPO_ROOT, 64)).toBe(0);
  });

  it('starts one per share of queued input, up to the threads allowed and the paths there are', () => {
    const big = [sized('a.yaml', 20 * MB), sized('b.yaml', 20 * MB), sized('c.yaml', 20 * MB)];
    expect(workerThreadsFor(big.slice(0, 1), REPO_ROOT, 8)).toBe(0); // one path: nothing to share
    expect(workerThreadsFor([big[0]!, ...SMALL_FLEET], REPO_ROOT, 8)).toBe(1);
    expect(workerThreadsFor([...big, ...SMALL_FLEET], REPO_ROOT, 8)).toBe(5); // 6.6 s of YAML
    expect(workerThreadsFor([...big, ...SMALL_FLEET], REPO_ROOT, 3)).toBe(2);
    expect(workerThreadsFor(big, REPO_ROOT, 8)).toBe(2);
    expect(workerThreadsFor([...big, ...SMALL_FLEET], REPO_ROOT, 1)).toBe(0);
  });

  it('weighs bytes by what reads them: YAML and Terraform cost more per byte than JSON', () => {
    const json = sized('same.json', 16 * MB);
    const yaml = sized('same.yaml', 16 * MB);
    expect(workerThreadsFor([json, ...SMALL_FLEET], REPO_ROOT, 2)).toBe(0);
    expect(workerThreadsFor([yaml, ...SMALL_FLEET], REPO_ROOT, 2)).toBe(1);
    // A Terraform folder is its .tf files: an M configuration (about 3.7 MB) is worth a thread of its own.
    const terraform = path.join(scratch, 'terraform');
    mkdirSync(terraform);
    sized('terraform/main.tf', 3 * MB);
    expect(workerThreadsFor([terraform, ...SMALL_FLEET], REPO_ROOT, 2)).toBe(1);
    expect(workerThreadsFor([sized('three.json', 3 * MB), ...SMALL_FLEET], REPO_ROOT, 2)).toBe(0);
  });

  it('weighs a directory export by its files, leaving out hidden folders (.git) and node_modules', () => {
    // 50 files at the rate of an export's files come to 0.002 s: a thread's worth when a thread is worth 0.0015 s.
    const exportWith = (folder: string): string => {
      const root = path.join(scratch, `export-${folder.replace(/\W/g, '')}`);
      mkdirSync(path.join(root, folder), { recursive: true });
      for (let index = 0; index < 50; index++) sized(path.relative(scratch, path.join(root, folder, `${index}.json`)), 0);
      return root;
    };
    expect(workerThreadsFor([exportWith('clients'), 'no-such-tenant.yaml'], REPO_ROOT, 2, 0.0015)).toBe(1);
    expect(workerThreadsFor([exportWith('.git/objects'), 'no-such-tenant.yaml'], REPO_ROOT, 2, 0.0015)).toBe(0);
    expect(workerThreadsFor([exportWith('node_modules/x'), 'no-such-tenant.yaml'], REPO_ROOT, 2, 0.0015)).toBe(0);
  });

  it('counts what cannot be read as no work (it is an input error, found at once)', () => {
    expect(workerThreadsFor(['no-such-tenant.yaml', 'no-such-folder', ...SMALL_FLEET], REPO_ROOT, 8)).toBe(0);
  });
});

describe('a fleet run', () => {
  const summary = (targets: readonly Target[]) => targets.map((target) => [target.path, target.findings.length, target.errors.map((error) => error.message)]);
  const lintAll = async (paths: readonly string[], jobs: number, workPerThread?: number) => {
    const options = { cwd: REPO_ROOT, noConfig: true };
    const project = await openProject(options);
    return lintInWorkers({ project: options, request: {} }, paths, jobs, (input) => lintPath(project, input, {}), workPerThread);
  };

  it('lints a small fleet on this thread alone, with the targets a serial run gives', async () => {
    const run = await lintAll(SMALL_FLEET, 4);
    expect(run.workers).toBe(0);
    expect(summary(run.targets)).toEqual(summary((await lintAll(SMALL_FLEET, 1)).targets));
  });

  it('gives, from worker threads alone, the very targets this thread makes: findings, input errors and their places', async () => {
    const options = { cwd: REPO_ROOT, noConfig: true };
    const project = await openProject(options);
    const paths = [...SMALL_FLEET, 'test/fixtures/broken.yaml', 'test/fixtures/no-such-tenant.yaml'];
    // This thread lints nothing, so every target crossed from a worker: two threads (three jobs less this one).
    // Rule settings given through the library travel with the request to the threads.
    const request = { rules: new Map([['no-unresolved-keywords', { severity: 'error' as const, options: { reportUnreadFields: true } }]]) };
    const threaded = await lintInWorkers({ project: options, request }, paths, 3, undefined, Number.MIN_VALUE);
    expect(threaded.workers).toBe(2);
    const serial = await lintInWorkers({ project: options, request }, paths, 1, (input) => lintPath(project, input, request));
    const comparable = (targets: readonly Target[]) =>
      targets.map(({ input: _input, tenant: _tenant, errors, ...rest }) => ({
        ...rest,
        errors: errors.map((error) => [error.constructor.name, error.format()]),
      }));
    expect(comparable(threaded.targets)).toEqual(comparable(serial.targets));
    expect(threaded.targets.at(-1)!.errors[0]).toBeInstanceOf(InputError);
    const raised = threaded.targets.flatMap((target) => target.findings).filter((finding) => finding.ruleId === 'no-unresolved-keywords');
    expect(raised.length).toBeGreaterThan(0);
    expect(raised.every((finding) => finding.severity === 'error')).toBe(true);
  });

  it('starts its threads when the queued input outweighs their start-up, with the same targets', async () => {
    const big = [sized('first.yaml', 20 * MB), sized('second.yaml', 20 * MB)];
    const paths = [...big, ...SMALL_FLEET];
    const parallel = await lintAll(paths, 3);
    expect(parallel.workers).toBe(2);
    const serial = await lintAll(paths, 1);
    expect(serial.workers).toBe(0);
    expect(summary(parallel.targets)).toEqual(summary(serial.targets));
    expect(summary(parallel.targets).slice(0, 2)).toEqual([
      [big[0], 0, [expect.stringMatching(/over the limit/)]],
      [big[1], 0, [expect.stringMatching(/over the limit/)]],
    ]);
  });
});
