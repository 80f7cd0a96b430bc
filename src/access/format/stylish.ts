import { printable } from '../../shared/printable.js';
import { apiTitle, byApi, clientTitle, keyReasons, policyText, scopesText, SUBJECT_LABELS } from '../labels.js';
import type { AccessFormatter } from '../report.js';
import { ACCESS_SUBJECTS } from '../types.js';

const STYLES = { red: 31, green: 32, dim: 2, bold: 1, underline: 4 } as const;

/** People's view: per input, per API, per subject type, who gets tokens (✓) and who has a grant that cannot work (✗). */
export const formatAccessStylish: AccessFormatter = ({ targets, errors, color }) => {
  const paint = (style: keyof typeof STYLES, text: string): string => (color ? `\u001b[${STYLES[style]}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const target of targets) {
    lines.push(paint('underline', printable(target.path)));
    if (!target.map) {
      lines.push('  (not read: see the errors on stderr)', '');
      continue;
    }
    let allowed = 0;
    for (const { api, entries } of byApi(target.map.apis, target.map.entries)) {
      const where = api.apiName !== undefined ? `  ${paint('dim', printable(api.api))}` : '';
      lines.push(`  ${paint('bold', printable(apiTitle(api)))}${where}${api.inData ? '' : paint('dim', '  (not in the data)')}`);
      for (const subject of ACCESS_SUBJECTS) {
        const policy = api.policies[subject];
        const rows = entries.filter((entry) => entry.subjectType === subject);
        if (!policy && rows.length === 0) continue;
        lines.push(`    ${SUBJECT_LABELS[subject]}: ${policyText(policy)}${rows.length === 0 ? paint('dim', ', no grant') : ''}`);
        for (const entry of rows) {
          if (entry.allowed) allowed++;
          const mark = entry.allowed ? paint('green', '\u2713') : paint('red', '\u2717');
          const detail = entry.allowed ? scopesText(entry.scopes) : 'cannot get tokens';
          lines.push(`      ${mark} ${printable(clientTitle(entry))}  ${printable(detail)}`);
          if (!entry.allowed) for (const reason of keyReasons(entry)) lines.push(`          ${paint('dim', printable(reason))}`);
        }
      }
    }
    const total = target.map.entries.length;
    lines.push(
      '',
      `  ${target.map.apis.length} API${target.map.apis.length === 1 ? '' : 's'}, ${total} entr${total === 1 ? 'y' : 'ies'}, ${allowed} allowed`,
      '',
    );
  }
  if (errors.length > 0) lines.push(paint('red', `${errors.length} input error${errors.length === 1 ? '' : 's'}: this access map is incomplete (see stderr).`));
  return `${lines.join('\n')}\n`;
};
