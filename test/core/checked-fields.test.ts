/**
 * The fields whose unresolved keyword markers are errors (src/model/checked-fields.ts) are the fields rules read:
 * every built-in rule runs over every YAML example of every rule's docs page, with the tenant's data watched, and
 * each value a rule reads must be in the list, posture fields included, under deploy-cli's names and a dump's.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { defineRule, type AnyRule } from '../../src/engine/rule.js';
import { runRules } from '../../src/engine/run-rules.js';
import { loadText } from '../../src/loaders/load-text.js';
import { buildTenant } from '../../src/model/build-tenant.js';
import { checkedAt } from '../../src/model/checked-fields.js';
import type { Tenant } from '../../src/model/types.js';
import { recordReads } from '../helpers/recorded-reads.js';

/** valid-field-types reads values to check their types as written (a marker is a string, which it reports itself). */
const TYPE_CHECKS = new Set(['valid-field-types']);

const EXAMPLES = builtinRules.flatMap((rule) => [...rule.meta.docs.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((match) => match[1]!));

/** The pointers rules read that the list lacks, by rule, over every example; `*` stands for list indexes. */
function unlistedReads(rules: readonly AnyRule[]): Record<string, string[]> {
  const unlisted: Record<string, Set<string>> = {};
  let read = 0;
  for (const example of EXAMPLES) {
    const input = loadText('example.yaml', example, 'yaml');
    for (const rule of rules) {
      const tenant = buildTenant(input);
      const reads = recordReads(tenant);
      runRules(tenant, [rule], new Map([[rule.meta.id, { severity: 'error' }]]));
      read += reads.size;
      for (const pointer of reads) if (checkedAt(pointer) === undefined) (unlisted[rule.meta.id] ??= new Set()).add(pointer.replace(/\/\d+(?=\/|$)/g, '/*'));
    }
  }
  // The watch itself works: the rules read something.
  expect(read).toBeGreaterThan(0);
  return Object.fromEntries(Object.entries(unlisted).map(([rule, pointers]) => [rule, [...pointers].sort()]));
}

describe('the fields rules read', () => {
  it('are all in the checked-fields list (add a field a rule starts reading to src/model/checked-fields.ts)', () => {
    expect(EXAMPLES.length).toBeGreaterThan(50);
    expect(unlistedReads(builtinRules.filter((rule) => !TYPE_CHECKS.has(rule.meta.id)))).toEqual({});
  });

  it('catch a rule that reads a field the list lacks', () => {
    const reader = defineRule({
      meta: {
        id: 'reads-friendly-name',
        description: 'test',
        defaultSeverity: 'warning',
        category: 'hygiene',
        precision: 'high',
        messages: { x: 'x' },
        docs: '',
      },
      check({ tenant }: { tenant: Tenant }) {
        void tenant.posture.settings?.data.friendly_name;
        void tenant.posture.settings?.flags.enable_sso;
      },
    } as never);
    expect(unlistedReads([reader])).toEqual({ 'reads-friendly-name': ['/tenant/friendly_name'] });
  });
});

describe('posture fields in the list', () => {
  it.each([
    ['/tenant/session_lifetime', '/tenant_settings/session_lifetime', 'a session lifetime'],
    ['/tenant/flags/enable_dynamic_client_registration', '/tenant_settings/flags/enable_dynamic_client_registration', "the tenant's feature flags"],
    ['/attackProtection/bruteForceProtection/shields/0', '/attack_protection/brute_force_protection/shields/0', "the brute-force protection's responses"],
    ['/guardianPolicies/policies/0', '/guardian_policies/0', 'the MFA policy'],
    ['/guardianFactors/2/enabled', '/guardian_factors/2/enabled', 'whether an MFA factor is enabled'],
    ['/databases/0/options/password_history/enable', '/connections/0/options/password_history/enable', "a database connection's password history setting"],
    ['/actions/1/runtime', '/actions/1/runtime', "an action's Node runtime"],
    ['/logStreams/0/status', '/log_streams/0/status', "a log stream's status"],
    ['/networkACLs/0/rule/scope', '/network_acls/0/rule/scope', "a network ACL's scope"],
    ['/attackProtection', '/attack_protection', 'the attack protection settings'],
  ])('%s (dump: %s) is "%s"', (exported, dumped, what) => {
    expect(checkedAt(exported)).toBe(what);
    expect(checkedAt(dumped)).toBe(what);
  });

  it.each([
    '/tenant/friendly_name',
    '/actions/0/code',
    '/actions/0/secrets/0/value',
    '/databases/0/options/customScripts/login',
    '/emailProvider/credentials/smtp_pass',
    '/logStreams/0/sink/datadogApiKey',
  ])('%s is not read by any rule', (pointer) => expect(checkedAt(pointer)).toBeUndefined());
});
