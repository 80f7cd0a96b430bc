/**
 * A value that holds an unresolved keyword marker. no-unresolved-keywords reports the marker; other rules skip the
 * value, since what it will be after deploy-cli's replacement is unknown.
 */
export declare function isUnresolved(value: unknown): boolean;
