import { describe, expect, it } from 'vitest';
import { prepareText, restoreMarkers } from '../../src/loaders/keywords.js';
import { loadText } from '../../src/loaders/load-text.js';
import { lintInput } from '../../src/app/lint-input.js';

describe('keyword replacement, as deploy-cli does it', () => {
  it('replaces ##KEY## as text and @@KEY@@ (quoted or not) as JSON', () => {
    const mappings = { HOST: 'api.example.org', URLS: ['https://a.example.org', 'https://b.example.org'] };
    expect(prepareText('x: https://##HOST##/v1', mappings, 'yaml').text).toBe('x: https://api.example.org/v1');
    expect(prepareText('x: @@URLS@@', mappings, 'yaml').text).toBe('x: ["https://a.example.org","https://b.example.org"]');
    expect(prepareText('{"x": "@@URLS@@"}', mappings, 'json').text).toBe('{"x": ["https://a.example.org","https://b.example.org"]}');
  });

  it('maps offsets after a replacement back to the original text', () => {
    const prepared = prepareText('a: ##K##\nb: 1', { K: 'a-much-longer-value' }, 'yaml');
    const bInPrepared = prepared.text.indexOf('b:');
    expect(prepared.toOriginal(bInPrepared)).toBe('a: ##K##\nb: 1'.indexOf('b:'));
    expect(prepared.toOriginal(prepared.text.indexOf('much'))).toBe(3);
  });

  it('keeps unresolved markers the same length so positions do not move, and restores them', () => {
    const original = 'callbacks: @@CALLBACKS@@\nname: ##APP_NAME##\n';
    const prepared = prepareText(original, {}, 'yaml');
    expect(prepared.text).toHaveLength(original.length);
    expect(prepared.text).not.toContain('##');
    expect(restoreMarkers(prepared.text)).toBe(original);
  });

  it('leaves lower-case ##words## alone, as deploy-cli detection does', () => {
    expect(prepareText('d: "see ##notes## below"', {}, 'yaml').text).toBe('d: "see ##notes## below"');
  });

  it('never lets an unquoted marker vanish as a YAML comment or break the file', () => {
    const input = loadText(
      'tenant.yaml',
      'clients:\n  - name: ##APP_NAME##\n    callbacks: @@CALLBACKS@@\nclientGrants:\n  - client_id: ##APP_NAME##\n    audience: ##AUDIENCE##\n',
      'yaml',
    );
    expect(input.errors).toEqual([]);
    expect((input.clients[0]!.data as { name: string }).name).toBe('##APP_NAME##');
    expect(input.markers.map((hit) => `${hit.marker} ${hit.origin.pointer}`)).toEqual([
      '##APP_NAME## /clients/0/name',
      '@@CALLBACKS@@ /clients/0/callbacks',
      '##APP_NAME## /clientGrants/0/client_id',
      '##AUDIENCE## /clientGrants/0/audience',
    ]);
    const { findings } = lintInput(input);
    expect(
      findings
        .filter((finding) => finding.ruleId === 'no-unresolved-keywords')
        .map((finding) => `${finding.location!.startLine}:${finding.location!.startColumn}`),
    ).toEqual(['2:11', '3:16', '5:16', '6:15']);
  });

  it('leaves a YAML marker as written where its # cannot start a comment, and still finds it there', () => {
    const text =
      'clients:\n  - name: A\n    callbacks:\n      - https://app.##ENV##.example.org/cb\n      - https://##HOST##/cb\n    description: x-##NOTE##\n';
    expect(prepareText(text, {}, 'yaml').text).toBe(text);
    const input = loadText('tenant.yaml', text, 'yaml');
    expect(input.markers.map((hit) => `${hit.marker} ${hit.origin.pointer}`)).toEqual([
      '##ENV## /clients/0/callbacks/0',
      '##HOST## /clients/0/callbacks/1',
      '##NOTE## /clients/0/description',
    ]);
    const located = lintInput(input, { settings: REPORT_EVERY_MARKER }).findings.filter((finding) => finding.ruleId === 'no-unresolved-keywords');
    expect(located.map((finding) => `${finding.location!.startLine}:${finding.location!.startColumn}-${finding.location!.endColumn}`)).toEqual([
      '4:21-28',
      '5:17-25',
      '6:20-28',
    ]);
    // After white space, at a line start or after an indicator, a # would begin a comment: those are still swapped.
    expect(prepareText('a: ##K##\nb: [x,##K##]\n##K##: 1\n', {}, 'yaml').text).not.toContain('#');
  });

  it('handles unquoted @@KEY@@ in JSON (invalid JSON until replaced)', () => {
    const input = loadText('dump.json', '{"clients": [{"name": "a", "callbacks": @@CALLBACKS@@}]}', 'api-dump');
    expect((input.clients[0]!.data as { callbacks: string }).callbacks).toBe('@@CALLBACKS@@');
    const resolved = loadText('dump.json', '{"clients": [{"name": "a", "callbacks": @@CALLBACKS@@}]}', 'api-dump', {
      mappings: { CALLBACKS: ['https://x.example.org/cb'] },
    });
    expect((resolved.clients[0]!.data as { callbacks: string[] }).callbacks).toEqual(['https://x.example.org/cb']);
  });

  it('reports markers outside entities (tenant settings) without an entity', () => {
    const input = loadText('tenant.yaml', 'tenant:\n  support_email: ##SUPPORT_EMAIL##\n', 'yaml');
    const [finding] = lintInput(input, { settings: REPORT_EVERY_MARKER }).findings;
    expect(finding).toMatchObject({ ruleId: 'no-unresolved-keywords', path: '/tenant/support_email', location: { startLine: 2, startColumn: 18 } });
    expect(finding!.entity).toBeUndefined();
  });
});

/** no-unresolved-keywords reports markers in fields no rule reads only when asked to. */
const REPORT_EVERY_MARKER = new Map([['no-unresolved-keywords', { severity: 'error' as const, options: { reportUnreadFields: true } }]]);

describe('values that came from a mapping', () => {
  it('are located at the whole marker that produced them', () => {
    const input = loadText('tenant.yaml', 'clients:\n  - name: Web\n    callbacks: @@CALLBACKS@@\n', 'yaml', {
      mappings: { CALLBACKS: ['http://a.example.org/cb', 'https://b.example.org/cb'] },
    });
    const range = input.clients[0]!.origin.source.locate!('/clients/0/callbacks/1');
    expect(range).toEqual({ startLine: 3, startColumn: 16, endLine: 3, endColumn: 29 });
  });
});
