import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/run-cli.js';

// dist/ is split: what only some runs need (the live audit with its HTTP client, schema validation, custom rules,
// baselines) sits in chunks that are imported when used, so that linting a file starts about as fast as Node.
const DIST = path.join(REPO_ROOT, 'dist');
const RECORDER = pathToFileURL(path.join(REPO_ROOT, 'test/helpers/record-loads.mjs')).href;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'a0lint-loads-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// esbuild names each bundled source file in a comment line above its code.
const UNDICI = /^\/\/ .*node_modules\/undici\//m;
const LIVE_CLIENT = /^\/\/ (?:.*\/)?src\/live\/http\.ts$/m;
const AJV_COMPILER = /^\/\/ .*node_modules\/ajv\/dist\/ajv\.js$/m;
const CONFIG_VALIDATOR = /^\/\/ (?:.*\/)?src\/config\/config-schema\.validate\.js$/m;
const YAML_PARSERS = /^\/\/ .*node_modules\/(?:yaml|js-yaml)\//m;

/** The dist/ files a run of dist/cli.js evaluates, with their text, and the run's exit code. */
function loadedBy(args: readonly string[], cwd = REPO_ROOT): { code: number | null; stderr: string; files: Map<string, string> } {
  const log = path.join(scratch, `loads-${Math.random().toString(36).slice(2)}.txt`);
  const run = spawnSync(process.execPath, ['--import', RECORDER, path.join(DIST, 'cli.js'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', A0LINT_LOAD_LOG: log },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const urls = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  const files = new Map(
    urls
      .map((url) => fileURLToPath(url))
      .filter((file) => file.startsWith(DIST + path.sep))
      .map((file) => [path.relative(DIST, file), readFileSync(file, 'utf8')]),
  );
  return { code: run.status, stderr: run.stderr, files };
}

function holding(files: Map<string, string>, marker: RegExp): string[] {
  return [...files].filter(([, text]) => marker.test(text)).map(([file]) => file);
}

describe('dist/ chunks', () => {
  it('every import in dist/ names a file that exists', () => {
    const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    expect(files).toEqual(expect.arrayContaining(['cli.js', 'action.js', 'index.js']));
    for (const file of files) {
      const text = readFileSync(path.join(DIST, file), 'utf8');
      const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)"(\.{1,2}\/[^"]+)"/gm)].map((match) => match[1]!);
      for (const specifier of specifiers) expect(existsSync(path.resolve(DIST, path.dirname(file), specifier)), `${file} imports ${specifier}`).toBe(true);
    }
  });

  it('linting a local file without a configuration loads neither the HTTP client nor a schema validator', () => {
    const run = loadedBy(['test/fixtures/same-tenant/dump.json', '--format', 'json', '--no-config']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.files.has('cli.js')).toBe(true);
    expect(holding(run.files, UNDICI)).toEqual([]);
    expect(holding(run.files, LIVE_CLIENT)).toEqual([]);
    expect(holding(run.files, AJV_COMPILER)).toEqual([]);
    expect(holding(run.files, CONFIG_VALIDATOR)).toEqual([]);
    expect(holding(run.files, YAML_PARSERS)).toEqual([]);
  });

  it('a YAML export loads the YAML parsers (the marker above finds them)', () => {
    const run = loadedBy(['test/fixtures/same-tenant/tenant.yaml', '--format', 'json', '--no-config']);
    expect(run.stderr).toBe('');
    expect(holding(run.files, YAML_PARSERS)).not.toEqual([]);
  });

  it('the live commands do load the HTTP client (the markers above find it)', () => {
    // `pull` without --live stops with a usage error, but only after loading the live audit's code.
    const run = loadedBy(['pull']);
    expect(run.code).toBe(2);
    expect(holding(run.files, UNDICI)).not.toEqual([]);
    expect(holding(run.files, LIVE_CLIENT)).not.toEqual([]);
  });

  it.each([
    ['its precompiled validator only', 'rules:\n  no-localhost-urls: warning\n', false],
    ['the schema compiler too when it sets rule options', 'rules:\n  limit-token-lifetime: [warning, { maxSeconds: 3600 }]\n', true],
  ])('a configuration file loads %s, never the HTTP client', (_name, config, compiler) => {
    const dir = mkdtempSync(path.join(scratch, 'config-'));
    writeFileSync(path.join(dir, '.a0lint.yml'), config);
    const run = loadedBy([path.join(REPO_ROOT, 'test/fixtures/same-tenant/dump.json'), '--format', 'json'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(holding(run.files, CONFIG_VALIDATOR)).not.toEqual([]);
    expect(holding(run.files, AJV_COMPILER).length > 0).toBe(compiler);
    expect(holding(run.files, UNDICI)).toEqual([]);
  });
});
