import { CATEGORY_LABELS } from '../docs/rules-table.js';
import type { AnyRule } from '../engine/rule.js';

/** The rules as a table, with the README's category names. */
export function listRules(rules: readonly AnyRule[]): string {
  const rows = rules.map((rule) => [rule.meta.id, rule.meta.defaultSeverity, CATEGORY_LABELS[rule.meta.category] ?? rule.meta.category, rule.meta.description]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length), ['rule', 'default', 'category'][column]!.length));
  const line = (row: readonly string[]): string => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ');
  return `${[line(['rule', 'default', 'category', 'description']), ...rows.map(line)].join('\n')}\n`;
}

/** The rules' metadata as JSON (`--list-rules --format json`): everything but the docs page's text. */
export function listRulesJson(rules: readonly AnyRule[]): string {
  const entries = rules.map(({ meta: { docs: _docs, ...meta } }) => meta);
  return `${JSON.stringify({ version: 1, rules: entries }, null, 2)}\n`;
}
