/**
 * Recognising the Auth0 Management API. Its audience is `https://{tenant-domain}/api/v2/`; deploy-cli exports omit
 * the API itself but keep grants to it, so recognition works from audiences, never from names.
 */
/** The host and kind of an audience shaped like the My Account or My Organization API, or undefined. */
export declare function tenantSystemAudience(audience: string): {
    host: string;
    kind: 'my-account' | 'my-organization';
} | undefined;
export declare function managementAudience(domain: string): string;
/** The host of an audience shaped like a Management API audience, or undefined. */
export declare function managementAudienceHost(audience: string): string | undefined;
/** Audiences compare without case in the host and without a trailing slash. */
export declare function normalizeAudience(audience: string): string;
/**
 * A value that holds a deploy-cli keyword marker, or a Terraform interpolation a0lint could not evaluate (`${var.x}`,
 * how the Terraform loader writes values only known at apply time): either way, what it will be is unknown.
 */
export declare function hasUnresolvedMarker(value: string): boolean;
