import { type ReadProgress, type TenantSnapshot } from '../live/read-tenant.js';
import type { Credentials } from '../live/token.js';
import type { Clock } from '../shared/clock.js';
/**
 * A live tenant to audit, already checked by the shell that asked for it (the CLI's flags and AUTH0_* variables,
 * the Action's inputs): host names are parsed before any secret is sent anywhere.
 */
export interface LiveSource {
    /** The tenant's canonical host (host[:port]): what findings, overrides and ignore entries name it by. */
    readonly host: string;
    /** A custom domain to send the requests to instead. */
    readonly requestHost?: string;
    readonly credentials: Credentials;
    /** Write the tenant as an API dump here (relative to cwd); SARIF anchors live findings to it. */
    readonly snapshotFile?: string;
    /** Only NODE_EXTRA_CA_CERTS and the tests' A0LINT_TEST_HTTP_SETTINGS are read from it. */
    readonly env?: Readonly<Record<string, string | undefined>>;
    readonly progress?: ReadProgress;
    /** Receives each secret the audit obtains (the access token), so that a CI log can mask it. */
    readonly onSecret?: (value: string) => void;
    /** Now and waiting for the client (retries, Retry-After, reset times): the real clock unless a test gives one. */
    readonly clock?: Clock;
}
export declare function readLiveTenant(source: LiveSource): Promise<TenantSnapshot>;
/** Writes the tenant as an API dump; returns its path as reports show it. */
export declare function writeSnapshot(snapshot: TenantSnapshot, out: string, cwd: string): Promise<string>;
