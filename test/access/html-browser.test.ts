import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { dumpOf } from '../../bench/generate.js';
import { computeAccess } from '../../src/access/compute.js';
import { formatAccessHtml } from '../../src/access/format/html.js';
import type { AccessTarget } from '../../src/access/report.js';
import { loadText } from '../../src/loaders/load-text.js';
import { buildTenant } from '../../src/model/build-tenant.js';
import { InputError } from '../../src/shared/errors.js';
import { VERSION } from '../../src/version.js';
import { REPO_ROOT } from '../helpers/run-cli.js';
import { fixture } from './helpers.js';

/**
 * The access page in a real browser: Debian's chromium (`.ci/run` installs it), driven by playwright-core, with no
 * network. It must render, filter, show the reasons on hover and on keyboard focus, and pass axe-core without a
 * serious violation. The screenshot is kept in test-artifacts/ (A0LINT_UPDATE_SCREENSHOT=1 also refreshes the
 * README's copy in docs/).
 */
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts');

let context: BrowserContext;
let page: Page;
let dir: string;
const requests: string[] = [];

function pageOf(targets: AccessTarget[], errors: InputError[] = []): string {
  return formatAccessHtml({ targets, errors, version: VERSION, color: false });
}

async function open(html: string, name: string): Promise<void> {
  const file = path.join(dir, name);
  await writeFile(file, html);
  await page.goto(pathToFileURL(file).href);
}

async function status(): Promise<string> {
  return (await page.locator('#status').textContent()) ?? '';
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium; .ci/run does it)`);
  dir = await mkdtemp(path.join(tmpdir(), 'a0lint-access-html-'));
  // A new, empty profile for every run: nothing from another session leaks in.
  context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1280, height: 900 },
  });
  await context.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.request().url().startsWith('file:') ? route.continue() : route.abort();
  });
  page = context.pages()[0] ?? (await context.newPage());
  // The page's timers on a clock the test can pause and move (it runs on its own otherwise, as axe-core needs).
  await page.clock.install();
  await open(
    pageOf([{ path: 'tenant.yaml', map: computeAccess(buildTenant(loadText('tenant.yaml', fixture('tenant.yaml'), 'yaml'))), errors: [] }]),
    'tenant.html',
  );
}, 60_000);

afterAll(async () => {
  await context?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Every filter back to "all", as a user would clear them. */
async function reset(): Promise<void> {
  for (const select of ['#filter-api', '#filter-subject', '#filter-access']) await page.selectOption(select, '');
  for (const input of ['#filter-app', '#filter-scope']) await search(input, '');
  await page.locator('#filter-api').focus();
}

/** The page waits for typing to pause before it filters on a search field. */
const DEBOUNCE_MS = 120;

/** Types into a search field and lets the page's clock run until the filter applies. */
async function search(input: string, text: string): Promise<void> {
  await page.fill(input, text);
  await page.clock.runFor(DEBOUNCE_MS);
}

describe('the access page in chromium', () => {
  beforeEach(async () => {
    if (page.url().endsWith('tenant.html')) await reset();
  });

  it('renders the APIs and every entry, and asks for nothing over the network', async () => {
    expect(await status()).toBe('21 entries match.');
    expect(await page.locator('tbody tr').count()).toBe(7 + 21);
    expect(await page.locator('.overview tbody th').first().textContent()).toBe('Orders API' + 'https://orders.example.com');
    expect(requests.every((url) => url.startsWith('file:'))).toBe(true);
  });

  it('filters by API, application, subject type, scope and access', async () => {
    // On a paused clock only the test moves, the search fields' debounce is asserted to the millisecond, not polled,
    // and a slow machine cannot fire it early.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    onTestFinished(() => page.clock.resume());
    await page.selectOption('#filter-api', { label: 'Partner API (https://partner.example.com)' });
    expect(await status()).toBe('4 entries match.');
    await page.selectOption('#filter-api', '');
    await page.fill('#filter-app', 'storefront');
    // The filter applies once typing has paused for the debounce, not a moment before.
    await page.clock.runFor(DEBOUNCE_MS - 1);
    expect(await status()).toBe('21 entries match.');
    await page.clock.runFor(1);
    expect(await status()).toBe('3 entries match.');
    await page.selectOption('#filter-subject', '1');
    expect(await status()).toBe('1 entry matches.');
    expect(await page.locator('table[aria-labelledby="entries-heading"] tbody tr td').nth(2).textContent()).toBe('\u2717 denied');
    await search('#filter-app', '');
    await page.selectOption('#filter-subject', '');
    await search('#filter-scope', 'stock:write');
    // Back Office holds allow_all_scopes; the allow_all group entries give every scope too.
    expect(await status()).toBe('5 entries match.');
    await page.selectOption('#filter-access', '0');
    expect(await status()).toBe('0 entries match.');
    await search('#filter-scope', '');
    expect(await status()).toBe('10 entries match.');
    await page.selectOption('#filter-access', '');
    expect(await status()).toBe('21 entries match.');
  });

  it("the overview's Show button filters to its API and moves focus to the entries", async () => {
    await page.getByRole('button', { name: 'Show the entries of Ledger API' }).click();
    expect(await status()).toBe('1 entry matches.');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id)).toBe(
      'entries-heading',
    );
    await page.selectOption('#filter-api', '');
  });

  it("shows the reasons on keyboard focus (as the button's description) and on hover; Escape hides them", async () => {
    const why = page.getByRole('button', { name: 'Why Storefront cannot get machine-to-machine tokens for Orders API' });
    const tip = page.locator(`#${await why.getAttribute('aria-describedby')}`);
    expect(await tip.isVisible()).toBe(false);
    await why.focus();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('"Storefront" is public (app_type spa)');
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await tip.isVisible()).toBe(true);
    await page.locator('#filter-app').focus();

    const other = page.getByRole('button', { name: 'Why Inventory Sync cannot get machine-to-machine tokens for Ledger API' });
    await other.hover();
    expect(await page.locator(`#${await other.getAttribute('aria-describedby')}`).textContent()).toContain('deny_all');
    expect(await page.locator(`#${await other.getAttribute('aria-describedby')}`).isVisible()).toBe(true);
  });

  it('the filters are reached with the keyboard in reading order', async () => {
    await page.locator('#filter-api').focus();
    const order: string[] = [];
    for (let step = 0; step < 4; step++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id));
    }
    expect(order).toEqual(['filter-app', 'filter-subject', 'filter-scope', 'filter-access']);
  });

  it('axe-core finds no serious or critical violation; the screenshot is kept', async () => {
    const axe = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: axe });
    const violations = await page.evaluate(async () => {
      const result = await (
        globalThis as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }
      ).axe.run();
      return result.violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.length }));
    });
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);

    await page.setViewportSize({ width: 1280, height: 1250 });
    await page.getByRole('button', { name: 'Why Storefront cannot get machine-to-machine tokens for Orders API' }).focus();
    await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'access-map.png') });
    if (process.env.A0LINT_UPDATE_SCREENSHOT) await page.screenshot({ path: path.join(REPO_ROOT, 'docs/access-map.png') });
  });

  it('input errors are listed one per item under the warning of each input not read completely', async () => {
    const errors = [new InputError('unexpected end of the stream', 'broken.yaml', 3, 1), new InputError('duplicate key "<name>"', 'broken.yaml', 7, 5)];
    await open(pageOf([{ path: 'broken.yaml', errors }], errors), 'errors.html');
    const alert = page.getByRole('alert');
    expect(await alert.locator('p').allTextContents()).toEqual(['broken.yaml could not be read completely: this access map may miss access.']);
    expect(await alert.locator('li').allTextContents()).toEqual(['broken.yaml:3:1: unexpected end of the stream', 'broken.yaml:7:5: duplicate key "<name>"']);
  });

  it('a large tenant renders one page of rows at a time', async () => {
    const tenant = buildTenant(loadText('dump.json', JSON.stringify(dumpOf({ clients: 2_000, apis: 200, grants: 5_000 })), 'api-dump'));
    const map = computeAccess(tenant);
    await open(pageOf([{ path: 'dump.json', map, errors: [] }]), 'large.html');
    expect(await status()).toBe(`${map.entries.length} entries match; showing the first 200.`);
    expect(await page.locator('table[aria-labelledby="entries-heading"] tbody tr').count()).toBe(200);
    await page.getByRole('button', { name: 'Show 200 more' }).click();
    expect(await page.locator('table[aria-labelledby="entries-heading"] tbody tr').count()).toBe(400);
  });
});
