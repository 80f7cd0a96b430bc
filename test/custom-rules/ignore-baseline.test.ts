import { afterEach, describe, expect, it } from 'vitest';
import { a0lint, findingsOf, scratchRepo, summary } from '../config/cli-run.js';

// Custom findings go through ignore entries and the baseline exactly like built-in ones.
const RULE = `rules:
  - id: custom/spa-rotating-refresh-tokens
    description: Use rotating refresh tokens in single-page applications
    severity: warning
    collection: clients
    message: 'SPA "{{name}}" must set refresh_token.rotation_type to rotating.'
    where:
      required: [app_type]
      properties:
        app_type: { const: spa }
    assert:
      required: [refresh_token]
      properties:
        refresh_token:
          required: [rotation_type]
          properties:
            rotation_type: { const: rotating }
`;

const spa = (name: string): string => `  - name: ${name}
    app_type: spa
    refresh_token:
      rotation_type: non-rotating
`;

const ID = 'custom/spa-rotating-refresh-tokens';
let remove: (() => Promise<void>) | undefined;
afterEach(() => remove?.());

async function repoWith(files: Record<string, string>): Promise<Awaited<ReturnType<typeof scratchRepo>>> {
  const repo = await scratchRepo({ 'house/spa.yml': RULE, ...files });
  remove = repo.remove;
  return repo;
}

describe('custom rule findings', () => {
  it('are suppressed by a matching ignore entry, which is then not unused', async () => {
    const config = `customRules: ['house/*.yml']
ignore:
  - rule: ${ID}
    entity: { kind: client, key: 'Legacy *' }
    reason: Legacy SPA is switched off with the Q3 migration (SEC-77)
`;
    const repo = await repoWith({ '.a0lint.yml': config, 'tenant.yaml': `clients:\n${spa('Legacy Shop')}${spa('New Shop')}` });
    const run = await a0lint(repo.dir, ['tenant.yaml', '--format', 'json']);
    expect(summary(run, [ID, 'unused-ignore'])).toEqual([`${ID} warning New Shop tenant.yaml`]);
    expect(run.stderr).toContain('1 finding suppressed by ignore entries in .a0lint.yml');
  });

  it('are recorded in the baseline and only a new entity breaking the rule is reported', async () => {
    const repo = await repoWith({ 'tenant.yaml': `clients:\n${spa('Legacy Shop')}` });
    const update = await a0lint(repo.dir, ['tenant.yaml', '--rules-dir', 'house', '--update-baseline', 'baseline.json', '--format', 'json']);
    expect(findingsOf(update)).toEqual([]);
    const before = await a0lint(repo.dir, ['tenant.yaml', '--rules-dir', 'house', '--format', 'json']);
    expect(summary(before, [ID])).toEqual([`${ID} warning Legacy Shop tenant.yaml`]);

    await repo.write('tenant.yaml', `clients:\n${spa('New Shop')}${spa('Legacy Shop')}`);
    const run = await a0lint(repo.dir, ['tenant.yaml', '--rules-dir', 'house', '--baseline', 'baseline.json', '--format', 'json']);
    expect(summary(run, [ID])).toEqual([`${ID} warning New Shop tenant.yaml`]);
  });
});
