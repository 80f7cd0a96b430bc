import { SECTIONS, SECTION_NAMES, type SectionName } from '../model/sections.js';
import { RequestFailure } from './http.js';
import type { TokenScopes } from './token.js';

/**
 * How one dump key is read: a single answer, a list paged like the clients (offset paging, the list under the dump
 * key), a list paged like the grants (checkpoint paging, the list under `key`), or one answer per name.
 */
type Read =
  /** `whenAbsent`: what a 404 means for an endpoint that answers 404 when nothing is set up, as deploy-cli reads it. */
  | { readonly one: string; readonly whenAbsent?: unknown }
  | { readonly paged: string }
  | { readonly checkpoint: string; readonly key: string }
  | { readonly each: string; readonly names: readonly string[]; readonly nameField: string; readonly optional?: readonly string[] };

/**
 * The email templates a tenant can customise, each its own endpoint (the API has no list of them). A template never
 * customised answers 404 and is left out, as deploy-cli's export leaves it out; async_approval answers 403 where the
 * feature is not enabled.
 */
const EMAIL_TEMPLATES = [
  'verify_email',
  'verify_email_by_code',
  'reset_email',
  'reset_email_by_code',
  'welcome_email',
  'blocked_account',
  'stolen_credentials',
  'enrollment_email',
  'mfa_oob_code',
  'change_password',
  'password_reset',
  'user_invitation',
  'async_approval',
];

/**
 * The posture sections a live audit reads, under their dump keys. Attack protection is five answers in the API,
 * one object in a dump; email templates are one answer per template, a list in a dump.
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
  // A tenant without a custom email provider answers 404; deploy-cli exports that as `emailProvider: {}` (its
  // emailProvider handler), so a live audit reads it the same way and require-email-provider judges both alike.
  email_provider: [[undefined, { one: '/api/v2/emails/provider', whenAbsent: {} }]],
  actions: [[undefined, { paged: '/api/v2/actions/actions' }]],
  rules: [[undefined, { paged: '/api/v2/rules' }]],
  hooks: [[undefined, { paged: '/api/v2/hooks' }]],
  email_templates: [[undefined, { each: '/api/v2/email-templates/{name}', names: EMAIL_TEMPLATES, nameField: 'template', optional: ['async_approval'] }]],
  log_streams: [[undefined, { one: '/api/v2/log-streams' }]],
  event_streams: [[undefined, { checkpoint: '/api/v2/event-streams', key: 'eventStreams' }]],
  custom_domains: [[undefined, { one: '/api/v2/custom-domains' }]],
  network_acls: [[undefined, { paged: '/api/v2/network-acls' }]],
};

/**
 * A posture endpoint that answered 403 or 404 although the token holds its scope: the feature is not on this
 * tenant's plan, or not set up. The section is then named as not read, never counted as clean, and the rest of the
 * audit goes on (unless the endpoint's 404 has a known meaning: `whenAbsent`).
 */
export class SectionUnavailable {
  constructor(readonly status: number) {}
}

export interface PostureReaders {
  one(name: string, path: string): Promise<unknown>;
  paged(name: string, path: string): Promise<Array<Record<string, unknown>> | SectionUnavailable>;
  checkpoint(name: string, path: string, key: string): Promise<Array<Record<string, unknown>> | SectionUnavailable>;
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
      const parts = await Promise.all(READS[key]!.map(async ([part, read]) => [part, await readOne(key, read, readers)] as const));
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

function readOne(key: string, read: Read, readers: PostureReaders): Promise<unknown> {
  if ('one' in read)
    return readers
      .one(key, read.one)
      .then((answer) => (read.whenAbsent !== undefined && answer instanceof SectionUnavailable && answer.status === 404 ? read.whenAbsent : answer));
  if ('paged' in read) return readers.paged(key, read.paged);
  if ('checkpoint' in read) return readers.checkpoint(key, read.checkpoint, read.key);
  return readEach(key, read, readers);
}

/**
 * One answer per name, as a list: a name the API does not know (404) is not set up and left out, an optional one
 * refused (403, a feature not enabled) too; any other refusal leaves the whole section unread.
 */
async function readEach(key: string, read: Extract<Read, { each: string }>, readers: PostureReaders): Promise<unknown> {
  const answers = await Promise.all(read.names.map(async (name) => [name, await readers.one(key, eachPath(read.each, name))] as const));
  const found: unknown[] = [];
  for (const [name, answer] of answers) {
    if (!(answer instanceof SectionUnavailable)) found.push(answer);
    else if (!(answer.status === 404 || read.optional?.includes(name))) return answer;
  }
  return found;
}

const eachPath = (template: string, name: string): string => template.replace('{name}', encodeURIComponent(name));

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
  return reads
    .map(([, read]) => `GET ${'one' in read ? read.one : 'paged' in read ? read.paged : 'checkpoint' in read ? read.checkpoint : read.each}`)
    .join(', ');
}

/** The endpoint one item of a section read one answer per name came from (`GET /api/v2/email-templates/verify_email`). */
export function itemEndpointOf(key: string, item: unknown): string | undefined {
  const read = READS[key]?.[0]?.[1];
  if (!read || !('each' in read) || typeof item !== 'object' || item === null) return undefined;
  const name = (item as Record<string, unknown>)[read.nameField];
  return typeof name === 'string' ? `GET ${eachPath(read.each, name)}` : undefined;
}
