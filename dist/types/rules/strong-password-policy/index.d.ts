/** Auth0's password strength levels, weakest first (Auth0 docs, Password Strength). */
declare const LEVELS: readonly ["none", "low", "fair", "good", "excellent"];
type Level = (typeof LEVELS)[number];
export interface Options {
    readonly minimumPolicy: Level;
    readonly minimumLength: number;
    readonly requireHistory: boolean;
    readonly requireDictionary: boolean;
    readonly requireNoPersonalInfo: boolean;
}
type MessageIds = 'weakPolicy' | 'shortLength' | 'noHistory' | 'noDictionary' | 'personalInfo' | 'missing';
declare const _default: import("../../src/engine/rule.js").Rule<Options, MessageIds>;
export default _default;
