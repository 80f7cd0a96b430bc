import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/run-cli.js';

/**
 * The security review's cases (docs/security.md): ways a hostile pull request or server could make a0lint check
 * something other than what deploys, leak a mapped secret, write outside the workspace, switch its own check off,
 * or hang. Each case failed before its fix.
 */

let dir: string;
let tried = 0;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'a0lint-review-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  console.log(`hardening/review: ${tried} review cases tried`);
});

function file(name: string, content: string): string {
  const full = path.join(dir, name);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, content);
  return full;
}

async function lint(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  tried++;
  const run = await runCli(args, { cwd: dir, env });
  expect(run.stderr).not.toMatch(/\n\s+at |internal error/);
  return run;
}

function firstError(run: CliRun): string {
  expect(run.code, run.stdout + run.stderr).toBe(2);
  expect(run.stdout).not.toMatch(/No problems found/);
  return run.stderr.split('\n')[0]!;
}

describe('1. YAML merge keys never hide configuration', () => {
  const cases: Record<string, string> = {
    'a grant whose scopes come from a merge key': `clientGrants:\n  - client_id: App\n    audience: https://t.auth0.com/api/v2/\n    <<: { scope: [create:client_grants, update:clients] }\n`,
    'a client whose grant types come from a block merge key': `clients:\n  - name: App\n    app_type: regular_web\n    <<:\n      grant_types: [implicit, password]\n`,
    'a merge of an anchored mapping': `defaults: &d { grant_types: [password] }\nclients:\n  - name: App\n    << : *d\n`,
    'a list of merged mappings in flow style': `clients: [{name: App, <<: [{grant_types: [password]}]}]\n`,
    'an explicit !!merge tag': `clients:\n  - name: App\n    !!merge x: { grant_types: [password] }\n`,
  };
  it.each(Object.entries(cases))('%s is a located input error, never a clean run', async (name, text) => {
    const input = file(`merge/${name.replace(/\W+/g, '-')}.yaml`, text);
    const first = firstError(await lint([input]));
    expect(first).toMatch(/\.yaml:\d+:\d+: YAML merge key `<<`: deploy-cli merges the keys/);
  });

  it('points at the merge key itself', async () => {
    const input = file('merge/at.yaml', cases['a grant whose scopes come from a merge key']!);
    expect(firstError(await lint([input]))).toMatch(/at\.yaml:4:5: /);
  });

  it('a merge key produced by keyword replacement is refused at its marker', async () => {
    const input = file('merge/keyword.yaml', 'clients:\n  - name: App\n    ##KEY##: { grant_types: [password] }\n');
    const mappings = file('merge/keyword.json', JSON.stringify({ KEY: '<<' }));
    expect(firstError(await lint(['--mappings', mappings, input]))).toMatch(/keyword\.yaml:3:5: YAML merge key/);
  });

  it('a quoted "<<" key is an ordinary key for deploy-cli too, and is read as one', async () => {
    const input = file('merge/quoted.yaml', 'clients:\n  - name: App\n    app_type: spa\n    "<<": 1\n');
    const run = await lint([input]);
    expect(run.stderr).toBe('');
  });
});
