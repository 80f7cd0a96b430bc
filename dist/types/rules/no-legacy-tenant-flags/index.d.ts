/** Tenant flags that keep a legacy, less safe behaviour on, and what each one allows. */
export declare const LEGACY_FLAGS: Readonly<Record<string, string>>;
declare const _default: import("../../src/engine/rule.js").Rule<object, "legacy">;
export default _default;
