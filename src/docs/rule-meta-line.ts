import type { RuleMeta } from '../engine/rule.js';
import { CATEGORY_LABELS } from './rules-table.js';

/** The line of a rule's docs page that states its metadata; generated from `meta` (`npm run docs:rules`), never typed. */
const META_LINE_START = 'Default severity: ';

/** The metadata the line states (any rule's, whatever its options). */
type LineMeta = Pick<RuleMeta, 'id' | 'defaultSeverity' | 'category' | 'preset' | 'precision' | 'securitySeverity'>;

export function ruleMetaLine(meta: LineMeta): string {
  const parts = [
    `${META_LINE_START}**${meta.defaultSeverity}**`,
    `Category: ${CATEGORY_LABELS[meta.category]}`,
    `In \`recommended\`: ${meta.preset === 'strict' ? 'no (in `strict`)' : 'yes'}`,
    `Precision: ${meta.precision}`,
    `Security severity: ${meta.securitySeverity.toFixed(1)}`,
  ];
  if (meta.category === 'audit') parts.push('Live audits only (`a0lint --live`)');
  return parts.join(' · ');
}

/** The docs page with its metadata line replaced; throws when it has none, so a page never silently lacks it. */
export function withRuleMetaLine(docs: string, meta: LineMeta): string {
  const lines = docs.split('\n');
  const at = lines.findIndex((line) => line.startsWith(META_LINE_START));
  if (at === -1) throw new Error(`rules/${meta.id}/README.md has no line starting "${META_LINE_START}"`);
  lines[at] = ruleMetaLine(meta);
  return lines.join('\n');
}
