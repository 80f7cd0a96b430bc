import type { Formatter, ReportInput } from './formatter.js';
import type { SarifLog } from './sarif-log.js';
export interface SarifLimits {
    readonly resultsPerRun: number;
    /** Size of the whole file once gzipped, in bytes. */
    readonly gzippedBytes: number;
}
/** Why SARIF for this many inputs could not be uploaded, or undefined when it can. */
export declare function tooManySarifRuns(inputs: number): string | undefined;
/** SARIF 2.1.0 that GitHub code scanning accepts by construction; one run (and category) per target. */
export declare const formatSarif: Formatter;
export declare function buildSarifLog(input: ReportInput, limits?: SarifLimits): SarifLog;
export declare function serialize(log: SarifLog): string;
