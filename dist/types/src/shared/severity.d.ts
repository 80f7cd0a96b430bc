export type Severity = 'error' | 'warning' | 'note';
export declare const SEVERITIES: readonly Severity[];
/** Most severe first: sorting by this rank puts errors before warnings before notes. */
export declare const SEVERITY_RANK: Readonly<Record<Severity, number>>;
/** Whether a finding of `severity` reaches `threshold` (`error` reaches every threshold, `note` only `note`). */
export declare function atLeast(severity: Severity, threshold: Severity): boolean;
