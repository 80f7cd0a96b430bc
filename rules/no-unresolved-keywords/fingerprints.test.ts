import { describe, expect, it } from 'vitest';
import { lintInput } from '../../src/app/lint-input.js';
import { loadText } from '../../src/loaders/load-text.js';
import rule from './index.js';

describe('no-unresolved-keywords fingerprints', () => {
  const findingsOf = (text: string, mappings: Record<string, string> = {}) =>
    lintInput(loadText('tenant.yaml', text, 'yaml', { mappings }), { rules: [rule], settings: new Map() }).findings;
  const spa = (host: string) =>
    [
      'clients:',
      '  - name: Storefront',
      '    app_type: spa',
      '    callbacks:',
      `      - https://${host}/callback`,
      `      - https://${host}/silent`,
      '    web_origins:',
      `      - https://${host}`,
      '',
    ].join('\n');

  it('one marker in several URLs of an application: one finding each, none sharing a fingerprint', () => {
    const findings = findingsOf(spa('##ENV##.shop.example.com'));
    expect(findings.map((finding) => finding.path)).toEqual(['/callbacks/0', '/callbacks/1', '/web_origins/0']);
    expect(new Set(findings.map((finding) => finding.fingerprint)).size).toBe(3);
    expect(findings[0]!.message).toMatch(/^Keyword marker ##ENV## has no mapping\. a0lint cannot check a callback URL, which holds the marker\. /);
  });

  it('reordering the URLs keeps the set of fingerprints', () => {
    const text = spa('##ENV##.shop.example.com');
    const reordered = text.replace(
      '      - https://##ENV##.shop.example.com/callback\n      - https://##ENV##.shop.example.com/silent\n',
      '      - https://##ENV##.shop.example.com/silent\n      - https://##ENV##.shop.example.com/callback\n',
    );
    expect(reordered).not.toBe(text);
    const fingerprints = (findings: ReturnType<typeof findingsOf>) => findings.map((finding) => finding.fingerprint).sort();
    expect(fingerprints(findingsOf(reordered))).toEqual(fingerprints(findingsOf(text)));
  });

  it('what other markers are mapped to does not change a fingerprint', () => {
    const text = spa('##ENV##.##REGION##.shop.example.com');
    const [dev, prod] = [findingsOf(text, { REGION: 'eu' }), findingsOf(text, { REGION: 'us' })];
    expect(dev).toHaveLength(3);
    expect(prod.map((finding) => finding.fingerprint)).toEqual(dev.map((finding) => finding.fingerprint));
  });
});
