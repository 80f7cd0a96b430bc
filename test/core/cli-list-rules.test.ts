import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { renderRulesTable } from '../../src/docs/rules-table.js';
import { runCli } from '../helpers/run-cli.js';

describe('--list-rules', () => {
  it("--format json prints every rule's metadata", async () => {
    const run = await runCli(['--list-rules', '--format', 'json', '--no-config']);
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout) as { version: number; rules: Array<Record<string, unknown>> };
    expect(listed.version).toBe(1);
    for (const rule of builtinRules) {
      const { docs: _docs, ...meta } = rule.meta;
      expect(listed.rules).toContainEqual(JSON.parse(JSON.stringify(meta)));
    }
    expect(listed.rules.every((rule) => !('docs' in rule))).toBe(true);
  });

  it('refuses report formats it cannot print', async () => {
    const run = await runCli(['--list-rules', '--format', 'sarif']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^a0lint: --list-rules prints a table \(stylish, the default\) or JSON \(--format json\); got --format sarif\n/);
  });

  it("names each category as the README's rules table does", async () => {
    const table = (await runCli(['--list-rules', '--no-config'])).stdout;
    for (const row of renderRulesTable(builtinRules).split('\n').slice(2)) {
      const [, id, severity, category] = /^\| \[`([^`]+)`\]\([^)]*\) \| (\w+)(?: \(strict only\))? \| ([^|]+) \|/.exec(row)!;
      expect(table).toMatch(new RegExp(`^${id} +${severity} +${category!.trim()}  `, 'm'));
    }
  });

  it('writes to -o/--output-file or --format NAME:FILE like the reports, nothing to standard output', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'a0lint-list-'));
    const table = await runCli(['--list-rules', '--no-config', '-o', 'rules.txt'], { cwd: dir });
    expect([table.code, table.stdout]).toEqual([0, '']);
    expect(readFileSync(path.join(dir, 'rules.txt'), 'utf8')).toBe((await runCli(['--list-rules', '--no-config'], { cwd: dir })).stdout);
    const json = await runCli(['--list-rules', '--no-config', '--format', 'json', '--output-file', 'out/rules.json'], { cwd: dir });
    expect([json.code, json.stdout]).toEqual([0, '']);
    expect(readFileSync(path.join(dir, 'out/rules.json'), 'utf8')).toBe(
      (await runCli(['--list-rules', '--no-config', '--format', 'json'], { cwd: dir })).stdout,
    );
    expect((await runCli(['--list-rules', '--no-config', '--format', 'json:named.json'], { cwd: dir })).stdout).toBe('');
    expect((JSON.parse(readFileSync(path.join(dir, 'named.json'), 'utf8')) as { version: number }).version).toBe(1);
  });

  it('--print-config writes to -o too', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'a0lint-print-'));
    const run = await runCli(['--print-config', path.resolve('examples/tenant.yaml'), '--no-config', '-o', 'config.json'], { cwd: dir });
    expect([run.code, run.stdout]).toEqual([0, '']);
    expect((JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8')) as { rules: Record<string, unknown> }).rules['no-localhost-urls']).toBe('note');
  });
});
