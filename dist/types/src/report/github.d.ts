import { type Finding } from '../engine/finding.js';
import type { InputError } from '../shared/errors.js';
import type { Formatter } from './formatter.js';
export type AnnotationLevel = 'error' | 'warning' | 'notice';
/** The shape of `@actions/core`'s AnnotationProperties, so the Action can pass these straight through. */
export interface AnnotationProperties {
    readonly title?: string;
    readonly file?: string;
    readonly startLine?: number;
    readonly endLine?: number;
    readonly startColumn?: number;
    readonly endColumn?: number;
}
export interface Annotation {
    readonly level: AnnotationLevel;
    readonly message: string;
    readonly properties: AnnotationProperties;
}
/** GitHub shows at most this many annotations of each kind per step and silently drops the rest. */
export declare const ANNOTATIONS_PER_STEP: Readonly<Record<AnnotationLevel, number>>;
/**
 * The annotations to show, most severe first (input errors, then errors, warnings, notes), no more of each kind
 * than GitHub displays per step, then one notice that counts the rest and says where they are. Only the shown ones
 * are built: a run with hundreds of thousands of findings shows a few dozen.
 */
export declare function annotations(input: {
    readonly findings: readonly Finding[];
    readonly errors: readonly InputError[];
}, perStep?: Readonly<Record<AnnotationLevel, number>>): Annotation[];
/** `::error file=…,line=…::message` lines for the runner to turn into annotations (a run without the Action). */
export declare const formatGithub: Formatter;
export declare function workflowCommand({ level, message, properties }: Annotation): string;
/** As the runner decodes them (and as @actions/core encodes them). */
export declare function escapeData(text: string): string;
export declare function escapeProperty(text: string): string;
