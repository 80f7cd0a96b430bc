import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { lintFiles } from '../helpers/lint-files.js';

/** Writes a configuration to a fresh folder and lints it from there (paths in results are relative to it). */
async function lint(files: Record<string, string>, target = '.'): Promise<{ findings: Finding[]; errors: string[]; dir: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'a0lint-tf-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  const result = await lintFiles([target], { cwd: dir });
  return { findings: result.findings, errors: result.errors.map((error) => error.format()), dir };
}

const at = (finding: Finding | undefined): string => `${finding?.location?.file}:${finding?.location?.startLine}:${finding?.location?.startColumn}`;
const rules = (findings: readonly Finding[]): string[] => findings.map((finding) => finding.ruleId);

describe('Terraform sources', () => {
  it('a syntax error is one located input error', async () => {
    const { errors } = await lint({ 'main.tf': 'resource "auth0_client" "a" {\n  name = "A"\n  callbacks = [\n}\n' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^main\.tf:\d+:\d+: HCL syntax error: /);
  });

  it('a configuration without Auth0 (an empty file, another provider) is refused, not reported clean', async () => {
    for (const text of ['', 'provider "aws" {}\nresource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n']) {
      const { errors, findings } = await lint({ 'main.tf': text }, 'main.tf');
      expect(findings).toEqual([]);
      expect(errors).toEqual([expect.stringMatching(/^main\.tf: holds no Auth0 configuration: no auth0 provider and no auth0_\* resource/)]);
    }
    // A provider block alone, or the provider required and configured through AUTH0_* variables, is an Auth0
    // configuration that manages nothing yet.
    expect(await lint({ 'main.tf': 'provider "auth0" {}\n' }, 'main.tf')).toMatchObject({ errors: [], findings: [] });
    const required = 'terraform {\n  required_providers {\n    auth0 = { source = "auth0/auth0" }\n  }\n}\n';
    expect(await lint({ 'main.tf': required }, 'main.tf')).toMatchObject({ errors: [], findings: [] });
    // Auth0 only in a local module the root calls.
    const local = await lint({
      'main.tf': 'module "idp" {\n  source = "./modules/idp"\n}\n',
      'modules/idp/main.tf': 'resource "auth0_client" "a" {\n  name = "A"\n}\n',
    });
    expect(local.errors).toEqual([]);
  });

  it('a module not on disk says to run terraform init, not that the configuration holds no Auth0', async () => {
    const { errors } = await lint({ 'main.tf': 'module "tenant" {\n  source = "acme/tenant/auth0"\n}\n' });
    expect(errors).toEqual([expect.stringMatching(/^main\.tf:1:1: module "tenant" .* is not on disk.*terraform init/)]);
  });

  it('a value only known at apply is unknown, not absent: no rule decides on it, and a note says so', async () => {
    const { findings } = await lint({
      'main.tf': [
        'variable "user_policy" {}',
        'variable "worker_id" {}',
        'resource "auth0_resource_server" "api" {',
        '  identifier = "https://api.example.com"',
        '  subject_type_authorization {',
        '    user {',
        '      policy = var.user_policy',
        '    }',
        '    client {',
        '      policy = "require_client_grant"',
        '    }',
        '  }',
        '}',
        'resource "auth0_client_grant" "worker" {',
        '  client_id = var.worker_id',
        '  audience  = auth0_resource_server.api.identifier',
        '  scopes    = []',
        '}',
        '',
      ].join('\n'),
    });
    // Neither prefer-require-client-grant (the default allow_all) nor no-dangling-client-grants (an unknown client).
    expect(rules(findings)).toEqual(['terraform-unknown-values', 'terraform-unknown-values']);
    expect(findings.map((finding) => `${at(finding)} ${finding.entity?.key} ${finding.path}`)).toEqual([
      'main.tf:7:16 https://api.example.com /subject_type_authorization/user/policy',
      'main.tf:15:15 ${var.worker_id}|https://api.example.com|client /client_id',
    ]);
    expect(findings[0]!.message).toContain('var.user_policy is a variable without a default');
  });

  it('variables from defaults and terraform.tfvars, locals, and a single .tf file given alone', async () => {
    const files = {
      'terraform.tfvars': 'app_host = "localhost:3000"\n',
      'variables.tf': 'variable "app_host" {\n  default = "app.example.com"\n}\nvariable "scheme" {\n  default = "http"\n}\n',
      'main.tf':
        'locals {\n  base = "${var.scheme}://${var.app_host}"\n}\nresource "auth0_client" "web" {\n  name      = "Web"\n  callbacks = ["${local.base}/callback"]\n}\n',
    };
    const folder = await lint(files);
    // terraform.tfvars wins over the default (app.example.com would be reported by secure-redirect-urls instead).
    expect(folder.findings.map((finding) => `${finding.ruleId} ${at(finding)}`)).toEqual(['no-localhost-urls main.tf:6:16']);
    expect(folder.findings[0]!.message).toContain('http://localhost:3000/callback');
    // Alone, main.tf cannot see the variables: the URL is unknown.
    const alone = await lint(files, 'main.tf');
    expect(rules(alone.findings)).toEqual(['terraform-unknown-values']);
    expect(alone.findings[0]!.message).toContain('${var.scheme}://${var.app_host}/callback');
  });

  it('count makes one entity per index; references pick the instance', async () => {
    const { findings } = await lint({
      'main.tf': [
        'resource "auth0_client" "job" {',
        '  count       = 2',
        '  name        = "Job ${count.index}"',
        '  app_type    = "non_interactive"',
        '  grant_types = ["client_credentials"]',
        '}',
        'resource "auth0_client_grant" "job" {',
        '  count     = 2',
        '  client_id = auth0_client.job[1].client_id',
        '  audience  = "https://acme.eu.auth0.com/api/v2/"',
        '  scopes    = ["read:users"]',
        '}',
        '',
      ].join('\n'),
    });
    expect(findings.map((finding) => `${finding.ruleId} ${finding.entity?.key}`)).toEqual([
      'no-duplicate-client-grants Job 1|https://acme.eu.auth0.com/api/v2/|client',
    ]);
  });

  it('a credential written in a .tf file is reported by field and place, never shown', async () => {
    const { findings } = await lint({
      'clients.tf': 'resource "auth0_client" "api" {\n  name     = "Backend"\n  app_type = "non_interactive"\n}\n',
      'credentials.tf':
        'resource "auth0_client_credentials" "api" {\n  client_id             = auth0_client.api.id\n  authentication_method = "client_secret_post"\n  client_secret         = "s3cr3t-value-1234567890"\n}\n',
    });
    const secret = findings.find((finding) => finding.ruleId === 'no-secrets-in-config');
    // The client is in clients.tf; its secret is located in the file that writes it.
    expect(at(secret)).toBe('credentials.tf:4:27');
    expect(JSON.stringify(findings)).not.toContain('s3cr3t');
  });

  it('the Management API through data.auth0_tenant, with the domain from the provider', async () => {
    const { findings } = await lint({
      'main.tf': [
        'provider "auth0" {',
        '  domain = "acme.eu.auth0.com"',
        '}',
        'data "auth0_tenant" "current" {}',
        'resource "auth0_client" "ops" {',
        '  name     = "Ops"',
        '  app_type = "non_interactive"',
        '}',
        'resource "auth0_client_grant" "ops" {',
        '  client_id = auth0_client.ops.id',
        '  audience  = data.auth0_tenant.current.management_api_identifier',
        '  scopes    = ["read:users", "create:client_grants"]',
        '}',
        '',
      ].join('\n'),
    });
    expect(findings.map((finding) => `${finding.ruleId} ${finding.entity?.key}`)).toEqual([
      'management-api-least-privilege Ops|https://acme.eu.auth0.com/api/v2/|client',
    ]);
  });

  it('a module that is not on disk is an input error at its block, the rest is still linted', async () => {
    const { findings, errors } = await lint({
      'main.tf':
        'module "auth0" {\n  source  = "auth0/modules/auth0"\n  version = "1.0.0"\n}\nresource "auth0_client" "web" {\n  name      = "Web"\n  callbacks = ["http://web.example.com/cb"]\n}\n',
    });
    expect(errors).toEqual([expect.stringMatching(/^main\.tf:1:1: module "auth0" \(source "auth0\/modules\/auth0"\) is not on disk.*terraform init/)]);
    expect(rules(findings)).toEqual(['secure-redirect-urls']);
  });

  it('a module downloaded by terraform init is read from .terraform/modules', async () => {
    const { findings, errors } = await lint({
      'main.tf': 'module "apps" {\n  source = "example/apps/auth0"\n  host   = "http://apps.example.com"\n}\n',
      '.terraform/modules/modules.json': JSON.stringify({
        Modules: [
          { Key: '', Source: '', Dir: '.' },
          { Key: 'apps', Source: 'registry.terraform.io/example/apps/auth0', Dir: '.terraform/modules/apps' },
        ],
      }),
      '.terraform/modules/apps/main.tf': 'variable "host" {}\nresource "auth0_client" "web" {\n  name      = "Web"\n  callbacks = ["${var.host}/cb"]\n}\n',
    });
    expect(errors).toEqual([]);
    expect(findings.map((finding) => `${finding.ruleId} ${at(finding)}`)).toEqual(['secure-redirect-urls .terraform/modules/apps/main.tf:4:16']);
  });
});
