import { isRecord } from '../shared/values.js';
import { joinPointer } from './pointer.js';

/**
 * String values under these keys are credentials wherever they stand (connection options, log stream sinks, captcha
 * providers, email providers): they are dropped when the model is built, so no rule, message or output can carry them.
 */
const SECRET_KEY = /secret|passw(?:or)?d|^pass$|private_?key|api_?key|access_?key|authorization|token$|_token|credential|signing_key|write_?key/i;
/** Keys that match the pattern above but hold settings, not credentials. */
const NOT_SECRET = new Set([
  'passwordPolicy',
  'password_policy',
  'token_endpoint',
  'token_endpoint_auth_method',
  'id_token_signed_response_algs',
  // Bot detection's challenge settings (never, when_risky, always).
  'challenge_password_policy',
  'challenge_password_reset_policy',
  'challenge_passwordless_policy',
]);
/** Mappings whose values are all secrets and whose keys are only names: action and hook secrets, custom database configuration, provider credentials. */
const SECRET_MAPS = new Set(['secrets', 'configuration', 'credentials']);

export interface Sanitized {
  readonly data: Readonly<Record<string, unknown>>;
  /** Pointers (inside the value) where a secret value was. */
  readonly secretFields: readonly string[];
}

/** A copy of a record without secret values; the record itself when it holds none (the usual case). */
export function withoutSecrets(record: Readonly<Record<string, unknown>>): Sanitized {
  const secretFields: string[] = [];
  const data = strip(record, '', secretFields) as Readonly<Record<string, unknown>>;
  return { data, secretFields };
}

function strip(value: unknown, pointer: string, found: string[]): unknown {
  if (Array.isArray(value)) {
    const list: readonly unknown[] = value;
    let copy: unknown[] | undefined;
    list.forEach((item, index) => {
      const stripped = strip(item, joinPointer(pointer, index), found);
      if (stripped !== item) (copy ??= [...list])[index] = stripped;
    });
    return copy ?? value;
  }
  if (typeof value !== 'object' || value === null) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const at = joinPointer(pointer, key);
    let stripped: unknown = item;
    if (key === 'configuration' && pointer === '/destination' && isRecord(item)) stripped = destinationSettings(item, at, found);
    else if (SECRET_MAPS.has(key) && item !== null && typeof item === 'object') stripped = namesOnly(item, at, found);
    else if (typeof item === 'string' && item !== '' && SECRET_KEY.test(key) && !NOT_SECRET.has(key)) {
      found.push(at);
      stripped = undefined;
    } else stripped = strip(item, at, found);
    if (stripped !== item) {
      copy ??= { ...(value as Record<string, unknown>) };
      if (stripped === undefined) delete copy[key];
      else copy[key] = stripped;
    }
  }
  return copy ?? value;
}

/** `{NAME: value}` becomes `{NAME: true}`; a list of `{name, value}` keeps the names. */
function namesOnly(value: object, pointer: string, found: string[]): unknown {
  if (Array.isArray(value)) {
    return (value as readonly unknown[]).map((item, index) => {
      if (item === null || typeof item !== 'object' || !('value' in item)) return item;
      found.push(joinPointer(pointer, index, 'value'));
      const { value: _dropped, ...rest } = item as Record<string, unknown>;
      return rest;
    });
  }
  const names: Record<string, true> = {};
  for (const key of Object.keys(value)) {
    found.push(joinPointer(pointer, key));
    names[key] = true;
  }
  return names;
}

/**
 * An event stream's destination settings, names only like any `configuration`, except what says where and how it
 * delivers: the webhook's scheme, host and port, and its authorization method (bearer, basic, a custom header). Its
 * token, user name, password and header values are dropped, and so are the endpoint's user info, path, query and
 * fragment: automation services put their key in the path of a webhook URL (Slack, Zapier, Make).
 */
function destinationSettings(value: Readonly<Record<string, unknown>>, pointer: string, found: string[]): Record<string, unknown> {
  const kept = namesOnly(value, pointer, found) as Record<string, unknown>;
  const endpoint = webOrigin(value.webhook_endpoint);
  if (endpoint !== undefined) kept.webhook_endpoint = endpoint;
  const authorization = value.webhook_authorization;
  if (isRecord(authorization) && typeof authorization.method === 'string') kept.webhook_authorization = { method: authorization.method };
  return kept;
}

/** `https://host:port` of an http(s) URL; undefined for anything else (a keyword marker, a malformed value). */
function webOrigin(value: unknown): string | undefined {
  if (typeof value !== 'string' || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  return url.protocol === 'https:' || url.protocol === 'http:' ? `${url.protocol}//${url.host}` : undefined;
}
