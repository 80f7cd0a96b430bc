export interface Options {
    /** The oldest Node.js major version the tenant's extensibility runtime may be. */
    readonly minimumNodeVersion: number;
}
declare const _default: import("../../src/engine/rule.js").Rule<Options, "old">;
export default _default;
