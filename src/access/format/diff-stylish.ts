import { printable } from '../../shared/printable.js';
import { isWidening } from '../diff.js';
import type { AccessDiffFormatter } from '../report.js';

const STYLES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;

/** People's view of a diff: what widens first (+), then what narrows (-), each change in plain words. */
export const formatAccessDiffStylish: AccessDiffFormatter = ({ base, head, diff, errors, color }) => {
  const paint = (style: keyof typeof STYLES, text: string): string => (color ? `\u001b[${STYLES[style]}m${text}\u001b[0m` : text);
  const lines: string[] = [paint('bold', `Access changes from ${printable(base.path)} to ${printable(head.path)}`), ''];
  if (!diff) lines.push(paint('red', 'Not compared: a source could not be read (see stderr).'));
  else if (diff.changes.length === 0) lines.push(errors.length > 0 ? 'No change in what was read.' : 'No change in who can get tokens.');
  else {
    for (const change of diff.changes) {
      const widening = isWidening(change.kind);
      lines.push(`  ${widening ? paint('yellow', '+') : paint('green', '-')} ${paint('dim', change.kind.padEnd(8))} ${printable(change.summary)}`);
    }
    const { added, widened, narrowed, removed } = diff.counts;
    lines.push('', `  ${added} added, ${widened} widened, ${narrowed} narrowed, ${removed} removed`);
  }
  if (errors.length > 0) lines.push(paint('red', `${errors.length} input error${errors.length === 1 ? '' : 's'}: this comparison is incomplete (see stderr).`));
  return `${lines.join('\n')}\n`;
};
