import type { AnyRule, Category } from '../engine/rule.js';

/** The README's rules table, generated from rule metadata between these markers (`npm run docs:rules`). */
export const TABLE_START = '<!-- rules-table:start -->';
export const TABLE_END = '<!-- rules-table:end -->';

export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  'access-policy': 'access policy',
  'client-grants': 'client grants',
  clients: 'clients',
  apis: 'APIs',
  hygiene: 'hygiene',
  audit: 'live audit',
  tenant: 'tenant settings',
  'attack-protection': 'attack protection',
  authentication: 'authentication',
  code: 'code',
  monitoring: 'monitoring',
};

export function renderRulesTable(rules: readonly AnyRule[]): string {
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  const rows = rules.map(
    ({ meta }) =>
      `| [\`${meta.id}\`](rules/${meta.id}/README.md) | ${meta.defaultSeverity}${meta.preset === 'strict' ? ' (strict only)' : ''} | ${CATEGORY_LABELS[meta.category]} | ${cell(meta.description)} |`,
  );
  return ['| rule | default | category | description |', '|---|---|---|---|', ...rows].join('\n');
}

/** The README with its table replaced; throws when the markers are missing, so the table is never silently dropped. */
export function withRulesTable(readme: string, rules: readonly AnyRule[]): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start === -1 || end < start) throw new Error(`README has no ${TABLE_START} … ${TABLE_END} section`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${renderRulesTable(rules)}\n${readme.slice(end)}`;
}
