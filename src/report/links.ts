import { ruleDocsUrl } from '../engine/docs-url.js';
import type { AnyRule } from '../engine/rule.js';

/**
 * A rule's docs link as an absolute http(s) URL, normalised (spaces and quotes percent-encoded), or undefined when
 * it is not one: custom rules name their own link in the repository's configuration, which a pull request can set.
 */
export function ruleLink(ruleId: string, rule: AnyRule | undefined): string | undefined {
  const url = rule ? ruleDocsUrl(rule.meta) : ruleId.includes('/') ? undefined : ruleDocsUrl({ id: encodeURIComponent(ruleId) });
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
