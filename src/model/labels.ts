import type { ClientGrant, EntityKind, ResourceServer } from './types.js';

/** How messages name a grant's application: its name when resolved, else the reference as written. */
export function grantClientLabel(grant: ClientGrant): string {
  return grant.client?.name ?? grant.clientRef ?? (grant.defaultFor ? `default grant for ${grant.defaultFor}` : '(no client)');
}

/** How messages name an API: its name, else its identifier. */
export function apiLabel(api: ResourceServer): string {
  return api.name ?? api.key;
}

/** How messages name each kind of entity. */
export const KIND_LABEL: Readonly<Record<EntityKind, string>> = {
  client: 'Application',
  resourceServer: 'API',
  clientGrant: 'Client grant',
  tenant: 'Tenant settings',
  attackProtection: 'Attack protection',
  guardianFactor: 'MFA factor',
  guardianPolicies: 'MFA policy',
  connection: 'Connection',
  emailProvider: 'Email provider',
  emailTemplate: 'Email template',
  action: 'Action',
  rule: 'Rule',
  hook: 'Hook',
  page: 'Page',
  logStream: 'Log stream',
  eventStream: 'Event stream',
  customDomain: 'Custom domain',
  networkAcl: 'Network ACL',
};
