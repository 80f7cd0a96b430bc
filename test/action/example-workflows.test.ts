import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { actionlint } from '../helpers/actionlint.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run-cli.js';

const FOLDER = path.join(REPO_ROOT, 'examples/workflows');
const EXAMPLES = readdirSync(FOLDER)
  .filter((name) => name.endsWith('.yml'))
  .sort();
const read = (name: string): string => readFileSync(path.join(FOLDER, name), 'utf8');

interface Step {
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
}

const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };

describe('example workflows', () => {
  it('are the four documented ones', () => {
    expect(EXAMPLES).toEqual(['fleet-live-audit.yml', 'nightly-live-audit.yml', 'pull-request-check.yml', 'terraform-plan-check.yml']);
  });

  it.each(EXAMPLES)('%s passes actionlint', async (name) => {
    expect(await actionlint(read(name), name)).toEqual([]);
  });

  it('actionlint does find mistakes (so a clean result means something)', async () => {
    const broken = read('nightly-live-audit.yml').replace('runs-on:', 'runs_on:').replace('steps.a0lint.outputs', 'steps.a0lnit.outputs');
    const messages = (await actionlint(broken, 'broken.yml')).map((error) => error.message);
    expect(messages.some((message) => message.includes('"runs-on" section is missing'))).toBe(true);
    expect(messages.some((message) => message.includes('property "a0lnit" is not defined'))).toBe(true);
  });

  it.each(EXAMPLES)('%s uses only inputs and outputs action.yml declares, and pins every action by commit SHA', (name) => {
    const workflow = parse(read(name)) as { jobs: Record<string, { steps: Step[] }> };
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const ours = steps.filter((step) => step.uses?.startsWith('a0lint/a0lint@'));
    expect(ours).toHaveLength(1);
    for (const input of Object.keys(ours[0]!.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
    for (const [, output] of read(name).matchAll(/steps\.a0lint\.outputs\.([a-z-]+)/g)) expect(Object.keys(action.outputs)).toContain(output);
    for (const step of steps.filter((candidate) => candidate.uses && !candidate.uses.startsWith('a0lint/'))) {
      expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
    }
  });
});
