import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { lintFiles } from '../helpers/lint-files.js';

/**
 * Classes of false alarms found on the corpus's Terraform configurations: a value a0lint cannot know from the HCL
 * must leave the rules that need it undecided (with a terraform-unknown-values note), never make them fire.
 */
async function lint(files: Record<string, string>): Promise<Finding[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'a0lint-tf-unknown-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  const rules = new Map(
    [
      'require-pushed-authorization-requests',
      'require-signed-authorization-requests',
      'require-pkce-enforcement',
      'require-password-reset-mfa',
      'no-localhost-urls',
    ].map((id) => [id, { severity: 'warning' as const }]),
  );
  const result = await lintFiles(['.'], { cwd: dir, rules });
  expect(result.errors.map((error) => error.format())).toEqual([]);
  return result.findings;
}

function action(name: string, code: string, trigger: string, version: string): string {
  return `resource "auth0_action" "${name}" {\n  name = "${name}"\n  code = ${code}\n  supported_triggers {\n    id      = "${trigger}"\n    version = "${version}"\n  }\n}`;
}

const summary = (findings: readonly Finding[]): string[] => findings.map((finding) => `${finding.ruleId} ${finding.entity?.key ?? '-'} ${finding.path}`);
const notes = (findings: readonly Finding[]): string[] =>
  findings.filter((finding) => finding.ruleId === 'terraform-unknown-values').map((finding) => finding.message.split('. ')[1] ?? '');

describe('Terraform values a0lint cannot know are never violations', () => {
  it('an authentication method chosen per workspace may make the application public: PAR and JAR do not decide', async () => {
    const findings = await lint({
      'main.tf': [
        'resource "auth0_client" "web" {',
        '  name        = "Web"',
        '  app_type    = "regular_web"',
        '  grant_types = ["authorization_code"]',
        '}',
        'resource "auth0_client_credentials" "web" {',
        '  client_id             = auth0_client.web.id',
        '  authentication_method = terraform.workspace == "prod" ? "client_secret_basic" : "none"',
        '}',
        '',
      ].join('\n'),
    });
    expect(summary(findings)).toEqual(['terraform-unknown-values Web /token_endpoint_auth_method']);
  });

  it('an app type from a variable without a default may be public: PAR and JAR do not decide', async () => {
    const findings = await lint({
      'main.tf':
        'variable "kind" {}\nresource "auth0_client" "app" {\n  name        = "App"\n  app_type    = var.kind\n  grant_types = ["authorization_code"]\n}\n',
    });
    expect(summary(findings)).toEqual(['terraform-unknown-values App /app_type']);
  });

  it('grant types from a variable are unknown, not the app type defaults', async () => {
    const findings = await lint({
      'main.tf': 'variable "grants" {}\nresource "auth0_client" "web" {\n  name        = "Web"\n  app_type    = "regular_web"\n  grant_types = var.grants\n}\n',
    });
    expect(summary(findings)).toEqual(['terraform-unknown-values Web /grant_types/0']);
  });

  /** A single-page app using the code flow, a password database, and Actions on the triggers the two rules read. */
  const shop = (loginCode: string, resetCode?: string): string =>
    [
      'resource "auth0_client" "spa" {\n  name        = "Shop"\n  app_type    = "spa"\n  grant_types = ["authorization_code"]\n}',
      action('login', loginCode, 'post-login', 'v3'),
      ...(resetCode === undefined
        ? []
        : [
            'resource "auth0_connection" "db" {\n  name     = "Users"\n  strategy = "auth0"\n}',
            action('reset', resetCode, 'password-reset-post-challenge', 'v1'),
          ]),
      '',
    ].join('\n');

  it('Action code read with file() is unknown: neither PKCE enforcement nor a password reset challenge is judged missing', async () => {
    const findings = await lint({ 'main.tf': shop('file("${path.module}/actions/login.js")', 'file("${path.module}/actions/reset.js")') });
    expect(summary(findings)).toEqual(['terraform-unknown-values - /actions/0/code', 'terraform-unknown-values - /actions/1/code']);
  });

  it('the same Actions written inline are judged', async () => {
    const findings = await lint({ 'main.tf': shop('"exports.onExecutePostLogin = async (event, api) => {};"') });
    expect(summary(findings)).toEqual(['require-pkce-enforcement Shop /grant_types/0']);
  });

  it('arithmetic on known numbers is evaluated', async () => {
    const findings = await lint({
      'main.tf': [
        'locals {',
        '  hour = 60 * 60',
        '}',
        'resource "auth0_resource_server" "api" {',
        '  identifier             = "https://api.example.com"',
        '  token_lifetime         = local.hour * 24 / 2',
        '  token_lifetime_for_web = 7200 % 3600',
        '  subject_type_authorization {',
        '    user {',
        '      policy = "require_client_grant"',
        '    }',
        '    client {',
        '      policy = "require_client_grant"',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
    });
    expect(summary(findings)).toEqual([]);
  });

  it('format, replace, jsonencode and nonsensitive are evaluated; an unknown argument is named, not the function', async () => {
    const findings = await lint({
      'main.tf': [
        'variable "domain" {}',
        'resource "auth0_client" "web" {',
        '  name        = nonsensitive(replace("Web_App", "_", " "))',
        '  app_type    = "non_interactive"',
        '  grant_types = ["client_credentials"]',
        '  callbacks   = [format("http://%s:%d/callback", "localhost", 3000), format("https://login.%s/ui", var.domain)]',
        '  client_metadata = {',
        '    settings = jsonencode({ "b" : "<x>", "a" : 1 })',
        '  }',
        '}',
        '',
      ].join('\n'),
    });
    expect(summary(findings)).toEqual(['no-localhost-urls Web App /callbacks/0', 'terraform-unknown-values Web App /callbacks/1']);
    expect(notes(findings)).toEqual(['var.domain is a variable without a default']);
  });

  it('notes name what a value comes from: other providers, undeclared data sources and resources', async () => {
    const findings = await lint({
      'main.tf': [
        'data "aws_region" "current" {}',
        'resource "okta_app_oauth" "idp" {',
        '  label = "Auth0"',
        '}',
        'resource "auth0_client" "web" {',
        '  name                = "Web"',
        '  app_type            = "non_interactive"',
        '  grant_types         = ["client_credentials"]',
        '  description         = data.aws_region.current.name',
        '  initiate_login_uri  = "https://${okta_app_oauth.idp.client_id}.example.com/login"',
        '  logo_uri            = "https://${aws_s3_bucket.assets.bucket_domain_name}/logo.png"',
        '  form_template       = data.aws_ssm_parameter.form.value',
        '}',
        '',
      ].join('\n'),
    });
    expect(notes(findings)).toEqual([
      'data.aws_region.current.name is a data source Terraform reads during plan',
      'okta_app_oauth.idp.client_id is an attribute set when the resource is created',
      'aws_s3_bucket.assets is a resource the module does not declare',
      'data.aws_ssm_parameter.form is a data source the module does not declare',
    ]);
  });
});
