import { type AnyRule } from '../../engine/rule.js';
export declare const expiredIgnore: import("../../engine/rule.js").Rule<object, "expired">;
export declare const unusedIgnore: import("../../engine/rule.js").Rule<object, "unused">;
export declare const weakenedConfiguration: import("../../engine/rule.js").Rule<object, "options" | "mappings" | "ignore" | "lowered" | "customRuleAdded" | "customRuleRemoved">;
export declare const configRules: readonly AnyRule[];
