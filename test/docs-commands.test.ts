import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as a0lint from '../src/index.js';
import { startFakeApi, type FakeApi } from './fake-mgmt-api/server.js';
import { makeTenant } from './fake-mgmt-api/tenant.js';
import { copyExample } from './helpers/example-tenant.js';
import { REPO_ROOT, runCli } from './helpers/run-cli.js';
import { VirtualClock } from './helpers/virtual-clock.js';
import { liveEnv } from './live/helpers.js';

/**
 * Every shell command in the README, CONTRIBUTING.md and docs/*.md runs as written: a0lint's commands run in-process
 * through main() in a folder that holds the files the docs name (made from the examples; `--live` reads the local fake
 * Management API), and every `npm run X` names a script of package.json.
 */

const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(path.join(REPO_ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/**
 * Commands whose output the workspace decides, with what it must show; every entry must still be in the docs (so the
 * list cannot go stale). The workspace's branch lets an application get tokens that main denies it.
 */
const SHOWS = new Map<string, RegExp>([
  ['npx a0lint access --diff main:tenant.yaml tenant.yaml', /widened +"Order Sync" can now get machine-to-machine tokens for "Ledger API"/],
]);

// `--live` commands read the local fake Management API, with the credentials the README exports as AUTH0_*.
let api: FakeApi;
beforeAll(async () => {
  api = await startFakeApi({ clock: new VirtualClock(), tenant: (domain) => makeTenant(domain, { apis: 4, clients: 8, grants: 8 }) });
});
afterAll(async () => {
  await api.close();
});

let template: Promise<string> | undefined;

/**
 * The files the docs' commands name, made from the examples and the one-tenant-three-ways fixture: a copy of one
 * made for the whole file (each doc's commands may write to theirs), as its git history takes several processes.
 */
async function workspace(): Promise<string> {
  template ??= makeWorkspace();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'a0lint-docs-commands-'));
  await cp(await template, dir, { recursive: true });
  return dir;
}

async function makeWorkspace(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'a0lint-docs-commands-'));
  const copy = (from: string, to: string) => cp(path.join(REPO_ROOT, from), path.join(dir, to), { recursive: true });
  copyExample(dir);
  await copy('test/fixtures/same-tenant/directory', 'tenant-export');
  await copy('test/fixtures/same-tenant/dump.json', 'tenant-dump.json');
  await copy('examples/terraform', 'infra/auth0');
  copyExample(path.join(dir, 'tenants/dev'));
  await copy('test/fixtures/same-tenant/directory', 'tenants/prod');
  branchOffMain(dir);
  return dir;
}

/**
 * Makes the workspace a git repository whose branch `change`, checked out, lets applications get machine-to-machine
 * tokens for the Ledger API, which `main` denies them.
 */
function branchOffMain(dir: string): void {
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=docs@example.com', '-c', 'user.name=docs', ...args], { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'the tenant as deployed');
  git('checkout', '-qb', 'change');
  const file = path.join(dir, 'tenant.yaml');
  const tenant = readFileSync(file, 'utf8');
  const ledger = /^ {2}- name: Ledger API\n(?: {4}.*\n)*? {6}client:\n {8}policy: deny_all\n/m.exec(tenant)?.[0];
  if (!ledger) throw new Error("the example tenant's Ledger API no longer denies machine-to-machine tokens");
  writeFileSync(file, tenant.replace(ledger, ledger.replace(/deny_all\n$/, 'require_client_grant\n')));
  git('commit', '-qam', 'Order Sync reads the ledger');
}

/** The lines of the ```sh / ```bash / ```console / ```shell blocks, with `\` continuations joined. */
function shellLines(markdown: string): string[] {
  const lines: string[] = [];
  for (const [, body] of markdown.matchAll(/^ *```(?:sh|bash|console|shell)[^\n]*\n([\s\S]*?)^ *```\s*$/gm)) {
    lines.push(
      ...body!
        .replace(/\\\n/g, ' ')
        .split('\n')
        .map((line) => line.trim().replace(/^\$ /, ''))
        .filter((line) => line !== ''),
    );
  }
  return lines;
}

/** Splits a line into simple commands as a shell would: quotes, backslash escapes, comments, `&&`, `||`, `;` and `|`. */
export function shellCommands(line: string): string[][] {
  const commands: string[][] = [[]];
  let word: string | undefined;
  const end = () => {
    if (word !== undefined) commands.at(-1)!.push(word);
    word = undefined;
  };
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (char === "'") {
      const close = line.indexOf("'", i + 1);
      if (close === -1) throw new Error(`unclosed ' in: ${line}`);
      word = (word ?? '') + line.slice(i + 1, close);
      i = close;
    } else if (char === '"') {
      let text = '';
      for (i++; i < line.length && line[i] !== '"'; i++) text += line[i] === '\\' && '"\\$`'.includes(line[i + 1] ?? '') ? line[++i] : line[i];
      if (i >= line.length) throw new Error(`unclosed " in: ${line}`);
      word = (word ?? '') + text;
    } else if (char === '\\') word = (word ?? '') + (line[++i] ?? '');
    else if (char === '#' && word === undefined) break;
    else if (/\s/.test(char)) end();
    else if ('&|;'.includes(char)) {
      end();
      if (line[i + 1] === char) i++;
      if (commands.at(-1)!.length > 0) commands.push([]);
    } else word = (word ?? '') + char;
  }
  end();
  return commands.filter((command) => command.length > 0);
}

/** The arguments after the a0lint prefix (`a0lint`, `npx a0lint`, `npx a0lint@latest`, `node dist/cli.js`), or undefined. */
function a0lintArgs(words: readonly string[]): string[] | undefined {
  if (/^a0lint(@\S+)?$/.test(words[0] ?? '')) return words.slice(1);
  if (words[0] === 'npx' && /^a0lint(@\S+)?$/.test(words[1] ?? '')) return words.slice(2);
  if (words[0] === 'node' && words[1] === 'dist/cli.js') return words.slice(2);
  return undefined;
}

const SCRIPTS = Object.keys((JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
const commandsOf = (file: string) => shellLines(readFileSync(path.join(REPO_ROOT, file), 'utf8')).flatMap(shellCommands);
const allCommands = DOCS.flatMap(commandsOf);

describe('shell words', () => {
  it('splits as a shell does', () => {
    expect(shellCommands(`npx a0lint 'tenants/*/x.yaml' "a \\"b\\"" c\\ d   # comment`)).toEqual([['npx', 'a0lint', 'tenants/*/x.yaml', 'a "b"', 'c d']]);
    expect(shellCommands('npm ci && npm start; a | b')).toEqual([['npm', 'ci'], ['npm', 'start'], ['a'], ['b']]);
    expect(shellCommands("git ls-remote url 'v1^{}'#x")).toEqual([['git', 'ls-remote', 'url', 'v1^{}#x']]);
    expect(shellLines('```sh\na0lint x \\\n  --format json\n```\n').flatMap(shellCommands)).toEqual([['a0lint', 'x', '--format', 'json']]);
  });
});

describe.each(DOCS)('commands in %s', (file) => {
  const commands = commandsOf(file);
  let dir: string;
  beforeAll(async () => {
    dir = await workspace();
  });

  it('runs every a0lint command as written (exit 0 or 1, never a usage or input error)', async () => {
    // In order, in one folder: a later command may read what an earlier one wrote (--update-baseline, then --baseline).
    for (const words of commands) {
      const args = a0lintArgs(words);
      if (args === undefined) continue;
      const run = await runCli(args, { cwd: dir, ...(args.includes('--live') ? { env: liveEnv(api), clock: api.clock } : {}) });
      expect([0, 1], `${file}: \`${words.join(' ')}\` exited ${run.code}:\n${run.stderr}${run.stdout}`).toContain(run.code);
      const shows = SHOWS.get(words.join(' '));
      if (shows) expect(run.stdout, `${file}: \`${words.join(' ')}\``).toMatch(shows);
    }
  });

  it('names only npm scripts that package.json has', () => {
    for (const words of commands) {
      if (words[0] !== 'npm') continue;
      const script = words[1] === 'run' ? words[2] : ['start', 'test'].includes(words[1]!) ? words[1] : undefined;
      if (script !== undefined) expect(SCRIPTS, `${file}: \`${words.join(' ')}\``).toContain(script);
    }
  });
});

/** The README's JavaScript blocks that import the library, each as the body of an async function given the library. */
function librarySnippets(): string[] {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/^```js\n([\s\S]*?)^```$/gm)]
    .map(([, body]) => body!)
    .filter((body) => body.includes("from 'a0lint'"))
    .map((body) => body.replace(/^import (\{[^}]*\}) from 'a0lint';$/gm, 'const $1 = a0lint;'));
}

describe("the README's library snippet", () => {
  type Snippet = (library: typeof a0lint, process: object, console: object) => Promise<void>;
  const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => Snippet;

  /** Runs the snippet as written against the sources, in the docs' workspace, on a terminal or not. */
  async function run(snippet: string, isTTY: boolean): Promise<{ logged: string[]; written: string }> {
    const dir = await workspace();
    const logged: string[] = [];
    let written = '';
    const process = { cwd: () => dir, stdout: { isTTY, write: (text: string) => (written += text) } };
    await new AsyncFunction('a0lint', 'process', 'console', snippet)(a0lint, process, { log: (...args: unknown[]) => logged.push(args.join(' ')) });
    return { logged, written };
  }

  it('runs as written: findings with their places, and the formatter options it shows do what it says', async () => {
    const snippets = librarySnippets();
    expect(snippets).toHaveLength(1);
    expect(snippets[0]).not.toMatch(/^import /m);
    const piped = await run(snippets[0]!, false);
    expect(piped.logged.length).toBeGreaterThan(5);
    for (const line of piped.logged) expect(line).toMatch(/^\S+ tenants\/dev\/\S+ \d+$/);
    // verbose: the why and fix, and the docs URL, below each finding; no escape sequence when not on a terminal.
    expect(piped.written).toContain('https://github.com/a0lint/a0lint/blob/main/rules/');
    expect(piped.written).not.toContain('\u001b');
    const terminal = await run(snippets[0]!, true);
    expect(terminal.written).toContain('\u001b]8;;https://github.com/a0lint/a0lint/blob/main/rules/');
    expect(terminal.written).toContain('\u001b[');
  });
});

it('expects output only of commands the docs still have', () => {
  const documented = new Set(allCommands.map((words) => words.join(' ')));
  for (const command of SHOWS.keys()) expect(documented, command).toContain(command);
});

it('finds the commands (the extraction is not silently empty)', () => {
  expect(allCommands.filter((words) => a0lintArgs(words) !== undefined).length).toBeGreaterThan(15);
});
