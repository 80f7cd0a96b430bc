export const HOMEPAGE = 'https://github.com/a0lint/a0lint';

export function docsUrl(ruleId: string): string {
  return `${HOMEPAGE}/blob/main/rules/${ruleId}/README.md`;
}

/** A rule's docs link: its own when it names one (custom rules, configuration findings), else its page here. */
export function ruleDocsUrl(meta: { readonly id: string; readonly docsUrl?: string }): string {
  return meta.docsUrl ?? docsUrl(meta.id);
}
