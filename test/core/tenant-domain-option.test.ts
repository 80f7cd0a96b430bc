import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { runCli } from '../helpers/run-cli.js';

/** An export with a grant of a critical Management API scope: found only when the tenant domain names its host. */
const EXPORT =
  'clients:\n  - name: Sync\n    app_type: non_interactive\nclientGrants:\n  - client_id: Sync\n    audience: https://t.us.auth0.com/api/v2/\n    scope: [create:client_grants]\n';
/** An API dump whose Management API lets every application get user tokens, and a grant of a critical scope. */
const dump = (domain?: string): string =>
  JSON.stringify({
    ...(domain !== undefined ? { domain } : {}),
    resource_servers: [
      {
        name: 'Auth0 Management API',
        identifier: 'https://t.us.auth0.com/api/v2/',
        is_system: true,
        subject_type_authorization: { user: { policy: 'allow_all' } },
      },
    ],
    clients: [{ client_id: 'c1', name: 'Sync', app_type: 'non_interactive', grant_types: ['client_credentials'] }],
    client_grants: [{ client_id: 'c1', audience: 'https://t.us.auth0.com/api/v2/', scope: ['create:client_grants'] }],
  });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'a0lint-tenant-domain-'));
  await writeFile(path.join(dir, 'tenant.yaml'), EXPORT);
  await writeFile(path.join(dir, 'dump.json'), dump());
  await writeFile(path.join(dir, 'custom-domain-dump.json'), dump('login.example.com'));
});

interface JsonReport {
  readonly findings: Finding[];
  readonly summary: { notices?: Array<{ target: string; code: string; message: string }> };
}
const json = (stdout: string): JsonReport => JSON.parse(stdout) as JsonReport;
const rulesOf = (stdout: string): string[] => [...new Set(json(stdout).findings.map((finding) => finding.ruleId))].sort();

describe('--tenant-domain as users type it', () => {
  it.each(['t.us.auth0.com', 'https://t.us.auth0.com', 'https://t.us.auth0.com/', 't.us.auth0.com/', 'T.US.Auth0.com', ' t.us.auth0.com', 't.us.auth0.com\t'])(
    '"%s" names the tenant: the export\'s Management API grant is checked',
    async (value) => {
      const run = await runCli(['tenant.yaml', '--tenant-domain', value, '--format', 'json'], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      expect(rulesOf(run.stdout)).toEqual(['management-api-least-privilege']);
    },
  );

  it.each([
    ['t.us.auth0.com:443', "must be the tenant's host name without a port"],
    ['t.us.auth0.com/api/v2/', 'without a path'],
    ['http://t.us.auth0.com', '"http://" is not accepted'],
    ['t.us auth0.com', 'is not a valid host name'],
    ['', 'is empty'],
  ])('"%s" is refused with one clear line and exit 2', async (value, why) => {
    const run = await runCli(['tenant.yaml', '--tenant-domain', value], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^a0lint: --tenant-domain /);
    expect(run.stderr).toContain(why);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("a tenant domain that names none of the data's Management APIs", () => {
  it('the custom domain given: the is_system Management API is still checked, and the run says so on stderr and in the JSON summary', async () => {
    const run = await runCli(['dump.json', '--tenant-domain', 'login.example.com', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(rulesOf(run.stdout)).toEqual(['management-api-least-privilege', 'management-api-user-access']);
    expect(run.stderr).toBe(
      "dump.json: the tenant domain login.example.com (from --tenant-domain or the configuration's tenantDomain) names none of the Management APIs in the data " +
        "(https://t.us.auth0.com/api/v2/); a0lint checks the is_system one as the Management API. Give the tenant's canonical domain (the host of that API, not a custom domain) as the tenant domain.\n",
    );
    expect(json(run.stdout).summary.notices).toEqual([{ target: 'dump.json', code: 'domain-mismatch', message: run.stderr.slice(0, -1) }]);
  });

  it('a dump whose own domain field holds the custom domain', async () => {
    const run = await runCli(['custom-domain-dump.json', '--format', 'json'], { cwd: dir });
    expect(rulesOf(run.stdout)).toEqual(['management-api-least-privilege', 'management-api-user-access']);
    expect(run.stderr).toContain("the tenant domain login.example.com (from the dump's domain field) names none of the Management APIs");
    expect(json(run.stdout).summary.notices?.map((notice) => notice.code)).toEqual(['domain-mismatch']);
  });

  it('says the same when the inputs are linted on worker threads (--jobs)', async () => {
    const args = ['dump.json', 'custom-domain-dump.json', '--tenant-domain', 'login.example.com', '--format', 'json'];
    const serial = await runCli([...args, '--jobs', '1'], { cwd: dir });
    expect(json(serial.stdout).summary.notices).toHaveLength(2);
    expect(await runCli([...args, '--jobs', '2'], { cwd: dir })).toEqual(serial);
  });

  it('the canonical domain: no notice, and no notices key in the summary', async () => {
    const run = await runCli(['dump.json', '--tenant-domain', 't.us.auth0.com', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(json(run.stdout).summary).toEqual({ error: 2, warning: 0, note: 0 });
  });
});
