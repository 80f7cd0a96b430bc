import { type AnyRule, type Severity } from '../engine/rule.js';
import type { LocatedDocument } from '../config/located-document.js';
import { type Collection } from './views.js';
/** One rule as written in a rule file, after the file passed its schema. */
export interface CustomRuleSpec {
    readonly id: string;
    readonly description: string;
    readonly severity: Severity;
    readonly collection: Collection;
    readonly message: string;
    readonly docs?: string;
    readonly tags?: readonly string[];
    readonly securitySeverity?: number;
    readonly where?: object | boolean;
    readonly assert: object | boolean;
}
/** Turns a validated rule spec into an ordinary Rule; `pointer` is where the spec sits in its file. */
export declare function compileCustomRule(spec: CustomRuleSpec, document: LocatedDocument, pointer: string): AnyRule;
