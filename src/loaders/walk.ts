import { joinPointer } from '../model/pointer.js';
import type { TextRange } from '../model/types.js';
import { InputError } from './errors.js';
import { findMarkers, hasPlaceholder, restoreMarkers } from './keywords.js';

export interface MarkerHit {
  readonly marker: string;
  readonly pointer: string;
}

export interface SecretHit {
  /** The field name, or `private key` (PEM) / `private key (JWK)`; never the value. */
  readonly field: string;
  readonly pointer: string;
}

export interface WalkResult {
  readonly markers: MarkerHit[];
  /** Literal secrets: secret-bearing fields with a real value, and PEM private keys anywhere. */
  secrets: SecretHit[];
}

const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/;
/** Fields that hold a credential wherever they stand: applications, APIs, connections, the email provider. */
const SECRET_FIELDS = new Set(['client_secret', 'signing_secret', 'smtp_pass', 'api_key']);
/** Values that stand for a secret without being one: redactions and keyword markers. */
const NOT_A_SECRET = /^\[?REDACTED\]?$|^\*+$|##[A-Z0-9_]+##|@@[A-Z0-9_]+@@/;

/**
 * Past this many values a document is treated as hostile (for example an alias bomb). Documents where nothing is
 * shared (JSON, YAML without anchors) cannot hold more values than characters, and large tenants hold millions,
 * so their readers raise the budget to their length.
 */
export const MAX_VALUES = 5_000_000;

/**
 * Past this nesting depth a document is treated as hostile. Real exports nest a few dozen levels at most; the
 * limit keeps every later recursive step (building the model, reporting) far from the engine's stack limit.
 */
export const MAX_DEPTH = 500;

/**
 * One pass over parsed data: puts unresolved keyword markers back as the user wrote them, and notes where
 * markers and private keys stand. Shared values (YAML aliases) are visited once; cycles are not followed.
 */
export function walkValues(
  root: unknown,
  file: string | undefined,
  locate?: (pointer: string) => TextRange | undefined,
  maxValues = MAX_VALUES,
): WalkResult {
  const result: WalkResult = { markers: [], secrets: [] };
  const onPath = new Set<object>();
  let budget = maxValues;
  const refuse = (message: string, pointer: string): InputError => {
    const range = locate?.(pointer);
    return new InputError(message, file, range?.startLine ?? 1, range?.startColumn ?? 1);
  };

  // The pointer of the value being visited, as segments: joined only for the few values that are reported.
  const path: Array<string | number> = [];
  const here = (): string => joinPointer('', ...path);

  const visitString = (value: string, field?: string): string => {
    const restored = hasPlaceholder(value) ? restoreMarkers(value) : value;
    if (restored.includes('##') || restored.includes('@@')) {
      for (const marker of findMarkers(restored)) result.markers.push({ marker, pointer: here() });
    }
    if (field !== undefined && SECRET_FIELDS.has(field) && restored.trim() !== '' && !NOT_A_SECRET.test(restored)) {
      result.secrets.push({ field, pointer: here() });
    } else if (restored.includes('PRIVATE KEY-----') && PRIVATE_KEY.test(restored)) {
      result.secrets.push({ field: 'private key', pointer: here() });
    }
    return restored;
  };

  const visit = (value: unknown, field?: string, depth = 0): unknown => {
    if (--budget < 0) throw refuse(`more than ${maxValues} values; refusing to read further`, here());
    if (typeof value === 'string') return visitString(value, field);
    if (value === null || typeof value !== 'object' || onPath.has(value)) return value;
    if (depth >= MAX_DEPTH) throw refuse(`nested more than ${MAX_DEPTH} levels deep; refusing to read further`, here());
    onPath.add(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        value[i] = visit(value[i], undefined, depth + 1);
        path.pop();
      }
    } else {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const restoredKey = hasPlaceholder(key) ? restoreMarkers(key) : key;
        path.push(restoredKey);
        visitString(restoredKey);
        const before = record[key];
        const child = visit(before, restoredKey, depth + 1);
        path.pop();
        if (restoredKey !== key) delete record[key];
        // defineProperty, not assignment: a `__proto__` key must stay plain data, never reach the prototype.
        if (restoredKey !== key || child !== before) {
          Object.defineProperty(record, restoredKey, { value: child, enumerable: true, writable: true, configurable: true });
        }
      }
      // A JSON Web Key with a private part (`d`) is a private signing key, whatever field holds it.
      const { kty, d } = record;
      if (typeof kty === 'string' && typeof d === 'string' && d.trim() !== '' && !NOT_A_SECRET.test(d)) {
        result.secrets.push({ field: 'private key (JWK)', pointer: joinPointer(here(), 'd') });
      }
    }
    onPath.delete(value);
    return value;
  };

  visit(root);
  return result;
}
