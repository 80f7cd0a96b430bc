import type { AnyRule } from '../engine/rule.js';

export function listRules(rules: readonly AnyRule[]): string {
  const rows = rules.map((rule) => [rule.meta.id, rule.meta.defaultSeverity, rule.meta.category, rule.meta.description]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length), ['rule', 'default', 'category'][column]!.length));
  const line = (row: readonly string[]): string => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ');
  return `${[line(['rule', 'default', 'category', 'description']), ...rows.map(line)].join('\n')}\n`;
}
