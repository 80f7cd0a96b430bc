import { type Severity } from '../shared/severity.js';
/** Errors, then warnings, then notes; within a severity the input order (file, line) is kept. */
export declare function mostSevereFirst<T extends {
    readonly severity: Severity;
}>(items: readonly T[]): T[];
