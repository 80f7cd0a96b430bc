/**
 * `npm run bench [-- --sizes S,M,L --runs 5 --forms dump,directory,yaml]`
 *
 * Times the whole CLI (node dist/cli.js, the bundle users run) per size and input form, and in the same run the
 * floors: what merely reading and parsing that input costs. Each measurement is a fresh process timed from the
 * outside (wall clock here; CPU and peak RSS from /usr/bin/time); floors and a0lint runs alternate, and medians are
 * reported. Build dist/ first (npm run build). Inputs are generated into bench/out/ on first use.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generate, SIZES, type GeneratedTenant } from './generate.js';
import {
  fleetRow,
  ISSUE_FLEET,
  formatRows,
  measure,
  median,
  megabytes,
  pullRequestRow,
  scaleReport,
  seconds,
  startUpRow,
  type FleetRow,
  type FormatRow,
  type PullRequestRow,
  type Sample,
  type StartUpRow,
} from './scale.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'bench', 'out');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const ACTION = path.join(ROOT, 'dist', 'index.js');
const FLOORS = path.join(ROOT, 'bench', 'floors.mjs');

type Form = 'dump' | 'directory' | 'yaml' | 'terraform';
const FLOOR_MODE: Record<Form, string> = { dump: 'json', directory: 'directory', yaml: 'yaml', terraform: 'hcl' };
const FLOOR_NAME: Record<Form, string> = {
  dump: 'JSON.parse',
  directory: 'read + JSON.parse each file',
  yaml: 'js-yaml load',
  terraform: 'tree-sitter parse of each .tf file',
};

interface Row {
  readonly size: string;
  readonly form: Form;
  readonly bytes: number;
  readonly files: number;
  readonly floor: Sample;
  readonly a0lint: Sample;
  readonly findings: number;
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'S,M,L' },
    forms: { type: 'string', default: 'dump,directory,yaml,terraform' },
    runs: { type: 'string' },
    markdown: { type: 'string' },
    // forms: the input forms against their parse floors; formats: every report format against json at L and XL
    // (those of --sizes); fleet: 20 M tenants, and 3, with --jobs 1 and the default, and a worker's start-up; pr: the Action's pull-request mode at L.
    only: { type: 'string', default: 'forms,formats,fleet,pr' },
  },
});
const sections = new Set(values.only.split(',').map((section) => section.trim()));
const sizes = values.sizes.split(',').map((size) => size.trim().toUpperCase());
const forms = values.forms.split(',').map((form) => form.trim()) as Form[];
for (const size of sizes) if (!SIZES[size]) throw new Error(`unknown size ${size}; expected ${Object.keys(SIZES).join(',')}`);
for (const form of forms) if (!FLOOR_MODE[form]) throw new Error(`unknown form ${form}; expected dump,directory,yaml,terraform`);
if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build first');

function inputSize(tenant: GeneratedTenant, form: Form): { bytes: number; files: number } {
  if (form === 'terraform') {
    const names = readdirSync(tenant.terraform);
    return { bytes: names.reduce((total, name) => total + statSync(path.join(tenant.terraform, name)).size, 0), files: names.length };
  }
  if (form !== 'directory') return { bytes: statSync(tenant[form]).size, files: 1 };
  let bytes = 0;
  let files = 0;
  for (const folder of ['clients', 'resource-servers', 'grants']) {
    const dir = path.join(tenant.directory, folder);
    for (const name of readdirSync(dir)) {
      bytes += statSync(path.join(dir, name)).size;
      files++;
    }
  }
  return { bytes, files };
}

const runsFor = (size: string): number => (values.runs ? Number(values.runs) : size === 'XL' ? 3 : 5);

// What a bare Node process costs, in the same run: the part of every figure no change to a0lint can remove.
const startup = median(Array.from({ length: 5 }, () => measure(['node', '-e', '0'])));

const rows: Row[] = [];
for (const size of sections.has('forms') ? sizes : []) {
  const tenant = await generate(size, OUT, (line) => console.error(line));
  for (const form of forms) {
    const target = tenant[form];
    const { bytes, files } = inputSize(tenant, form);
    const floors: Sample[] = [];
    const runs: Sample[] = [];
    let findings = 0;
    // Warm the page cache once so the first timed run does not pay for the disk.
    measure(['node', FLOORS, FLOOR_MODE[form], target]);
    for (let run = 0; run < runsFor(size); run++) {
      floors.push(measure(['node', FLOORS, FLOOR_MODE[form], target]));
      // The default YAML size limit (16 MiB) is below L and XL; raising it is what a user with such a tenant does.
      const result = measure(['node', CLI, '--format', 'json', '--max-file-size', String(2 ** 30), target]);
      if (result.status !== 0 && result.status !== 1) throw new Error(`a0lint exited ${result.status} on ${target}`);
      findings = (JSON.parse(result.stdout) as { findings?: unknown[] }).findings?.length ?? 0;
      runs.push(result);
    }
    const row: Row = { size, form, bytes, files, floor: median(floors), a0lint: median(runs), findings };
    rows.push(row);
    console.error(
      `${size.padEnd(2)} ${form.padEnd(9)} floor ${seconds(row.floor.wall)} ${megabytes(row.floor.rss)} | a0lint ${seconds(row.a0lint.wall)} ` +
        `cpu ${seconds(row.a0lint.cpu)} ${megabytes(row.a0lint.rss)} | ${(row.a0lint.wall / row.floor.wall).toFixed(2)}x, ${findings} findings`,
    );
  }
}

const lines: string[] = [];
lines.push(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${process.platform}.`,
);
lines.push(
  `Load average at the end of the run: ${loadavg()
    .map((value) => value.toFixed(1))
    .join(', ')} (1, 5, 15 min).`,
);
if (rows.length > 0) lines.push(`Medians of ${sizes.map((size) => `${runsFor(size)} (${size})`).join(', ')} runs; each figure is a whole fresh process.`);
lines.push(`A bare Node process (\`node -e 0\`) takes ${seconds(startup.wall)} and ${megabytes(startup.rss)} here.`);
lines.push('');
if (rows.length > 0) {
  lines.push('| size | input | input size | floor | floor wall | floor peak RSS | a0lint wall | a0lint CPU | a0lint peak RSS | wall ÷ floor | findings |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|');
}
for (const row of rows) {
  const input = row.files > 1 ? `${megabytes(row.bytes)} in ${row.files.toLocaleString('en')} files` : megabytes(row.bytes);
  lines.push(
    `| ${row.size} | ${row.form} | ${input} | ${FLOOR_NAME[row.form]} | ${seconds(row.floor.wall)} | ${megabytes(row.floor.rss)} | ` +
      `${seconds(row.a0lint.wall)} | ${seconds(row.a0lint.cpu)} | ${megabytes(row.a0lint.rss)} | ${(row.a0lint.wall / row.floor.wall).toFixed(2)} | ${row.findings} |`,
  );
}
const scaling: string[] = [];
for (const form of forms) {
  const measured = sizes.map((size) => rows.find((row) => row.size === size && row.form === form)).filter((row): row is Row => row !== undefined);
  const from = measured.find((row) => row.size === 'M') ?? measured[0];
  const to = measured[measured.length - 1];
  if (!from || !to || from === to) continue;
  const time = to.a0lint.wall / from.a0lint.wall;
  const input = to.bytes / from.bytes;
  scaling.push(`| ${form} | ${from.size} → ${to.size} | ${input.toFixed(1)}× | ${time.toFixed(1)}× | ${(time / input).toFixed(2)} |`);
}
if (scaling.length > 0) {
  lines.push('');
  lines.push('| input | sizes | input grows | a0lint wall grows | time growth ÷ input growth |');
  lines.push('|---|---|---|---|---|');
  lines.push(...scaling);
}
if (rows.length > 0) lines.push('', ...targetLines(rows));

const log = (line: string): void => console.error(line);
const formatRowsMeasured: FormatRow[] = [];
for (const size of sections.has('formats') ? sizes.filter((candidate) => candidate === 'L' || candidate === 'XL') : []) {
  formatRowsMeasured.push(...formatRows(CLI, await generate(size, OUT, log), values.runs ? Number(values.runs) : size === 'XL' ? 1 : 3, log));
}
// The issue's fleet (20 M tenants), and one too small to pay for a worker thread, which the default must not slow.
const fleetRuns = values.runs ? Number(values.runs) : 3;
const fleetRows: FleetRow[] = [];
let startUp: StartUpRow | undefined;
if (sections.has('fleet')) {
  const tenant = await generate('M', OUT, log);
  startUp = startUpRow(CLI, path.join(OUT, 'fleet-start'), Math.max(fleetRuns, 5), log);
  fleetRows.push(fleetRow(CLI, tenant, ISSUE_FLEET, fleetRuns, log), fleetRow(CLI, tenant, 3, Math.max(fleetRuns, 5), log));
}
const pullRequestRows: PullRequestRow[] = sections.has('pr')
  ? [pullRequestRow(ACTION, await generate('L', OUT, log), values.runs ? Number(values.runs) : 3, log)]
  : [];
const scale = scaleReport(formatRowsMeasured, fleetRows, pullRequestRows, startUp);
if (scale.length > 0) lines.push('', ...scale);
const report = `${lines.join('\n')}\n`;
console.log(report);
if (values.markdown) writeFileSync(values.markdown, report);

/** The performance issue's targets, judged on this run's rows (targets whose rows were not measured are left out). */
function targetLines(measured: readonly Row[]): string[] {
  const row = (size: string, form: Form): Row | undefined => measured.find((candidate) => candidate.size === size && candidate.form === form);
  const ratio = (found: Row): number => found.a0lint.wall / found.floor.wall;
  const checks: Array<{ target: string; rows: Row[]; met: (found: Row) => boolean; show: (found: Row) => string }> = [
    {
      target: 'directory and dump within 2× the read-and-parse floor at L and XL',
      rows: ['L', 'XL'].flatMap((size) => [row(size, 'directory'), row(size, 'dump')]).filter((found): found is Row => found !== undefined),
      met: (found) => ratio(found) <= 2,
      show: (found) => `${found.size} ${found.form} ${ratio(found).toFixed(2)}×`,
    },
    {
      target: 'YAML within 1.5× the js-yaml floor at L',
      rows: [row('L', 'yaml')].filter((found): found is Row => found !== undefined),
      met: (found) => ratio(found) <= 1.5,
      show: (found) => `${ratio(found).toFixed(2)}× (${seconds(found.a0lint.wall)} against ${seconds(found.floor.wall)})`,
    },
    {
      target: 'YAML at XL within 2 GB of peak memory',
      rows: [row('XL', 'yaml')].filter((found): found is Row => found !== undefined),
      met: (found) => found.a0lint.rss <= 2 * 2 ** 30,
      show: (found) => megabytes(found.a0lint.rss),
    },
    {
      // The hardening suite reads a dump just above the YAML limit; whether one near the JSON limit fits is measured here.
      target: 'a dump at XL (about 200 MB, under the 256 MiB JSON limit) within 1.5 GB of peak memory',
      rows: [row('XL', 'dump')].filter((found): found is Row => found !== undefined),
      met: (found) => found.a0lint.rss <= 1.5 * 2 ** 30,
      show: (found) => megabytes(found.a0lint.rss),
    },
    {
      target: "Terraform within 3× tree-sitter's own parse of the .tf files at L",
      rows: [row('L', 'terraform')].filter((found): found is Row => found !== undefined),
      met: (found) => ratio(found) <= 3,
      show: (found) => `${ratio(found).toFixed(2)}× (${seconds(found.a0lint.wall)} against ${seconds(found.floor.wall)})`,
    },
    {
      // Terraform input loads a WebAssembly parser first; the start-up target is the exports'.
      target: 'S in every export form under 0.3 s wall',
      rows: measured.filter((found) => found.size === 'S' && found.form !== 'terraform'),
      met: (found) => found.a0lint.wall < 0.3,
      show: (found) => `${found.form} ${seconds(found.a0lint.wall)}`,
    },
  ];
  const lines = ['| target | result |', '|---|---|'];
  for (const check of checks) {
    if (check.rows.length === 0) continue;
    const missed = check.rows.filter((found) => !check.met(found));
    lines.push(`| ${check.target} | ${missed.length === 0 ? 'met' : '**not met**'}: ${check.rows.map(check.show).join(', ')} |`);
  }
  const growth = (['dump', 'directory', 'yaml', 'terraform'] as const).flatMap((form) => {
    const from = row('M', form);
    const to = row('XL', form);
    return from && to ? [{ form, ratio: to.a0lint.wall / from.a0lint.wall / (to.bytes / from.bytes) }] : [];
  });
  if (growth.length > 0) {
    const met = growth.every(({ ratio }) => ratio <= 1.2);
    lines.push(
      `| from M to XL, time grows at most 1.2× faster than the input | ${met ? 'met' : '**not met**'}: ${growth.map(({ form, ratio }) => `${form} ${ratio.toFixed(2)}`).join(', ')} |`,
    );
  }
  return lines;
}
