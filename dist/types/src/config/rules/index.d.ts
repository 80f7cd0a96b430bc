import { type AnyRule } from '../../engine/rule.js';
export declare const expiredIgnore: import("../../engine/rule.js").Rule<object>;
export declare const unusedIgnore: import("../../engine/rule.js").Rule<object>;
export declare const weakenedConfiguration: import("../../engine/rule.js").Rule<object>;
export declare const configRules: readonly AnyRule[];
