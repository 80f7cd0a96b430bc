export interface Options {
    /** Names or client ids of applications the export leaves out on purpose. */
    readonly ignoreClients: readonly string[];
}
declare const _default: import("../../src/engine/rule.js").Rule<Options>;
export default _default;
