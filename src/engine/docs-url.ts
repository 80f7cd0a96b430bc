export const HOMEPAGE = 'https://github.com/a0lint/a0lint';

export function docsUrl(ruleId: string): string {
  return `${HOMEPAGE}/blob/main/rules/${ruleId}/README.md`;
}
