import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandGlob, GlobIncomplete, MAX_VISITED } from '../../src/config/globs.js';
import { HttpClient } from '../../src/live/http.js';
import { LiveReadError } from '../../src/live/read-tenant.js';
import { TokenSource } from '../../src/live/token.js';
import { FORMATS } from '../../src/report/formats.js';
import { gitRepository, pullRequestEvent, runAction, type ActionRun } from '../action/run-action.js';
import { startFakeApi, type FakeApi, type Fault, type FaultContext } from '../fake-mgmt-api/server.js';
import { makeTenant } from '../fake-mgmt-api/tenant.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { readFake } from '../live/helpers.js';
import { runBounded, stopWorkers, type BoundedRun } from './bounded-cli.js';

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

afterAll(async () => {
  await stopWorkers();
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

/** The CLI under the review's bounds, 60 s and 500 MB, in a worker thread of its own. */
async function lintBounded(args: readonly string[], env: Record<string, string> = {}): Promise<BoundedRun> {
  tried++;
  const run = await runBounded(args, { timeoutMs: 60_000, heapMb: 500 }, { cwd: dir, env });
  expect(run.timedOut).toBe(false);
  expect(run.crash, run.stderr.slice(-2000)).toBeNull();
  expect(run.stderr).not.toMatch(/\n\s+at |internal error|heap out of memory/);
  return run;
}

function firstError(run: CliRun | BoundedRun): string {
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

describe('2. mapped keyword values are never printed', () => {
  const SECRET = 'Q7mappedNameSecret';
  // A marker in a name (and in a grant's client reference) puts the mapped value into every finding about it.
  const tenant =
    'clients:\n  - name: "Shop ##SHOP_KEY##"\n    app_type: spa\n    grant_types: [implicit]\n  - name: Quoted ##QUOTED##\n    app_type: spa\n    grant_types: [password]\n';
  const mappings = { SHOP_KEY: SECRET, QUOTED: `${SECRET}"\\q`, LIST: [`${SECRET}-in-a-list`], ENV: 'eu' };

  it.each(Object.keys(FORMATS))('%s output shows the marker, never the value', async (format) => {
    const input = file('mapped/tenant.yaml', tenant);
    const map = file('mapped/mappings.json', JSON.stringify(mappings));
    const report = path.join(dir, `mapped/report.${format}`);
    const run = await lint(['--mappings', map, input, '--format', format, '--format', `${format}:${report}`]);
    expect(run.stderr).toBe('');
    for (const output of [run.stdout, run.stderr, readFileSync(report, 'utf8')]) {
      expect(output).not.toContain(SECRET);
      expect(output).not.toContain('Q7mappedName');
    }
    expect(run.stdout).toMatch(/##SHOP\\?_KEY##/);
  });

  it('an input error beside a mapped value does not quote it', async () => {
    const input = file('mapped/broken.yaml', 'clients:\n  - name: ##SHOP_KEY##\n    name: again\n');
    const map = file('mapped/mappings.json', JSON.stringify(mappings));
    const run = await lint(['--mappings', map, input, '--format', 'json']);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });

  it('the Action masks every mapped value and prints none', async () => {
    const workspace = gitRepository([
      { 'tenant.yaml': tenant, '.a0lint.yml': `mappings:\n  SHOP_KEY: ${SECRET}\n  QUOTED: ${SECRET}-quoted\n  ENV: eu\n` },
    ]).dir;
    const sarif = path.join(workspace, 'out.sarif');
    const run = await runAction({ workspace, inputs: { path: 'tenant.yaml', 'fail-on': 'none', 'sarif-file': 'out.sarif' } });
    expect(run.code, run.stderr + run.stdout.slice(-2000)).toBe(0);
    expect(run.stdout).toContain(`::add-mask::${SECRET}\n`);
    expect(run.stdout).toContain(`::add-mask::${SECRET}-quoted\n`);
    expect(run.stdout).not.toContain('::add-mask::eu\n');
    const unmasked = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    for (const output of [unmasked, run.stderr, run.summary, JSON.stringify(run.outputs), readFileSync(sarif, 'utf8')]) expect(output).not.toContain(SECRET);
  });
});

describe('4. paths in a configuration file stay inside the repository', () => {
  const rule = "rules:\n  - id: custom/outside\n    description: d\n    severity: warning\n    collection: clients\n    message: 'm'\n    assert: true\n";
  const setup = (name: string, config: string): { repo: string; outside: string } => {
    const repo = path.join(dir, `confine-${name}`, 'repo');
    const outside = path.join(dir, `confine-${name}`, 'outside');
    mkdirSync(path.join(repo, '.git'), { recursive: true });
    mkdirSync(outside, { recursive: true });
    writeFileSync(path.join(outside, 'config.json'), JSON.stringify({ AUTH0_KEYWORD_REPLACE_MAPPINGS: { KEY: 'rendered-secret-value' } }));
    writeFileSync(path.join(outside, 'rule.yml'), rule);
    writeFileSync(path.join(repo, 'tenant.yaml'), 'clients: []\n');
    mkdirSync(path.join(repo, 'sub'), { recursive: true });
    writeFileSync(path.join(repo, 'sub', '.a0lint.yml'), config.replaceAll('OUTSIDE', outside));
    return { repo, outside };
  };
  const cases: Record<string, string> = {
    'mappings naming a file above the repository': 'mappings: ../../outside/config.json\n',
    'mappings naming an absolute path': 'mappings: OUTSIDE/config.json\n',
    "an override's mappings naming an absolute path": 'overrides:\n  - files: ["**"]\n    mappings: OUTSIDE/config.json\n',
    'customRules naming a file outside': 'customRules: [OUTSIDE/rule.yml]\n',
    'customRules globbing a folder outside': 'customRules: ["../../outside/*.yml"]\n',
    'customRules globbing from the root': 'customRules: ["/**/rule.yml"]\n',
  };
  it.each(Object.entries(cases))('%s is refused at the line that names it', async (name, config) => {
    const { repo } = setup(name.replace(/\W+/g, '-'), config);
    const inRepo = await runCli(['--config', 'sub/.a0lint.yml', 'tenant.yaml'], { cwd: repo });
    tried++;
    const first = firstError(inRepo);
    expect(first).toMatch(/^sub\/\.a0lint\.yml:\d+:\d+: [^ ]+: ".*" is outside the repository \(\.\): a configuration file may only name files inside/);
  });

  it('a symbolic link inside the repository that leads outside is refused', async () => {
    const { repo, outside } = setup('symlink', 'mappings: ../linked.json\ncustomRules: [../linked-rule.yml]\n');
    symlinkSync(path.join(outside, 'config.json'), path.join(repo, 'linked.json'));
    symlinkSync(path.join(outside, 'rule.yml'), path.join(repo, 'linked-rule.yml'));
    tried++;
    expect(firstError(await runCli(['--config', 'sub/.a0lint.yml', 'tenant.yaml'], { cwd: repo }))).toMatch(
      /sub\/\.a0lint\.yml:1:11: mappings: "\.\.\/linked\.json" is outside the repository/,
    );
    writeFileSync(path.join(repo, 'sub', '.a0lint.yml'), 'customRules: [../linked-rule.yml]\n');
    tried++;
    expect(firstError(await runCli(['--config', 'sub/.a0lint.yml', 'tenant.yaml'], { cwd: repo }))).toMatch(/linked-rule\.yml" is outside the repository/);
  });

  it('files inside the repository are read, and the command line may name any file', async () => {
    const { repo, outside } = setup('inside', 'mappings: ../mappings.json\ncustomRules: ["../rules/*.yml"]\n');
    writeFileSync(path.join(repo, 'mappings.json'), JSON.stringify({ AUTH0_KEYWORD_REPLACE_MAPPINGS: { KEY: 'value' } }));
    mkdirSync(path.join(repo, 'rules'));
    writeFileSync(path.join(repo, 'rules', 'rule.yml'), rule);
    tried++;
    const inside = await runCli(['--config', 'sub/.a0lint.yml', 'tenant.yaml'], { cwd: repo });
    expect(inside.stderr).toBe('');
    tried++;
    const named = await runCli(['--no-config', '--deploy-config', path.join(outside, 'config.json'), '--rules-dir', outside, 'tenant.yaml'], { cwd: repo });
    expect(named.stderr).toBe('');
  });
});

describe('9. rule-file discovery never stops silently', () => {
  it('a folder with more entries than the walk limit is an error, not the files found before the limit', async () => {
    // The real limit is 20,000 entries; creating that many files costs seconds, so the walk runs with a lower one.
    const rules = path.join(dir, 'many-rules');
    mkdirSync(rules, { recursive: true });
    for (let i = 0; i < 60; i++) writeFileSync(path.join(rules, `a${String(i).padStart(2, '0')}.yml`), '');
    await expect(expandGlob('**/*.yml', rules, 50)).rejects.toThrow(new GlobIncomplete('walks more than 50 files and folders; name a narrower folder'));
    expect(await expandGlob('**/*.yml', rules, 60)).toHaveLength(60);
    expect(MAX_VISITED).toBe(20_000);
  });
});

describe('8. size limits apply after keyword replacement and to mapping files', () => {
  it('a 17 KB export that repeats a 1 MB mapped value is refused before it is built', async () => {
    file('grow/mappings.json', JSON.stringify({ BIG: 'x'.repeat(1_000_000) }));
    file('grow/tenant.yaml', `clients:\n${Array.from({ length: 1000 }, (_, i) => `  - name: c${i} ##BIG##\n`).join('')}`);
    const first = firstError(await lintBounded(['--mappings', 'grow/mappings.json', 'grow/tenant.yaml']));
    expect(first).toBe('grow/tenant.yaml: keyword replacement makes the text longer than the file size limit of 16777216 (raise it with --max-file-size)');
  }, 70_000);

  it('a 108 MB mappings file is refused before it is read', async () => {
    const big = file('grow/huge.json', '{"KEY": "');
    truncateSync(big, 108 * 1024 * 1024);
    file('grow/small.yaml', 'clients: []\n');
    const first = firstError(await lintBounded(['--mappings', 'grow/huge.json', 'grow/small.yaml']));
    expect(first).toBe('grow/huge.json: file is 113246208 bytes, over the limit of 1048576 for keyword mappings');
  }, 70_000);
});

describe('7. live reads are bounded: hostile servers end the run with one line', () => {
  let api: FakeApi;

  beforeAll(async () => {
    api = await startFakeApi({ tenant: (domain) => makeTenant(domain, { apis: 3, clients: 5, grants: 4 }) });
  });

  afterAll(async () => {
    await api?.close();
  });

  const items = (count: number, prefix: string, id = 'id'): Array<Record<string, string>> =>
    Array.from({ length: count }, (_, i) => ({ [id]: `${prefix}${i}` }));
  const at =
    (path: string, fault: Fault) =>
    (context: FaultContext): Fault | undefined =>
      context.path === path ? fault : undefined;

  const cases: Array<[string, (context: FaultContext) => Fault | undefined, RegExp]> = [
    ['an endless response body', at('/api/v2/clients', { endlessBody: true }), /could not read clients completely .*an answer larger than 16777216 bytes/],
    [
      'a total of a billion',
      at('/api/v2/clients', { answer: { start: 0, limit: 100, total: 1e9, clients: items(100, 'c', 'client_id') } }),
      /could not read clients completely .*a total of 1000000000 items, more than a0lint reads from one collection \(100000 items\)/,
    ],
    [
      'a 200 with the rate limit used up until far in the future',
      at('/api/v2/resource-servers', {
        answer: { start: 0, limit: 100, total: 150, resource_servers: items(100, 'rs') },
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '50', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1_000_000) },
      }),
      /could not read \w+ completely .*rate limit used up until \d+ s from now, longer than a0lint waits \(60 s\)/,
    ],
    [
      'a page of a million items when 100 were asked for',
      at('/api/v2/clients', { answer: { start: 0, limit: 100, total: 50_000, clients: Array.from({ length: 1_000_000 }, () => ({})) } }),
      /could not read clients completely .*page 0 holds 1000000 items, more than the 100 asked for/,
    ],
  ];

  it.each(cases)(
    '%s: exit 2 within 60 s and 500 MB, one line naming the collection and the bound',
    async (_name, fault, message) => {
      api.fault = fault;
      const run = await lintBounded(['--live', '--domain', api.domain, '--client-id', api.clientId, '--client-secret', api.clientSecret], {
        NODE_EXTRA_CA_CERTS: api.caFile,
      });
      api.fault = undefined;
      expect(run.code, run.stderr).toBe(2);
      const lines = run.stderr.trim().split('\n');
      expect(lines, run.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(run.stdout).not.toMatch(/No problems found/);
    },
    70_000,
  );

  // Paging without end is stopped by the item bound (100,000 items in pages of 50: 2,001 pages). Serving that many
  // answers costs seconds of CPU, so these servers meet the read with the bound lowered; the CLI cases above show
  // the real bound in their messages and how a stopped read ends the run.
  it.each<[string, (context: FaultContext) => Fault | undefined, RegExp]>([
    [
      'a checkpoint that never repeats',
      (context) =>
        context.path === '/api/v2/client-grants' ? { answer: { client_grants: items(100, `g${context.n}-`), next: `next-${context.n}` } } : undefined,
      /^could not read client_grants completely .*more than 1000 items, more than a0lint reads from one collection \(1000 items\)/,
    ],
    [
      'empty checkpoint pages without end',
      (context) => (context.path === '/api/v2/client-grants' ? { answer: { client_grants: [], next: `next-${context.n}` } } : undefined),
      /^could not read client_grants completely .*more than 21 pages, more than a0lint reads from one collection \(1000 items\)/,
    ],
  ])('%s: the read stops at the item bound (lowered to 1,000)', async (_name, fault, message) => {
    api.fault = fault;
    const read = readFake(api, { maxItems: 1000 });
    await expect(read).rejects.toBeInstanceOf(LiveReadError);
    await expect(read).rejects.toThrow(message);
    api.fault = undefined;
  });
});

describe('6. patterns, schemas and globs from files cannot take super-linear time', () => {
  const rule = (assert: string): string =>
    `rules:\n  - id: custom/bomb\n    description: d\n    severity: warning\n    collection: clients\n    message: 'm'\n    assert: ${assert}\n`;
  const longName = `${'a'.repeat(30_000)}!`;
  const tenant = `clients:\n  - name: "${longName}"\n    app_type: spa\n    grant_types: [implicit]\n    client_metadata:\n      "${longName}": x\n`;

  it.each([
    ['^(a?a)+$', { properties: { name: { pattern: '^(a?a)+$' } } }],
    ['(a+){30}', { properties: { name: { pattern: '(a+){30}$' } } }],
    ['a*a*a*…', { properties: { name: { pattern: `^${'a*'.repeat(30)}b` } } }],
    ['.*.*…b', { properties: { name: { pattern: `${'.*'.repeat(30)}b` } } }],
    ['patternProperties', { properties: { client_metadata: { patternProperties: { '^(a|aa)+$': false } } } }],
  ])(
    'the pattern %s runs in linear time on a 30,000-character name',
    async (name, assert) => {
      file('patterns/rules/bomb.yml', rule(JSON.stringify(assert)));
      file('patterns/tenant.yaml', tenant);
      const run = await lintBounded(['--no-config', '--rules-dir', 'patterns/rules', 'patterns/tenant.yaml', '--format', 'json']);
      expect(run.stderr).toBe('');
      // The name matches none of the patterns (it ends in "!"); the metadata key is simply not one patternProperties names.
      if (name !== 'patternProperties') expect(run.stdout).toContain('custom/bomb');
    },
    70_000,
  );

  it('a $ref chain that fans out inside anyOf is refused before it is compiled', async () => {
    const definitions: Record<string, unknown> = { d62: { type: 'string' } };
    for (let i = 0; i < 62; i++) definitions[`d${i}`] = { anyOf: [{ $ref: `#/definitions/d${i + 1}` }, { $ref: `#/definitions/d${i + 1}` }] };
    file('refs/rules/bomb.yml', rule(JSON.stringify({ definitions, properties: { name: { $ref: '#/definitions/d0' } } })));
    file('refs/tenant.yaml', 'clients:\n  - name: App\n');
    const first = firstError(await lintBounded(['--no-config', '--rules-dir', 'refs/rules', 'refs/tenant.yaml']));
    expect(first).toMatch(/^refs\/rules\/bomb\.yml:7:\d+: rules\[0\]\.assert.*: schema expands to more than 10000 parts through its "\$ref"s/);
  }, 70_000);

  it('a $ref that leads back to itself is refused', async () => {
    file(
      'loop/rules/loop.yml',
      rule(JSON.stringify({ definitions: { a: { not: { $ref: '#/definitions/a' } } }, properties: { name: { $ref: '#/definitions/a' } } })),
    );
    file('refs/tenant.yaml', 'clients:\n  - name: App\n');
    expect(firstError(await lint(['--no-config', '--rules-dir', 'loop/rules', 'refs/tenant.yaml']))).toMatch(/recursive predicates are not supported/);
  });

  it('a huge enum is refused before it is compiled', async () => {
    // One value over the limit (1000) is refused as a huge one is; 100,000 values only cost the YAML parser a second.
    file('enum/rules/bomb.yml', rule(JSON.stringify({ properties: { name: { enum: Array.from({ length: 1001 }, (_, i) => i) } } })));
    file('enum/tenant.yaml', 'clients:\n  - name: App\n');
    const first = firstError(await lintBounded(['--no-config', '--rules-dir', 'enum/rules', 'enum/tenant.yaml']));
    expect(first).toMatch(/^enum\/rules\/bomb\.yml:7:\d+: rules\[0\]\.assert\.properties\.name\.enum: "enum" has more than 1000 values/);
  }, 70_000);

  it('an ignore key glob full of stars matches a 30,000-character key in linear time', async () => {
    const key = `${'*a'.repeat(30)}*b`;
    file(
      'globs/.a0lint.yml',
      `ignore:\n  - rule: no-implicit-grant\n    entity: { kind: client, key: '${key}' }\n    files: ['${'*a'.repeat(20)}*b/**']\n    reason: accepted for the test\n`,
    );
    file('globs/tenant.yaml', tenant);
    const run = await lintBounded(['--config', 'globs/.a0lint.yml', 'globs/tenant.yaml', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('no-implicit-grant');
  }, 70_000);
});

describe('10. terminal escapes and invisible characters never reach a log', () => {
  const OSC8 = '\u001b]8;;https://evil.example.com\u0007link\u001b]8;;\u0007';
  const OSC52 = '\u001b]52;c;ZXZpbA==\u0007';
  // Characters that draw as nothing: a name holding them can pass for another name.
  const INVISIBLE = ['\u00ad', '\u034f', '\u115f', '\u17b4', '\u180e', '\u3164', '\ufe00', '\uffa0', '\u{e0041}', '\u{e0100}'];
  // Escapes in the pattern's source, not the characters themselves (a combining character would join its neighbour).
  const RAW = new RegExp(
    `[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u202e${INVISIBLE.map((ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`).join('')}]`,
    'u',
  );

  it.each(['github', 'stylish', 'markdown', 'junit', 'sarif'])('names with OSC 8, OSC 52 and invisible characters are escaped in %s output', async (format) => {
    const name = `Shop${OSC8}${OSC52}${INVISIBLE.join('')}`;
    file('escapes/tenant.yaml', `clients:\n  - name: ${JSON.stringify(name)}\n    app_type: spa\n    grant_types: [implicit]\n`);
    const run = await lint(['escapes/tenant.yaml', '--format', format]);
    expect(run.stdout).toContain('Shop');
    expect(run.stdout + run.stderr).not.toMatch(RAW);
  });

  it('an input error quoting rule-file text is escaped in --format github', async () => {
    file(
      'escapes/rules/bad.yml',
      `rules:\n  - id: custom/bad\n    description: d\n    severity: warning\n    collection: clients\n    message: ${JSON.stringify(`{{x${OSC52}\u3164}}`)}\n    assert: true\n`,
    );
    file('escapes/plain.yaml', 'clients: []\n');
    const run = await lint(['--no-config', '--rules-dir', 'escapes/rules', 'escapes/plain.yaml', '--format', 'github']);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toContain('unknown placeholder');
    expect(run.stdout + run.stderr).not.toMatch(RAW);
  });
});

describe('11. rule-file text reaches SARIF help only escaped', () => {
  it('HTML, links and mentions in a rule file are inert in help.markdown', async () => {
    const description = 'Evil <img src=x onerror=alert(1)> [click](https://evil.example.com) @octocat';
    file(
      'help/rules/evil.yml',
      `rules:\n  - id: custom/evil\n    description: ${JSON.stringify(description)}\n    severity: warning\n    collection: clients\n    message: 'm'\n    docs: 'https://x.example.com/"><script>alert(1)</script>'\n    assert: false\n`,
    );
    file('help/tenant.yaml', 'clients:\n  - name: App\n');
    const run = await lint(['--no-config', '--rules-dir', 'help/rules', 'help/tenant.yaml', '--format', 'sarif']);
    expect(run.stderr).toBe('');
    const rule = (
      JSON.parse(run.stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; help: { markdown: string } }> } } }> }
    ).runs[0]!.tool.driver.rules.find((entry) => entry.id === 'custom/evil')!;
    expect(rule.help.markdown).toContain('Evil');
    expect(rule.help.markdown).not.toMatch(/<img|<script|(?<!\\)\]\(https:\/\/evil|@octocat/);
  });
});

describe('12. small holes', () => {
  it('a .a0lint.yml that cannot be read (a dangling link, a folder) is an error, never skipped for the defaults', async () => {
    const repo = path.join(dir, 'unreadable-config');
    mkdirSync(repo, { recursive: true });
    writeFileSync(path.join(repo, 'tenant.yaml'), 'clients: []\n');
    symlinkSync(path.join(repo, 'nowhere.yml'), path.join(repo, '.a0lint.yml'));
    tried++;
    const dangling = await runCli(['tenant.yaml'], { cwd: repo });
    expect(firstError(dangling)).toMatch(/^\.a0lint\.yml: /);
    rmSync(path.join(repo, '.a0lint.yml'));
    mkdirSync(path.join(repo, '.a0lint.yml'));
    tried++;
    expect(firstError(await runCli(['tenant.yaml'], { cwd: repo }))).toMatch(/^\.a0lint\.yml: /);
  });

  it('a baseline that cannot be written is a located error (exit 2), not an internal error', async () => {
    file('baseline-dir/tenant.yaml', 'clients: []\n');
    mkdirSync(path.join(dir, 'baseline-dir/folder'), { recursive: true });
    const run = await lint(['baseline-dir/tenant.yaml', '--update-baseline', 'baseline-dir/folder']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^baseline-dir\/folder: cannot write the baseline: is a folder, not a file$/m);
  });

  it('a secret that an API echoes JSON-escaped (holding " or \\) is removed from messages too', async () => {
    const secret = 'se"cr\\et-Q7json';
    const http = new HttpClient();
    const tokens = new TokenSource({
      http,
      requestHost: 'x.example.com',
      canonicalHost: 'x.example.com',
      credentials: { kind: 'client-credentials', clientId: 'id', clientSecret: secret },
    });
    const echoed = JSON.stringify({ message: `bad client secret ${secret}` });
    expect(echoed).toContain('se\\"cr\\\\et-Q7json');
    expect(tokens.scrub(echoed)).not.toContain('Q7json');
    await http.close();
  });
});

describe('5. output files never follow a link or replace an input', () => {
  const tenant = 'clients:\n  - name: App\n    app_type: spa\n    grant_types: [implicit]\n';

  it('a report, and a baseline, named by a committed symbolic link replace the link, not the file it points to', async () => {
    const outside = file('outputs/outside/victim.txt', 'precious\n');
    file('outputs/repo/tenant.yaml', tenant);
    symlinkSync(outside, path.join(dir, 'outputs/repo/report.sarif'));
    symlinkSync(outside, path.join(dir, 'outputs/repo/baseline.json'));
    tried++;
    const run = await runCli(['tenant.yaml', '--format', 'sarif:report.sarif', '--update-baseline', 'baseline.json', '--fail-on', 'none'], {
      cwd: path.join(dir, 'outputs/repo'),
    });
    expect(run.stderr).not.toMatch(/cannot write/);
    expect(readFileSync(outside, 'utf8')).toBe('precious\n');
    expect(lstatSync(path.join(dir, 'outputs/repo/report.sarif')).isFile()).toBe(true);
    expect(readFileSync(path.join(dir, 'outputs/repo/report.sarif'), 'utf8')).toContain('"version": "2.1.0"');
    expect(lstatSync(path.join(dir, 'outputs/repo/baseline.json')).isFile()).toBe(true);
  });

  it('a report named by a link to a device is written to the device; the link and the device stay', async () => {
    file('outputs/device/tenant.yaml', tenant);
    const link = path.join(dir, 'outputs/device/null.json');
    symlinkSync('/dev/null', link);
    const run = await lint([path.join(dir, 'outputs/device/tenant.yaml'), '--format', `json:${link}`, '--fail-on', 'none']);
    expect(run.stderr).toBe('');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it("a report named as one of the run's inputs is refused, and the input is kept", async () => {
    const input = file('outputs/self/tenant.yaml', tenant);
    const first = firstError(await lint([input, '--format', `json:${input}`]));
    expect(first).toMatch(/cannot write the json report: .*tenant\.yaml is an input of this run/);
    expect(readFileSync(input, 'utf8')).toBe(tenant);
  });

  it('pull writes its dump for the owner only (0600), through no link', async () => {
    const api = await startFakeApi();
    try {
      const outside = file('outputs/pull/outside.json', 'keep\n');
      mkdirSync(path.join(dir, 'outputs/pull/repo'), { recursive: true });
      symlinkSync(outside, path.join(dir, 'outputs/pull/repo/dump.json'));
      tried++;
      const run = await runCli(['pull', '--live', '--out', 'dump.json'], {
        cwd: path.join(dir, 'outputs/pull/repo'),
        env: { NODE_EXTRA_CA_CERTS: api.caFile, AUTH0_DOMAIN: api.domain, AUTH0_CLIENT_ID: api.clientId, AUTH0_CLIENT_SECRET: api.clientSecret },
      });
      expect(run.code, run.stderr).toBe(0);
      expect(readFileSync(outside, 'utf8')).toBe('keep\n');
      const written = lstatSync(path.join(dir, 'outputs/pull/repo/dump.json'));
      expect(written.isFile()).toBe(true);
      expect(written.mode & 0o777).toBe(0o600);
    } finally {
      await api.close();
    }
  });
});

describe('5 and 12. the Action writes only inside the workspace, and a lost summary loses nothing else', () => {
  const tenant = { 'tenant.yaml': 'clients:\n  - name: App\n    app_type: spa\n    grant_types: [implicit]\n' };

  it('sarif-file through a committed link to a folder outside is refused; a committed link as the file is replaced, not followed', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'a0lint-outside-'));
    try {
      writeFileSync(path.join(outside, 'victim'), 'precious\n');
      const { dir: workspace } = gitRepository([tenant]);
      symlinkSync(outside, path.join(workspace, 'out'));
      symlinkSync(path.join(outside, 'victim'), path.join(workspace, 'findings.json'));
      tried++;
      const refused = await runAction({ workspace, inputs: { path: 'tenant.yaml', 'sarif-file': 'out/victim', 'fail-on': 'none' } });
      expect(refused.code).toBe(2);
      expect(refused.stdout + refused.stderr).toMatch(/"sarif-file" out\/victim is outside the workspace/);
      tried++;
      const replaced = await runAction({ workspace, inputs: { path: 'tenant.yaml', 'findings-file': 'findings.json', 'fail-on': 'none' } });
      expect(replaced.code, replaced.stdout.slice(-2000)).toBe(0);
      expect(lstatSync(path.join(workspace, 'findings.json')).isFile()).toBe(true);
      expect(readFileSync(path.join(outside, 'victim'), 'utf8')).toBe('precious\n');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it.each([
    ['working-directory', { 'working-directory': '..', path: 'tenant.yaml' }, /"working-directory" must be inside the workspace/],
    ['path', { path: '../../etc/hostname' }, /"path" must name files inside the workspace/],
  ])('a %s outside the workspace is refused', async (_name, inputs, message) => {
    const { dir: workspace } = gitRepository([tenant]);
    tried++;
    const run = await runAction({ workspace, inputs });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(message);
  });

  it('an unwritable job summary still leaves every output and the verdict', async () => {
    const { dir: workspace } = gitRepository([tenant]);
    tried++;
    const run = await runAction({
      workspace,
      inputs: { path: 'tenant.yaml', 'fail-on': 'warning' },
      env: { GITHUB_STEP_SUMMARY: path.join(workspace, 'no-such-folder', 'summary') },
    });
    expect(run.code).toBe(1);
    // In-process the summary file is appended to directly; @actions/core's own wording is the dist smoke test's.
    expect(run.stdout).toMatch(/could not write the job summary: /);
    expect(run.outputs['warning-count']).toBe('1');
    expect(run.outputs['sarif-file']).toBeTruthy();
  });
});

describe("3. a pull request is judged by its base's configuration", () => {
  const client = (name: string): string => `  - name: ${name}\n    app_type: spa\n    grant_types: [implicit]\n`;
  const BASE = { 'tenant.yaml': `clients:\n${client('Old App')}`, '.a0lint.yml': 'extends: [recommended]\n' };

  async function pullRequest(head: Record<string, string | null>, inputs: Record<string, string> = {}) {
    const { dir: workspace, commits } = gitRepository([BASE, { 'tenant.yaml': `clients:\n${client('Old App')}${client('New App')}`, ...head }]);
    tried++;
    return runAction({
      workspace,
      eventName: 'pull_request',
      event: pullRequestEvent(commits[0]!, commits[1]!),
      inputs: { path: 'tenant.yaml', 'fail-on': 'warning', ...inputs },
    });
  }
  const newFinding = (run: ActionRun): boolean =>
    run.commands.some((command) => command.command === 'warning' && command.properties.title?.includes('New App'));

  it.each([
    [
      'turns every rule off with extends: []',
      { '.a0lint.yml': 'extends: []\n' },
      /is off in the pull request's configuration, (warning|error) at the base;.* \d+ more rules are lowered/,
    ],
    ['turns the rule off', { '.a0lint.yml': 'rules:\n  no-implicit-grant: off\n' }, /rule no-implicit-grant is off in the pull request's configuration/],
    [
      'adds a broad ignore',
      { '.a0lint.yml': "ignore:\n  - rule: no-implicit-grant\n    entity: { kind: client, key: '*' }\n    reason: not a problem, trust me\n" },
      /adds or changes an ignore entry for no-implicit-grant\. It covers client "\*"/,
    ],
    ['redirects the keyword mappings', { '.a0lint.yml': 'mappings:\n  APP: Old App\n' }, /Keyword mappings changed/],
    ['deletes the configuration', { '.a0lint.yml': null }, /.^/],
  ])('a pull request that %s still gets its new finding, and the weakening is reported', async (_name, head, weakening) => {
    const run = await pullRequest(head);
    expect(newFinding(run), JSON.stringify(run.commands.filter((c) => c.command !== 'add-mask').map((c) => [c.command, c.properties.title]))).toBe(true);
    expect(run.code).not.toBe(0);
    if (weakening.source === '.^') return;
    // Each weakening is a finding of its own: annotated at the head's .a0lint.yml and counted in the summary.
    const annotations = run.commands.filter((command) => command.properties.title?.includes('weakened-configuration'));
    expect(annotations.map((command) => command.message).join('\n')).toMatch(weakening);
    expect(annotations.every((command) => command.properties.file === '.a0lint.yml')).toBe(true);
    expect(run.summary).toContain('weakened-configuration');
  });

  it("config-source: head is the explicit opt-in to the pull request's own configuration", async () => {
    const run = await pullRequest({ '.a0lint.yml': 'rules:\n  no-implicit-grant: off\n' }, { 'config-source': 'head' });
    expect(newFinding(run)).toBe(false);
    expect(run.code, run.stderr + run.stdout.slice(-2000)).toBe(0);
  });
});
