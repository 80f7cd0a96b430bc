import { copyFile, cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { lintFiles } from '../helpers/lint-files.js';

/**
 * Plan and state JSON. This machine cannot download the auth0 provider, so no real plan can be made here: the
 * fixtures were written by hand to Terraform's documented JSON format (format_version 1.2; see
 * test/fixtures/terraform/README.md) for the configurations beside them.
 */
const ROOT = 'test/fixtures/terraform';
const identity = (finding: Finding): string => `${finding.ruleId} ${finding.severity} ${finding.entity?.key} ${finding.path} ${finding.fingerprint}`;
const where = (finding: Finding | undefined): string => `${finding?.location?.file}:${finding?.location?.startLine}:${finding?.location?.startColumn}`;

describe('terraform show -json of a plan', async () => {
  const yaml = await lintFiles([`${ROOT}/parity/tenant.yaml`]);
  const plan = await lintFiles([`${ROOT}/plan/plan.json`]);

  it("gives the findings of the same tenant as YAML: unknown-on-create fields take Auth0's defaults, new clients resolve through configuration", () => {
    expect(plan.errors).toEqual([]);
    expect(plan.findings.map(identity).sort()).toEqual(yaml.findings.map(identity).sort());
  });

  it('alone, points into the JSON', () => {
    const finding = plan.findings.find((candidate) => candidate.ruleId === 'prefer-require-client-grant');
    expect(finding?.location?.file).toBe(`${ROOT}/plan/plan.json`);
    const line = finding!.location!.startLine;
    return readFile(`${ROOT}/plan/plan.json`, 'utf8').then((text) => expect(text.split('\n')[line - 1]).toContain('"policy": "allow_all"'));
  });

  it('beside its .tf sources, points at the attribute in them', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'a0lint-plan-'));
    await cp(`${ROOT}/parity/tf`, dir, { recursive: true });
    await copyFile(`${ROOT}/plan/plan.json`, path.join(dir, 'plan.json'));
    const result = await lintFiles(['plan.json'], { cwd: dir });
    expect(result.findings.map(identity).sort()).toEqual(yaml.findings.map(identity).sort());
    expect(where(result.findings.find((finding) => finding.ruleId === 'prefer-require-client-grant'))).toBe('main.tf:31:16');
    expect(where(result.findings.find((finding) => finding.ruleId === 'grant-scopes-defined'))).toBe('main.tf:95:31');
  });

  it('drops sensitive values at reading: a secret in the plan is neither reported as written nor shown', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'a0lint-plan-'));
    const data = await readPlan();
    const credentials = data.planned_values.root_module.resources.find((resource) => resource.type === 'auth0_client_credentials')!;
    credentials.values.client_secret = 'plan-secret-value-1234567890';
    await writeFile(path.join(dir, 'plan.json'), JSON.stringify(data, null, 2));
    const result = await lintFiles(['plan.json'], { cwd: dir, read: { format: 'terraform' } });
    expect(result.findings.map((finding) => finding.ruleId)).not.toContain('no-secrets-in-config');
    expect(JSON.stringify(result)).not.toContain('plan-secret-value');
  });

  it('a value the configuration sets from something unknown stays unknown', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'a0lint-plan-'));
    const data = await readPlan();
    const change = data.resource_changes.find((resource) => resource.address === 'auth0_client.storefront')!;
    const planned = data.planned_values.root_module.resources.find((resource) => resource.address === 'auth0_client.storefront')!;
    delete planned.values.callbacks;
    change.change.after_unknown.callbacks = true;
    await writeFile(path.join(dir, 'plan.json'), JSON.stringify(data));
    const result = await lintFiles(['plan.json'], { cwd: dir });
    const rules = result.findings.filter((finding) => finding.entity?.key === 'Storefront').map((finding) => finding.ruleId);
    expect(rules).toContain('terraform-unknown-values');
    expect(rules).not.toContain('no-localhost-urls');
    expect(result.findings.find((finding) => finding.ruleId === 'terraform-unknown-values')?.message).toContain('auth0_client.storefront.callbacks');
  });
});

describe('terraform show -json of a state', () => {
  it('reads modules, ids and scopes as the .tf sources do', async () => {
    const state = await lintFiles([`${ROOT}/state/state.json`]);
    const sources = await lintFiles([`${ROOT}/modules`]);
    expect(state.errors).toEqual([]);
    expect(state.findings.map(identity).sort()).toEqual(sources.findings.map(identity).sort());
    expect(state.findings.every((finding) => finding.location?.file === `${ROOT}/state/state.json`)).toBe(true);
    // show -json prints sensitive values in clear; they are dropped as they are read.
    expect(JSON.stringify(state)).not.toContain('state-secret-value');
  });

  it('a raw .tfstate (format 4): instances, index keys and sensitive attribute paths', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'a0lint-state-'));
    const state = {
      version: 4,
      terraform_version: '1.11.4',
      serial: 3,
      lineage: '5f0c2a5e-0000-4000-8000-000000000000',
      outputs: {},
      resources: [
        {
          mode: 'managed',
          type: 'auth0_client',
          name: 'apps',
          provider: 'provider["registry.terraform.io/auth0/auth0"]',
          instances: [
            {
              index_key: 'legacy',
              schema_version: 0,
              attributes: { name: 'Legacy App', app_type: 'spa', grant_types: ['implicit'], client_id: 'L3gacy', client_secret: 'raw-state-secret-0123456789' },
              sensitive_attributes: [[{ type: 'get_attr', value: 'client_secret' }]],
            },
          ],
        },
      ],
    };
    await writeFile(path.join(dir, 'terraform.tfstate'), JSON.stringify(state, null, 2));
    const result = await lintFiles(['terraform.tfstate'], { cwd: dir });
    expect(result.errors).toEqual([]);
    expect(result.findings.map((finding) => `${finding.ruleId} ${finding.entity?.key} ${where(finding)}`)).toEqual([
      'no-implicit-grant Legacy App terraform.tfstate:21:15',
    ]);
    expect(JSON.stringify(result)).not.toContain('raw-state-secret');
  });
});

/** The parts of the fixture plan these tests change. */
interface Plan {
  readonly planned_values: { readonly root_module: { readonly resources: Array<{ type: string; address: string; values: Record<string, unknown> }> } };
  readonly resource_changes: Array<{ address: string; change: { after_unknown: Record<string, unknown> } }>;
}

async function readPlan(): Promise<Plan> {
  return JSON.parse(await readFile(`${ROOT}/plan/plan.json`, 'utf8')) as Plan;
}
