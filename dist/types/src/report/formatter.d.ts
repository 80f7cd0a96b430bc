import type { AnyRule } from '../engine/rule.js';
import type { Target } from '../engine/target.js';
/** Everything a reporter may use. Reporters are pure: they turn this into text and never touch files or HTTP. */
export interface ReportInput {
    /** What was linted; every finding and input error belongs to one of them (findingsOf and errorsOf list them all). */
    readonly targets: readonly Target[];
    /** The rules that ran (built-in and custom), for rule descriptors and docs links. */
    readonly rules: readonly AnyRule[];
    readonly version: string;
    readonly color: boolean;
    /** Terminal output: link rule ids to their docs with OSC 8 hyperlinks (the CLI decides from the terminal). */
    readonly hyperlinks?: boolean;
    /** Terminal output: show each message's details (why and how to fix) and the docs URL below the finding. */
    readonly verbose?: boolean;
    /**
     * Live data has no file, but a code-scanning upload needs one for every result: SARIF anchors such findings to
     * this repo-relative file (e.g. the tenant snapshot a live audit writes), per target or for all. Without one,
     * they are left out of SARIF and a tool notification says so.
     */
    readonly anchorFile?: string | ((target: Target) => string | undefined);
    /** Makes `file:line` in the markdown summary a link: the URL a repo-relative path is appended to (`…/blob/<sha>/`). */
    readonly fileBaseUrl?: string;
}
export type Formatter = (input: ReportInput) => string;
/**
 * A report as pieces of text in order, for outputs that can be written as they are made: a report on hundreds of
 * thousands of findings then never exists as one string (V8 caps a string at about 512 MiB, and the whole text
 * would double the peak memory of the run).
 */
export type ChunkedFormatter = (input: ReportInput) => Iterable<string>;
/** The whole report as one string, for callers that need it so (tests, the Action's files of bounded size). */
export declare function joined(format: ChunkedFormatter): Formatter;
