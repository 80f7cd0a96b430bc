import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { dumpOf, type SizeSpec } from '../../bench/generate.js';
import { runRules } from '../../src/engine/run-rules.js';
import { loadText } from '../../src/loaders/load-text.js';
import { buildTenant } from '../../src/model/build-tenant.js';
import { countedTenant } from '../helpers/counted-tenant.js';

/**
 * Rules must stay linear in the size of the tenant: joins go through the model's maps, and no rule scans every grant
 * per application or per API. Timing would be flaky on shared machines, so this counts what rules read instead: the
 * entities of the model's lists. Four times the tenant must cost about four times the reads; a rule that scans all
 * grants per client would cost sixteen.
 */
function readsFor(spec: SizeSpec): { reads: number; findings: number } {
  const tenant = buildTenant(loadText('dump.json', JSON.stringify(dumpOf(spec)), 'api-dump'));
  const { tenant: watched, reads } = countedTenant(tenant);
  const findings = runRules(watched, builtinRules).length;
  return { reads: reads(), findings };
}

describe('rule evaluation', () => {
  it('reads about four times as many entities for a tenant four times as large', () => {
    const small = readsFor({ clients: 150, apis: 15, grants: 400 });
    const large = readsFor({ clients: 600, apis: 60, grants: 1_600 });
    expect(small.findings).toBeGreaterThan(0);
    const growth = large.reads / small.reads;
    expect(growth).toBeGreaterThan(3);
    expect(growth).toBeLessThan(5);
  });
});
