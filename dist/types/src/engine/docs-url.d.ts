export declare const HOMEPAGE = "https://github.com/a0lint/a0lint";
export declare function docsUrl(ruleId: string): string;
/**
 * A rule's docs link: its own when it names one (custom rules, configuration findings), else its page here. A
 * custom rule (`custom/…`) without `docs` has no page anywhere, so it gets no link rather than one that 404s.
 */
export declare function ruleDocsUrl(meta: {
    readonly id: string;
    readonly docsUrl?: string;
}): string | undefined;
