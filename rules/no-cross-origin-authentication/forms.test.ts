import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../test/helpers/lint-files.js';

/** An older export and a Terraform configuration name the switch cross_origin_auth; both deploy it as the current field. */
describe('no-cross-origin-authentication under the deprecated name', () => {
  const lint = async (files: Record<string, string>, target: string) => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'a0lint-cross-origin-'));
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, name)), { recursive: true });
      await writeFile(path.join(root, name), text);
    }
    const { findings, errors } = await lintFiles([target], { cwd: root, rules: new Map([['no-cross-origin-authentication', { severity: 'warning' }]]) });
    expect(errors).toEqual([]);
    return findings.filter((finding) => finding.ruleId === 'no-cross-origin-authentication');
  };
  const yaml = [
    'clients:',
    '  - name: Storefront',
    '    app_type: spa',
    '    web_origins:',
    '      - https://shop.example.com',
    '    cross_origin_auth: true',
    '',
  ].join('\n');
  const terraform = [
    'resource "auth0_client" "storefront" {',
    '  name              = "Storefront"',
    '  app_type          = "spa"',
    '  web_origins       = ["https://shop.example.com"]',
    '  cross_origin_auth = true',
    '}',
    '',
  ].join('\n');

  it('is found in a YAML export and in Terraform, at the attribute, with the same fingerprint as under the current name', async () => {
    const [fromYaml, fromTerraform, current] = await Promise.all([
      lint({ 'tenant.yaml': yaml }, 'tenant.yaml'),
      lint({ 'tf/main.tf': terraform }, 'tf'),
      lint({ 'tenant.yaml': yaml.replace('cross_origin_auth:', 'cross_origin_authentication:') }, 'tenant.yaml'),
    ]);
    expect(fromYaml.map((finding) => [finding.path, finding.location?.startLine, finding.location?.startColumn])).toEqual([['/cross_origin_auth', 6, 24]]);
    expect(fromTerraform.map((finding) => [finding.path, finding.location?.startLine, finding.location?.startColumn])).toEqual([['/cross_origin_auth', 5, 23]]);
    expect(fromYaml[0]!.message).toMatch(/^Application "Storefront" allows cross-origin authentication \(cross_origin_auth: true\)/);
    expect(new Set([...fromYaml, ...fromTerraform, ...current].map((finding) => finding.fingerprint)).size).toBe(1);
  });

  it('the current name wins when both are written, as deploy-cli decides', async () => {
    const both = yaml.replace('    cross_origin_auth: true\n', '    cross_origin_auth: true\n    cross_origin_authentication: false\n');
    expect(await lint({ 'tenant.yaml': both }, 'tenant.yaml')).toEqual([]);
  });
});
