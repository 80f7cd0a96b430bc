import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SarifLog } from '../../src/report/sarif-log.js';
import { gitRepository, runAction } from './run-action.js';

const TENANT = `resourceServers:
  - name: Orders API
    identifier: https://orders.example.com
    subject_type_authorization:
      user:
        policy: allow_all
      client:
        policy: require_client_grant
`;

describe.concurrent('Action inputs that shape a run', () => {
  it('finds the configuration in working-directory and names files from the repository root', async () => {
    const { dir } = gitRepository([{ 'infra/auth0/tenant.yaml': TENANT, 'infra/.a0lint.yml': 'rules:\n  prefer-require-client-grant: error\n' }]);
    const run = await runAction({
      workspace: dir,
      eventName: 'push',
      inputs: { path: 'auth0/tenant.yaml', 'working-directory': 'infra', 'sarif-file': 'out/a0lint.sarif' },
    });

    const [finding] = run.commands.filter((command) => command.properties.title?.startsWith('prefer-require-client-grant'));
    expect(finding).toMatchObject({ command: 'error', properties: { file: 'infra/auth0/tenant.yaml', line: '6' } });
    expect(run.code).toBe(1);
    expect(run.outputs['sarif-file']).toBe(path.join(dir, 'infra/out/a0lint.sarif'));
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')) as SarifLog;
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('infra/auth0/tenant.yaml');
  });

  it('reports every finding outside pull requests, and keeps quiet with annotations and summary off', async () => {
    const { dir } = gitRepository([{ 'tenant.yaml': TENANT }]);
    const run = await runAction({
      workspace: dir,
      eventName: 'push',
      inputs: { path: 'tenant.yaml', annotations: 'false', summary: 'false', 'fail-on': 'none' },
    });

    expect(run.code).toBe(0);
    expect(run.commands.filter((command) => ['error', 'warning', 'notice'].includes(command.command))).toEqual([]);
    expect(run.summary).toBe('');
    // Outside pull requests nothing is compared: the comparison's counts are empty, not 0.
    expect(run.outputs).toMatchObject({ 'warning-count': '1', 'preexisting-count': '', 'fixed-count': '' });
    expect(existsSync(run.outputs['findings-file']!)).toBe(true);
  });

  it('says why only-new cannot apply outside a pull request, and reports everything', async () => {
    const { dir } = gitRepository([{ 'tenant.yaml': TENANT }]);
    const run = await runAction({ workspace: dir, eventName: 'schedule', inputs: { path: 'tenant.yaml', 'only-new': 'true' } });

    expect(run.outputs).toMatchObject({ 'warning-count': '1' });
    expect(run.summary).toContain('&quot;only-new&quot; needs a pull\\_request event (this is schedule)');
  });
});
