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

export const CRITICAL_SCOPE_GROUPS: readonly CriticalScopeGroup[] = [
  { scopes: ['create:client_grants', 'update:client_grants', 'delete:client_grants'], why: 'grant any application (itself included) any scope on any API, or cut other applications off' },
  { scopes: ['create:clients', 'update:clients'], why: 'create applications or change callbacks, grant types and authentication of existing ones' },
  { scopes: ['read:client_keys', 'update:client_keys'], why: 'read or rotate every application\'s client secret and keys' },
  { scopes: ['create:client_credentials', 'update:client_credentials'], why: 'add credentials (private-key JWT, mTLS) to any application and act as it' },
  { scopes: ['create:resource_servers', 'update:resource_servers', 'delete:resource_servers'], why: 'open APIs up (access policies, signing algorithm, token lifetime) or delete them' },
  { scopes: ['update:tenant_settings'], why: 'change tenant-wide security settings' },
  { scopes: ['create:actions', 'update:actions', 'create:rules', 'update:rules', 'create:hooks', 'update:hooks'], why: 'run arbitrary code in the login pipeline, which sees every credential and issues every token' },
  { scopes: ['create:connections', 'update:connections'], why: 'swap identity providers or user stores and sign in as anyone' },
  { scopes: ['create:custom_domains', 'update:custom_domains'], why: 'move the login page to a domain the holder controls' },
  { scopes: ['create:signing_keys', 'update:signing_keys', 'create:custom_signing_keys'], why: 'rotate or replace the keys that sign every token' },
  { scopes: ['create:log_streams', 'update:log_streams'], why: 'stream tenant logs to a destination the holder controls' },
  { scopes: ['update:email_provider', 'update:email_templates'], why: 'send password-reset and verification mail through a provider or template the holder controls' },
  { scopes: ['update:attack_protection', 'update:network_acls'], why: 'turn off brute-force, breached-password and bot protection or network restrictions' },
  { scopes: ['update:guardian_factors', 'update:mfa_policies'], why: 'weaken or turn off multi-factor authentication' },
  { scopes: ['update:prompts'], why: 'change what the login pages show and collect' },
  { scopes: ['create:token_exchange_profiles'], why: 'let external tokens be exchanged for Auth0 tokens' },
];

export const CRITICAL_MANAGEMENT_SCOPES: ReadonlySet<string> = new Set(CRITICAL_SCOPE_GROUPS.flatMap((group) => group.scopes));
