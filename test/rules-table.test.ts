import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { renderRulesTable, TABLE_END, TABLE_START, withRulesTable } from '../src/docs/rules-table.js';

describe('README rules table', () => {
  it('is current with rule metadata (regenerate with `npm run docs:rules`)', async () => {
    const readme = await readFile('README.md', 'utf8');
    expect(readme, 'README.md is stale: run `npm run docs:rules`').toBe(withRulesTable(readme, builtinRules));
  });

  it('lists every rule once, linked to its docs page, with its default severity', () => {
    const table = renderRulesTable(builtinRules);
    for (const { meta } of builtinRules) {
      const severity = `${meta.defaultSeverity}${meta.preset === 'strict' ? ' (strict only)' : ''}`;
      expect(table.split(`[\`${meta.id}\`](rules/${meta.id}/README.md) | ${severity} |`)).toHaveLength(2);
    }
    expect(table.split('\n')).toHaveLength(builtinRules.length + 2);
  });

  it('replaces only what stands between the markers and refuses a README without them', () => {
    const readme = `intro\n${TABLE_START}\nold table\n${TABLE_END}\noutro\n`;
    const updated = withRulesTable(readme, builtinRules.slice(0, 1));
    expect(updated).toBe(`intro\n${TABLE_START}\n${renderRulesTable(builtinRules.slice(0, 1))}\n${TABLE_END}\noutro\n`);
    expect(withRulesTable(updated, builtinRules.slice(0, 1))).toBe(updated);
    expect(() => withRulesTable('no markers', builtinRules)).toThrow(/rules-table:start/);
  });
});
