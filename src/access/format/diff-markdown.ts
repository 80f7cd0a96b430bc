import { SUMMARY_MAX_BYTES } from '../../report/markdown.js';
import { text } from '../../shared/markdown-text.js';
import { isWidening, type AccessDiff } from '../diff.js';
import type { AccessDiffFormatter } from '../report.js';
import { SizeBudget } from './size-budget.js';

export interface AccessChangesOptions {
  readonly heading?: string;
  readonly maxBytes?: number;
}

/** The diff as a job summary. */
export const formatAccessDiffMarkdown: AccessDiffFormatter = ({ base, head, diff, errors }) => {
  const intro = `Who can get access tokens, from ${code(base.path)} to ${code(head.path)}.`;
  const incomplete =
    errors.length > 0
      ? `\n\n**${errors.length} input error${errors.length === 1 ? '' : 's'}: this comparison is incomplete.**\n${errors.map((error) => `- ${text(error.format())}`).join('\n')}`
      : '';
  if (!diff) return `## Access changes\n\n${intro}${incomplete}\n\nNot compared: a source could not be read.\n`;
  return accessChangesMarkdown(diff, { heading: '## Access changes' }, `${intro}${incomplete}`);
};

/** The "Access changes" section: widenings first, then narrowings, each in plain words; cut to the size limit. */
export function accessChangesMarkdown(diff: AccessDiff, options: AccessChangesOptions = {}, intro = ''): string {
  const budget = new SizeBudget(options.maxBytes ?? SUMMARY_MAX_BYTES);
  const { added, widened, narrowed, removed } = diff.counts;
  budget.add(`${options.heading ?? '### Access changes'}\n\n${intro ? `${intro}\n\n` : ''}`);
  if (diff.changes.length === 0) {
    budget.add('No change in who can get tokens.\n');
    return budget.finish('changes', '');
  }
  budget.add(
    `**${added + widened} widening${added + widened === 1 ? '' : 's'}** (${added} added, ${widened} widened), ${narrowed + removed} narrowing${narrowed + removed === 1 ? '' : 's'} (${narrowed} narrowed, ${removed} removed).\n\n`,
  );
  let section: 'widen' | 'narrow' | undefined;
  for (const change of diff.changes) {
    const now = isWidening(change.kind) ? 'widen' : 'narrow';
    if (now !== section) {
      budget.add(now === 'widen' ? '#### \u26a0\ufe0f Access granted or widened\n\n' : `${section ? '\n' : ''}#### Access revoked or narrowed\n\n`);
      section = now;
    }
    budget.add(`- **${change.kind}**: ${text(change.summary)}\n`, 1);
  }
  return budget.finish('changes', 'The `json` format of `a0lint access --diff` has all of them.');
}

function code(value: string): string {
  return `<code>${text(value)}</code>`;
}
