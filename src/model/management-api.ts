/**
 * Recognising the Auth0 Management API. Its audience is `https://{tenant-domain}/api/v2/`; deploy-cli exports omit
 * the API itself but keep grants to it, so recognition works from audiences, never from names.
 */

// A host may be a keyword marker (`https://##AUTH0_DOMAIN##/api/v2/`), whose `#` would otherwise end the host.
const MANAGEMENT_AUDIENCE = /^https:\/\/((?:[^/?#]|##\w+##|@@\w+@@)+)\/api\/v2\/?$/i;

// Auth0's self-service system APIs sit on the tenant's host at fixed paths: My Account API (/me/), My Organization API (/my-org/).
const TENANT_SYSTEM_AUDIENCE = /^https:\/\/((?:[^/?#]|##\w+##|@@\w+@@)+)\/(me|my-org)\/?$/i;

/** The host and kind of an audience shaped like the My Account or My Organization API, or undefined. */
export function tenantSystemAudience(audience: string): { host: string; kind: 'my-account' | 'my-organization' } | undefined {
  const match = TENANT_SYSTEM_AUDIENCE.exec(audience.trim());
  return match ? { host: match[1]!.toLowerCase(), kind: match[2]!.toLowerCase() === 'me' ? 'my-account' : 'my-organization' } : undefined;
}

export function managementAudience(domain: string): string {
  return `https://${domain.toLowerCase()}/api/v2/`;
}

/** The host of an audience shaped like a Management API audience, or undefined. */
export function managementAudienceHost(audience: string): string | undefined {
  const match = MANAGEMENT_AUDIENCE.exec(audience.trim());
  return match ? match[1]!.toLowerCase() : undefined;
}

// Every grant's audience is normalized by the model and again by rules, and a tenant has few distinct audiences
// (one per API), so results are remembered; the bound keeps a long-lived process (the Action) from growing.
const normalized = new Map<string, string>();
const MAX_REMEMBERED = 100_000;

/** Audiences compare without case in the host and without a trailing slash. */
export function normalizeAudience(audience: string): string {
  let result = normalized.get(audience);
  if (result === undefined) {
    if (normalized.size >= MAX_REMEMBERED) normalized.clear();
    normalized.set(audience, (result = normalize(audience)));
  }
  return result;
}

function normalize(audience: string): string {
  const trimmed = audience.trim();
  const match = /^(https?:\/\/)([^/?#]+)(.*)$/i.exec(trimmed);
  const normalized = match ? `${match[1]!.toLowerCase()}${match[2]!.toLowerCase()}${match[3]}` : trimmed;
  return normalized.endsWith('/') ? normalized : `${normalized}/`;
}

const MARKER = /##[A-Za-z0-9_]+##|@@[A-Za-z0-9_]+@@/;

/**
 * A value that holds a deploy-cli keyword marker, or a Terraform interpolation a0lint could not evaluate (`${var.x}`,
 * how the Terraform loader writes values only known at apply time): either way, what it will be is unknown.
 */
export function hasUnresolvedMarker(value: string): boolean {
  // Called for every scope, audience and URL: most hold neither `##`, `@@` nor `${`, which is cheaper to rule out.
  return ((value.includes('##') || value.includes('@@')) && MARKER.test(value)) || value.includes('${');
}
