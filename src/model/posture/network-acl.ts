import type { PostureEntity } from '../types.js';
import { dig } from './values.js';

/** Match fields that name the caller's addresses: IP ranges as seen by Auth0 or by the connecting proxy. */
const ADDRESS_FIELDS = ['ipv4_cidrs', 'ipv6_cidrs', 'connecting_ipv4_cidrs', 'connecting_ipv6_cidrs'];

/** An ACL entry as a rule reads it; inactive entries do nothing, so they are left out. */
export interface AclRule {
  readonly acl: PostureEntity<'networkAcl'>;
  readonly scope: string | undefined;
  readonly blocks: boolean;
  readonly allows: boolean;
  /** The `match` (or `not_match`) condition lists addresses. */
  readonly matchesAddresses: boolean;
  readonly exceptAddresses: boolean;
  /** Neither `match` nor `not_match` sets a condition: the entry applies to every request in its scope. */
  readonly catchAll: boolean;
  readonly hostnames: readonly string[];
}

export function activeAclRules(acls: ReadonlyArray<PostureEntity<'networkAcl'>>): AclRule[] {
  return acls
    .filter((acl) => acl.data.active === true)
    .map((acl) => {
      const hostnames = dig(acl.data, 'rule', 'match', 'hostnames');
      return {
        acl,
        scope: typeof dig(acl.data, 'rule', 'scope') === 'string' ? (dig(acl.data, 'rule', 'scope') as string) : undefined,
        blocks: dig(acl.data, 'rule', 'action', 'block') === true,
        allows: dig(acl.data, 'rule', 'action', 'allow') === true,
        matchesAddresses: listsAddresses(dig(acl.data, 'rule', 'match')),
        exceptAddresses: listsAddresses(dig(acl.data, 'rule', 'not_match')),
        catchAll: isEmpty(dig(acl.data, 'rule', 'match')) && isEmpty(dig(acl.data, 'rule', 'not_match')),
        hostnames: Array.isArray(hostnames) ? hostnames.filter((name): name is string => typeof name === 'string').map((name) => name.toLowerCase()) : [],
      };
    });
}

function listsAddresses(condition: unknown): boolean {
  return ADDRESS_FIELDS.some((field) => {
    const list = dig(condition, field);
    return Array.isArray(list) && list.length > 0;
  });
}

function isEmpty(condition: unknown): boolean {
  return condition === undefined || condition === null || (typeof condition === 'object' && Object.keys(condition).length === 0);
}

/** A hostname pattern of an ACL (`login.example.com`, `*.auth0.com`) matches a host. */
export function hostMatches(pattern: string, host: string): boolean {
  if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1));
  return pattern === host;
}
