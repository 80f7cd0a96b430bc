import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Finding } from '../../src/engine/finding.js';
import { startFakeApi, type FakeApi } from '../fake-mgmt-api/server.js';
import { VirtualClock } from '../helpers/virtual-clock.js';
import { makeTenant } from '../fake-mgmt-api/tenant.js';
import { FAST } from './helpers.js';

/** A tenant whose Management API comes back without subject_type_authorization, as from a tenant older than the field. */
let api: FakeApi;
beforeAll(async () => {
  api = await startFakeApi({
    clock: new VirtualClock(),
    tenant: (domain) => {
      const tenant = makeTenant(domain);
      delete tenant.resource_servers[0]!.subject_type_authorization;
      return tenant;
    },
  });
});
afterAll(async () => {
  await api.close();
});

async function live(extra: readonly string[] = []): Promise<{ code: number; findings: Finding[]; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['--live', '--format', 'json', ...extra], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: process.cwd(),
    env: {
      A0LINT_TEST_HTTP_SETTINGS: JSON.stringify(FAST),
      AUTH0_DOMAIN: api.domain,
      AUTH0_CLIENT_ID: api.clientId,
      AUTH0_CLIENT_SECRET: api.clientSecret,
      NODE_EXTRA_CA_CERTS: api.caFile,
    },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    clock: api.clock,
  });
  return { code, findings: (JSON.parse(stdout) as { findings: Finding[] }).findings, stderr };
}

describe('a live read of a Management API without a user access policy', () => {
  it("reports it: the API returns the field when it is set, so Auth0's default allow_all applies", async () => {
    const { code, findings } = await live();
    expect(code).toBe(1);
    const found = findings.filter((finding) => finding.ruleId === 'management-api-user-access');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      messageId: 'absent',
      severity: 'error',
      entity: { kind: 'resourceServer', key: `https://${api.domain}/api/v2/` },
      path: '/subject_type_authorization/user',
      endpoint: 'GET /api/v2/resource-servers',
    });
  });
});
