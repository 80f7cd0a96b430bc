import { text } from '../../shared/markdown-text.js';
import { SUMMARY_MAX_BYTES } from '../../report/markdown.js';
import { apiTitle, byApi, clientTitle, keyReasons, policyText, scopesText, SUBJECT_LABELS } from '../labels.js';
import type { AccessFormatter } from '../report.js';
import { ACCESS_SUBJECTS, type AccessEntry } from '../types.js';
import { SizeBudget } from './size-budget.js';

/** The access map as a job summary: per API, a table of who gets tokens and why; cut to GitHub's summary limit. */
export const formatAccessMarkdown: AccessFormatter = ({ targets, errors }) => {
  const budget = new SizeBudget(SUMMARY_MAX_BYTES);
  budget.add('## a0lint access\n\n');
  if (errors.length > 0) {
    budget.add(`**${errors.length} input error${errors.length === 1 ? '' : 's'}: this access map is incomplete.**\n\n`);
    for (const error of errors) budget.add(`- ${text(error.format())}\n`);
    budget.add('\n');
  }
  for (const target of targets) {
    if (!target.map) continue;
    const allowed = target.map.entries.reduce((count, entry) => count + (entry.allowed ? 1 : 0), 0);
    budget.add(
      `Who can get access tokens in ${code(target.path)}: ${target.map.apis.length} APIs, ${allowed} of ${target.map.entries.length} entries allowed.\n\n`,
    );
    for (const { api, entries } of byApi(target.map.apis, target.map.entries)) {
      const parts: string[] = [`### ${text(apiTitle(api))}${api.apiName !== undefined ? ` ${code(api.api)}` : ''}\n\n`];
      for (const subject of ACCESS_SUBJECTS) {
        const policy = api.policies[subject];
        if (policy) parts.push(`${SUBJECT_LABELS[subject]}: **${text(policyText(policy))}**  \n`);
      }
      parts.push('\n');
      if (entries.length > 0) {
        parts.push('| | Subject | Application | Scopes | Why |\n|---|---|---|---|---|\n');
        for (const entry of entries) parts.push(row(entry));
        parts.push('\n');
      }
      budget.add(parts.join(''), entries.length);
    }
  }
  return budget.finish('entries', 'The `json` and `html` formats have all of them.');
};

function row(entry: AccessEntry): string {
  const mark = entry.allowed ? '\u2705' : '\u274c';
  return `| ${mark} | ${entry.subjectType} | ${text(clientTitle(entry))} | ${entry.allowed ? text(scopesText(entry.scopes)) : ''} | ${text(keyReasons(entry).join(' '))} |\n`;
}

function code(value: string): string {
  return `<code>${text(value)}</code>`;
}
