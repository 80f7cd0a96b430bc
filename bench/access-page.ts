/**
 * `npm run bench:access [-- --size L]`
 *
 * How fast the access map is made and how fast its html page opens, on a benchmark tenant (L: 20k applications, 1k
 * APIs, 60k grants): the CLI run (`a0lint access dump.json --format html:…`, a fresh process, the bundle users run),
 * the page's size, and in Debian's chromium the time from navigation until the page has drawn its first rows and
 * until a filter by application has redrawn them. Build dist/ first (npm run build).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { generate, SIZES } from './generate.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { size: { type: 'string', default: 'L' } } });
const size = values.size.toUpperCase();
if (!SIZES[size]) throw new Error(`unknown size ${size}; expected ${Object.keys(SIZES).join(',')}`);

const tenant = await generate(size, path.join(ROOT, 'bench', 'out'), (line) => console.error(line));
const scratch = mkdtempSync(path.join(tmpdir(), 'a0lint-access-bench-'));
const page = path.join(scratch, 'access.html');
const started = process.hrtime.bigint();
const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'access', tenant.dump, '--format', `html:${page}`], { encoding: 'utf8' });
const cliSeconds = Number(process.hrtime.bigint() - started) / 1e9;
if (run.status !== 0) throw new Error(`a0lint access failed (${run.status}): ${run.stderr}`);

const context = await chromium.launchPersistentContext(path.join(scratch, 'profile'), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const tab = context.pages()[0] ?? (await context.newPage());
  const opened = Date.now();
  await tab.goto(pathToFileURL(page).href);
  await tab.waitForSelector('#status:not(:empty)');
  const openSeconds = (Date.now() - opened) / 1000;
  const status = await tab.locator('#status').textContent();
  const filtered = Date.now();
  await tab.fill('#filter-app', '000042');
  await tab.waitForFunction(() =>
    /^\d+ entr(y matches|ies match)\.$/.test(
      (globalThis as unknown as { document: { getElementById(id: string): { textContent: string } } }).document.getElementById('status').textContent,
    ),
  );
  const filterSeconds = (Date.now() - filtered) / 1000 - 0.12; // the page waits 120 ms for typing to pause
  console.log(
    `| ${size} | ${cliSeconds.toFixed(2)} s | ${(statSync(page).size / 2 ** 20).toFixed(1)} MiB | ${openSeconds.toFixed(2)} s | ${filterSeconds.toFixed(2)} s | ${status} |`,
  );
} finally {
  await context.close();
  rmSync(scratch, { recursive: true, force: true });
}
