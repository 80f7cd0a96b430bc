import type { Finding } from '../engine/finding.js';
import type { AnyRule, Severity } from '../engine/rule.js';
import type { Target } from '../engine/target.js';
import type { Config } from './load-config.js';
export interface IgnoreOutcome {
    /** The targets with suppressed findings removed. */
    readonly targets: Target[];
    readonly suppressed: number;
    /** expired-ignore and unused-ignore findings, located in the configuration file. */
    readonly findings: Finding[];
}
/** The day (UTC) an expiry is compared with: an entry that expires on this day no longer applies. */
export declare function today(now: Date): string;
/**
 * Applies the configuration's ignore entries to the run's findings. Pure: the clock is an argument, so expiry is
 * tested without waiting for a date. Severity of the two configuration rules comes from the settings (they can be
 * raised to error, or turned off, like any rule).
 */
export declare function applyIgnores(targets: readonly Target[], config: Config, options: {
    now: Date;
    cwd: string;
    severityOf: (rule: AnyRule) => Severity | 'off';
}): IgnoreOutcome;
