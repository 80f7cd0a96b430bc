import { readFileSync } from 'node:fs';
import { computeAccess } from '../../src/access/compute.js';
import type { AccessEntry, AccessMap, AccessSubject } from '../../src/access/types.js';
import { loadText } from '../../src/loaders/load-text.js';
import { buildTenant } from '../../src/model/build-tenant.js';

export function fixture(name: string): string {
  return readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
}

export function accessOfYaml(text: string): AccessMap {
  return computeAccess(buildTenant(loadText('tenant.yaml', text, 'yaml')));
}

export function accessOfDump(dump: object): AccessMap {
  return computeAccess(buildTenant(loadText('tenant-dump.json', JSON.stringify(dump), 'api-dump')));
}

export interface Row {
  readonly allowed: boolean;
  readonly scopes: readonly string[] | 'all';
  readonly codes: readonly string[];
  readonly count?: number;
}

/** The entry for an API, subject type and application (`*` and a group for group entries), reduced to what tests compare. */
export function rowOf(map: AccessMap, api: string, subject: AccessSubject, client: string, group?: string): Row | undefined {
  const matches = map.entries.filter(
    (entry) =>
      entry.api === api &&
      entry.subjectType === subject &&
      (entry.clientName === client || entry.client === client) &&
      (group === undefined || entry.group === group),
  );
  if (matches.length > 1) throw new Error(`${matches.length} entries for ${api} ${subject} ${client}`);
  const entry: AccessEntry | undefined = matches[0];
  if (!entry) return undefined;
  return {
    allowed: entry.allowed,
    scopes: entry.scopes,
    codes: entry.reasons.map((reason) => reason.code),
    ...(entry.count !== undefined ? { count: entry.count } : {}),
  };
}
