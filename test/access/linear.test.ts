import { describe, expect, it } from 'vitest';
import { dumpOf, type SizeSpec } from '../../bench/generate.js';
import { computeAccess } from '../../src/access/compute.js';
import { loadText } from '../../src/loaders/load-text.js';
import { buildTenant } from '../../src/model/build-tenant.js';
import { countedTenant } from '../helpers/counted-tenant.js';

/**
 * The access map must stay linear in the tenant: an allow_all API is one entry, not one per application, and grants
 * are joined through the model's references. This counts the entities read and the entries made (timing would be
 * flaky): four times the tenant must cost about four times as much; a client × API matrix would cost sixteen.
 */
function workFor(spec: SizeSpec): { reads: number; entries: number } {
  const tenant = buildTenant(loadText('dump.json', JSON.stringify(dumpOf(spec)), 'api-dump'));
  const { tenant: watched, reads } = countedTenant(tenant);
  const map = computeAccess(watched);
  return { reads: reads(), entries: map.entries.length };
}

describe('access map', () => {
  it('costs about four times as much for a tenant four times as large', () => {
    const small = workFor({ clients: 150, apis: 15, grants: 400 });
    const large = workFor({ clients: 600, apis: 60, grants: 1_600 });
    // The generated tenants have allow_all APIs: a matrix would make entries grow sixteenfold.
    expect(small.entries).toBeGreaterThan(0);
    for (const growth of [large.reads / small.reads, large.entries / small.entries]) {
      expect(growth).toBeGreaterThan(3);
      expect(growth).toBeLessThan(5);
    }
  });
});
