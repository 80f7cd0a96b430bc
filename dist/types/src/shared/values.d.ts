/** A plain JSON object (not null, not an array). */
export declare function isRecord(value: unknown): value is Record<string, unknown>;
/** A setting restricted to a few words; `label` names it as the user wrote it (`--fail-on`, `"fail-on"`). */
export declare function oneOf<T extends string>(label: string, value: string, allowed: readonly T[]): T;
