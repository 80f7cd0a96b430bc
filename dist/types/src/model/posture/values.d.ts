/** Small readers for the loosely typed data of tenant sections. */
import { isRecord } from '../../shared/values.js';
export { isRecord };
export declare function asString(value: unknown): string | undefined;
/** The value at a path of keys, when every step is a mapping. */
export declare function dig(value: unknown, ...keys: readonly string[]): unknown;
/** A label for messages: the entity's name, else its key. */
export declare function label(entity: {
    readonly name?: string;
    readonly key: string;
}): string;
