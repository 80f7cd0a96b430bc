export interface Options {
    /** The longest access token lifetime, in seconds, an API may set. */
    readonly maxSeconds: number;
}
declare const _default: import("../../src/engine/rule.js").Rule<Options>;
export default _default;
