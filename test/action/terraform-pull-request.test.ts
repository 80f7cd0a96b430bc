import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepository, pullRequestEvent, runAction, type ActionRun } from './run-action.js';

/** A root configuration calling a module in a folder beside it (outside the linted path). */
function configuration(ordersPolicy: string): Record<string, string> {
  return {
    'infra/auth0/main.tf': [
      'module "ledger" {',
      '  source = "../modules/api"',
      '  name   = "Ledger API"',
      '}',
      'resource "auth0_resource_server" "orders" {',
      '  name       = "Orders API"',
      '  identifier = "https://orders.example.com"',
      '  subject_type_authorization {',
      '    user {',
      `      policy = "${ordersPolicy}"`,
      '    }',
      '    client {',
      '      policy = "require_client_grant"',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n'),
    // The module's API is written with allow_all: a finding the base already has.
    'infra/modules/api/main.tf': [
      'variable "name" {}',
      'resource "auth0_resource_server" "this" {',
      '  name       = var.name',
      '  identifier = "https://ledger.example.com"',
      '  subject_type_authorization {',
      '    user {',
      '      policy = "allow_all"',
      '    }',
      '    client {',
      '      policy = "require_client_grant"',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n'),
  };
}

const warnings = (run: ActionRun) =>
  run.commands.filter((command) => command.command === 'warning' && command.properties.title?.startsWith('prefer-require-client-grant'));

describe('the Action on a pull request that changes Terraform', () => {
  it('annotates only what the pull request adds to the .tf files; the base reads the modules outside the path too', async () => {
    const { dir, commits } = gitRepository([configuration('require_client_grant'), configuration('allow_all')]);
    const run = await runAction({
      workspace: dir,
      eventName: 'pull_request',
      event: pullRequestEvent(commits[0]!, commits[1]!),
      inputs: { path: 'infra/auth0', 'fail-on': 'warning' },
    });
    expect(warnings(run).map((annotation) => `${annotation.properties.file}:${annotation.properties.line}`)).toEqual(['infra/auth0/main.tf:10']);
    expect(run.outputs).toMatchObject({ 'warning-count': '1', 'preexisting-count': '1' });
    expect(run.code).toBe(1);
  });

  it('a plan generated in the job is compared with the configuration at the base', async () => {
    const { dir, commits } = gitRepository([configuration('require_client_grant'), configuration('allow_all')]);
    // terraform show -json output, not committed: the plan of the head configuration (two APIs, both allow_all).
    const api = (address: string, name: string, identifier: string, pointer: string) => ({
      address,
      mode: 'managed',
      type: 'auth0_resource_server',
      name: pointer,
      provider_name: 'registry.terraform.io/auth0/auth0',
      schema_version: 0,
      values: { identifier, name, subject_type_authorization: [{ user: [{ policy: 'allow_all' }], client: [{ policy: 'require_client_grant' }] }] },
      sensitive_values: {},
    });
    const plan = {
      format_version: '1.2',
      terraform_version: '1.11.4',
      planned_values: {
        root_module: {
          resources: [api('auth0_resource_server.orders', 'Orders API', 'https://orders.example.com', 'orders')],
          child_modules: [
            { address: 'module.ledger', resources: [api('module.ledger.auth0_resource_server.this', 'Ledger API', 'https://ledger.example.com', 'this')] },
          ],
        },
      },
      resource_changes: [],
    };
    writeFileSync(path.join(dir, 'infra/auth0/plan.json'), JSON.stringify(plan, null, 2));
    const run = await runAction({
      workspace: dir,
      eventName: 'pull_request',
      event: pullRequestEvent(commits[0]!, commits[1]!),
      inputs: { path: 'infra/auth0/plan.json', 'fail-on': 'warning' },
    });
    // Beside its sources, the plan's findings point into them.
    expect(warnings(run).map((annotation) => `${annotation.properties.file}:${annotation.properties.line}`)).toEqual(['infra/auth0/main.tf:10']);
    expect(run.outputs).toMatchObject({ 'warning-count': '1', 'preexisting-count': '1' });
    expect(readFileSync(path.join(dir, 'infra/auth0/plan.json'), 'utf8')).toContain('planned_values');
  });
});
