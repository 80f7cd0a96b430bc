export interface Options {
    /** The longest reuse interval (refresh_token.leeway, seconds) accepted on a rotating refresh token. */
    readonly maxLeeway: number;
}
type MessageIds = 'nonRotating' | 'unset' | 'longLeeway';
declare const _default: import("../../src/engine/rule.js").Rule<Options, MessageIds>;
export default _default;
