/**
 * The scale rows of `npm run bench`: every report format at L and XL against `--format json`, a fleet of tenants
 * linted one after another and on all cores (`--jobs`), and the GitHub Action's pull-request mode (head and base)
 * against a single run. Each row compares figures measured in the same run, one after the other, so that a shared,
 * busy machine slows both sides of a ratio alike.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { sizedFile } from '../test/helpers/sized-file.js';
import type { GeneratedTenant } from './generate.js';

export interface Sample {
  readonly wall: number;
  readonly cpu: number;
  readonly rss: number;
}

export interface Measured extends Sample {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
}

export type Measure = (command: readonly string[], options?: { cwd?: string; env?: NodeJS.ProcessEnv; discardStdout?: boolean }) => Measured;

/** One fresh process: wall clock from here, user+system CPU and peak RSS (threads included) from GNU time. */
export const measure: Measure = (command, options = {}) => {
  const started = process.hrtime.bigint();
  const child = spawnSync('/usr/bin/time', ['-f', '@@time %U %S %M', ...command], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    cwd: options.cwd,
    env: options.env ?? process.env,
    // A report of hundreds of megabytes is written where a user would send it, not kept in this process.
    stdio: ['ignore', options.discardStdout ? 'ignore' : 'pipe', 'pipe'],
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const line = child.stderr.split('\n').find((text) => text.startsWith('@@time '));
  if (!line) throw new Error(`could not time ${command.join(' ')}: ${child.stderr}`);
  const [user, system, rssKb] = line.slice(7).split(' ').map(Number) as [number, number, number];
  return { wall, cpu: user + system, rss: rssKb * 1024, stdout: child.stdout ?? '', stderr: child.stderr, status: child.status };
};

export function median(samples: readonly Sample[]): Sample {
  const mid = (pick: (sample: Sample) => number): number => middle(samples.map(pick));
  return { wall: mid((s) => s.wall), cpu: mid((s) => s.cpu), rss: mid((s) => s.rss) };
}

function middle(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = sorted.length >> 1;
  return sorted.length % 2 ? sorted[at]! : (sorted[at - 1]! + sorted[at]!) / 2;
}

export const seconds = (value: number): string => `${value.toFixed(value < 1 ? 3 : 2)} s`;
export const megabytes = (bytes: number): string => `${bytes < 10 * 2 ** 20 ? (bytes / 2 ** 20).toFixed(1) : Math.round(bytes / 2 ** 20)} MB`;
const GB2 = 2 * 2 ** 30;
const BIG_FILES = ['--max-file-size', String(2 ** 30)];

export const REPORT_FORMATS = ['json', 'stylish', 'sarif', 'github', 'markdown', 'junit'] as const;

export interface FormatRow {
  readonly size: string;
  readonly format: string;
  readonly sample: Sample;
  /** Runs that did not end with exit code 0 or 1 (a crash, out of memory). */
  readonly failed: number;
}

/** Every format over the API dump of one size; the json rows are the yardstick, measured in turn with the others. */
export function formatRows(cli: string, tenant: GeneratedTenant, runs: number, log: (line: string) => void): FormatRow[] {
  const samples = new Map<string, Sample[]>(REPORT_FORMATS.map((format) => [format, []]));
  const failed = new Map<string, number>(REPORT_FORMATS.map((format) => [format, 0]));
  for (let run = 0; run < runs; run++) {
    for (const format of REPORT_FORMATS) {
      const result = measure(['node', cli, '--format', format, ...BIG_FILES, tenant.dump], { discardStdout: true });
      if (result.status !== 0 && result.status !== 1) failed.set(format, failed.get(format)! + 1);
      samples.get(format)!.push(result);
    }
  }
  return REPORT_FORMATS.map((format) => {
    const row = { size: tenant.size, format, sample: median(samples.get(format)!), failed: failed.get(format)! };
    log(
      `${tenant.size.padEnd(2)} --format ${format.padEnd(8)} ${seconds(row.sample.wall)} cpu ${seconds(row.sample.cpu)} ${megabytes(row.sample.rss)}${row.failed ? ` (${row.failed} failed)` : ''}`,
    );
    return row;
  });
}

/** Where a fleet run's CPU went (bench/thread-cpu.mjs), in seconds, and how many worker threads it started. */
export interface ThreadCpu {
  readonly started: number;
  readonly main: number;
  readonly workers: number;
  /** V8's garbage collector and optimising compiler (and Node's few I/O threads), for every isolate in the process. */
  readonly helpers: number;
}

export interface FleetSample extends Sample {
  readonly threads: ThreadCpu;
}

export interface FleetRow {
  readonly tenants: number;
  readonly size: string;
  /** The cores here: the most threads the default `--jobs` may start. */
  readonly cores: number;
  readonly serial: FleetSample;
  readonly parallel: FleetSample;
  readonly identical: boolean;
  /** The 1-minute load average before the row's runs: above about 0.5, other processes shared the cores. */
  readonly load: number;
}

const THREAD_CPU = path.join(import.meta.dirname, 'thread-cpu.mjs');

function threadsOf(result: Measured): ThreadCpu {
  const line = result.stderr.split('\n').find((text) => text.startsWith('@@threads '));
  if (!line) throw new Error(`no thread times from ${THREAD_CPU}: ${result.stderr.slice(-500)}`);
  const [started, main, workers, helpers] = line.slice(10).split(' ').map(Number) as [number, number, number, number];
  return { started, main, workers, helpers };
}

function medianFleet(samples: readonly FleetSample[]): FleetSample {
  const threads = (pick: (cpu: ThreadCpu) => number): number => middle(samples.map((sample) => pick(sample.threads)));
  return {
    ...median(samples),
    threads: { started: threads((t) => t.started), main: threads((t) => t.main), workers: threads((t) => t.workers), helpers: threads((t) => t.helpers) },
  };
}

/**
 * A fleet: `count` inputs of one size in the three forms in turn (yaml, dump, directory), in one run, with
 * `--jobs 1` and with the default (up to one thread per core, started as fleet-plan.ts decides), alternating. The
 * two outputs must be the same bytes. Each run also says where its CPU went, thread by thread.
 */
export function fleetRow(cli: string, tenant: GeneratedTenant, count: number, runs: number, log: (line: string) => void): FleetRow {
  const forms = [tenant.yaml, tenant.dump, tenant.directory];
  const paths = Array.from({ length: count }, (_, index) => forms[index % forms.length]!);
  const serial: FleetSample[] = [];
  const parallel: FleetSample[] = [];
  const digests = new Set<string>();
  const load = loadavg()[0]!;
  for (let run = 0; run < runs; run++) {
    for (const [jobs, into] of [
      [['--jobs', '1'], serial],
      [[], parallel],
    ] as const) {
      const result = measure(['node', '--import', THREAD_CPU, cli, '--format', 'json', ...BIG_FILES, ...jobs, ...paths]);
      if (result.status !== 0 && result.status !== 1) throw new Error(`a0lint exited ${result.status} on the fleet`);
      digests.add(createHash('sha256').update(result.stdout).digest('hex'));
      into.push({ ...result, threads: threadsOf(result) });
    }
  }
  const row: FleetRow = {
    tenants: count,
    size: tenant.size,
    cores: cpus().length,
    serial: medianFleet(serial),
    parallel: medianFleet(parallel),
    identical: digests.size === 1,
    load,
  };
  log(
    `fleet of ${count} ${tenant.size} (load ${load.toFixed(1)}) serial ${seconds(row.serial.wall)} cpu ${seconds(row.serial.cpu)} | default (${row.parallel.threads.started} worker threads) ${seconds(row.parallel.wall)} cpu ${seconds(row.parallel.cpu)} ${megabytes(row.parallel.rss)} | ${(row.serial.wall / row.parallel.wall).toFixed(2)}x${row.identical ? '' : ' OUTPUTS DIFFER'}`,
  );
  return row;
}

/** What one worker thread's start costs: a run that starts one for two inputs refused at once, against `--jobs 1`. */
export interface StartUpRow {
  readonly serial: FleetSample;
  readonly parallel: FleetSample;
}

/**
 * Two YAML files that stat as 20 MB (sparse; over the default size limit, so nothing is read) make `--jobs 2`
 * start a worker thread, which opens the project, takes one and fails it at once: the CPU it adds is its start-up
 * (a V8 isolate, the bundle loaded and compiled, the project opened), without any tenant.
 */
export function startUpRow(cli: string, folder: string, runs: number, log: (line: string) => void): StartUpRow {
  mkdirSync(folder, { recursive: true });
  const inputs = ['first.yaml', 'second.yaml'].map((name) => sizedFile(folder, name, 20 * 2 ** 20));
  const serial: FleetSample[] = [];
  const parallel: FleetSample[] = [];
  for (let run = 0; run < runs; run++) {
    for (const [jobs, into] of [
      [['--jobs', '1'], serial],
      [['--jobs', '2'], parallel],
    ] as const) {
      const result = measure(['node', '--import', THREAD_CPU, cli, '--format', 'json', ...jobs, ...inputs]);
      if (result.status !== 2) throw new Error(`a0lint exited ${result.status} on two files over the size limit, not 2`);
      into.push({ ...result, threads: threadsOf(result) });
    }
  }
  const row = { serial: medianFleet(serial), parallel: medianFleet(parallel) };
  if (row.parallel.threads.started !== 1) throw new Error(`--jobs 2 started ${row.parallel.threads.started} worker threads for two 20 MB inputs, not 1`);
  log(`a worker thread's start-up: ${seconds(row.parallel.cpu - row.serial.cpu)} of CPU (its own thread ${seconds(row.parallel.threads.workers)})`);
  return row;
}

export interface PullRequestRow {
  readonly size: string;
  readonly single: Sample;
  readonly pullRequest: Sample;
}

/**
 * The Action (dist/index.js, as the runner starts it) on a repository holding one API dump: a push (one lint) and
 * a pull request that changes one application (the head linted, the base read from git and linted, findings split).
 */
export function pullRequestRow(actionEntry: string, tenant: GeneratedTenant, runs: number, log: (line: string) => void): PullRequestRow {
  const repo = mkdtempSync(path.join(tmpdir(), 'a0lint-bench-pr-'));
  try {
    const git = (...args: string[]): string =>
      execFileSync('git', args, {
        cwd: repo,
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH ?? '',
          HOME: repo,
          GIT_AUTHOR_NAME: 'Bench',
          GIT_AUTHOR_EMAIL: 'bench@example.com',
          GIT_COMMITTER_NAME: 'Bench',
          GIT_COMMITTER_EMAIL: 'bench@example.com',
          GIT_CONFIG_NOSYSTEM: '1',
        },
      }).trim();
    git('init', '-q', '-b', 'main');
    mkdirSync(path.join(repo, 'tenants'));
    const file = path.join(repo, 'tenants', 'dump.json');
    copyFileSync(tenant.dump, file);
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    const base = git('rev-parse', 'HEAD');
    const text = readFileSync(file, 'utf8');
    const changed = text.replace('"app_type":"spa"', '"app_type":"regular_web"');
    writeFileSync(file, changed === text ? text.replace('"app_type": "spa"', '"app_type": "regular_web"') : changed);
    git('commit', '-q', '-am', 'head');
    const head = git('rev-parse', 'HEAD');
    const runner = path.join(repo, '.runner');
    mkdirSync(path.join(runner, 'temp'), { recursive: true });
    const event = path.join(runner, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        action: 'synchronize',
        number: 1,
        before: base,
        after: head,
        pull_request: {
          number: 1,
          base: { sha: base, ref: 'main', repo: { full_name: 'bench/tenants' } },
          head: { sha: head, ref: 'change', repo: { full_name: 'bench/tenants' } },
        },
        repository: { full_name: 'bench/tenants' },
      }),
    );
    const env = (eventName: string): NodeJS.ProcessEnv => {
      writeFileSync(path.join(runner, 'output'), '');
      writeFileSync(path.join(runner, 'summary'), '');
      return {
        PATH: process.env.PATH ?? '',
        HOME: runner,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: repo,
        GITHUB_OUTPUT: path.join(runner, 'output'),
        GITHUB_STEP_SUMMARY: path.join(runner, 'summary'),
        GITHUB_EVENT_NAME: eventName,
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'bench/tenants',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_SHA: head,
        RUNNER_TEMP: path.join(runner, 'temp'),
        INPUT_PATH: 'tenants/dump.json',
        'INPUT_FAIL-ON': 'none',
      };
    };
    const single: Sample[] = [];
    const pullRequest: Sample[] = [];
    for (let run = 0; run < runs; run++) {
      for (const [eventName, into] of [
        ['push', single],
        ['pull_request', pullRequest],
      ] as const) {
        const result = measure(['node', actionEntry], { cwd: repo, env: env(eventName), discardStdout: true });
        if (result.status !== 0) throw new Error(`the Action exited ${result.status} on a ${eventName} event`);
        if (eventName === 'pull_request' && !/compared with/.test(readFileSync(path.join(runner, 'summary'), 'utf8'))) {
          throw new Error('the pull-request run did not compare with the base (see its summary)');
        }
        into.push(result);
      }
    }
    const row = { size: tenant.size, single: median(single), pullRequest: median(pullRequest) };
    log(
      `Action on ${tenant.size} dump: push ${seconds(row.single.wall)} | pull request ${seconds(row.pullRequest.wall)} | ${(row.pullRequest.wall / row.single.wall).toFixed(2)}x`,
    );
    return row;
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

/** The fleet the issue sets its throughput target for: 20 M tenants. */
export const ISSUE_FLEET = 20;

/** The tables and a verdict per target for the rows measured. */
export function scaleReport(
  formats: readonly FormatRow[],
  fleet: readonly FleetRow[],
  pullRequests: readonly PullRequestRow[],
  startUp?: StartUpRow,
): string[] {
  const lines: string[] = [];
  const json = (size: string): FormatRow | undefined => formats.find((row) => row.size === size && row.format === 'json');
  // Judged on CPU time: on a shared, busy machine the wall clock of a one-thread run measures the other processes
  // too, while its CPU time is what the format costs. Both are shown.
  const ratio = (row: FormatRow): number => row.sample.cpu / json(row.size)!.sample.cpu;
  const wallRatio = (row: FormatRow): number => row.sample.wall / json(row.size)!.sample.wall;
  if (formats.length > 0) {
    lines.push('| size | format | wall | CPU | peak RSS | wall ÷ json | CPU ÷ json |', '|---|---|---|---|---|---|---|');
    for (const row of formats) {
      lines.push(
        `| ${row.size} | ${row.format} | ${row.failed ? `**failed ${row.failed}×**` : seconds(row.sample.wall)} | ${seconds(row.sample.cpu)} | ${megabytes(row.sample.rss)} | ${wallRatio(row).toFixed(2)} | ${ratio(row).toFixed(2)} |`,
      );
    }
    lines.push('');
  }
  if (fleet.length > 0) {
    // CPU ÷ wall is how many cores a run kept busy: above 1 for one lint thread means V8's helper threads ran beside it.
    lines.push(
      '| fleet | load before | worker threads (default) | --jobs 1 wall | CPU | default wall | CPU | cores used (CPU ÷ wall) | speed-up | CPU on the main thread | on worker threads | on V8 helper threads | peak RSS (default) | same output |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const row of fleet) {
      const { serial, parallel } = row;
      lines.push(
        `| ${row.tenants} × ${row.size} | ${row.load.toFixed(1)} | ${parallel.threads.started} | ${seconds(serial.wall)} | ${seconds(serial.cpu)} | ${seconds(parallel.wall)} | ${seconds(parallel.cpu)} | ` +
          `${(serial.cpu / serial.wall).toFixed(2)} → ${(parallel.cpu / parallel.wall).toFixed(2)} | ${(serial.wall / parallel.wall).toFixed(2)}× | ` +
          `${seconds(serial.threads.main)} → ${seconds(parallel.threads.main)} | ${parallel.threads.started ? seconds(parallel.threads.workers) : '—'} | ` +
          `${seconds(serial.threads.helpers)} → ${seconds(parallel.threads.helpers)} | ${megabytes(parallel.rss)} | ${row.identical ? 'yes' : '**no**'} |`,
      );
    }
    if (startUp) {
      lines.push(
        '',
        `A worker thread's start-up (\`--jobs 2\` on two inputs it refuses at once, which start one thread, against \`--jobs 1\`): ` +
          `${seconds(startUpCost(startUp))} of CPU, ${seconds(startUp.parallel.threads.workers)} of it on the worker's own thread.`,
      );
    }
    lines.push('');
  }
  if (pullRequests.length > 0) {
    lines.push('| Action on one dump | push (one lint) | pull request (head and base) | ratio |', '|---|---|---|---|');
    for (const row of pullRequests)
      lines.push(`| ${row.size} | ${seconds(row.single.wall)} | ${seconds(row.pullRequest.wall)} | ${(row.pullRequest.wall / row.single.wall).toFixed(2)}× |`);
    lines.push('');
  }
  const verdicts: string[] = [];
  const verdict = (target: string, met: boolean, shown: string): void => {
    verdicts.push(`| ${target} | ${met ? 'met' : '**not met**'}: ${shown} |`);
  };
  const at = (size: string): FormatRow[] => formats.filter((row) => row.size === size && row.format !== 'json' && json(size));
  if (at('L').length > 0) {
    const rows = at('L');
    verdict(
      'at L no format above 1.3× json (CPU time)',
      rows.every((row) => !row.failed && ratio(row) <= 1.3),
      rows.map((row) => `${row.format} ${ratio(row).toFixed(2)}×`).join(', '),
    );
  }
  if (at('XL').length > 0) {
    const rows = formats.filter((row) => row.size === 'XL');
    verdict(
      'at XL every format finishes',
      rows.every((row) => !row.failed),
      rows
        .filter((row) => row.failed)
        .map((row) => `${row.format} failed`)
        .join(', ') || 'all six',
    );
    verdict(
      'at XL no format above 2× json (CPU time)',
      at('XL').every((row) => !row.failed && ratio(row) <= 2),
      at('XL')
        .map((row) => `${row.format} ${ratio(row).toFixed(2)}×`)
        .join(', '),
    );
    verdict(
      'at XL peak memory under 2 GB in every format',
      rows.every((row) => row.sample.rss < GB2),
      rows.map((row) => `${row.format} ${megabytes(row.sample.rss)}`).join(', '),
    );
  }
  for (const row of fleet) {
    // Each row has its own target, whatever the run started: the issue's fleet its throughput, the small one that
    // the default takes the serial path (no worker thread), which is what keeps it from being slower.
    if (row.tenants < ISSUE_FLEET) {
      verdict(
        `the default --jobs no slower than --jobs 1 on a fleet too small for a thread (${row.tenants} ${row.size})`,
        row.identical && row.parallel.threads.started === 0,
        `${row.parallel.threads.started === 0 ? 'no worker thread started (the same path as --jobs 1)' : `${row.parallel.threads.started} worker threads started`}; wall ${(row.parallel.wall / row.serial.wall).toFixed(2)}×, CPU ${(row.parallel.cpu / row.serial.cpu).toFixed(2)}× the serial run's${row.identical ? '' : ', OUTPUT DIFFERS'}`,
      );
    } else {
      verdict(
        `fleet of ${row.tenants} ${row.size} tenants at ≥ 1.7× the serial throughput on 2 cores`,
        row.identical && row.serial.wall / row.parallel.wall >= 1.7,
        fleetShown(row, startUp),
      );
    }
  }
  for (const row of pullRequests) {
    const times = row.pullRequest.wall / row.single.wall;
    verdict(`pull-request mode at most 2.2× a single run (${row.size})`, times <= 2.2, `${times.toFixed(2)}×`);
  }
  if (verdicts.length > 0) lines.push('| target | result |', '|---|---|', ...verdicts);
  return lines;
}

const startUpCost = (row: StartUpRow): number => row.parallel.cpu - row.serial.cpu;

/**
 * The fleet verdict's figures, all from this run: the speed-up, by how much it misses, and where the CPU went. The
 * bound comes from CPU time, which other processes change far less than the wall clock: on idle cores a serial run
 * takes about its main thread's CPU time (V8's helper threads run on the other cores), and a run on C cores at least
 * its CPU time ÷ C.
 */
function fleetShown(row: FleetRow, startUp: StartUpRow | undefined): string {
  const { serial, parallel, cores } = row;
  const speedUp = serial.wall / parallel.wall;
  const added = parallel.cpu - serial.cpu;
  const signed = (value: number): string => `${value < 0 ? '−' : '+'}${seconds(Math.abs(value))}`;
  const percent = (value: number): string => `${value < 0 ? '−' : '+'}${Math.round(Math.abs(value) * 100)} %`;
  let shown = `${speedUp.toFixed(2)}× with ${parallel.threads.started + 1} threads on ${cores} cores${row.identical ? ', same output' : ', OUTPUT DIFFERS'}`;
  if (speedUp < 1.7) shown += `, ${(1.7 - speedUp).toFixed(2)} short (${Math.round((1 - speedUp / 1.7) * 100)} % below the target)`;
  shown +=
    `. Where the time goes: the serial run's main thread used ${seconds(serial.threads.main)} of CPU and V8's helper threads (garbage collection, ` +
    `optimising compiler) ${seconds(serial.threads.helpers)} beside it; the default run used ${seconds(parallel.cpu)} in all, ${signed(added)} (${percent(added / serial.cpu)}: ` +
    `lint threads ${signed(parallel.threads.main + parallel.threads.workers - serial.threads.main)}, V8 helper threads ${signed(parallel.threads.helpers - serial.threads.helpers)}` +
    `${startUp ? `; a worker's start-up alone ${seconds(startUpCost(startUp))}` : ''}). ` +
    `On ${cores} idle cores, where a serial run takes about its main thread's CPU time and a run on ${cores} cores at least its CPU ÷ ${cores}, ` +
    `that allows at most about ${seconds(serial.threads.main)} ÷ (${seconds(parallel.cpu)} ÷ ${cores}) = ${((cores * serial.threads.main) / parallel.cpu).toFixed(2)}× ` +
    `(${((cores * serial.threads.main) / serial.cpu).toFixed(2)}× if the threads added no CPU); 1.7× needs the parallel run's CPU under ` +
    `${cores} × ${seconds(serial.threads.main)} ÷ 1.7 = ${seconds((cores * serial.threads.main) / 1.7)}`;
  if (row.load > 0.5) shown += `. Measured under load (load average ${row.load.toFixed(1)} before the runs): the wall times include other processes`;
  return shown;
}
