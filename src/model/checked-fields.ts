import { parsePointer } from './pointer.js';
import { SECTIONS, type SectionName } from './sections.js';

/**
 * The export fields that rules read, by their pointer in the export document (the YAML export's names, and the
 * Management API's for dumps and live reads). A keyword marker without a mapping in one of them hides a value a0lint
 * would check, so no-unresolved-keywords reports it as an error naming what could not be checked; a marker anywhere
 * else (secrets, connection options, email credentials, action secrets, rules configs) is resolved by deploy-cli at
 * deploy time from its mappings and the environment, and is not reported unless asked for.
 *
 * A rule that starts reading a field adds it here, with what it checks there in a few words.
 * `*` stands for one key or index, `**` for anything below (or nothing).
 */
const CLIENTS = ['clients'];
const APIS = ['resourceServers', 'resource_servers'];
const GRANTS = ['clientGrants', 'client_grants'];

const FIELDS: ReadonlyArray<readonly [collections: readonly string[], field: string, what: string]> = [
  // A marker standing for a whole list or entity hides everything in it.
  [CLIENTS, '', 'the applications'],
  [CLIENTS, '*', 'an application'],
  [APIS, '', 'the APIs'],
  [APIS, '*', 'an API'],
  [GRANTS, '', 'the client grants'],
  [GRANTS, '*', 'a client grant'],
  [CLIENTS, 'name', "the application's name (grants name their application by it)"],
  [CLIENTS, 'client_id', "the application's client ID (grants name their application by it)"],
  [CLIENTS, 'app_type', "the application's type"],
  [CLIENTS, 'grant_types/**', "the application's grant types"],
  [CLIENTS, 'token_endpoint_auth_method', "the application's client authentication"],
  [CLIENTS, 'client_authentication_methods/**', "the application's client authentication"],
  [CLIENTS, 'is_first_party', 'whether the application is first- or third-party'],
  [CLIENTS, 'callbacks/**', 'a callback URL'],
  [CLIENTS, 'allowed_logout_urls/**', 'a logout URL'],
  [CLIENTS, 'web_origins/**', 'a web origin'],
  [CLIENTS, 'allowed_origins/**', 'an allowed origin'],
  [CLIENTS, 'initiate_login_uri', 'the login initiation URL'],
  [CLIENTS, 'refresh_token/**', "the application's refresh token settings"],
  [CLIENTS, 'jwt_configuration', "the application's ID token settings"],
  [CLIENTS, 'jwt_configuration/alg', "the application's ID token signing algorithm"],
  [CLIENTS, 'global', 'whether the application is the tenant-wide settings entry'],
  [CLIENTS, 'oidc_conformant', 'whether the application is OIDC conformant'],
  [CLIENTS, 'cross_origin_authentication', "the application's cross-origin authentication"],
  [CLIENTS, 'cross_origin_auth', "the application's cross-origin authentication"],
  [CLIENTS, 'third_party_security_mode', "the third-party application's security mode"],
  [CLIENTS, 'redirection_policy', "the third-party application's redirection policy"],
  [CLIENTS, 'external_client_id', 'whether the application is registered by a metadata document (CIMD)'],
  [CLIENTS, 'compliance_level', "the application's FAPI compliance profile"],
  [CLIENTS, 'require_pushed_authorization_requests', 'whether the application must push its authorization requests (PAR)'],
  [CLIENTS, 'signed_request_object/**', 'whether the application must sign its authorization requests (JAR)'],
  [CLIENTS, 'require_proof_of_possession', 'whether the application must use sender-constrained tokens'],
  [CLIENTS, 'oidc_logout/**', "the application's back-channel logout URLs"],
  [CLIENTS, 'oidc_backchannel_logout/**', "the application's back-channel logout URLs"],
  [CLIENTS, 'addons', 'whether the application signs users in over SAML or WS-Federation (its addons)'],
  [CLIENTS, 'addons/samlp', 'whether the application signs users in over SAML'],
  [CLIENTS, 'addons/wsfed', 'whether the application signs users in over WS-Federation'],
  [APIS, 'identifier', "the API's identifier (its audience)"],
  [APIS, 'is_system', 'whether the API is a system API'],
  [APIS, 'scopes/**', "the API's scopes"],
  [APIS, 'signing_alg', "the API's signing algorithm"],
  [APIS, 'token_lifetime', "the API's token lifetime"],
  [APIS, 'token_lifetime_for_web', "the API's token lifetime for browsers"],
  [APIS, 'subject_type_authorization/**', "the API's access policy"],
  [APIS, 'proof_of_possession/**', 'whether the API requires sender-constrained tokens'],
  [GRANTS, 'client_id', 'the application the grant is for'],
  [GRANTS, 'audience', 'the API the grant is for'],
  [GRANTS, 'scope/**', "the grant's scopes"],
  [GRANTS, 'subject_type', "the grant's subject type"],
  [GRANTS, 'allow_all_scopes', 'whether the grant allows every scope'],
  [GRANTS, 'default_for', 'which applications the grant applies to'],
  [GRANTS, 'is_system', 'whether the grant is a system grant'],
];

/**
 * The posture fields rules read, under deploy-cli's section names and the paths inside a section (lists get `*` for
 * the item themselves); API dumps use the Management API's names, derived below. Code and HTML (action code,
 * scripts, pages, email bodies) are not here: a marker inside code is a value deploy-cli fills in at deploy time,
 * which is what no-secrets-in-code recommends.
 */
const POSTURE_FIELDS: ReadonlyArray<readonly [section: SectionName, field: string, what: string]> = [
  ['tenant', '', 'the tenant settings'],
  ['tenant', 'flags/**', "the tenant's feature flags"],
  ['tenant', 'default_audience', "the tenant's default audience"],
  ['tenant', 'support_email', "the tenant's support email"],
  ['tenant', 'support_url', "the tenant's support URL"],
  ['tenant', 'allowed_logout_urls/**', "the tenant's allowed logout URLs"],
  ['tenant', 'default_redirection_uri', "the tenant's default login route"],
  ['tenant', 'sandbox_version', "the tenant's Node runtime for extensibility code"],
  ['tenant', 'legacy_sandbox_version', "the tenant's legacy Node runtime"],
  ...['session_lifetime', 'idle_session_lifetime', 'ephemeral_session_lifetime', 'idle_ephemeral_session_lifetime'].flatMap((field) =>
    [field, `${field}_in_minutes`].map((name) => ['tenant', name, 'a session lifetime'] as const),
  ),
  ['attackProtection', '', 'the attack protection settings'],
  ['attackProtection', 'bruteForceProtection', 'the brute-force protection'],
  ['attackProtection', 'bruteForceProtection/enabled', 'whether brute-force protection is on'],
  ['attackProtection', 'bruteForceProtection/shields/**', "the brute-force protection's responses"],
  ['attackProtection', 'breachedPasswordDetection', 'the breached password detection'],
  ['attackProtection', 'breachedPasswordDetection/enabled', 'whether breached password detection is on'],
  ['attackProtection', 'suspiciousIpThrottling', 'the suspicious IP throttling'],
  ['attackProtection', 'suspiciousIpThrottling/enabled', 'whether suspicious IP throttling is on'],
  ['attackProtection', 'suspiciousIpThrottling/shields/**', "the suspicious IP throttling's responses"],
  ['attackProtection', 'botDetection', 'the bot detection'],
  ...['challenge_password_policy', 'challenge_password_reset_policy', 'challenge_passwordless_policy'].map(
    (field) => ['attackProtection', `botDetection/${field}`, 'when bot detection challenges a flow'] as const,
  ),
  ['attackProtection', 'botDetection/monitoring_mode_enabled', 'whether bot detection only monitors'],
  ['guardianFactors', '', 'the MFA factors'],
  ['guardianFactors', '*', 'an MFA factor'],
  ['guardianFactors', 'enabled', 'whether an MFA factor is enabled'],
  ['guardianFactors', 'trial_expired', "whether an MFA factor's trial expired"],
  ['guardianPolicies', '', 'the MFA policy'],
  ['guardianPolicies', 'policies/**', 'the MFA policy'],
  ['databases', '', 'the database connections'],
  ['databases', '*', 'a database connection'],
  ['databases', 'options', "a database connection's options"],
  ['databases', 'options/passwordPolicy', "a database connection's password strength"],
  ['databases', 'options/password_complexity_options/min_length', "a database connection's minimum password length"],
  ['databases', 'is_domain_connection', 'whether a database connection is domain-level'],
  ['databases', 'options/enabledDatabaseCustomization', 'whether a database connection uses a custom user store'],
  ['databases', 'options/import_mode', 'whether a database connection imports users from a custom store'],
  ['databases', 'options/authentication_methods/**', "a database connection's sign-in methods"],
  ['databases', 'options/attributes/email/verification_method', 'how a database connection verifies email addresses'],
  ['connections', 'is_domain_connection', 'whether a connection is domain-level'],
  ['connections', 'strategy', "a connection's kind (passwordless connections for bot detection)"],
  ...['password_history', 'password_dictionary', 'password_no_personal_info'].flatMap((option) =>
    [option, `${option}/enable`].map((field) => ['databases', `options/${field}`, `a database connection's ${option.replace(/_/g, ' ')} setting`] as const),
  ),
  ['emailProvider', '', 'the email provider'],
  ['emailProvider', 'name', 'which email provider is used'],
  ['emailProvider', 'enabled', 'whether the email provider is enabled'],
  ['emailTemplates', '', 'the email templates'],
  ['emailTemplates', '*', 'an email template'],
  ['emailTemplates', 'template', 'which email an email template is for'],
  ['emailTemplates', 'enabled', 'whether an email template is enabled'],
  ['actions', '', 'the actions'],
  ['actions', '*', 'an action'],
  ['actions', 'runtime', "an action's Node runtime"],
  ['actions', 'supported_triggers/**', "an action's triggers"],
  ['actions', 'deployed', 'whether an action is deployed'],
  ['actions', 'status', "whether an action's build succeeded"],
  ['rules', '', 'the rules'],
  ['rules', '*', 'a rule'],
  ['rules', 'enabled', 'whether a rule is enabled'],
  ['hooks', '', 'the hooks'],
  ['hooks', '*', 'a hook'],
  ['hooks', 'enabled', 'whether a hook is enabled'],
  ['logStreams', '', 'the log streams'],
  ['logStreams', '*', 'a log stream'],
  ['logStreams', 'status', "a log stream's status"],
  ['networkACLs', '', 'the network ACLs'],
  ['networkACLs', '*', 'a network ACL'],
  ['networkACLs', 'active', 'whether a network ACL is active'],
  ['networkACLs', 'rule/scope', "a network ACL's scope"],
  ['networkACLs', 'rule/action/**', "a network ACL's action"],
  ['networkACLs', 'rule/match/**', 'what a network ACL matches'],
  ['networkACLs', 'rule/not_match/**', 'what a network ACL excludes'],
  ['customDomains', '', 'the custom domains'],
  ['customDomains', '*', 'a custom domain'],
  ['customDomains', 'status', "a custom domain's verification status"],
  ['customDomains', 'tls_policy', "a custom domain's TLS policy"],
];

/** Sections that are one object, not a list of items. */
const SINGLE: ReadonlySet<SectionName> = new Set(['tenant', 'attackProtection', 'guardianPolicies', 'emailProvider']);

/** The pattern of a posture field in a deploy-cli export and in an API dump (the Management API's names and shapes). */
function posturePatterns(section: SectionName, field: string): Array<readonly string[]> {
  const path = field === '' || field === '*' ? [] : field.split('/');
  const item = SINGLE.has(section) || field === '' ? [] : ['*'];
  const exported = [section, ...item, ...path];
  let dumped = [SECTIONS[section].dump, ...item, ...path];
  // A dump keeps attack protection's parts under the API's names, and the MFA policy as the list itself.
  if (section === 'attackProtection' && path.length > 0) dumped = [SECTIONS[section].dump, snakeCase(path[0]!), ...path.slice(1)];
  if (section === 'guardianPolicies' && path[0] === 'policies') dumped = [SECTIONS[section].dump, ...path.slice(1)];
  return [exported, dumped];
}

const snakeCase = (name: string): string => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

interface Pattern {
  readonly segments: readonly string[];
  readonly what: string;
}

const PATTERNS: readonly Pattern[] = [
  ...FIELDS.flatMap(([collections, field, what]) => collections.map((collection) => ({ segments: entityPattern(collection, field), what }))),
  ...POSTURE_FIELDS.flatMap(([section, field, what]) => posturePatterns(section, field).map((segments) => ({ segments, what }))),
];

/** `''` is the collection itself, `*` one entity of it, anything else a field of each entity. */
function entityPattern(collection: string, field: string): readonly string[] {
  if (field === '') return [collection];
  return [collection, '*', ...(field === '*' ? [] : field.split('/'))];
}

/** What a rule checks at a document pointer, when some rule reads it; undefined for fields no rule reads. */
export function checkedAt(documentPointer: string): string | undefined {
  const segments = parsePointer(documentPointer);
  return PATTERNS.find((pattern) => matches(pattern.segments, segments))?.what;
}

function matches(pattern: readonly string[], segments: readonly string[]): boolean {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '**') return true;
    if (i >= segments.length) return false;
    if (pattern[i] !== '*' && pattern[i] !== segments[i]) return false;
  }
  return pattern.length === segments.length;
}
