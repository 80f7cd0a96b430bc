import { accessChanges, type AccessChanges } from '../access/changes.js';
import type { Tenant } from '../model/types.js';
import { text } from '../shared/markdown-text.js';

/** The share of GitHub's 1 MiB job summary the "Access changes" section may take; findings get the rest. */
export const ACCESS_SUMMARY_BYTES = 256 * 1024;

interface TenantTarget {
  readonly path: string;
  readonly tenant?: Tenant;
}

/** What the pull request does to access, input by input: the base's version of each path against the head's. */
export function pullRequestAccess(paths: readonly string[], head: readonly TenantTarget[], base: readonly TenantTarget[]): AccessChanges {
  const headOf = tenants(head);
  const baseOf = tenants(base);
  return accessChanges(
    paths.map((input) => ({ path: input, ...optional('base', baseOf.get(input)), ...optional('head', headOf.get(input)) })),
    { maxBytes: ACCESS_SUMMARY_BYTES },
  );
}

/** Drift: what the live tenant grants against the committed export. */
export function driftAccess(host: string, committedPath: string, committed: Tenant | undefined, live: Tenant | undefined): AccessChanges {
  return accessChanges([{ path: committedPath, ...optional('base', committed), ...optional('head', live) }], {
    heading: `### Access changes: ${text(host)} against <code>${text(committedPath)}</code>`,
    maxBytes: ACCESS_SUMMARY_BYTES,
  });
}

function tenants(targets: readonly TenantTarget[]): Map<string, Tenant | undefined> {
  return new Map(targets.map((target) => [target.path, target.tenant]));
}

function optional<K extends string>(key: K, tenant: Tenant | undefined): Partial<Record<K, Tenant>> {
  return tenant ? ({ [key]: tenant } as Record<K, Tenant>) : {};
}
