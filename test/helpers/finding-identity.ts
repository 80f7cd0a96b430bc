import type { Finding } from '../../src/engine/finding.js';

/**
 * A finding's rule, entity and place inside it, with clients and grants named by the client's name: exports name
 * clients instead of giving their ids (deploy-cli strips client_id and writes a grant's client_id as the client's
 * name), while dumps and live reads key them by client_id.
 */
export function identityByClientName(finding: Finding): string {
  const entity = finding.entity;
  let label = entity?.key ?? '-';
  if (entity?.kind === 'client') label = entity.name ?? label;
  if (entity?.kind === 'clientGrant') label = [entity.name ?? '?', ...entity.key.split('|').slice(1)].join('|');
  return `${finding.ruleId} ${entity?.kind ?? '-'} ${label} ${finding.path}`;
}
