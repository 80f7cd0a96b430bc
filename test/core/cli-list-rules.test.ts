import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { renderRulesTable } from '../../src/docs/rules-table.js';
import { runCli } from '../helpers/run-cli.js';

describe('--list-rules', () => {
  it('--format json prints every rule\'s metadata', async () => {
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

  it('names each category as the README\'s rules table does', async () => {
    const table = (await runCli(['--list-rules', '--no-config'])).stdout;
    for (const row of renderRulesTable(builtinRules).split('\n').slice(2)) {
      const [, id, severity, category] = /^\| \[`([^`]+)`\]\([^)]*\) \| (\w+)(?: \(strict only\))? \| ([^|]+) \|/.exec(row)!;
      expect(table).toMatch(new RegExp(`^${id} +${severity} +${category!.trim()}  `, 'm'));
    }
  });
});
