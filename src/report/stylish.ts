import { countBySeverity, type Finding } from '../engine/finding.js';
import { printable } from '../engine/printable.js';
import type { Formatter } from './formatter.js';

const STYLES = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, underline: 4 } as const;

/** Human output grouped by file, like ESLint's stylish: `line:col  severity  message  rule-id`. */
export const formatStylish: Formatter = ({ findings, errors, color }) => {
  const paint = (style: keyof typeof STYLES, text: string): string => (color ? `\u001b[${STYLES[style]}m${text}\u001b[0m` : text);
  const severityText = { error: paint('red', 'error'), warning: paint('yellow', 'warning'), note: paint('blue', 'note') };
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = printable(finding.location?.file ?? (finding.endpoint ? `live: ${finding.endpoint}` : '(no file)'));
    groups.set(group, [...(groups.get(group) ?? []), finding]);
  }
  const lines: string[] = [];
  for (const [group, items] of groups) {
    lines.push(paint('underline', group));
    const rows = items.map((finding) => [
      finding.location ? `${finding.location.startLine}:${finding.location.startColumn}` : entityLabel(finding),
      finding.severity,
      finding.message,
      finding.ruleId,
    ]);
    const width = Math.max(...rows.map((row) => row[0]!.length));
    for (const [where, severity, message, ruleId] of rows) {
      const padding = ' '.repeat(7 - severity!.length);
      lines.push(`  ${paint('dim', where!.padEnd(width))}  ${severityText[severity as Finding['severity']]}${padding}  ${message}  ${paint('dim', ruleId!)}`);
    }
    lines.push('');
  }
  const counts = countBySeverity(findings);
  const total = findings.length;
  if (total > 0) {
    const summary = `${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.note} note${counts.note === 1 ? '' : 's'})`;
    lines.push(paint('bold', paint(counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : 'blue', `\u2716 ${summary}`)));
  } else if (errors.length === 0) {
    lines.push('No problems found.');
  }
  if (errors.length > 0) {
    lines.push(paint('red', `${errors.length} input error${errors.length === 1 ? '' : 's'}: these results are incomplete (see stderr).`));
  }
  return `${lines.join('\n')}\n`;
};

function entityLabel(finding: Finding): string {
  return finding.entity ? `${finding.entity.kind} ${printable(finding.entity.name ?? finding.entity.key)}` : '-';
}
