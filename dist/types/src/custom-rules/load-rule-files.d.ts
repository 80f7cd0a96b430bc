import type { AnyRule } from '../engine/rule.js';
import { type LocatedDocument } from '../config/located-document.js';
/** Where rule files come from: globs relative to a folder (the configuration's, or the working directory). */
export interface RuleFileSource {
    readonly globs: readonly string[];
    readonly baseDir: string;
    /** For "matched no file" errors: the document and pointer that named the globs, when there is one. */
    readonly namedAt?: {
        readonly document: LocatedDocument;
        readonly pointer: string;
    };
    /** How the CLI option was spelled, when the globs come from the command line. */
    readonly option?: string;
    /** The repository every file must lie inside (globs from a configuration file; the command line may name anything). */
    readonly confineTo?: string;
}
/** Rule files are found, parsed and compiled; nothing in them is ever executed. */
export declare function loadCustomRules(sources: readonly RuleFileSource[], cwd: string, reservedIds: ReadonlySet<string>): Promise<AnyRule[]>;
/** `--rules-dir DIR`: every .yml/.yaml file below it. */
export declare function rulesDirSources(dirs: readonly string[], cwd: string): RuleFileSource[];
