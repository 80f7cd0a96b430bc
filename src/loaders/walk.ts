import { joinPointer } from '../model/pointer.js';
import type { TextRange } from '../model/types.js';
import { InputError } from '../shared/errors.js';
import { findMarkers, hasPlaceholder, restoreMarkers } from './keywords.js';

export interface MarkerHit {
  readonly marker: string;
  readonly pointer: string;
  /**
   * The marker is a mapping value's whole value. deploy-cli (8.x) leaves such a field out when nothing resolves it;
   * a marker inside a longer value, or a list item, is deployed as text.
   */
  readonly whole: boolean;
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
  /** How many mapping keys the walk visited (JSON compares them with the colons of its text). */
  keys: number;
}

const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/;
/** Fields that hold a credential wherever they stand: applications, APIs, connections, the email provider. */
const SECRET_FIELDS = new Set(['client_secret', 'signing_secret', 'smtp_pass', 'api_key']);
/** Keyword placeholders (see keywords.ts) or the start of a marker. */
const MAY_HOLD_MARKER = /[\uE000\uE001]|##|@@/;
/**
 * Values that stand for a secret without being one: redactions, keyword markers, and deploy-cli's own stand-ins:
 * `_VALUE_NOT_SHOWN_` for an obfuscated secret, and `YOUR_<PROVIDER>_API_KEY`, which older versions wrote into the
 * email provider's credentials.
 */
const NOT_A_SECRET = /^\[?REDACTED\]?$|^\*+$|##[A-Z0-9_]+##|@@[A-Z0-9_]+@@|^_VALUE_NOT_SHOWN_$|^YOUR_[A-Z0-9_]+_API_KEY$/;

/**
 * Past this many values a document with shared values (YAML aliases) is treated as hostile (an alias bomb).
 * Documents where nothing is shared (JSON, YAML without anchors) cannot hold more values than characters, and
 * large tenants hold millions, so their values are not counted.
 */
const MAX_VALUES = 5_000_000;

/**
 * Past this nesting depth a document is treated as hostile. Real exports nest a few dozen levels at most; the
 * limit keeps every later recursive step (building the model, reporting) far from the engine's stack limit.
 */
export const MAX_DEPTH = 500;

export interface WalkOptions {
  /** Where a pointer is in the file, for the errors the walk raises. */
  readonly locate?: (pointer: string) => TextRange | undefined;
  /**
   * The text the data was parsed from. Checks that no value of that text could match are skipped: a value can only
   * hold `##`, `@@` or `PRIVATE` if the text does, or if an escape sequence produced it (line folding only turns
   * line breaks into spaces). Without it every check runs.
   */
  readonly text?: string;
  /**
   * Values may be shared (YAML aliases): each is visited once, cycles are not followed, and the values visited
   * are counted against `maxValues`. Without sharing, no document holds more values than characters.
   */
  readonly shared?: boolean;
  readonly maxValues?: number;
}

/**
 * One pass over parsed data: puts unresolved keyword markers back as the user wrote them, notes where markers and
 * private keys stand, and counts the keys (JSON's duplicate-key check compares them with the text's colons).
 */
export function walkValues(root: unknown, file: string | undefined, options: WalkOptions = {}): WalkResult {
  const walker = new Walker(file, options);
  walker.visit(root, undefined, 0);
  return walker.result;
}

/** The walk's state as one object: a directory export walks tens of thousands of small files. */
class Walker {
  readonly result: WalkResult = { markers: [], secrets: [], keys: 0 };
  /** The pointer of the value being visited, as segments: joined only for the few values that are reported. */
  private readonly path: Array<string | number> = [];
  private readonly locate: WalkOptions['locate'];
  private readonly maxValues: number;
  private budget: number;
  private readonly onPath: Set<object> | undefined;
  // What the text can hold at all (see WalkOptions.text).
  private readonly placeholders: boolean;
  private readonly markers: boolean;
  private readonly privateKeys: boolean;
  private readonly webKeys: boolean;

  constructor(
    private readonly file: string | undefined,
    { locate, text, shared = true, maxValues = MAX_VALUES }: WalkOptions,
  ) {
    this.locate = locate;
    this.maxValues = maxValues;
    this.budget = shared ? maxValues : Infinity;
    this.onPath = shared ? new Set() : undefined;
    const escapes = text === undefined || text.includes('\\');
    this.placeholders = text === undefined || hasPlaceholder(text);
    this.markers = escapes || this.placeholders || text.includes('##') || text.includes('@@');
    this.privateKeys = escapes || text.includes('PRIVATE');
    this.webKeys = escapes || text.includes('kty');
  }

  visit(value: unknown, field: string | undefined, depth: number): unknown {
    if (--this.budget < 0) throw this.refuse(`more than ${this.maxValues} values; refusing to read further`);
    if (typeof value === 'string') return this.visitString(value, field);
    if (value === null || typeof value !== 'object') return value;
    const { onPath, path } = this;
    if (onPath) {
      if (onPath.has(value)) return value;
      onPath.add(value);
    }
    if (depth >= MAX_DEPTH) throw this.refuse(`nested more than ${MAX_DEPTH} levels deep; refusing to read further`);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        const before: unknown = value[i];
        const child = this.visit(before, undefined, depth + 1);
        if (child !== before) value[i] = child;
        path.pop();
      }
    } else {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      this.result.keys += keys.length;
      for (const key of keys) {
        const special = this.mayHoldMarker(key);
        const restoredKey = special ? this.restore(key) : key;
        path.push(restoredKey);
        this.inspect(restoredKey, special);
        const before = record[key];
        const child = this.visit(before, restoredKey, depth + 1);
        path.pop();
        if (restoredKey !== key) delete record[key];
        // defineProperty, not assignment: a `__proto__` key must stay plain data, never reach the prototype.
        if (restoredKey !== key || child !== before) {
          Object.defineProperty(record, restoredKey, { value: child, enumerable: true, writable: true, configurable: true });
        }
      }
      // A JSON Web Key with a private part (`d`) is a private signing key, whatever field holds it.
      if (this.webKeys) {
        const { kty, d } = record;
        if (typeof kty === 'string' && typeof d === 'string' && d.trim() !== '' && !NOT_A_SECRET.test(d)) {
          this.result.secrets.push({ field: 'private key (JWK)', pointer: joinPointer(this.here(), 'd') });
        }
      }
    }
    onPath?.delete(value);
    return value;
  }

  private visitString(value: string, field: string | undefined): string {
    const special = this.mayHoldMarker(value);
    const restored = special ? this.restore(value) : value;
    this.inspect(restored, special, field);
    return restored;
  }

  /** One test rules out most values (cheaper than asking for placeholders and each marker kind in turn). */
  private mayHoldMarker(value: string): boolean {
    return (this.placeholders || this.markers) && MAY_HOLD_MARKER.test(value);
  }

  private restore(value: string): string {
    return this.placeholders && hasPlaceholder(value) ? restoreMarkers(value) : value;
  }

  /** Notes markers and secrets in a restored value (or key, without `field`) at the current pointer. */
  private inspect(value: string, special: boolean, field?: string): void {
    if (special && (value.includes('##') || value.includes('@@'))) {
      for (const marker of findMarkers(value)) this.result.markers.push({ marker, pointer: this.here(), whole: field !== undefined && value === marker });
    }
    if (field !== undefined && SECRET_FIELDS.has(field) && value.trim() !== '' && !NOT_A_SECRET.test(value)) {
      this.result.secrets.push({ field, pointer: this.here() });
    } else if (this.privateKeys && value.includes('PRIVATE KEY-----') && PRIVATE_KEY.test(value)) {
      this.result.secrets.push({ field: 'private key', pointer: this.here() });
    }
  }

  private here(): string {
    return joinPointer('', ...this.path);
  }

  private refuse(message: string): InputError {
    const range = this.locate?.(this.here());
    return new InputError(message, this.file, range?.startLine ?? 1, range?.startColumn ?? 1);
  }
}
