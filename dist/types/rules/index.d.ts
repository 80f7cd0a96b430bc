import type { AnyRule } from '../src/engine/rule.js';
/** Every built-in rule, in the order --list-rules and the docs table show them. */
export declare const builtinRules: readonly AnyRule[];
