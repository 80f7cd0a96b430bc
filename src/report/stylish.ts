import { countBySeverity, type Finding } from '../engine/finding.js';
import { coverageLines } from '../engine/coverage.js';
import { errorsOf, findingsOf } from '../engine/target.js';
import { printable } from '../shared/printable.js';
import { joined, type ChunkedFormatter } from './formatter.js';
import { PARTIAL_EXPORT_NOTE, partialExports } from './partial-exports.js';

const STYLES = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, underline: 4 } as const;

/** Human output grouped by file, like ESLint's stylish: `line:col  severity  message  rule-id`; one piece per line. */
export const stylishChunks: ChunkedFormatter = function* ({ targets, color }) {
  const findings = findingsOf(targets);
  const errors = errorsOf(targets);
  const paint = (style: keyof typeof STYLES, text: string): string => (color ? `\u001b[${STYLES[style]}m${text}\u001b[0m` : text);
  const severityText = { error: paint('red', 'error'), warning: paint('yellow', 'warning'), note: paint('blue', 'note') };
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = printable(finding.location?.file ?? (finding.endpoint ? `live: ${finding.endpoint}` : '(no file)'));
    const items = groups.get(group);
    if (items) items.push(finding);
    else groups.set(group, [finding]);
  }
  for (const [group, items] of groups) {
    yield `${paint('underline', group)}\n`;
    const places = items.map(place);
    let width = 0;
    for (const where of places) width = Math.max(width, where.length);
    for (let index = 0; index < items.length; index++) {
      const { severity, message, ruleId } = items[index]!;
      const padding = ' '.repeat(7 - severity.length);
      yield `  ${paint('dim', places[index]!.padEnd(width))}  ${severityText[severity]}${padding}  ${message}  ${paint('dim', ruleId)}\n`;
    }
    yield '\n';
  }
  const counts = countBySeverity(findings);
  const total = findings.length;
  if (total > 0) {
    const summary = `${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.note} note${counts.note === 1 ? '' : 's'})`;
    yield `${paint('bold', paint(counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : 'blue', `\u2716 ${summary}`))}\n`;
  } else if (errors.length === 0) {
    yield 'No problems found.\n';
  }
  if (errors.length > 0) {
    yield `${paint('red', `${errors.length} input error${errors.length === 1 ? '' : 's'}: these results are incomplete (see stderr).`)}\n`;
  }
  if (partialExports(targets).length > 0) yield `${paint('dim', `Note: ${PARTIAL_EXPORT_NOTE}`)}\n`;
  for (const line of coverageLines(targets)) yield `${paint('dim', printable(line))}\n`;
};

export const formatStylish = joined(stylishChunks);

function place(finding: Finding): string {
  return finding.location ? `${finding.location.startLine}:${finding.location.startColumn}` : entityLabel(finding);
}

function entityLabel(finding: Finding): string {
  return finding.entity ? `${finding.entity.kind} ${printable(finding.entity.name ?? finding.entity.key)}` : '-';
}
