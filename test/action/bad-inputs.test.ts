import { describe, expect, it } from 'vitest';
import { gitRepository, runAction } from './run-action.js';

const CANARY = 'canary-Secret_9f2%c1,x:y';

describe.concurrent('the Action refuses bad inputs with a clear message (sources, in-process)', () => {
  const workspace = () => gitRepository([{ 'tenant.yaml': 'clients: []\n' }]).dir;

  it.each<[string, Record<string, string>, string]>([
    ['no path and no domain', {}, 'a0lint: no input: set "path" to a deploy-cli export'],
    ['both path and domain', { path: 'tenant.yaml', domain: 'example.eu.auth0.com', 'client-id': 'id', 'client-secret': CANARY }, 'a0lint: give either "path"'],
    ['an invalid fail-on', { path: 'tenant.yaml', 'fail-on': 'critical' }, 'a0lint: "fail-on" must be one of error, warning, note, none (got "critical")'],
    ['annotations neither true nor false', { path: 'tenant.yaml', annotations: 'sometimes' }, 'a0lint: "annotations" must be true or false (got "sometimes")'],
    ['a boolean that is a number', { path: 'tenant.yaml', summary: '1' }, 'a0lint: "summary" must be true or false (got "1")'],
    ['only-new neither true, false nor auto', { path: 'tenant.yaml', 'only-new': '1' }, 'a0lint: "only-new" must be true or false, or auto (got "1")'],
    [
      'max-warnings that is no number',
      { path: 'tenant.yaml', 'max-warnings': 'ten' },
      'a0lint: "max-warnings" must be a whole number, or -1 for no limit (got "ten")',
    ],
    [
      'a rules-dir that does not exist',
      { path: 'tenant.yaml', 'rules-dir': 'house-rules' },
      'a0lint: "rules-dir": no such folder: house-rules (relative to working-directory)',
    ],
    ['a rules-dir outside the workspace', { path: 'tenant.yaml', 'rules-dir': '../elsewhere' }, 'a0lint: "rules-dir" must name folders inside the workspace'],
    ['a baseline outside the workspace', { path: 'tenant.yaml', baseline: '../baseline.json' }, 'a0lint: "baseline" must name a file inside the workspace'],
    ['a live audit without credentials', { domain: 'example.eu.auth0.com' }, 'a0lint: a live audit needs "client-id" and "client-secret"'],
    ['a domain that is a URL with a path', { domain: 'https://example.eu.auth0.com/api/v2', 'access-token': CANARY }, 'must be a host name without a path'],
    [
      'a working-directory that is not a folder',
      { path: 'tenant.yaml', 'working-directory': 'tenant.yaml' },
      'a0lint: "working-directory" is not a directory: tenant.yaml',
    ],
    ['a missing export', { path: 'nope.yaml' }, 'a0lint: 1 input error, so the results do not cover everything: nope.yaml: no such file or folder'],
    [
      'more paths than a SARIF file may hold runs',
      { path: Array.from({ length: 21 }, (_, index) => `tenant-${index}.yaml`).join('\n') },
      'a0lint: "path": SARIF holds one run per input, and GitHub code scanning accepts at most 20 runs in one file; this run has 21 inputs',
    ],
  ])('%s', async (_name, inputs, message) => {
    const run = await runAction({ workspace: workspace(), inputs });

    expect(run.code).toBe(2);
    const errors = run.commands.filter((command) => command.command === 'error');
    expect(errors.at(-1)!.message).toContain(message);
    expect(run.stdout).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.outputs).toEqual(inputs.path === 'nope.yaml' ? expect.objectContaining({ 'error-count': '0' }) : {});
  });

  it('masks the client secret before anything else is printed, and prints it nowhere', async () => {
    const run = await runAction({
      workspace: workspace(),
      inputs: { path: 'tenant.yaml', domain: 'example.eu.auth0.com', 'client-id': 'id', 'client-secret': CANARY },
    });

    expect(run.commands[0]).toEqual({ command: 'add-mask', properties: {}, message: CANARY });
    const unmasked = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(unmasked.join('\n')).not.toContain(CANARY);
    expect(unmasked.join('\n')).not.toContain(encodeURIComponent(CANARY));
    expect(run.stderr + run.summary + JSON.stringify(run.outputs)).not.toContain(CANARY);
  });
});
