import { CORE_READ_SCOPES, POSTURE_READ_SCOPES } from '../model/sections.js';

/**
 * The read scopes a live audit uses, as the docs list them: generated from the sections' scopes between these
 * markers (`npm run docs:rules`), so the README, docs/security.md and the rule's page never fall behind the reader.
 */
export const SCOPES_START = '<!-- audit-scopes:start -->';
export const SCOPES_END = '<!-- audit-scopes:end -->';

const code = (scopes: readonly string[]): string => {
  const quoted = scopes.map((scope) => `\`${scope}\``);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : (quoted[0] ?? '');
};

export function renderAuditScopes(): string {
  return `${code(CORE_READ_SCOPES)} (always), and for the tenant-posture rules ${code(POSTURE_READ_SCOPES)}`;
}

/** The text with every marked list regenerated; text without markers is returned as it is. */
export function withAuditScopes(text: string): string {
  let result = '';
  let rest = text;
  for (;;) {
    const start = rest.indexOf(SCOPES_START);
    const end = rest.indexOf(SCOPES_END, start);
    if (start === -1 || end === -1) return result + rest;
    result += `${rest.slice(0, start + SCOPES_START.length)}${renderAuditScopes()}`;
    rest = rest.slice(end);
    result += rest.slice(0, SCOPES_END.length);
    rest = rest.slice(SCOPES_END.length);
  }
}
