/**
 * Done-when of live audits: linting a tenant live equals linting auth0-deploy-cli's exports of the same tenant.
 * The real deploy-cli (npm dev dependency) exports the fake Management API over HTTPS (domain with a port, the test
 * CA through NODE_EXTRA_CA_CERTS, AUTH0_INCLUDED_ONLY limiting it to the three collections) to YAML and to a
 * directory; a0lint runs on both exports and live, and the findings must agree rule for rule, entity for entity.
 */
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Finding } from '../../src/engine/finding.js';
import { SECRET_FIELDS } from '../../src/live/client-fields.js';
import { startFakeApi, type FakeApi } from '../fake-mgmt-api/server.js';
import { makeTenant } from '../fake-mgmt-api/tenant.js';
import { deployCliExport } from '../helpers/deploy-cli.js';
import { identityByClientName } from '../helpers/finding-identity.js';

let api: FakeApi;
let work: string;

beforeAll(async () => {
  api = await startFakeApi({
    tenant: (domain) => {
      const tenant = makeTenant(domain, { apis: 25, clients: 130, grants: 160 });
      // A grant to the Management API that is not the exporter's own: deploy-cli exports it, so both sides see it.
      tenant.client_grants.push({
        id: 'cgr_mgmt0000000001',
        client_id: tenant.clients[3]!.client_id,
        audience: `https://${domain}/api/v2/`,
        scope: ['read:users', 'create:client_grants'],
        subject_type: 'client',
      });
      return tenant;
    },
  });
  work = await mkdtemp(path.join(tmpdir(), 'a0lint-deploy-cli-'));
});
afterAll(async () => {
  await api.close();
});

async function lint(args: readonly string[], env: Record<string, string> = {}): Promise<Finding[]> {
  let stdout = '';
  let stderr = '';
  const code = await main([...args, '--format', 'json', '--no-config'], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: work,
    env,
    stdoutIsTTY: false,
  });
  expect(stderr).toBe('');
  expect(code).toBeLessThan(2);
  return (JSON.parse(stdout) as { findings: Finding[] }).findings;
}

/** What must agree: rule, entity and place inside it, clients and grants by client name. */
const identity = identityByClientName;

describe('live lint equals lint of deploy-cli exports of the same tenant', () => {
  let live: Finding[];
  let yamlFindings: Finding[];
  let directoryFindings: Finding[];

  beforeAll(async () => {
    const included = ['resourceServers', 'clients', 'clientGrants'];
    await Promise.all([
      deployCliExport(api, 'yaml', path.join(work, 'yaml'), work, included),
      deployCliExport(api, 'directory', path.join(work, 'dir'), work, included),
    ]);
    live = await lint(['--live', '--domain', api.domain], {
      AUTH0_CLIENT_ID: api.clientId,
      AUTH0_CLIENT_SECRET: api.clientSecret,
      NODE_EXTRA_CA_CERTS: api.caFile,
    });
    yamlFindings = await lint(['yaml/tenant.yaml']);
    directoryFindings = await lint(['dir']);
  }, 120_000);

  it('deploy-cli exported the whole tenant in both forms', async () => {
    expect((await readdir(path.join(work, 'dir', 'clients'))).length).toBe(api.tenant.clients.length);
    // deploy-cli never exports the Management API itself, nor the grants of the client it runs as.
    expect((await readdir(path.join(work, 'dir', 'resource-servers'))).length).toBe(api.tenant.resource_servers.length - 1);
    // The comparison means something only if many rules fire on both sides.
    expect(new Set(yamlFindings.map((finding) => finding.ruleId)).size).toBeGreaterThanOrEqual(5);
  });

  it('the YAML export and the directory export give the same findings', () => {
    expect(directoryFindings.map(identity).sort()).toEqual(yamlFindings.map(identity).sort());
  });

  it('live findings equal the export findings, apart from what deploy-cli leaves out of every export', () => {
    const exported = new Set(yamlFindings.map(identity));
    const liveOnly = live.filter((finding) => !exported.has(identity(finding)));
    const auditClient = api.tenant.clients.find((client) => client.client_id === api.clientId)!.name as string;
    const explained = (finding: Finding): boolean =>
      // The live audit's own token: no export has one.
      finding.ruleId === 'audit-credentials-read-only' ||
      // The Management API resource server and the exporting client's grants: deploy-cli drops them.
      (finding.entity?.kind === 'resourceServer' && finding.entity.key === `https://${api.domain}/api/v2/`) ||
      (finding.entity?.kind === 'clientGrant' && finding.entity.name === auditClient);
    expect(liveOnly.filter((finding) => !explained(finding)).map(identity)).toEqual([]);
    const liveSet = new Set(live.map(identity));
    // Exports keep an HS256 API's signing_secret (deploy-cli does not strip it); live reads drop every secret, so
    // findings about a secret written in the files have no live counterpart.
    const secretPaths = new Set(
      Object.values(SECRET_FIELDS)
        .flat()
        .map((field) => `/${field}`),
    );
    const exportOnly = yamlFindings.filter((finding) => !liveSet.has(identity(finding)));
    expect(exportOnly.filter((finding) => !secretPaths.has(finding.path)).map(identity)).toEqual([]);
    expect(exportOnly.length).toBeLessThanOrEqual(api.tenant.resource_servers.filter((server) => 'signing_secret' in server).length);
  });
});
