export interface Options {
    /** Also report markers in fields no rule reads (secrets, connection options, ...): for teams that lint with their full mappings. */
    readonly reportUnreadFields: boolean;
}
type MessageIds = 'whole' | 'part' | 'unread';
declare const _default: import("../../src/engine/rule.js").Rule<Options, MessageIds>;
export default _default;
