export interface Options {
    /** The oldest Node.js major version an Action may run on. */
    readonly minimumNodeVersion: number;
}
declare const _default: import("../../src/engine/rule.js").Rule<Options, "old">;
export default _default;
