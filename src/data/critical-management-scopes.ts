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

const CRITICAL_SCOPE_GROUPS: readonly CriticalScopeGroup[] = [
  {
    scopes: ['create:client_grants', 'update:client_grants', 'delete:client_grants'],
    why: 'grant any application (itself included) any scope on any API, or cut other applications off',
  },
  { scopes: ['create:clients', 'update:clients'], why: 'create applications or change callbacks, grant types and authentication of existing ones' },
  { scopes: ['read:client_keys', 'update:client_keys'], why: "read or rotate every application's client secret and keys" },
  { scopes: ['create:client_credentials', 'update:client_credentials'], why: 'add credentials (private-key JWT, mTLS) to any application and act as it' },
  {
    scopes: ['create:resource_servers', 'update:resource_servers', 'delete:resource_servers'],
    why: 'open APIs up (access policies, signing algorithm, token lifetime) or delete them',
  },
  { scopes: ['update:tenant_settings'], why: 'change tenant-wide security settings' },
  {
    scopes: ['create:actions', 'update:actions', 'create:rules', 'update:rules', 'create:hooks', 'update:hooks'],
    why: 'run arbitrary code in the login pipeline, which sees every credential and issues every token',
  },
  { scopes: ['create:connections', 'update:connections'], why: 'swap identity providers or user stores and sign in as anyone' },
  { scopes: ['create:custom_domains', 'update:custom_domains'], why: 'move the login page to a domain the holder controls' },
  { scopes: ['create:signing_keys', 'update:signing_keys', 'create:custom_signing_keys'], why: 'rotate or replace the keys that sign every token' },
  { scopes: ['create:log_streams', 'update:log_streams'], why: 'stream tenant logs to a destination the holder controls' },
  {
    scopes: ['update:email_provider', 'update:email_templates'],
    why: 'send password-reset and verification mail through a provider or template the holder controls',
  },
  { scopes: ['update:attack_protection', 'update:network_acls'], why: 'turn off brute-force, breached-password and bot protection or network restrictions' },
  { scopes: ['update:guardian_factors', 'update:mfa_policies'], why: 'weaken or turn off multi-factor authentication' },
  { scopes: ['update:prompts'], why: 'change what the login pages show and collect' },
  { scopes: ['create:token_exchange_profiles'], why: 'let external tokens be exchanged for Auth0 tokens' },
];

export const CRITICAL_MANAGEMENT_SCOPES: ReadonlySet<string> = new Set(CRITICAL_SCOPE_GROUPS.flatMap((group) => group.scopes));

/**
 * Management API scopes that let a holder take over end users' accounts without changing the tenant itself: a
 * tier below the critical one (a warning), raised to an error when the holder is a public or third-party
 * application. Each group's `why` follows from what its endpoints do in the Management API v2 reference; `source`
 * names the Auth0 page that says so.
 */
export interface TakeoverScopeGroup extends CriticalScopeGroup {
  readonly source: string;
}

export const ACCOUNT_TAKEOVER_SCOPE_GROUPS: readonly TakeoverScopeGroup[] = [
  {
    scopes: ['create:user_tickets'],
    why: 'create password-change tickets for any user and set their password',
    source: 'Management API v2: Tickets, "Create a password change ticket"',
  },
  {
    scopes: ['update:users', 'update:users_app_metadata'],
    why: "change any user's email, password or linked identities, or the app_metadata that often decides roles and entitlements",
    source: 'Management API v2: Users, "Update a user"',
  },
  { scopes: ['delete:users'], why: 'delete any user', source: 'Management API v2: Users, "Delete a user"' },
  {
    scopes: ['read:user_idp_tokens'],
    why: 'read the access tokens users hold at their social and enterprise identity providers',
    source: 'Auth0 docs: "Call an Identity Provider API"',
  },
  {
    scopes: ['create:roles', 'update:roles', 'delete:roles', 'create:role_members', 'delete:role_members'],
    why: "give any user any role, and with it the role's permissions in every access token",
    source: 'Management API v2: Roles; Auth0 docs: "Role-Based Access Control"',
  },
  {
    scopes: [
      'create:authentication_methods',
      'update:authentication_methods',
      'delete:authentication_methods',
      'delete:guardian_enrollments',
      'create:guardian_enrollment_tickets',
    ],
    why: "replace or remove any user's multi-factor enrolments and enrol factors of the holder's choosing",
    source: 'Management API v2: Users, "Authentication methods"; Guardian, "Create a multi-factor authentication enrollment ticket"',
  },
];

export const ACCOUNT_TAKEOVER_SCOPES: ReadonlySet<string> = new Set(ACCOUNT_TAKEOVER_SCOPE_GROUPS.flatMap((group) => group.scopes));
