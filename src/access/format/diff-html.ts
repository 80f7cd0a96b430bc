import { isWidening } from '../diff.js';
import { scopesText } from '../labels.js';
import type { AccessDiffFormatter } from '../report.js';
import { escapeHtml, htmlPage } from './html.js';

/** The diff as one self-contained page: widenings first, each change in plain words with the scopes it adds or removes. */
export const formatAccessDiffHtml: AccessDiffFormatter = ({ base, head, diff, errors, version }) => {
  const title = `Access changes: ${base.path} \u2192 ${head.path}`;
  const parts: string[] = [];
  if (errors.length > 0)
    parts.push(
      `<div class="warn" role="alert"><p>${errors.length} input error${errors.length === 1 ? '' : 's'}: this comparison is incomplete.</p>` +
        `<ul>${errors.map((error) => `<li>${escapeHtml(error.format())}</li>`).join('')}</ul></div>`,
    );
  if (!diff) parts.push('<p>Not compared: a source could not be read.</p>');
  else if (diff.changes.length === 0) parts.push('<p>No change in who can get tokens.</p>');
  else {
    const { added, widened, narrowed, removed } = diff.counts;
    parts.push(`<p>${added} added, ${widened} widened, ${narrowed} narrowed, ${removed} removed.</p>`);
    parts.push(
      '<table><caption>Changes, widenings first</caption><thead><tr><th scope="col">Change</th><th scope="col">What it does</th><th scope="col">Scopes added</th><th scope="col">Scopes removed</th></tr></thead><tbody>',
    );
    for (const change of diff.changes) {
      const kind = isWidening(change.kind) ? 'widening' : 'narrowing';
      parts.push(
        `<tr><th scope="row"><span class="${kind}">${change.kind}</span></th><td>${escapeHtml(change.summary)}</td>` +
          `<td class="scopes">${escapeHtml(scopesOrNothing(change.addedScopes))}</td><td class="scopes">${escapeHtml(scopesOrNothing(change.removedScopes))}</td></tr>`,
      );
    }
    parts.push('</tbody></table>');
  }
  return htmlPage(title, `Who can get access tokens, before and after. a0lint ${version}.`, parts.join('\n'));
};

function scopesOrNothing(scopes: readonly string[] | 'all'): string {
  return scopes !== 'all' && scopes.length === 0 ? '' : scopesText(scopes);
}
