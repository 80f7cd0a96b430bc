import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sizedFile } from '../helpers/sized-file.js';
import { runBounded, stopWorkers, type Bounds, type BoundedRun } from './bounded-cli.js';

/**
 * Hostile inputs, each run by the CLI bundled from the sources, in a worker thread under a time, heap and stack bound. Every one must end with a clear
 * message (file, and line:col where the problem has a place) or a normal result: never a hang, a crash, a stack
 * trace, or "clean" on data that was not fully read.
 */

const QUICK: Bounds = { timeoutMs: 20_000, heapMb: 256 };
const BIG: Bounds = { timeoutMs: 90_000, heapMb: 1536 };
/** Tests with BIG runs wait for their own bound, not for vitest's default 30 s (a loaded machine took longer). */
const BIG_TEST_TIMEOUT = 2 * BIG.timeoutMs + 30_000;

let dir: string;
let tried = 0;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'a0lint-hostile-'));
});

afterAll(async () => {
  await stopWorkers();
  if (dir) rmSync(dir, { recursive: true, force: true });
  console.log(`hardening/hostile: ${tried} hostile inputs tried, each ended within its time and memory bound`);
});

function file(name: string, content: string | Buffer): string {
  const full = path.join(dir, name);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, content);
  return full;
}

async function lint(args: readonly string[], bounds: Bounds = QUICK): Promise<BoundedRun> {
  tried++;
  const run = await runBounded(args, bounds, { cwd: dir });
  expect(run.timedOut, `timed out after ${bounds.timeoutMs} ms`).toBe(false);
  expect(run.crash, run.stderr.slice(-2000)).toBeNull();
  expect([0, 1, 2], run.stderr.slice(-2000)).toContain(run.code);
  expect(run.stderr).not.toMatch(/\n\s+at |internal error|heap out of memory|Maximum call stack/);
  return run;
}

/** Exit 2 with a first stderr line `file[:line:col]: message` matching `message`. */
async function expectInputError(args: readonly string[], where: RegExp, message: RegExp, bounds: Bounds = QUICK): Promise<BoundedRun> {
  const run = await lint(args, bounds);
  expect(run.code, run.stdout + run.stderr).toBe(2);
  const first = run.stderr.split('\n')[0]!;
  expect(first).toMatch(where);
  expect(first).toMatch(message);
  expect(run.stdout).not.toMatch(/No problems found/);
  return run;
}

describe('YAML alias bombs', () => {
  const laughs = (levels: number): string => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    lines.push(`clients: *a${levels - 1}`);
    return `${lines.join('\n')}\n`;
  };

  it('billion laughs is refused quickly, naming --max-aliases', async () => {
    file('laughs.yaml', laughs(10));
    await expectInputError(['laughs.yaml'], /^laughs\.yaml:1:1: /, /too many YAML alias expansions \(limit 1000, raise it with --max-aliases\)/);
  });

  it('a wide alias fan-out under the alias count is stopped by the value budget', async () => {
    // 900 aliases of one list of 10,000 entries: under the alias limit, but 9 million values once expanded.
    const big = Array.from({ length: 10_000 }, (_, i) => `x${i}`).join(', ');
    const uses = Array.from({ length: 900 }, () => '*big').join(', ');
    file('fanout.yaml', `big: &big [${big}]\nmore: [${uses}]\nclients: []\n`);
    await expectInputError(['fanout.yaml'], /^fanout\.yaml:\d+:\d+: /, /more than \d+ values|too many YAML alias expansions/);
  });

  it('a legitimate number of aliases is read, and the limit can be raised', async () => {
    const apis = Array.from({ length: 40 }, (_, i) => `  - name: API ${i}\n    identifier: https://api${i}.example.com\n    scopes: *scopes`).join('\n');
    file('aliases.yaml', `x-scopes: &scopes\n  - value: read:things\nresourceServers:\n${apis}\n`);
    const strict = await expectInputError(['aliases.yaml', '--max-aliases', '10'], /^aliases\.yaml:/, /raise it with --max-aliases/);
    expect(strict.code).toBe(2);
    const raised = await lint(['aliases.yaml', '--max-aliases', '100', '--format', 'json']);
    expect(raised.code).not.toBe(2);
    expect((JSON.parse(raised.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
  });
});

/**
 * The YAML parser runs out of a process's stack some 800 levels deep (the message then says "nested too deeply for
 * the YAML parser"); ten times more is past it by far, and each level more only costs the parser time before the
 * same error.
 */
const YAML_DEEP = 10_000;

describe('deeply nested documents', () => {
  it('YAML flow collections nested 10,000 deep', async () => {
    file('deep-flow.yaml', `clients: ${'['.repeat(YAML_DEEP)}${']'.repeat(YAML_DEEP)}\n`);
    await expectInputError(['deep-flow.yaml'], /^deep-flow\.yaml:1:\d+: /, /nested too deeply|nested more than \d+ levels/);
  });

  it('YAML block mappings nested 1,500 deep', async () => {
    file('deep-block.yaml', `clients:\n${Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i + 1)}a:`).join('\n')}\n`);
    await expectInputError(['deep-block.yaml'], /^deep-block\.yaml:\d+:\d+: /, /nested too deeply|nested more than \d+ levels/);
  });

  it('JSON nested 100,000 deep is refused at the place the limit is crossed', async () => {
    file('deep.json', `{"clients": [{"name": "ok", "x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}]}`);
    // Root object, clients array and client object, then brackets from column 34: the one 500 levels deep is at 531.
    await expectInputError(['deep.json'], /^deep\.json:1:531: /, /nested more than 500 levels deep/);
  });

  it('JSON nested 300 deep is an ordinary document', async () => {
    file('nested-ok.json', `{"clients": [{"name": "ok", "x": ${'['.repeat(300)}${']'.repeat(300)}}]}`);
    const run = await lint(['nested-ok.json']);
    expect(run.code).toBe(0);
  });
});

describe('size', { timeout: BIG_TEST_TIMEOUT }, () => {
  const clientJson = (i: number): string =>
    JSON.stringify({
      name: `Client ${i}`,
      client_id: `id${String(i).padStart(8, '0')}`,
      app_type: 'non_interactive',
      grant_types: ['client_credentials'],
      description: 'x'.repeat(200),
    });

  it('a 100 MB YAML export is refused under the default limit, naming --max-file-size', async () => {
    // A sparse file: its size is what is refused, before a byte is read (were it read, the NUL bytes would end in
    // another error than the one expected here).
    sizedFile(dir, 'huge.yaml', 100 * 1024 * 1024);
    await expectInputError(['huge.yaml'], /^huge\.yaml: /, /file is \d+ bytes, over the limit of 16777216 \(raise it with --max-file-size\)/);
  });

  // An API dump may be larger than the YAML limit (16 MiB): one just above it is read under the default limit.
  // Whether a dump near the JSON limit (256 MiB) fits in memory is a capacity question: the bench reads a 200 MB
  // dump (XL) and judges its peak memory.
  it('an API dump above the YAML limit is read to a normal result, and refused under a lower --max-file-size', async () => {
    const fd = openSync(path.join(dir, 'huge.json'), 'w');
    writeSync(fd, '{"resource_servers": [{"name": "Wide Open", "identifier": "https://wide.example.com"}], "clients": [\n');
    const perChunk = 1000;
    const chunk = Buffer.from(Array.from({ length: perChunk }, (_, i) => clientJson(i)).join(',\n'));
    let written = 0;
    for (; written <= 16 * 1024 * 1024; written += chunk.length + 2) writeSync(fd, written === 0 ? chunk : Buffer.concat([Buffer.from(',\n'), chunk]));
    writeSync(fd, '\n]}\n');
    closeSync(fd);
    expect(written).toBeGreaterThan(16 * 1024 * 1024);
    const run = await lint(['huge.json', '--format', 'json'], BIG);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { findings: Array<{ ruleId: string; location: { file: string; startLine: number } }> };
    expect(report.findings.some((finding) => finding.location.file === 'huge.json' && finding.location.startLine === 1)).toBe(true);
    await expectInputError(['huge.json', '--max-file-size', '1048576'], /^huge\.json: /, /over the limit of 1048576/);
  });

  it('a 10 MB string on one line and a 5 MB line of entities keep exact columns', async () => {
    file('long-string.yaml', `clients:\n  - name: "${'a'.repeat(10 * 1024 * 1024)}"\n    app_type: spa\n`);
    expect((await lint(['long-string.yaml'], BIG)).code).toBe(0);
    const padding = Array.from({ length: 20_000 }, (_, i) => clientJson(i)).join(',');
    file('long-line.json', `{"clients": [${padding}], "resource_servers": [{"name": "Far", "identifier": "https://far.example.com"}]}`);
    const run = await lint(['long-line.json', '--format', 'json']);
    const report = JSON.parse(run.stdout) as { findings: Array<{ entity?: { key: string }; location: { startLine: number; startColumn: number } }> };
    const far = report.findings.find((finding) => finding.entity?.key === 'https://far.example.com');
    expect(far?.location.startLine).toBe(1);
    expect(far?.location.startColumn).toBe(`{"clients": [${padding}], "resource_servers": [`.length + 1);
  });
});

describe('text encodings and line endings', () => {
  it('non-UTF-8 bytes are located to the byte', async () => {
    file('latin1.yaml', Buffer.concat([Buffer.from('clients:\n  - name: caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    await expectInputError(['latin1.yaml'], /^latin1\.yaml:2:14: /, /not valid UTF-8/);
    file('latin1.json', Buffer.concat([Buffer.from('{\n  "clients": [{"name": "'), Buffer.from([0xff, 0xfe]), Buffer.from('"}]\n}')]));
    await expectInputError(['latin1.json'], /^latin1\.json:2:25: /, /not valid UTF-8/);
  });

  it('NUL bytes are read as data in YAML (the parser accepts them) and refused in JSON strings', async () => {
    file('nul.yaml', 'resourceServers:\n  - name: a\u0000b\n    identifier: https://nul.example.com\n');
    const run = await lint(['nul.yaml']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('a\\u0000b');
    expect(run.stdout).not.toContain('\u0000');
    file('nul.json', '{"clients": [{"name": "a\u0000b"}]}');
    await expectInputError(['nul.json'], /^nul\.json:1:25: /, /control character inside a string/);
  });

  const tenant = [
    'resourceServers:',
    '  - name: Open',
    '    identifier: https://open.example.com',
    '    subject_type_authorization:',
    '      user:',
    '        policy: allow_all',
    '',
  ].join('\n');

  const locations = async (name: string, content: string | Buffer): Promise<unknown[]> => {
    file(name, content);
    const run = await lint([name, '--format', 'json']);
    expect(run.stderr).toBe('');
    return (JSON.parse(run.stdout) as { findings: Array<{ location: Record<string, unknown>; fingerprint: string }> }).findings.map(
      ({ location, fingerprint }) => ({ ...location, file: undefined, fingerprint }),
    );
  };

  it('a byte-order mark and CRLF line endings give the same findings at the same places', async () => {
    const plain = await locations('plain.yaml', tenant);
    expect(plain.length).toBeGreaterThan(0);
    expect(await locations('bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(tenant)]))).toEqual(plain);
    expect(await locations('crlf.yaml', tenant.replace(/\n/g, '\r\n'))).toEqual(plain);
    const json = JSON.stringify(
      { resource_servers: [{ name: 'Open', identifier: 'https://open.example.com', subject_type_authorization: { user: { policy: 'allow_all' } } }] },
      null,
      2,
    );
    const plainJson = await locations('plain.json', json);
    expect(await locations('bom.json', `\ufeff${json}`)).toEqual(plainJson);
    expect(await locations('crlf.json', json.replace(/\n/g, '\r\n'))).toEqual(plainJson);
  });
});

describe('hostile configuration, keyword mappings and rule files', () => {
  const bomb = (): string => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    return `${lines.join('\n')}\n`;
  };
  const deep = `rules: ${'['.repeat(YAML_DEEP)}${']'.repeat(YAML_DEEP)}\n`;

  it('alias bombs and deep nesting in .a0lint.yml, --mappings and --rules-dir end in located errors', async () => {
    file('cfg/tenant.yaml', 'clients: []\n');
    file('cfg/bomb.yml', `${bomb()}rules: {}\n`);
    file('cfg/deep.yml', deep);
    file('cfg/mappings-bomb.yaml', `${bomb()}KEY: value\n`);
    file('cfg/mappings-deep.json', `{"KEY": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`);
    file('cfg/rules-bomb/house.yml', `${bomb()}rules: []\n`);
    file('cfg/rules-deep/house.yml', deep);
    await expectInputError(['cfg/tenant.yaml', '--config', 'cfg/bomb.yml'], /^cfg\/bomb\.yml:/, /alias/);
    await expectInputError(['cfg/tenant.yaml', '--config', 'cfg/deep.yml'], /^cfg\/deep\.yml:\d+:\d+: /, /nested too deeply|nested more than/);
    await expectInputError(['cfg/tenant.yaml', '--mappings', 'cfg/mappings-bomb.yaml'], /^cfg\/mappings-bomb\.yaml/, /alias/);
    await expectInputError(['cfg/tenant.yaml', '--mappings', 'cfg/mappings-deep.json'], /^cfg\/mappings-deep\.json/, /./);
    await expectInputError(['cfg/tenant.yaml', '--rules-dir', 'cfg/rules-bomb'], /^cfg\/rules-bomb\/house\.yml:/, /alias/);
    await expectInputError(
      ['cfg/tenant.yaml', '--rules-dir', 'cfg/rules-deep'],
      /^cfg\/rules-deep\/house\.yml:\d+:\d+: /,
      /nested too deeply|nested more than/,
    );
  });

  it('__proto__ keys in configuration are refused or kept as plain data', async () => {
    file('cfg/proto.yml', '__proto__: {polluted: 1}\nrules:\n  constructor: warning\n');
    await expectInputError(['cfg/tenant.yaml', '--config', 'cfg/proto.yml'], /^cfg\/proto\.yml:1:\d+: /, /__proto__/);
    file('cfg/mappings-proto.json', '{"__proto__": {"polluted": 1}, "constructor": "x", "KEY": "value"}');
    const run = await lint(['cfg/tenant.yaml', '--mappings', 'cfg/mappings-proto.json']);
    expect(run.code).toBe(0);
  });
});

describe('keys that name JavaScript internals', () => {
  it('__proto__, constructor and prototype are plain data in YAML and JSON', async () => {
    const yaml = [
      '__proto__: {polluted: yes}',
      'constructor: {prototype: {polluted: yes}}',
      'resourceServers:',
      '  - name: __proto__',
      '    identifier: constructor',
      '    __proto__: {subject_type_authorization: {user: {policy: require_client_grant}}}',
      'clients:',
      '  - name: prototype',
      '    client_id: __proto__',
      'clientGrants:',
      '  - client_id: __proto__',
      '    audience: constructor',
      '    scope: []',
      '',
    ].join('\n');
    file('proto.yaml', yaml);
    const run = await lint(['proto.yaml', '--format', 'json']);
    const findings = (JSON.parse(run.stdout) as { findings: Array<{ ruleId: string; entity?: { key: string } }> }).findings;
    // The API really has no user policy (the __proto__ key is data, not an inherited policy), so the default applies.
    /* eslint-disable @typescript-eslint/no-unsafe-assignment -- vitest types asymmetric matchers as any, by design */
    expect(findings).toContainEqual(
      expect.objectContaining({ ruleId: 'prefer-require-client-grant', entity: expect.objectContaining({ key: 'constructor' }) }),
    );
    /* eslint-enable @typescript-eslint/no-unsafe-assignment */
    file(
      'proto.json',
      JSON.stringify(
        JSON.parse(
          `{"__proto__": {"polluted": 1}, "resource_servers": [{"name": "x", "identifier": "constructor", "__proto__": {"subject_type_authorization": {"user": {"policy": "require_client_grant"}}}}]}`,
        ),
      ),
    );
    const jsonRun = await lint(['proto.json', '--format', 'json']);
    expect((JSON.parse(jsonRun.stdout) as { findings: Array<{ ruleId: string }> }).findings.map((finding) => finding.ruleId)).toContain(
      'prefer-require-client-grant',
    );
  });
});

describe('duplicate keys', () => {
  it('are reported at the second key in YAML and JSON, never merged', async () => {
    file('dup.yaml', 'resourceServers:\n  - name: A\n    identifier: https://a.example.com\n    name: B\n');
    await expectInputError(['dup.yaml'], /^dup\.yaml:4:5: /, /duplicate key/);
    file('dup.json', '{"clients": [{"name": "a",\n "name": "b"}]}');
    await expectInputError(['dup.json'], /^dup\.json:2:2: /, /duplicate key: "name" appears twice/);
    file('dup-top.yaml', 'clients: []\nclients:\n  - name: hidden\n');
    await expectInputError(['dup-top.yaml'], /^dup-top\.yaml:2:1: /, /duplicate key/);
  });
});

describe('paths that are not plain files', () => {
  it('a FIFO with no writer, /dev/zero and /dev/null end at once with a clear error', async () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    await expectInputError(['pipe.yaml'], /^pipe\.yaml: /, /not a regular file/);
    await expectInputError(['--input-format', 'yaml', '/dev/zero'], /dev\/zero: /, /not a regular file/);
    await expectInputError(['--input-format', 'api-dump', '/dev/null'], /dev\/null: /, /not a regular file/);
  });

  it('a directory export with link loops, dangling links, devices and folders named *.json reports each and reads the rest', async () => {
    file('export/clients/good.json', JSON.stringify({ name: 'Good', app_type: 'spa' }));
    file('export/resource-servers/open.json', JSON.stringify({ name: 'Open', identifier: 'https://open.example.com' }));
    const clients = path.join(dir, 'export/clients');
    symlinkSync('loop-b.json', path.join(clients, 'loop-a.json'));
    symlinkSync('loop-a.json', path.join(clients, 'loop-b.json'));
    symlinkSync('missing.json', path.join(clients, 'dangling.json'));
    symlinkSync('/dev/zero', path.join(clients, 'zero.json'));
    mkdirSync(path.join(clients, 'folder.json'));
    execFileSync('mkfifo', [path.join(clients, 'fifo.json')]);
    symlinkSync('.', path.join(dir, 'export/grants'));
    const run = await lint(['export', '--format', 'json']);
    expect(run.code).toBe(2);
    const errors = run.stderr
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('export/'));
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^export\/clients\/dangling\.json: no such file or folder/),
        expect.stringMatching(/^export\/clients\/fifo\.json: not a regular file/),
        expect.stringMatching(/^export\/clients\/folder\.json: is a directory|^export\/clients\/folder\.json: not a regular file/),
        expect.stringMatching(/^export\/clients\/loop-a\.json: cannot read: too many symbolic links/),
        expect.stringMatching(/^export\/clients\/loop-b\.json: cannot read: too many symbolic links/),
        expect.stringMatching(/^export\/clients\/zero\.json: not a regular file/),
      ]),
    );
    const report = JSON.parse(run.stdout) as { findings: Array<{ entity?: { key: string } }> };
    expect(report.findings.some((finding) => finding.entity?.key === 'https://open.example.com')).toBe(true);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file in a directory export is reported (skipped as root, who can read anything)', async () => {
    const locked = file('locked/clients/locked.json', '{}');
    execFileSync('chmod', ['000', locked]);
    const run = await lint(['locked']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^locked\/clients\/locked\.json: cannot read: permission denied/m);
  });
});

describe('names that try to rewrite the terminal or the CI log', () => {
  it.each(['stylish', 'github', 'markdown', 'junit'])('control characters, line breaks and bidi overrides in names are inert in %s output', async (format) => {
    file(
      'escapes.yaml',
      'resourceServers:\n  - name: "Evil\\e[2J\\n::error file=x.yaml,line=1::forged\\r\\u202egnp.exe"\n    identifier: https://evil.example.com\n',
    );
    const run = await lint(['escapes.yaml', '--format', format]);
    expect(run.stdout).toContain('Evil');
    // eslint-disable-next-line no-control-regex
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(run.stdout).not.toMatch(/^::error file=x\.yaml/m);
  });

  it.each(['stylish', 'github', 'markdown', 'junit'])('a file name with an ESC sequence and a line break is inert in %s output and errors', async (format) => {
    const evil = 'evil\u001b[2J\n::error file=x.yaml,line=1::forged\u202e';
    file(`evil-names/resource-servers/${evil}.json`, JSON.stringify({ name: 'Evil', identifier: 'https://evil.example.com' }));
    file(`evil-names/clients/${evil}.json`, '{"name": ');
    const run = await lint(['evil-names', '--format', format]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('evil');
    for (const output of [run.stdout, run.stderr]) {
      // eslint-disable-next-line no-control-regex
      expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
      expect(output).not.toMatch(/^::error file=x\.yaml/m);
    }
  });
});
