import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { useHyperlinks } from '../../src/cli/terminal-links.js';
import { MAX_LINE } from '../../src/report/stylish.js';
import { fitHeadline, fitLabel, wrapWords } from '../../src/report/terminal-text.js';
import { runCli } from '../helpers/run-cli.js';

// Names are user data: 300 characters with spaces, and 300 without (a URL-like key), plus long values.
const LONG_NAME = `Customer Self-Service Portal for the Northern European Wholesale Division ${'and its Partners '.repeat(14)}`.slice(0, 300);
const LONG_HOST = `${'very-long-subdomain-'.repeat(12)}example.com`;

const dir = mkdtempSync(path.join(tmpdir(), 'a0lint-stylish-'));
const tenant = path.join(dir, 'tenant.yaml');
writeFileSync(
  tenant,
  `clients:
  - name: ${JSON.stringify(LONG_NAME)}
    app_type: regular_web
    grant_types: [implicit, password, authorization_code]
    callbacks:
      - http://${LONG_HOST}/callback
      - http://localhost:3000/${'x'.repeat(250)}
resourceServers:
  - name: ${JSON.stringify(`${LONG_NAME} API`)}
    identifier: https://${LONG_HOST}/api
    subject_type_authorization:
      user: { policy: allow_all }
      client: { policy: require_client_grant }
clientGrants:
  - client_id: ${JSON.stringify(LONG_NAME)}
    audience: https://${LONG_HOST}/api
    scope: [${'read:everything-in-the-catalog-of-products,'.repeat(5)}write:x]
`,
);

// eslint-disable-next-line no-control-regex
const ESCAPES = /\u001b\]8;;[^\u001b]*\u001b\\|\u001b\[[0-9;]*m/g;
const visible = (line: string): string => line.replace(ESCAPES, '');
/** Columns a terminal gives the line (string-width: wide characters two, combining marks none). */
const columns = (line: string): number => stringWidth(visible(line));
/** Lines that are findings: indented, starting with `line:col` (or an entity for live data), then a severity. */
const findingLines = (stdout: string): string[] => stdout.split('\n').filter((line) => /^ {2}\S+\s+(error|warning|note)\s{2,}/.test(visible(line)));
const RULE_IDS = ['no-implicit-grant', 'no-password-grant', 'secure-redirect-urls', 'no-localhost-urls', 'prefer-require-client-grant'];

describe('stylish: one line per finding', () => {
  it('keeps every finding line within 160 characters with a 300-character application name, colour and links on', async () => {
    for (const [env, tty] of [
      [{}, false],
      [{ TERM_PROGRAM: 'WezTerm', FORCE_COLOR: '1' }, true],
    ] as const) {
      const run = await runCli([tenant, '--no-config'], { env, tty });
      expect(run.code).toBe(1);
      const lines = findingLines(run.stdout);
      for (const id of RULE_IDS)
        expect(
          lines.some((line) => visible(line).includes(` ${id} `)),
          id,
        ).toBe(true);
      for (const line of lines) {
        expect(columns(line), visible(line)).toBeLessThanOrEqual(MAX_LINE);
        // Severity, then the whole rule id next to it, then the headline.
        expect(visible(line)).toMatch(/^ {2}\d+:\d+ +(error|warning|note) +[a-z][a-z-]+[a-z] {2,}\S/);
      }
      // The name is shortened with an ellipsis, not wrapped onto another line.
      expect(lines.some((line) => /"Customer Self-[^"]+\u2026"/.test(visible(line)))).toBe(true);
      // A long URL keeps its start rather than disappearing from the headline.
      expect(lines.find((line) => line.includes('secure-redirect-urls'))).toMatch(/lists a plain http:\/\/ URL in callbacks: http:\/\/very-long-\S*\u2026/);
      expect(run.stdout).not.toContain(LONG_NAME);
      // The summary lines stay.
      expect(run.stdout).toMatch(/\u2716 \d+ problems \(\d+ errors?, \d+ warnings?, \d+ notes?\)/);
    }
  });

  it('keeps every line within 160 columns when names are East Asian, emoji or carry combining marks', async () => {
    const wideName = `\u6771\u4eac\u672c\u793e\u306e\u9867\u5ba2\u30dd\u30fc\u30bf\u30eb \u{1F680} Caf\u0065\u0301 `.repeat(12);
    const wide = path.join(dir, 'wide.yaml');
    writeFileSync(
      wide,
      `clients:\n  - name: ${JSON.stringify(wideName)}\n    app_type: regular_web\n    grant_types: [implicit, password]\n    callbacks:\n      - http://${'\u4f8b'.repeat(40)}.example.com/${'\u{1F600}'.repeat(60)}\n`,
    );
    for (const args of [[], ['--verbose']]) {
      const run = await runCli([wide, '--no-config', ...args]);
      expect(run.stderr).toBe('');
      const lines = run.stdout.split('\n').filter((line) => line.startsWith('  '));
      expect(lines.some((line) => line.includes(' no-implicit-grant '))).toBe(true);
      for (const line of lines) expect(columns(line), line).toBeLessThanOrEqual(args.length > 0 && line.startsWith('    ') ? 104 : MAX_LINE);
    }
  });

  it('shows the headline (first sentence) only; --verbose adds the details, wrapped, and the docs URL', async () => {
    const plain = await runCli([tenant, '--no-config']);
    const implicit = findingLines(plain.stdout).find((line) => line.includes('no-implicit-grant'))!;
    expect(implicit).toMatch(/ no-implicit-grant +Application "Customer Self-[^"]*\u2026" allows the implicit grant\.$/);
    expect(plain.stdout).not.toContain('Remove implicit from grant_types');
    expect(plain.stdout).not.toContain('https://github.com/a0lint/a0lint/blob/main/rules/');

    const verbose = await runCli([tenant, '--no-config', '--verbose']);
    expect(verbose.code).toBe(1);
    const lines = verbose.stdout.split('\n');
    const at = lines.findIndex((line) => line.includes(' no-implicit-grant '));
    const block = [];
    for (let index = at + 1; index < lines.length && lines[index]!.startsWith('    '); index++) block.push(lines[index]!);
    expect(block.join(' ')).toContain('Remove implicit from grant_types and use the authorization code flow with PKCE.');
    expect(block.at(-1)).toBe('    Docs: https://github.com/a0lint/a0lint/blob/main/rules/no-implicit-grant/README.md');
    for (const line of block) expect(columns(line)).toBeLessThanOrEqual(104);
    // The shortened name is given whole in the details (in pieces only where one word is wider than a line).
    const details = lines
      .filter((line) => line.startsWith('    '))
      .map((line) => line.trim())
      .join(' ');
    expect(details).toContain(LONG_NAME.trim());
    for (const line of lines.filter((line) => line.startsWith('  '))) expect(columns(line)).toBeLessThanOrEqual(MAX_LINE);
  });

  it('links rule ids to their docs with OSC 8 only where the terminal shows links', async () => {
    const link = '\u001b]8;;https://github.com/a0lint/a0lint/blob/main/rules/no-implicit-grant/README.md\u001b\\';
    const linked = async (env: Record<string, string>, tty = true, args: string[] = []): Promise<boolean> =>
      (await runCli([tenant, '--no-config', ...args], { env, tty })).stdout.includes(link);
    expect(await linked({ TERM_PROGRAM: 'WezTerm' })).toBe(true);
    expect(await linked({ TERM_PROGRAM: 'WezTerm' }, false)).toBe(false);
    expect(await linked({ TERM_PROGRAM: 'WezTerm', NO_COLOR: '1' })).toBe(false);
    expect(await linked({ TERM_PROGRAM: 'WezTerm' }, true, ['--no-color'])).toBe(false);
    expect(await linked({ TERM_PROGRAM: 'WezTerm', CI: 'true' })).toBe(false);
    expect(await linked({ TERM: 'xterm-256color' })).toBe(false);
    expect(await linked({ FORCE_HYPERLINK: '1' }, false)).toBe(true);
    expect(await linked({ TERM_PROGRAM: 'WezTerm', FORCE_HYPERLINK: '0' })).toBe(false);
    // A report written to a file is never linked.
    const file = path.join(dir, 'out.txt');
    const run = await runCli([tenant, '--no-config', '-o', file], { env: { TERM_PROGRAM: 'WezTerm' }, tty: true });
    expect(run.stdout).toBe('');
  });
});

describe('useHyperlinks', () => {
  const decide = (env: Record<string, string>, tty = true, color = true): boolean => useHyperlinks({ stdoutIsTTY: tty, env }, color);
  it('follows what the terminal says it is', () => {
    expect(decide({ WT_SESSION: 'x' })).toBe(true);
    expect(decide({ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4.19' })).toBe(true);
    expect(decide({ TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0.15' })).toBe(false);
    expect(decide({ TERM_PROGRAM: 'vscode', TERM_PROGRAM_VERSION: '1.95.3' })).toBe(true);
    expect(decide({ TERM_PROGRAM: 'vscode', TERM_PROGRAM_VERSION: '1.60.0' })).toBe(false);
    expect(decide({ TERM_PROGRAM: 'Apple_Terminal', TERM_PROGRAM_VERSION: '455' })).toBe(false);
    expect(decide({ VTE_VERSION: '7600' })).toBe(true);
    expect(decide({ VTE_VERSION: '5000' })).toBe(false);
    expect(decide({ VTE_VERSION: '4601' })).toBe(false);
    expect(decide({ TERM: 'xterm-kitty' })).toBe(true);
    expect(decide({ TERM: 'dumb', TERM_PROGRAM: 'WezTerm' })).toBe(false);
    expect(decide({ TERM_PROGRAM: 'WezTerm', GITHUB_ACTIONS: 'true' })).toBe(false);
    expect(decide({ TERM_PROGRAM: 'WezTerm' }, true, false)).toBe(false);
    expect(decide({})).toBe(false);
  });
});

describe('terminal text helpers', () => {
  it('shortens each long name or value in a headline and then cuts at a word', () => {
    const url = `https://${'a'.repeat(80)}.example.com/`;
    expect(fitHeadline(`Grant for "${'N'.repeat(60)}" on ${url} is wrong.`, 160)).toBe(
      `Grant for "${'N'.repeat(45)}\u2026" on https://${'a'.repeat(39)}\u2026 is wrong.`,
    );
    const cut = fitHeadline(`${'word '.repeat(40)}end.`, 60);
    expect(Array.from(cut).length).toBeLessThanOrEqual(60);
    expect(cut).toMatch(/word\u2026$/);
    // A shortened word that the cut reaches goes with it: one ellipsis, never two.
    const mode = 'Third-party application "Reviews Widget" is in permissive security mode (third_party_security_mode: permissive).';
    expect(fitHeadline(mode, 100)).toBe('Third-party application "Reviews Widget" is in permissive security mode\u2026');
  });

  it('counts terminal columns: wide characters and emoji two, combining marks none, a joined emoji as one character', () => {
    expect(stringWidth(fitHeadline('\u{1F600}'.repeat(100), 50))).toBeLessThanOrEqual(50);
    const wide = fitHeadline(`Application "${'\u6771\u4eac'.repeat(60)}" allows the implicit grant.`, 60);
    expect(stringWidth(wide)).toBeLessThanOrEqual(60);
    expect(stringWidth(wide)).toBeGreaterThanOrEqual(55);
    // "é" as e + combining acute is one column: 49 of them fit before the ellipsis, not 24.
    expect(fitLabel('e\u0301'.repeat(100), 50)).toBe(`${'e\u0301'.repeat(49)}\u2026`);
    // A family emoji (people joined by zero-width joiners) is never cut into its people.
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    expect(fitLabel(family.repeat(10), 7)).toBe(`${family.repeat(3)}\u2026`);
    const wrapped = wrapWords(`${'\u6771\u4eac\u90fd '.repeat(30)}${'\u5927'.repeat(70)}`, 40);
    for (const line of wrapped) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    expect(wrapped.join('').replace(/ /g, '')).toBe(`${'\u6771\u4eac\u90fd'.repeat(30)}${'\u5927'.repeat(70)}`);
  });

  it('wraps at words and never splits one that fits on a line', () => {
    const lines = wrapWords('see management-api-least-privilege and no-open-dynamic-client-registration for details', 40);
    expect(lines).toEqual(['see management-api-least-privilege and', 'no-open-dynamic-client-registration for', 'details']);
    expect(wrapWords('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
});
