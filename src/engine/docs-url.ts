export const HOMEPAGE = 'https://github.com/a0lint/a0lint';

export function docsUrl(ruleId: string): string {
  return `${HOMEPAGE}/blob/main/rules/${ruleId}/README.md`;
}

/**
 * A rule's docs link: its own when it names one (custom rules, configuration findings), else its page here. A
 * custom rule (`custom/…`) without `docs` has no page anywhere, so it gets no link rather than one that 404s.
 */
export function ruleDocsUrl(meta: { readonly id: string; readonly docsUrl?: string }): string | undefined {
  if (meta.docsUrl !== undefined) return meta.docsUrl;
  return meta.id.includes('/') ? undefined : docsUrl(meta.id);
}
