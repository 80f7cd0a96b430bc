export interface Options {
    /** The longest absolute session lifetime, in hours. */
    readonly maxHours: number;
    /** The longest idle session lifetime, in hours. */
    readonly maxIdleHours: number;
}
declare const _default: import("../../src/engine/rule.js").Rule<Options, "tooLong">;
export default _default;
