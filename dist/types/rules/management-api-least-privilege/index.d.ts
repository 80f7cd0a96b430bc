export interface Options {
    /** Names or client ids of applications allowed to hold critical scopes (a deploy pipeline's own client). */
    readonly allowedClients: readonly string[];
}
type MessageIds = 'criticalScopes' | 'takeoverScopes' | 'allowAllScopes';
declare const _default: import("../../src/engine/rule.js").Rule<Options, MessageIds>;
export default _default;
