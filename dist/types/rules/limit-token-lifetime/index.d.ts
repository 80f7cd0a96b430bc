export interface Options {
    /** The longest access token lifetime, in seconds, an API may set. */
    readonly maxSeconds: number;
}
type MessageIds = 'tooLong' | 'webLonger';
declare const _default: import("../../src/engine/rule.js").Rule<Options, MessageIds>;
export default _default;
