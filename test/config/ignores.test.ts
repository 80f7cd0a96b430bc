import { afterEach, describe, expect, it } from 'vitest';
import { splitMessage } from '../../src/shared/message-parts.js';
import { HEADLINE_LIMIT } from '../helpers/rule-kit.js';
import { a0lint, findingsOf, scratchRepo, summary } from './cli-run.js';

const TENANT = `resourceServers:
  - name: Orders API
    identifier: https://orders.example.com
    subject_type_authorization:
      user:
        policy: allow_all
`;
const RULES = ['prefer-require-client-grant', 'expired-ignore', 'unused-ignore'];
const entry = (key: string, extra = ''): string =>
  `  - rule: prefer-require-client-grant\n    entity: { kind: resourceServer, key: '${key}' }\n    reason: Accepted while the API is migrated (SEC-42)\n${extra}`;

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((remove) => remove()));
});

async function repoWith(config: string, files: Record<string, string> = { 'tenant.yaml': TENANT }): Promise<string> {
  const repo = await scratchRepo({ '.a0lint.yml': config, ...files });
  cleanups.push(repo.remove);
  return repo.dir;
}

describe('ignore entries', () => {
  it('an entry that matches nothing is reported where it is written; one that matches is not', async () => {
    const dir = await repoWith(`ignore:\n${entry('https://orders.example.com')}${entry('https://gone.example.com')}`);
    const run = await a0lint(dir, ['tenant.yaml', '--format', 'json']);
    expect(summary(run, RULES)).toEqual(['unused-ignore warning - .a0lint.yml']);
    const unused = findingsOf(run).find((finding) => finding.ruleId === 'unused-ignore')!;
    expect(unused.location).toMatchObject({ startLine: 5, startColumn: 5 });
    expect(unused.message).toMatch(
      /^An ignore entry for prefer-require-client-grant suppressed no finding\. It names resourceServer "https:\/\/gone\.example\.com"\./,
    );
    expect(run.code).toBe(0);
  });

  it('a long entity key stays out of the headline: the first sentence is short, the key is in the details', async () => {
    const key = `https://${'orders-and-fulfilment-'.repeat(6)}api.example.com/v2`;
    const dir = await repoWith(`ignore:\n${entry(key)}${entry(`${key}/old`, '    expires: 2026-01-31\n')}`);
    const run = await a0lint(dir, ['tenant.yaml', '--format', 'json'], new Date('2026-03-01T00:00:00Z'));
    const config = findingsOf(run).filter((finding) => finding.ruleId === 'unused-ignore' || finding.ruleId === 'expired-ignore');
    expect(config.map((finding) => finding.ruleId).sort()).toEqual(['expired-ignore', 'unused-ignore']);
    for (const finding of config) {
      const { headline, details } = splitMessage(finding.message);
      expect(headline.length, headline).toBeLessThanOrEqual(HEADLINE_LIMIT);
      expect(headline).toContain('prefer-require-client-grant');
      expect(details).toContain(`resourceServer "${key}`);
    }
  });

  it('posture findings are suppressed by their own kinds of entity (here attackProtection)', async () => {
    const posture = 'attackProtection:\n  bruteForceProtection:\n    enabled: false\n    shields: []\n';
    const without = await a0lint(await repoWith('extends: [recommended]\n', { 'tenant.yaml': posture }), ['tenant.yaml', '--format', 'json']);
    expect(summary(without, ['require-brute-force-protection'])).toEqual(['require-brute-force-protection error bruteForceProtection tenant.yaml']);
    const config =
      'ignore:\n  - rule: require-brute-force-protection\n    entity: { kind: attackProtection, key: bruteForceProtection }\n    reason: Enforced by the upstream WAF (SEC-42)\n';
    const run = await a0lint(await repoWith(config, { 'tenant.yaml': posture }), ['tenant.yaml', '--format', 'json']);
    expect(run.stderr).toBe('1 finding suppressed by ignore entries in .a0lint.yml.\n');
    expect(summary(run, ['require-brute-force-protection', 'unused-ignore'])).toEqual([]);
  });

  it('an entry limited to other files is not unused in a run that does not lint them', async () => {
    const dir = await repoWith(`ignore:\n${entry('https://gone.example.com', "    files: ['tenants/dev/**']\n")}`);
    expect(summary(await a0lint(dir, ['tenant.yaml', '--format', 'json']), ['unused-ignore'])).toEqual([]);
  });

  it('an entry is not called unused when its input could not be read completely', async () => {
    const dir = await repoWith(`ignore:\n${entry('https://gone.example.com')}`, { 'tenant.yaml': 'resourceServers: [\n' });
    const run = await a0lint(dir, ['tenant.yaml', '--format', 'json']);
    expect(summary(run, ['unused-ignore'])).toEqual([]);
    expect(run.code).toBe(2);
  });

  it('the day before the expiry date the entry still suppresses', async () => {
    const dir = await repoWith(`ignore:\n${entry('https://orders.*', '    expires: 2026-09-30\n')}`);
    const run = await a0lint(dir, ['tenant.yaml', '--format', 'json'], new Date('2026-09-29T23:59:59Z'));
    expect(summary(run, RULES)).toEqual([]);
  });

  it('configuration findings take their severity from the configuration', async () => {
    const dir = await repoWith(`rules:\n  unused-ignore: error\nignore:\n${entry('https://gone.example.com')}`);
    const run = await a0lint(dir, ['tenant.yaml', '--format', 'json']);
    expect(summary(run, ['unused-ignore'])).toEqual(['unused-ignore error - .a0lint.yml']);
    expect(run.code).toBe(1);
    const off = await repoWith(`rules:\n  unused-ignore: off\nignore:\n${entry('https://gone.example.com')}`);
    expect(summary(await a0lint(off, ['tenant.yaml', '--format', 'json']), ['unused-ignore'])).toEqual([]);
  });

  it('reordering the ignore list keeps the fingerprints of configuration findings', async () => {
    const first = await repoWith(`ignore:\n${entry('https://a.example.com')}${entry('https://b.example.com')}`);
    const before = findingsOf(await a0lint(first, ['tenant.yaml', '--format', 'json'])).filter((finding) => finding.ruleId === 'unused-ignore');
    const second = await repoWith(`ignore:\n${entry('https://b.example.com')}${entry('https://a.example.com')}`);
    const after = findingsOf(await a0lint(second, ['tenant.yaml', '--format', 'json'])).filter((finding) => finding.ruleId === 'unused-ignore');
    expect(after.map((finding) => finding.fingerprint).sort()).toEqual(before.map((finding) => finding.fingerprint).sort());
    expect(new Set(before.map((finding) => finding.fingerprint)).size).toBe(2);
  });

  it('suppressed findings are left out of every format, SARIF included', async () => {
    const dir = await repoWith(`ignore:\n${entry('https://orders.example.com')}`);
    const sarif = JSON.parse((await a0lint(dir, ['tenant.yaml', '--format', 'sarif'])).stdout) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(sarif.runs.flatMap((run) => run.results).filter((result) => result.ruleId === 'prefer-require-client-grant')).toEqual([]);
    const stylish = await a0lint(dir, ['tenant.yaml']);
    expect(stylish.stdout).not.toContain('prefer-require-client-grant');
  });
});

describe('presets', () => {
  it('strict raises notes to warnings; an explicit setting still wins', async () => {
    const dir = await repoWith('extends: [strict]\nrules:\n  prefer-require-client-grant: note\n', { 'tenant.yaml': TENANT });
    const printed = JSON.parse((await a0lint(dir, ['--print-config', 'tenant.yaml'])).stdout) as { rules: Record<string, unknown> };
    const others = (rules: Record<string, unknown>): unknown[] =>
      Object.entries(rules)
        .filter(([id]) => id !== 'prefer-require-client-grant')
        .map(([, severity]) => severity);
    expect(others(printed.rules)).not.toContain('note');
    expect(printed.rules['prefer-require-client-grant']).toBe('note');
    const recommended = await repoWith('extends: [recommended]\n');
    const defaults = JSON.parse((await a0lint(recommended, ['--print-config', 'tenant.yaml'])).stdout) as { rules: Record<string, unknown> };
    expect(others(defaults.rules)).toContain('note');
  });

  it('extends: [] starts with every rule off', async () => {
    const dir = await repoWith('extends: []\nrules:\n  prefer-require-client-grant: error\n');
    const run = await a0lint(dir, ['tenant.yaml', '--format', 'json']);
    expect(findingsOf(run).map((finding) => finding.ruleId)).toEqual(['prefer-require-client-grant']);
  });
});
