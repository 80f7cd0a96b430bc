import { parsePointer } from './pointer.js';

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
  [CLIENTS, 'jwt_configuration/alg', "the application's ID token signing algorithm"],
  [APIS, 'identifier', "the API's identifier (its audience)"],
  [APIS, 'is_system', 'whether the API is a system API'],
  [APIS, 'scopes/**', "the API's scopes"],
  [APIS, 'signing_alg', "the API's signing algorithm"],
  [APIS, 'token_lifetime', "the API's token lifetime"],
  [APIS, 'token_lifetime_for_web', "the API's token lifetime for browsers"],
  [APIS, 'subject_type_authorization/**', "the API's access policy"],
  [GRANTS, 'client_id', 'the application the grant is for'],
  [GRANTS, 'audience', 'the API the grant is for'],
  [GRANTS, 'scope/**', "the grant's scopes"],
  [GRANTS, 'subject_type', "the grant's subject type"],
  [GRANTS, 'allow_all_scopes', 'whether the grant allows every scope'],
  [GRANTS, 'default_for', 'which applications the grant applies to'],
];

interface Pattern {
  readonly segments: readonly string[];
  readonly what: string;
}

const PATTERNS: readonly Pattern[] = FIELDS.flatMap(([collections, field, what]) =>
  collections.map((collection) => ({ segments: entityPattern(collection, field), what })),
);

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
