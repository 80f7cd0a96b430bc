import { SECTIONS, SECTION_NAMES, type SectionName } from '../model/sections.js';
import { RequestFailure } from './http.js';
import type { TokenScopes } from './token.js';

/** How one dump key is read: a single answer, or a list paged like the clients. */
type Read = { readonly one: string } | { readonly paged: string };

/**
 * The posture sections a live audit reads, under their dump keys. Attack protection is five answers in the API,
 * one object in a dump. Email templates are served one template at a time and event streams are not read yet:
 * those stay unread, and are named so in the output.
 */
const READS: Readonly<Record<string, ReadonlyArray<readonly [string | undefined, Read]>>> = {
  tenant_settings: [[undefined, { one: '/api/v2/tenants/settings' }]],
  attack_protection: [
    ['brute_force_protection', { one: '/api/v2/attack-protection/brute-force-protection' }],
    ['breached_password_detection', { one: '/api/v2/attack-protection/breached-password-detection' }],
    ['suspicious_ip_throttling', { one: '/api/v2/attack-protection/suspicious-ip-throttling' }],
    ['bot_detection', { one: '/api/v2/attack-protection/bot-detection' }],
    ['captcha', { one: '/api/v2/attack-protection/captcha' }],
  ],
  guardian_factors: [[undefined, { one: '/api/v2/guardian/factors' }]],
  guardian_policies: [[undefined, { one: '/api/v2/guardian/policies' }]],
  connections: [[undefined, { paged: '/api/v2/connections' }]],
  email_provider: [[undefined, { one: '/api/v2/emails/provider' }]],
  actions: [[undefined, { paged: '/api/v2/actions/actions' }]],
  rules: [[undefined, { paged: '/api/v2/rules' }]],
  hooks: [[undefined, { paged: '/api/v2/hooks' }]],
  log_streams: [[undefined, { one: '/api/v2/log-streams' }]],
  custom_domains: [[undefined, { one: '/api/v2/custom-domains' }]],
  network_acls: [[undefined, { paged: '/api/v2/network-acls' }]],
};

/**
 * A posture endpoint that answered 403 or 404 although the token holds its scope: the feature is not on this
 * tenant's plan, or not set up (a tenant without a custom email provider answers 404). The section is then named as
 * not read, never counted as clean, and the rest of the audit goes on.
 */
export class SectionUnavailable {
  constructor(readonly status: number) {}
}

export interface PostureReaders {
  one(name: string, path: string): Promise<unknown>;
  paged(name: string, path: string): Promise<Array<Record<string, unknown>> | SectionUnavailable>;
}

export interface PosturePlan {
  /** The dump keys to read. */
  readonly keys: readonly string[];
  readonly unreadable: ReadonlyMap<SectionName, string>;
}

/** Which sections the token may read; the others are not asked for, only named. */
export function posturePlan(token: TokenScopes): PosturePlan {
  const unreadable = new Map<SectionName, string>();
  const keys = new Set<string>();
  for (const section of SECTION_NAMES) {
    const { dump, scope } = SECTIONS[section];
    if (!Object.hasOwn(READS, dump)) unreadable.set(section, 'live audits do not read it yet');
    else if (token.scopes === undefined) unreadable.set(section, `the token does not state its scopes; ${scope} is needed`);
    else if (!token.scopes.includes(scope)) unreadable.set(section, `missing scope ${scope}`);
    else keys.add(dump);
  }
  return { keys: [...keys], unreadable };
}

/** Reads the planned sections concurrently, each into its dump shape; sections the API did not serve are listed apart. */
export async function readPosture(plan: PosturePlan, readers: PostureReaders): Promise<{ posture: Record<string, unknown>; unavailable: Map<string, number> }> {
  const unavailable = new Map<string, number>();
  const entries = await Promise.all(
    plan.keys.map(async (key) => {
      const parts = await Promise.all(READS[key]!.map(async ([part, read]) => [part, 'one' in read ? await readers.one(key, read.one) : await readers.paged(key, read.paged)] as const));
      const refused = parts.find(([, value]) => value instanceof SectionUnavailable)?.[1];
      if (refused instanceof SectionUnavailable) {
        unavailable.set(key, refused.status);
        return undefined;
      }
      const whole = parts.length === 1 && parts[0]![0] === undefined;
      return [key, whole ? parts[0]![1] : Object.fromEntries(parts)] as const;
    }),
  );
  return { posture: Object.fromEntries(entries.filter((entry) => entry !== undefined)), unavailable };
}

/** A 403 or 404 from a posture endpoint as SectionUnavailable; anything else fails the read as before. */
export function unavailableOn(error: unknown): SectionUnavailable {
  const status = error instanceof RequestFailure ? error.status : undefined;
  if (error instanceof RequestFailure && (status === 403 || status === 404)) return new SectionUnavailable(status);
  throw error;
}

/** The endpoint a posture dump key is read from, for messages. */
export function endpointOf(key: string): string {
  const reads = READS[key];
  if (!reads) return 'GET /api/v2';
  return reads.map(([, read]) => `GET ${'one' in read ? read.one : read.paged}`).join(', ');
}
