export interface Options {
    readonly requireEmail: boolean;
    readonly requireUrl: boolean;
}
type MessageIds = 'noEmail' | 'noUrl' | 'badEmail' | 'badUrl';
declare const _default: import("../../src/engine/rule.js").Rule<Options, MessageIds>;
export default _default;
