import type { PostureEntity } from '../types.js';
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
export declare function activeAclRules(acls: ReadonlyArray<PostureEntity<'networkAcl'>>): AclRule[];
/** A hostname pattern of an ACL (`login.example.com`, `*.auth0.com`) matches a host. */
export declare function hostMatches(pattern: string, host: string): boolean;
