import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Clock } from '../../src/shared/clock.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

/** The bundle action.yml runs: only its smoke test (test/dist/) starts it; the other tests run the sources. */
export const ACTION_ENTRY = path.join(REPO_ROOT, 'dist/action.js');

export interface WorkflowCommand {
  readonly command: string;
  readonly properties: Readonly<Record<string, string>>;
  readonly message: string;
}

export interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly commands: WorkflowCommand[];
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

export interface RunOptions {
  readonly workspace: string;
  /** Input names as in action.yml; the runner passes each as INPUT_<NAME upper-cased, spaces to _> (dashes kept). */
  readonly inputs: Readonly<Record<string, string>>;
  readonly eventName?: string;
  readonly event?: unknown;
  readonly env?: Readonly<Record<string, string>>;
  /** The live client's clock (in-process runs only). */
  readonly clock?: Clock;
}

/** Runs dist/action.js in a child process with the environment a GitHub runner gives a node24 action. */
export async function runDistAction(options: RunOptions): Promise<ActionRun> {
  const runner = mkdtempSync(path.join(tmpdir(), 'a0lint-runner-'));
  const file = (name: string): string => path.join(runner, name);
  writeFileSync(file('output'), '');
  writeFileSync(file('summary'), '');
  mkdirSync(file('temp'));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: runner,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: file('output'),
    GITHUB_STEP_SUMMARY: file('summary'),
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: tryGit(options.workspace, ['rev-parse', 'HEAD']) ?? '0'.repeat(40),
    RUNNER_TEMP: file('temp'),
    ...options.env,
  };
  if (options.event !== undefined) {
    writeFileSync(file('event.json'), JSON.stringify(options.event));
    env.GITHUB_EVENT_PATH = file('event.json');
  }
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [ACTION_ENTRY], { cwd: options.workspace, env, timeout: 60_000 }, (error, out, err) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout: String(out), stderr: String(err) });
    });
  });
  return {
    code,
    stdout,
    stderr,
    commands: parseCommands(stdout),
    outputs: parseOutputs(readFileSync(file('output'), 'utf8')),
    summary: readFileSync(file('summary'), 'utf8'),
  };
}

/** `::command key=value,...::message` lines, decoded as the runner decodes them. */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const equals = pair.indexOf('=');
      properties[pair.slice(0, equals)] = unescape(pair.slice(equals + 1));
    }
    commands.push({ command: match[1]!, properties, message: unescape(match[3]!) });
  }
  return commands;
}

function unescape(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/** The GITHUB_OUTPUT file format: `name<<delimiter`, value lines, `delimiter`. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[index]!);
    if (!match) continue;
    const value: string[] = [];
    for (index++; index < lines.length && lines[index] !== match[2]; index++) value.push(lines[index]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

/** A repository with one commit per step of `history` (files relative to the top; null deletes a file). */
export function gitRepository(history: ReadonlyArray<Readonly<Record<string, string | null>>>): { dir: string; commits: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'a0lint-ws-'));
  git(dir, 'init', '-q', '-b', 'main');
  const commits: string[] = [];
  history.forEach((files, index) => {
    for (const [name, content] of Object.entries(files)) {
      const target = path.join(dir, name);
      if (content === null) git(dir, 'rm', '-q', name);
      else {
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, content);
      }
    }
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--allow-empty', '-m', `step ${index}`);
    commits.push(git(dir, 'rev-parse', 'HEAD'));
  });
  return { dir, commits };
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  }).trim();
}

function tryGit(dir: string, args: string[]): string | undefined {
  try {
    return git(dir, ...args);
  } catch {
    return undefined;
  }
}

/** GitHub's pull_request payload for a PR from `head` into `base`, optionally opened from a fork. */
export function pullRequestEvent(base: string, head: string, options: { fork?: boolean } = {}): unknown {
  const payload = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/action/fixtures/pull_request.synchronize.json'), 'utf8')) as {
    pull_request: { base: { sha: string }; head: { sha: string; label: string; repo: object } };
    before: string;
    after: string;
  };
  payload.pull_request.base.sha = base;
  payload.pull_request.head.sha = head;
  payload.before = base;
  payload.after = head;
  if (options.fork) {
    payload.pull_request.head.repo = {
      ...payload.pull_request.head.repo,
      id: 1,
      full_name: 'Contributor/Hello-World',
      fork: true,
      owner: { login: 'Contributor' },
    };
    payload.pull_request.head.label = 'Contributor:changes';
  }
  return payload;
}

/**
 * Runs the Action from its sources in this process, through the ActionIo port with a recorder instead of the
 * runner: what it annotates, masks, prints, outputs and summarizes, in the same shape as runDistAction's, with the
 * environment the runner gives (GITHUB_SHA of the workspace's HEAD included).
 */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const { run } = await import('../../src/action/run.js');
  const runner = mkdtempSync(path.join(tmpdir(), 'a0lint-runner-'));
  mkdirSync(path.join(runner, 'temp'));
  let stdout = '';
  let code = 0;
  const commands: WorkflowCommand[] = [];
  const outputs: Record<string, string> = {};
  let event: string | undefined;
  if (options.event !== undefined) writeFileSync((event = path.join(runner, 'event.json')), JSON.stringify(options.event));
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_STEP_SUMMARY: path.join(runner, 'summary'),
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: tryGit(options.workspace, ['rev-parse', 'HEAD']) ?? '0'.repeat(40),
    RUNNER_TEMP: path.join(runner, 'temp'),
    ...(event !== undefined ? { GITHUB_EVENT_PATH: event } : {}),
    ...options.env,
  };
  writeFileSync(path.join(runner, 'summary'), '');
  // Workflow commands as @actions/core writes them to standard output: annotation properties under its names
  // (startLine is `line`, and so on), values escaped as the runner unescapes them.
  const commandNames: Readonly<Record<string, string>> = { startLine: 'line', startColumn: 'col' };
  const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const issue = (command: string, properties: object, message: string): void => {
    const fields = Object.entries(properties)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${commandNames[key] ?? key}=${escapeProperty(String(value))}`)
      .join(',');
    const text = `::${command}${fields ? ` ${fields}` : ''}::${escapeData(message)}\n`;
    stdout += text;
    commands.push(...parseCommands(text));
  };
  await run({
    getInput: (name) => (options.inputs[name] ?? '').trim(),
    setSecret: (value) => issue('add-mask', {}, value),
    setOutput: (name, value) => {
      outputs[name] = value;
    },
    annotate: (level, message, properties = {}) => issue(level, properties, message),
    info: (message) => {
      stdout += `${message}\n`;
    },
    writeCommands: (text) => {
      stdout += text;
      commands.push(...parseCommands(text));
    },
    // Into the job summary file the environment names, as the runner's: one in a missing folder fails the write.
    appendSummary: (markdown) => appendFile(env.GITHUB_STEP_SUMMARY!, markdown),
    fail: (message, exitCode) => {
      issue('error', {}, message);
      code = exitCode;
    },
    env,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const summary = existsSync(env.GITHUB_STEP_SUMMARY!) ? readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8') : '';
  return { code, stdout, stderr: '', commands, outputs, summary };
}

/** runAction's earlier name, kept for suites written against it: both run the sources in-process. */
export const runActionInProcess = runAction;
