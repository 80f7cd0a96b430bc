import type { Formatter, ReportInput } from './formatter.js';
import type { SarifLog } from './sarif-log.js';
export interface SarifLimits {
    readonly resultsPerRun: number;
    /** Size of the whole file once gzipped, in bytes. */
    readonly gzippedBytes: number;
}
/** Code scanning rejects a file past these (docs: "SARIF results file limits"). */
export declare const GITHUB_SARIF_LIMITS: SarifLimits;
/** Code scanning refuses a file with more runs than this, and each input is one run. */
export declare const MAX_SARIF_RUNS = 20;
/** Why SARIF for this many inputs could not be uploaded, or undefined when it can. */
export declare function tooManySarifRuns(inputs: number): string | undefined;
/** Our own key: code scanning keeps it and uses its own `primaryLocationLineHash` beside it. */
export declare const FINGERPRINT_KEY = "a0lint/v1";
/** SARIF 2.1.0 that GitHub code scanning accepts by construction; one run (and category) per target. */
export declare const formatSarif: Formatter;
export declare function buildSarifLog(input: ReportInput, limits?: SarifLimits): SarifLog;
export declare function serialize(log: SarifLog): string;
