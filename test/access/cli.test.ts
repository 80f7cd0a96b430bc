import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import accessSchema from '../../schemas/a0lint-access.schema.json' with { type: 'json' };
import diffSchema from '../../schemas/a0lint-access-diff.schema.json' with { type: 'json' };
import { INPUT_FORMATS } from '../../src/loaders/load.js';
import { startFakeApi, type FakeApi } from '../fake-mgmt-api/server.js';
import { makeTenant } from '../fake-mgmt-api/tenant.js';
import { runCli } from '../helpers/run-cli.js';
import { VirtualClock } from '../helpers/virtual-clock.js';
import { liveEnv } from '../live/helpers.js';
import { fixture } from './helpers.js';

const ajv = new Ajv({ strict: true, allowUnionTypes: true });
const validMap = ajv.compile(accessSchema);
const validDiff = ajv.compile(diffSchema);

let dir: string;
let api: FakeApi;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'a0lint-access-cli-'));
  await writeFile(path.join(dir, 'tenant.yaml'), fixture('tenant.yaml'));
  api = await startFakeApi({ clock: new VirtualClock(), tenant: (domain) => makeTenant(domain, { apis: 12, clients: 40, grants: 60 }) });
});
afterAll(async () => {
  await api.close();
});

const live = () => liveEnv(api);

async function edited(name: string, from: string, to: string): Promise<string> {
  const text = fixture('tenant.yaml');
  if (!text.includes(from)) throw new Error(`fixture lacks ${from}`);
  await writeFile(path.join(dir, name), text.replace(from, to));
  return name;
}

describe('a0lint access', () => {
  it('json: valid against the shipped schema, one entry per grant plus the group entries', async () => {
    const run = await runCli(['access', 'tenant.yaml', '--format', 'json'], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const output = JSON.parse(run.stdout) as { targets: Array<{ path: string; complete: boolean; access: Array<{ client: string; group?: string }> }> };
    expect(validMap(output), JSON.stringify(validMap.errors)).toBe(true);
    expect(output.targets[0]).toMatchObject({ path: 'tenant.yaml', complete: true });
    expect(output.targets[0]!.access).toHaveLength(21);
    expect(output.targets[0]!.access.filter((entry) => entry.client === '*').map((entry) => entry.group)).toEqual([
      'first_party',
      'first_party',
      'third_party',
      'third_party',
    ]);
  });

  it('stylish and markdown list each API with its policies and entries', async () => {
    const stylish = await runCli(['access', 'tenant.yaml'], { cwd: dir });
    expect(stylish.code).toBe(0);
    expect(stylish.stdout).toContain(
      '  Orders API  https://orders.example.com\n    user access: allow_all\n      \u2713 every first-party application with a flow that signs users in (4)  all scopes\n',
    );
    expect(stylish.stdout).toContain('      \u2717 Storefront  cannot get tokens\n          "Storefront" is public (app_type spa)');
    expect(stylish.stdout).toContain('7 APIs, 21 entries, 11 allowed');
    const markdown = await runCli(['access', 'tenant.yaml', '-f', 'markdown'], { cwd: dir });
    // GitHub would turn a bare URL into a link, even in code: the scheme is broken with a zero-width space.
    expect(markdown.stdout).toContain('### Orders API <code>https:\u200b//orders.example.com</code>');
    expect(markdown.stdout).toContain('| \u274c | client | Storefront |  | &quot;Storefront&quot; is public (app\\_type spa)');
  });

  it('html: one self-contained page that loads nothing from the network', async () => {
    const run = await runCli(['access', 'tenant.yaml', '-f', 'html:out/access.html'], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stdout: '' });
    const html = await readFile(path.join(dir, 'out/access.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    // Input text cannot end the data's script element.
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  it('an input that cannot be read: exit 2, a located error, and the map says it is incomplete', async () => {
    await writeFile(path.join(dir, 'broken.yaml'), 'clients:\n  - name: [unclosed\n');
    const run = await runCli(['access', 'broken.yaml', 'tenant.yaml', '-f', 'json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^broken\.yaml:\d+:\d+: /);
    const output = JSON.parse(run.stdout) as { targets: Array<{ complete: boolean }>; errors: unknown[] };
    expect(validMap(output)).toBe(true);
    expect(output.targets.map((target) => target.complete)).toEqual([false, true]);
  });

  it('usage errors exit 2', async () => {
    expect((await runCli(['access'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['access', '--diff', 'tenant.yaml'], { cwd: dir })).stderr).toContain('access --diff needs two sources');
    expect((await runCli(['access', 'tenant.yaml', '--fail-on-widening'], { cwd: dir })).stderr).toContain('--fail-on-widening needs --diff');
    expect((await runCli(['access', 'tenant.yaml', '-f', 'sarif'], { cwd: dir })).stderr).toContain('unknown format "sarif"');
  });

  it('--help names every input format it accepts', async () => {
    const help = (await runCli(['access', '--help'])).stdout;
    for (const format of INPUT_FORMATS) expect(help).toMatch(new RegExp(`--input-format <format> .*\\b${format}\\b`));
  });
});

describe('a0lint access --diff', () => {
  it('two exports: json valid against the shipped schema; --fail-on-widening fails on a widening only', async () => {
    const head = await edited('widened.yaml', '      - stock:read\n', '      - stock:read\n      - stock:write\n');
    const run = await runCli(['access', '--diff', 'tenant.yaml', head, '-f', 'json', '--fail-on-widening'], { cwd: dir });
    expect(run.code).toBe(1);
    const output = JSON.parse(run.stdout) as { summary: object; changes: Array<{ summary: string }> };
    expect(validDiff(output), JSON.stringify(validDiff.errors)).toBe(true);
    expect(output.summary).toEqual({ added: 0, removed: 0, widened: 1, narrowed: 0 });
    const html = await runCli(['access', '--diff', 'tenant.yaml', head, '-f', 'html'], { cwd: dir });
    expect(html.stdout).toContain(
      '<tr><th scope="row"><span class="widening">widened</span></th><td>&quot;Inventory Sync&quot; gets machine-to-machine tokens for &quot;Inventory API&quot; with more scopes: stock:write.</td><td class="scopes">stock:write</td><td class="scopes"></td></tr>',
    );
    expect(html.stdout).toContain("script-src 'none'");
    const narrowing = await runCli(['access', '--diff', head, 'tenant.yaml', '--fail-on-widening'], { cwd: dir });
    expect(narrowing.code).toBe(0);
    expect(narrowing.stdout).toContain('- narrowed "Inventory Sync" keeps machine-to-machine tokens for "Inventory API" with fewer scopes: loses stock:write.');
  });

  it('html: input errors are a list, one item each, escaped', async () => {
    await writeFile(path.join(dir, 'broken-base.yaml'), 'clients:\n  - name: [unclosed <b>\n');
    await writeFile(path.join(dir, 'broken-head.yaml'), 'clients: [\n');
    const run = await runCli(['access', '--diff', 'broken-base.yaml', 'broken-head.yaml', '-f', 'html'], { cwd: dir });
    expect(run.code).toBe(2);
    const alert = /<div class="warn" role="alert"><p>2 input errors: this comparison is incomplete\.<\/p><ul>(.*?)<\/ul><\/div>/.exec(run.stdout);
    expect(alert, run.stdout).not.toBeNull();
    const items = [...alert![1]!.matchAll(/<li>(.*?)<\/li>/g)].map((match) => match[1]);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^broken-base\.yaml:\d+:\d+: /);
    expect(items[1]).toMatch(/^broken-head\.yaml:\d+:\d+: /);
    expect(run.stdout).not.toContain('<b>');
  });

  it("two commits' versions of a path (REV:path)", async () => {
    const repo = await mkdtemp(path.join(tmpdir(), 'a0lint-access-git-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: repo });
    git('init', '-q');
    await writeFile(path.join(repo, 'tenant.yaml'), fixture('tenant.yaml'));
    git('add', 'tenant.yaml');
    git('commit', '-qm', 'base');
    await writeFile(
      path.join(repo, 'tenant.yaml'),
      fixture('tenant.yaml').replace(
        '      user:\n        policy: deny_all\n      client:\n        policy: deny_all\n',
        '      client:\n        policy: require_client_grant\n',
      ),
    );
    const run = await runCli(['access', '--diff', 'HEAD:tenant.yaml', 'tenant.yaml', '-f', 'markdown'], { cwd: repo });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('from <code>HEAD:tenant.yaml</code> to <code>tenant.yaml</code>');
    expect(run.stdout).toContain('- **widened**: &quot;Inventory Sync&quot; can now get machine-to-machine tokens for &quot;Ledger API&quot;');
    expect((await runCli(['access', '--diff', 'nosuchrev:tenant.yaml', 'tenant.yaml'], { cwd: repo })).code).toBe(2);
  });

  it('--live, and drift between a pulled export and the live tenant', async () => {
    const map = await runCli(['access', '--live', '-f', 'json'], { cwd: dir, env: live(), clock: api.clock });
    expect(map.stderr).toBe('');
    expect(map.code).toBe(0);
    const output = JSON.parse(map.stdout) as { targets: Array<{ path: string; access: unknown[] }> };
    expect(validMap(output)).toBe(true);
    expect(output.targets[0]!.path).toBe(api.domain);
    expect(output.targets[0]!.access.length).toBeGreaterThan(0);

    expect((await runCli(['pull', '--live', '--out', 'pulled.json'], { cwd: dir, env: live(), clock: api.clock })).code).toBe(0);
    const same = await runCli(['access', '--diff', 'pulled.json', '--live', '-f', 'json'], { cwd: dir, env: live(), clock: api.clock });
    expect(JSON.parse(same.stdout)).toMatchObject({ summary: { added: 0, removed: 0, widened: 0, narrowed: 0 }, changes: [] });

    // The committed copy is older: the grants made since exist only in the live tenant.
    const pulled = JSON.parse(await readFile(path.join(dir, 'pulled.json'), 'utf8')) as { client_grants: unknown[] };
    pulled.client_grants = [];
    await writeFile(path.join(dir, 'committed.json'), JSON.stringify(pulled));
    const drift = await runCli(['access', '--diff', 'committed.json', '--live', '-f', 'json', '--fail-on-widening'], {
      cwd: dir,
      env: live(),
      clock: api.clock,
    });
    const changes = JSON.parse(drift.stdout) as { summary: { added: number; widened: number } };
    expect(changes.summary.added + changes.summary.widened).toBeGreaterThan(0);
    expect(drift.code).toBe(1);
  });
});

describe('a0lint access output files', () => {
  it('never writes a report over one of its inputs', async () => {
    const run = await runCli(['access', 'tenant.yaml', '-f', 'json:tenant.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(await readFile(path.join(dir, 'tenant.yaml'), 'utf8')).toBe(fixture('tenant.yaml'));
  });
});
