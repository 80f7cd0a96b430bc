import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { testRule } from '../../test/helpers/rule-tester.js';
import { loadTerraform } from '../../src/terraform/load-terraform.js';
import rule from './index.js';

/** A Terraform configuration folder holding main.tf, read by the real loader. */
async function terraform(main: readonly string[]) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'a0lint-tf-rule-'));
  await writeFile(path.join(dir, 'main.tf'), `${main.join('\n')}\n`);
  return loadTerraform(dir, true);
}

const api = (policy: string) => [
  'resource "auth0_resource_server" "api" {',
  '  identifier = "https://api.example.com"',
  '  subject_type_authorization {',
  '    user {',
  `      policy = ${policy}`,
  '    }',
  '  }',
  '}',
];

testRule(rule, {
  valid: [
    { name: 'every value known', input: await terraform(api('"require_user_grant"')) },
    { name: 'a variable with a default is known', input: await terraform(['variable "policy" {', '  default = "deny_all"', '}', ...api('var.policy')]) },
  ],
  invalid: [
    {
      name: 'a variable without a default, in an API',
      input: await terraform(['variable "user_policy" {}', ...api('var.user_policy')]),
      errors: [
        {
          messageId: 'unknown',
          data: { text: '${var.user_policy}', expression: 'var.user_policy', why: 'a variable without a default' },
          entity: 'https://api.example.com',
          path: '/subject_type_authorization/user/policy',
          line: 6,
          column: 16,
        },
      ],
    },
    {
      name: 'a client grant for an application given by a variable',
      input: await terraform([
        'variable "worker_id" {}',
        'resource "auth0_client_grant" "worker" {',
        '  client_id = var.worker_id',
        '  audience  = "https://api.example.com"',
        '  scopes    = []',
        '}',
      ]),
      errors: [{ messageId: 'unknown', path: '/client_id', line: 3, column: 15 }],
    },
  ],
});
