import { defineRule } from '../../src/engine/rule.js';
import { activeAclRules } from '../../src/model/posture/network-acl.js';
import { label } from '../../src/model/posture/values.js';
import docs from './README.md';

/** ACL scopes that cover the Management API: its own, and the whole tenant. */
const MANAGEMENT_SCOPES = ['management', 'tenant'];

export default defineRule({
  meta: {
    id: 'require-network-acls',
    description: 'Control network access to the tenant with active network ACLs, and allow the Management API only from known addresses',
    defaultSeverity: 'note',
    category: 'tenant',
    precision: 'medium',
    securitySeverity: 3.0,
    tags: ['security', 'tenant', 'network'],
    requires: ['networkACLs'],
    preset: 'strict',
    messages: {
      none:
        'The tenant has no network ACL. Nothing limits who reaches its login or its Management API by address, country or client. ' +
        'Add network ACLs (Security → Network ACL) for the traffic your tenant should not serve.',
      inactive: 'Network ACL "{{name}}" is inactive. It protects nothing while active is false. Set it active, or delete it if it is not needed.',
      managementOpen:
        'No active network ACL limits the Management API to known addresses. A leaked Management API credential works from anywhere. ' +
        'Add an ACL on scope management that blocks requests whose addresses are not in your ranges (not_match with ipv4_cidrs).',
    },
    schema: { type: 'object', properties: {}, additionalProperties: false },
    docs,
  },
  check({ tenant, report }) {
    const acls = tenant.posture.networkAcls;
    const origin = tenant.posture.sectionOrigin('networkACLs');
    if (acls.length === 0) {
      if (origin) report({ origin, subject: 'networkACLs', messageId: 'none' });
      return;
    }
    for (const acl of acls) if (acl.data.active === false) report({ entity: acl, path: '/active', messageId: 'inactive', data: { name: label(acl) } });
    const management = activeAclRules(acls).filter((rule) => rule.scope !== undefined && MANAGEMENT_SCOPES.includes(rule.scope));
    // Requests no entry matches are allowed: an allow list needs a block for everything else.
    const blocksOthers = management.some((rule) => rule.blocks && rule.exceptAddresses);
    const allowsThenBlocks = management.some((rule) => rule.allows && rule.matchesAddresses) && management.some((rule) => rule.blocks && rule.catchAll);
    if (!blocksOthers && !allowsThenBlocks && origin) report({ origin, subject: 'networkACLs:management', messageId: 'managementOpen' });
  },
});
