/**
 * Management API scopes that let a holder take over the tenant or escalate its own privileges. A machine-to-machine
 * application holding one of them is as powerful as a tenant administrator. Auth0 documents the client-grant case
 * ("only for highly privileged apps, as they allow the client to grant further permissions to itself", Machine to
 * Machine Applications); the rest follow from what each endpoint can change (Management API v2 reference).
 */
export interface CriticalScopeGroup {
    readonly scopes: readonly string[];
    /** Why the group is critical, as the rule's docs print it. */
    readonly why: string;
}
export declare const CRITICAL_MANAGEMENT_SCOPES: ReadonlySet<string>;
/**
 * Management API scopes that let a holder take over end users' accounts without changing the tenant itself: a
 * tier below the critical one (a warning), raised to an error when the holder is a public or third-party
 * application. Each group's `why` follows from what its endpoints do in the Management API v2 reference; `source`
 * names the Auth0 page that says so.
 */
export interface TakeoverScopeGroup extends CriticalScopeGroup {
    readonly source: string;
}
export declare const ACCOUNT_TAKEOVER_SCOPE_GROUPS: readonly TakeoverScopeGroup[];
export declare const ACCOUNT_TAKEOVER_SCOPES: ReadonlySet<string>;
