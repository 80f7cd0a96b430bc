import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { configRules } from '../../src/config/rules/index.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';

/**
 * The examples are where a new user sees what a0lint finds: every registered rule must fire on them at least once.
 * They are linted as a user would, strict (so the strict-only rules run too), with a configuration whose ignore
 * entries are one expired and one unused.
 */
const EXAMPLES = ['examples/tenant.yaml', 'examples/terraform'];

/** Rules no example can make fire, and why: each is tested where it can fire. */
const CANNOT_FIRE_ON_EXAMPLES: Readonly<Record<string, string>> = {
  'weakened-configuration': 'compares a pull request\'s configuration with its base\'s: only the Action on a pull request runs it (test/action/weakened-configuration.test.ts)',
  'audit-credentials-read-only':
    'judges the scopes of the token a live audit reads the tenant with: files carry no token, so only `a0lint --live` runs it (rules/audit-credentials-read-only/rule.test.ts, test/live/cli.test.ts)',
};

/**
 * Rules the examples do not make fire yet. This list may only shrink: the test fails when a rule in it fires (take
 * it out) and when a rule outside it does not (extend the examples). Adding a rule? Plant a realistic problem it
 * finds in examples/tenant.yaml (or examples/terraform/), with a comment saying what is wrong.
 */
const NOT_YET_COVERED: readonly string[] = [];

function strictConfig(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'a0lint-examples-'));
  const file = path.join(dir, 'strict.a0lint.yml');
  writeFileSync(
    file,
    [
      'extends: [strict]',
      'ignore:',
      '  - rule: no-localhost-urls',
      '    entity: { kind: client, key: "*" }',
      '    reason: Accepted while the local development tenant is split off (PLAT-1)',
      '    expires: 2020-01-31',
      '  - rule: no-password-grant',
      '    entity: { kind: client, key: "Retired App" }',
      '    reason: The retired app was removed from the tenant (PLAT-2)',
      '',
    ].join('\n'),
  );
  return file;
}

describe('the examples', () => {
  it('make every registered rule fire at least once', async () => {
    const run = await runCli([...EXAMPLES, '--config', strictConfig(), '--format', 'json', '--fail-on', 'none'], { cwd: REPO_ROOT });
    expect(run.stderr).toBe('');
    const fired = new Set((JSON.parse(run.stdout) as { findings: Array<{ ruleId: string }> }).findings.map((finding) => finding.ruleId));
    const registered = [...builtinRules, ...configRules].map((rule) => rule.meta.id);
    const missing = registered.filter((id) => !fired.has(id) && !(id in CANNOT_FIRE_ON_EXAMPLES) && !NOT_YET_COVERED.includes(id));
    expect(
      missing,
      `These rules find nothing in ${EXAMPLES.join(' or ')}: plant a realistic problem each one finds in examples/tenant.yaml ` +
        `(or examples/terraform/ for Terraform-only rules), with a comment saying what is wrong: ${missing.join(', ')}`,
    ).toEqual([]);
    const nowCovered = NOT_YET_COVERED.filter((id) => fired.has(id));
    expect(nowCovered, `These rules fire on the examples now: take them out of NOT_YET_COVERED in ${path.relative(REPO_ROOT, import.meta.filename ?? __filename)}`).toEqual([]);
    for (const id of [...Object.keys(CANNOT_FIRE_ON_EXAMPLES), ...NOT_YET_COVERED]) expect(registered, `${id} is not a registered rule`).toContain(id);
  });
});
