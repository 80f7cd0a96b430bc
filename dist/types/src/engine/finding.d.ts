import type { EntityKind, TextRange } from '../model/types.js';
import type { Severity } from './rule.js';
export interface FindingEntity {
    readonly kind: EntityKind;
    readonly key: string;
    readonly name?: string;
}
export interface FindingLocation extends TextRange {
    readonly file: string;
}
/** One finding, as every reporter receives it and as `--format json` prints it. */
export interface Finding {
    readonly ruleId: string;
    /** Which of the rule's messages this is (a key of its `meta.messages`): stable while the wording changes. */
    readonly messageId: string;
    readonly severity: Severity;
    readonly message: string;
    readonly entity?: FindingEntity;
    /** JSON pointer inside the entity (or inside its source when there is no entity). */
    readonly path: string;
    /** Absent only for data that has no file (live audits). */
    readonly location?: FindingLocation;
    /** For live data: the endpoint the entity came from. */
    readonly endpoint?: string;
    /** Stable across reformatting, reordering and moved lines: rule, entity and property path only. */
    readonly fingerprint: string;
}
export type SeverityCounts = Record<Severity, number>;
export declare function countBySeverity(findings: readonly Finding[]): SeverityCounts;
