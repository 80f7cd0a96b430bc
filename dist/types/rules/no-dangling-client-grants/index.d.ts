export interface Options {
    /** Names or client ids of applications the export leaves out on purpose. */
    readonly ignoreClients: readonly string[];
}
type MessageIds = 'danglingClient' | 'danglingApi' | 'severalManagementApis';
declare const _default: import("../../src/engine/rule.js").Rule<Options, MessageIds>;
export default _default;
